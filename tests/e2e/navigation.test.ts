import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser.ts';
import { open, pathOf, type ServedSample, serveSample } from './served-sample.ts';

const RELEASE = '/releases/2023-06-20/';

/** An element's text with its whitespace collapsed, as a reader sees it. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

let browser: Browser;
let announced: ServedSample;
let released: ServedSample;
let page: Page;

beforeAll(async () => {
  announced = await serveSample('announced');
  released = await serveSample('released');
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await announced?.server.close();
  await released?.server.close();
});

describe('a reader after release day', () => {
  it('goes from home to the release, on to an advisory, and back', async () => {
    await open(page, released.url('/'));
    await page.locator(`main a[href="${RELEASE}"]`).first().click();
    await page.waitForURL(`**${RELEASE}`);
    await expect.poll(() => page.locator('article[data-phase="released"]').count()).toBe(1);
    const releaseTitle = await textOf(page.locator('h1'));
    expect(releaseTitle).toMatch(/security release/i);

    const advisoryLink = page.locator('#vulnerabilities ~ .card-list a[href^="/advisories/CVE-"]').first();
    const advisoryTitle = await textOf(advisoryLink);
    const advisoryPath = await advisoryLink.getAttribute('href');
    await advisoryLink.click();
    await page.waitForURL(`**${advisoryPath}`);
    expect(await textOf(page.locator('h1'))).toBe(advisoryTitle);
    expect(await page.locator(`article a[href="${RELEASE}"]`).count()).toBeGreaterThan(0);

    await page.goBack();
    expect(pathOf(page)).toBe(RELEASE);
    expect(await textOf(page.locator('h1'))).toBe(releaseTitle);
    await page.goBack();
    expect(pathOf(page)).toBe('/');
  });

  it('sees the release banner on every page, leading to the release notes', async () => {
    for (const path of ['/', '/advisories/', '/reports/']) {
      await open(page, released.url(path));
      const banner = page.locator('[data-banner]');
      expect(await banner.getAttribute('data-banner'), path).toBe('released');
      expect(await textOf(banner)).toMatch(/Security release published on 20 June 2023/);
    }
    await page.locator('[data-banner] a').click();
    await page.waitForURL(`**${RELEASE}`);
    expect(await page.locator('article').getAttribute('data-phase')).toBe('released');
  });

  it('lands on the not-found page for an address that does not exist', async () => {
    const response = await page.goto(released.url('/advisories/CVE-1999-0001/'));
    expect(response?.status()).toBe(404);
    expect(await textOf(page.locator('main'))).toMatch(/not found|no page|doesn.t exist/i);
  });
});

describe('a reader during the pre-announcement week', () => {
  it('sees the planned release in the banner and reaches the pre-announcement, which names no advisory', async () => {
    await open(page, announced.url('/'));
    const banner = page.locator('[data-banner]');
    expect(await banner.getAttribute('data-banner')).toBe('announced');
    expect(await textOf(banner)).toMatch(/Security release planned for 20 June 2023/);
    await banner.locator('a').click();
    await page.waitForURL(`**${RELEASE}`);
    expect(await page.locator('article').getAttribute('data-phase')).toBe('announced');
    expect(await textOf(page.locator('main'))).toMatch(/3 high severity issues and 7 medium severity issues/);
    expect(await page.locator('a[href^="/advisories/CVE-"]').count()).toBe(0);
    expect(await page.content()).not.toMatch(/CVE-\d{4}-\d+/);
  });
});

async function focusStyle(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      text: element.textContent?.trim() ?? '',
      href: element.getAttribute('href'),
      className: element.className,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      inMain: Boolean(element.closest('main')),
    };
  });
}

describe('a keyboard user', () => {
  it('tabs first to a visible skip link that moves past the header', async () => {
    await open(page, released.url('/releases/'));
    await page.keyboard.press('Tab');
    const skip = await focusStyle(page);
    expect(skip).toMatchObject({ href: '#main', visible: true });
    expect(skip?.outlineStyle).not.toBe('none');
    expect(skip?.outlineWidth).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    expect((await focusStyle(page))?.inMain).toBe(true);
  });

  it('reaches every main navigation link with a visible focus outline', async () => {
    await open(page, released.url('/'));
    const navLinks = await page.locator('nav[aria-label="Main"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(navLinks.length).toBeGreaterThanOrEqual(4);
    const reached = new Set<string>();
    for (let press = 0; press < 30 && reached.size < navLinks.length; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusStyle(page);
      if (!focused?.href || !navLinks.includes(focused.href)) continue;
      expect(focused.visible, focused.href).toBe(true);
      expect(focused.outlineStyle, focused.href).not.toBe('none');
      expect(focused.outlineWidth, focused.href).toBeGreaterThanOrEqual(2);
      reached.add(focused.href);
    }
    expect([...reached].sort()).toEqual([...navLinks].sort());
  });
});
