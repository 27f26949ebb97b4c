import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../scripts/lib/search-shards.ts';
import { type Browser, launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { type StaticServer, startStaticServer } from '../helpers/static-server.ts';
import { SAMPLE_MOMENTS } from '../site/sample-sites.ts';
import { open, pathOf, type ServedSample, serveSample } from './served-sample.ts';

let browser: Browser;
let page: Page;
let whole: ServedSample;
let inParts: StaticServer;

beforeAll(async () => {
  whole = await serveSample('released');
  // The sample's index in three parts, as a site of about 600 searchable pages has it by default.
  const site = buildSite({ name: 'e2e-search-parts', now: SAMPLE_MOMENTS.released, env: { BULLETIN_SEARCH_PAGES_PER_SHARD: '8' } });
  expect(site.status, site.stderr).toBe(0);
  expect(site.stdout).toContain('in 3 parts');
  inParts = await startStaticServer(site.outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await whole?.server.close();
  await inParts?.close();
});

/** Types a query into the header's search box on the home page and returns the result links, in rank order. */
async function searchFromHome(origin: string, query: string): Promise<string[]> {
  await open(page, new URL('/', origin).toString());
  await page.locator('#site-search').fill(query);
  await page.locator('#site-search').press('Enter');
  await page.waitForURL('**/search/?q=*');
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor();
  return (await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(
    (href) => new URL(href, origin).pathname,
  );
}

describe('a reader searching the site', () => {
  it('finds an advisory by its CVE id from any page, and opens it', async () => {
    const results = await searchFromHome(whole.server.origin, 'CVE-2023-30585');
    expect(results[0]).toBe('/advisories/CVE-2023-30585/');
    expect(await page.locator('#site-search').inputValue()).toBe('CVE-2023-30585');
    await page.locator('.pagefind-ui__result-link').first().click();
    await page.waitForURL('**/advisories/CVE-2023-30585/');
    expect(pathOf(page)).toBe('/advisories/CVE-2023-30585/');
  });

  it('shows result titles as the site shows its links, in both colour schemes, and labels the CVE id', async () => {
    await searchFromHome(whole.server.origin, 'CVE-2023-30585');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { title, link } = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`no ${selector}`);
          const computed = getComputedStyle(element);
          return { color: computed.color, decoration: computed.textDecorationLine };
        };
        return { title: style('.pagefind-ui__result-title .pagefind-ui__result-link'), link: style('footer a') };
      });
      expect(title, scheme).toEqual(link);
      expect(title.decoration, scheme).toBe('underline');
    }
    await page.emulateMedia({ colorScheme: null });
    expect(((await page.locator('.pagefind-ui__result-tag').first().textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(
      'CVE: CVE-2023-30585',
    );
  });

  it('finds advisories held by every part of an index in parts', async () => {
    const ids = Array.from({ length: 10 }, (_, n) => `CVE-2023-${30581 + n}`);
    const onePerPart = [0, 1, 2].map((part) => ids.find((id) => shardOf(`advisories/${id}/index.html`, 3) === part) ?? 'none');
    expect(onePerPart).not.toContain('none');
    for (const id of onePerPart) {
      expect((await searchFromHome(inParts.origin, id))[0], id).toBe(`/advisories/${id}/`);
    }
  });
});
