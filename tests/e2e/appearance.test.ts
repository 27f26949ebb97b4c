import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, MOBILE } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { startStaticServer } from '../helpers/static-server.ts';
import { pageKinds, SAMPLE_MOMENTS, type SampleMoment, urlPathOf } from '../site/sample-sites.ts';
import { contrastRatio } from './contrast.ts';
import { open, type ServedSample, serveSample } from './served-sample.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function colours(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const main = getComputedStyle(document.querySelector('main') ?? document.body);
    return { background: root.backgroundColor, text: main.color };
  });
}

describe.each(Object.keys(SAMPLE_MOMENTS) as SampleMoment[])('every page kind of the sample site, %s', (moment) => {
  let sample: ServedSample;
  let page: Page;
  let kinds: [string, string][];
  beforeAll(async () => {
    sample = await serveSample(moment);
    kinds = [...pageKinds(sample.site)];
    page = await browser.newPage(MOBILE);
  });
  afterAll(async () => {
    await page?.close();
    await sample?.server.close();
  });

  it('fits a 375-pixel-wide phone screen without scrolling sideways', async () => {
    expect(kinds.length).toBeGreaterThan(5);
    const overflowing: string[] = [];
    for (const [, file] of kinds) {
      await open(page, sample.url(urlPathOf(file)));
      const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
        culprits: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 3)
          .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`),
      }));
      expect(innerWidth).toBe(MOBILE.width);
      if (scrollWidth > innerWidth) overflowing.push(`${urlPathOf(file)} is ${scrollWidth}px wide: ${culprits.join(', ')}`);
    }
    expect(overflowing).toEqual([]);
  });

  it('follows the light and dark colour schemes with readable text in both', async () => {
    for (const [, file] of kinds) {
      const path = urlPathOf(file);
      await open(page, sample.url(path));
      const light = await colours(page, 'light');
      const dark = await colours(page, 'dark');
      expect(dark.background, path).not.toBe(light.background);
      expect(contrastRatio(light.background, 'rgb(255, 255, 255)'), `${path}: the light scheme is light`).toBeLessThan(1.5);
      expect(contrastRatio(dark.background, 'rgb(0, 0, 0)'), `${path}: the dark scheme is dark`).toBeLessThan(1.5);
      expect(contrastRatio(light.text, light.background), `${path} light`).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(dark.text, dark.background), `${path} dark`).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('advisory lists on a phone', () => {
  it('read as cards, each fact under its column name, with nothing to scroll sideways', async () => {
    const site = buildSite({ name: 'sample-released', now: '2023-07-20T00:00:00Z' });
    expect(site.status, site.stderr).toBe(0);
    const server = await startStaticServer(site.outDir);
    const page = await browser.newPage(MOBILE);
    try {
      for (const path of ['/advisories/', '/advisories/severity/high/', '/lines/20.x/']) {
        await open(page, new URL(path, server.origin).toString());
        const tables = await page.evaluate(() =>
          [...document.querySelectorAll('.advisory-table')].map((table) => {
            const box = table.parentElement as HTMLElement;
            const cells = [...table.querySelectorAll('tbody td[data-label]')];
            return {
              rows: table.querySelectorAll('tbody tr').length,
              scrolls: box.scrollWidth > box.clientWidth,
              labelled:
                cells.length > 0 &&
                cells.every((cell) => getComputedStyle(cell, '::before').content === `"${cell.getAttribute('data-label')}: "`),
              // A card: the severity sits below the advisory, not beside it.
              stacked: (() => {
                const row = table.querySelector('tbody tr');
                const [first, second] = [row?.children[0], row?.children[1]].map((cell) => cell?.getBoundingClientRect());
                return first !== undefined && second !== undefined && second.top >= first.bottom - 1;
              })(),
            };
          }),
        );
        expect(tables.length, path).toBeGreaterThan(0);
        for (const table of tables) {
          expect(table.rows, path).toBeGreaterThan(0);
          expect(table, path).toMatchObject({ scrolls: false, labelled: true, stacked: true });
        }
      }
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe("a line's table of affected versions", () => {
  it("shows a chart's latest month first on a phone, where the chart scrolls sideways", async () => {
    // A month after the June release both reports are out, so each chart has more than one month to scroll through.
    const site = buildSite({ name: 'sample-released', now: '2023-07-20T00:00:00Z' });
    expect(site.status, site.stderr).toBe(0);
    const server = await startStaticServer(site.outDir);
    const page = await browser.newPage(MOBILE);
    try {
      for (const path of ['/metrics/', '/reports/2023-06/']) {
        await open(page, new URL(path, server.origin).toString());
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll('.chart-scroll')].map((box) => {
            const last = [...box.querySelectorAll('[data-month]')].at(-1);
            const view = box.getBoundingClientRect();
            const mark = last?.getBoundingClientRect();
            return {
              scrolls: box.scrollWidth > box.clientWidth,
              visible: mark !== undefined && mark.left >= view.left - 1 && mark.right <= view.right + 1,
            };
          }),
        );
        expect(charts.length, path).toBeGreaterThan(0);
        expect(
          charts.every((chart) => chart.scrolls),
          path,
        ).toBe(true);
        expect(
          charts.every((chart) => chart.visible),
          path,
        ).toBe(true);
      }
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('colours only the affected cells by severity, never a fixed or unaffected one', async () => {
    const sample = await serveSample('released');
    const page = await browser.newPage();
    try {
      await open(page, sample.url('/lines/20.x/'));
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll('.affected-matrix tbody td')].map((cell) => ({
          state: cell.className,
          background: getComputedStyle(cell).backgroundColor,
        })),
      );
      const transparent = 'rgba(0, 0, 0, 0)';
      expect(cells.filter((cell) => cell.state === 'affected').every((cell) => cell.background !== transparent)).toBe(true);
      expect(cells.filter((cell) => cell.state !== 'affected').map((cell) => cell.background)).toEqual(
        cells.filter((cell) => cell.state !== 'affected').map(() => transparent),
      );
      expect(cells.some((cell) => cell.state === 'fixed')).toBe(true);
    } finally {
      await page.close();
      await sample.server.close();
    }
  });
});

describe('the contrast ratio', () => {
  it('follows WCAG: black on white is 21, a colour on itself is 1, order does not matter', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(87, 96, 106)', 'rgb(87, 96, 106)')).toBe(1);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgba(11, 87, 164, 1)')).toBeCloseTo(
      contrastRatio('rgb(11, 87, 164)', 'rgb(255, 255, 255)'),
      10,
    );
  });
});
