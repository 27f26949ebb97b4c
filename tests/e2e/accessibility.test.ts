import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, MOBILE } from '../helpers/browser.ts';
import { pageKinds, urlPathOf } from '../site/sample-sites.ts';
import { open, type ServedSample, serveSample } from './served-sample.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let page: Page;
/** A phone's width, where the header and tables take another shape and targets must stay large enough to tap. */
let phone: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  phone = await browser.newPage(MOBILE);
});
afterAll(async () => {
  await browser?.close();
});

async function violationsOn(sample: ServedSample, paths: string[], on = page): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await open(on, sample.url(path));
    for (const scheme of SCHEMES) {
      await on.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page: on }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
        found.push(`${path} (${scheme}) ${violation.id}: ${violation.help} [${targets.join(' | ')}]`);
      }
    }
  }
  return found;
}

describe('accessibility of the sample site (axe, WCAG 2.2 A and AA, light and dark)', () => {
  it('has no violations on any page kind after release day', async () => {
    const sample = await serveSample('released');
    try {
      const paths = [...pageKinds(sample.site).values()].map(urlPathOf);
      expect(paths.length).toBeGreaterThan(5);
      expect(await violationsOn(sample, paths)).toEqual([]);
      expect(await violationsOn(sample, paths, phone), 'at a phone’s width').toEqual([]);
    } finally {
      await sample.server.close();
    }
  });

  it('names the search box that the search page builds in the browser', async () => {
    const sample = await serveSample('released');
    try {
      await open(page, sample.url('/search/?q=permission'));
      await page.locator('#search input').waitFor();
      const results = await new AxeBuilder({ page }).include('#search').withRules(['label', 'label-title-only']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await page.locator('#search input').getAttribute('aria-label')).toBe('Search the site');
    } finally {
      await sample.server.close();
    }
  });

  it('has no violations on the pages that change during the pre-announcement week', async () => {
    const sample = await serveSample('announced');
    try {
      const kinds = pageKinds(sample.site);
      // The banner is on every page; the home page shows it, and the release page is the one that changes shape.
      const paths = [kinds.get('index.html'), kinds.get('releases/*')].map((file) => urlPathOf(file!));
      expect(await violationsOn(sample, paths)).toEqual([]);
    } finally {
      await sample.server.close();
    }
  });
});
