import { mkdtempSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import { ogCards } from '../../src/core/og/page-cards.ts';
import { ogImageMiddleware } from '../../src/integration/og-dev-images.ts';
import { ogImageAt } from '../../src/integration/og-images.ts';
import { paths } from '../../src/site/urls.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date('2023-07-20T00:00:00Z'));
if (!model) throw new Error('the sample content does not load');
const cards = ogCards(model, paths);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function size(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

/** Runs the middleware once and says what it did: answered with a PNG, or passed the request on. */
function serve(
  url: string,
  cacheDir: string,
): Promise<{ status?: number; headers?: Record<string, unknown>; body?: Uint8Array; passed?: unknown }> {
  return new Promise((resolve) => {
    const outcome: { status?: number; headers?: Record<string, unknown>; body?: Uint8Array } = {};
    const response = {
      writeHead: (status: number, headers: Record<string, unknown>) => Object.assign(outcome, { status, headers }),
      end: (body: Uint8Array) => resolve({ ...outcome, body }),
    } as unknown as ServerResponse;
    const middleware = ogImageMiddleware((pathname) => ogImageAt(pathname, cards, cacheDir));
    middleware({ url } as IncomingMessage, response, (error) => resolve({ passed: error ?? 'next' }));
  });
}

describe('Open Graph images under the dev server', () => {
  it('draws the card of the requested image into the cache and gives its PNG', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-og-dev-'));
    const png = await ogImageAt('/og/advisories/CVE-2023-30581.png', cards, cacheDir);
    expect([...(png ?? []).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(size(png ?? new Uint8Array(24))).toEqual([1200, 630]);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(1);
    expect(await ogImageAt('/og/advisories/CVE-2099-0001.png', cards, cacheDir)).toBeUndefined();
  });

  it('answers image requests with a PNG that is never cached, and passes every other request on', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-og-dev-'));
    const image = await serve('/og/releases/2023-06-20.png?v=1', cacheDir);
    expect(image.status).toBe(200);
    expect(image.headers).toMatchObject({ 'content-type': 'image/png', 'cache-control': 'no-store' });
    expect([...(image.body ?? []).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(await serve('/advisories/CVE-2023-30581/', cacheDir)).toEqual({ passed: 'next' });
    expect(await serve('/og/advisories/CVE-2099-0001.png', cacheDir)).toEqual({ passed: 'next' });
    expect(await serve('/og/%E0%A4%A.png', cacheDir)).toEqual({ passed: 'next' });
  });
});
