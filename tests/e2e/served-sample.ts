import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BuiltSite } from '../helpers/build-site.ts';
import { type StaticServer, startStaticServer } from '../helpers/static-server.ts';
import { type SampleMoment, sampleSite } from '../site/sample-sites.ts';

export interface ServedSample {
  site: BuiltSite;
  server: StaticServer;
  url: (path: string) => string;
}

/** The sample built at one moment and served on 127.0.0.1. */
export async function serveSample(moment: SampleMoment): Promise<ServedSample> {
  const site = await sampleSite(moment);
  const server = await startStaticServer(site.outDir);
  return { site, server, url: (path) => new URL(path, server.origin).toString() };
}

/** Opens a page and fails on anything but a successful answer, so a test never inspects the not-found page by mistake. */
export async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), `${url} answered ${response?.status()}`).toBe(200);
}

/** The path the page is showing, e.g. /releases/2023-06-20/ */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}
