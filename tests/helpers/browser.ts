import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; CI installs it with apt-get. BULLETIN_CHROMIUM points elsewhere on other systems. */
export const CHROMIUM_PATH = process.env.BULLETIN_CHROMIUM || '/usr/bin/chromium';

// Quiet, offline and reproducible: no background traffic, no updates, no first-run UI, nothing kept between runs.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  /** A new tab at the given size (desktop by default). */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 375, height: 740 };

/**
 * Starts Chromium with a fresh profile. A missing browser is a failure, never a skip: the browser tests are how the
 * project knows the site works.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set BULLETIN_CHROMIUM to a Chromium binary; the browser tests need a real browser and never skip.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'bulletin-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: DESKTOP,
      offline: false,
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium at ${CHROMIUM_PATH} did not start: ${(error as Error).message}`);
  }
  // Only the local server is reachable: anything else the page asks for is cut off, never fetched.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  return {
    context,
    newPage: async (viewport = DESKTOP) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
