import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltSite, runBuild, siteAt } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const NOW = '2023-07-20T00:00:00Z';
const SITE_URL = 'https://security.example.org';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// A fresh cache, so that the first build renders everything whatever earlier runs left behind.
const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-og-cache-'));
const env = { BULLETIN_OG_CACHE_DIR: cacheDir };
const fixture = contentFixture();
// A release not yet announced at NOW, with an advisory: neither may get an image.
fixture.write('releases/2023-09-01.mdx', '---\ndate: 2023-09-01\nannouncedAt: 2023-08-25T12:00:00Z\nlines:\n  - line: 20.x\n---\n');
fixture.write(
  'advisories/CVE-2023-39999.mdx',
  '---\ncve: CVE-2023-39999\ntitle: Hidden zebra flaw\nrelease: 2023-09-01\nseverity: critical\nlines: [20.x]\nplatforms: [all]\nsummary: Hidden.\n---\n\nHidden.\n',
);

const outRoot = mkdtempSync(join(tmpdir(), 'bulletin-og-out-'));

/** Every build here must really run, never be reused, since what is tested is what the cache saves a real build. */
function build(name: string): BuiltSite {
  const outDir = join(outRoot, name);
  return siteAt(outDir, runBuild(['--out', outDir], { now: NOW, content: fixture.root, env }));
}

const first = build('first');
const second = build('second');
const advisoryPath = 'advisories/CVE-2023-30585.mdx';
fixture.write(
  advisoryPath,
  readFileSync(join(fixture.root, advisoryPath), 'utf-8').replace(/^title: .*$/m, 'title: A new title for a changed advisory'),
);
const third = build('third');

afterAll(() => {
  fixture.remove('');
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outRoot, { recursive: true, force: true });
});

function summary(site: BuiltSite): { rendered: number; cached: number } {
  const lines = site.stdout.split('\n').filter((line) => line.includes('og images:'));
  expect(lines, site.stdout).toHaveLength(1);
  const match = /og images: (\d+) rendered, (\d+) from cache/.exec(lines[0] ?? '');
  return { rendered: Number(match?.[1]), cached: Number(match?.[2]) };
}

const images = (site: BuiltSite) => site.files().filter((file) => file.startsWith('og/') && file.endsWith('.png'));
const bytes = (site: BuiltSite, path: string) => readFileSync(join(site.outDir, path));

function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/:/g, ':')}" content="([^"]*)"`).exec(html);
  return match?.[1]?.replace(/&amp;/g, '&');
}

/** The output file an og:image URL points at: same site, query string ignored. */
function imageFile(url: string | undefined): string {
  expect(url?.startsWith(`${SITE_URL}/og/`), url).toBe(true);
  return new URL(url ?? '').pathname.slice(1);
}

describe('Open Graph images of the sample site', () => {
  it('builds', () => {
    for (const site of [first, second, third]) expect(site.status, site.stderr).toBe(0);
  });

  it('draws every image as a 1200×630 PNG', () => {
    expect(images(first).length).toBeGreaterThan(20);
    for (const path of images(first)) {
      const png = bytes(first, path);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), path).toBe(true);
      // IHDR is the first chunk: length (4), type (4), then width and height as big-endian 32-bit integers.
      expect(png.subarray(12, 16).toString('latin1'), path).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  it('points every page kind at its own existing image, with the tags that use it', () => {
    const pages = {
      'index.html': 'og/index.png',
      'releases/index.html': 'og/releases.png',
      'releases/2023-06-20/index.html': 'og/releases/2023-06-20.png',
      'advisories/CVE-2023-30581/index.html': 'og/advisories/CVE-2023-30581.png',
      'reports/2023-06/index.html': 'og/reports/2023-06.png',
      'initiatives/permission-model/index.html': 'og/initiatives/permission-model.png',
      '404.html': 'og/index.png',
    };
    for (const [page, image] of Object.entries(pages)) {
      const html = first.read(page);
      expect(imageFile(meta(html, 'og:image')), page).toBe(image);
      expect(meta(html, 'og:image:width'), page).toBe('1200');
      expect(meta(html, 'og:image:height'), page).toBe('630');
      expect(meta(html, 'og:image:alt')?.length, page).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(html, 'og:title'), page).toBeTruthy();
      expect(meta(html, 'og:description'), page).toBeTruthy();
      // The not-found page is served at any missing address: it has no address of its own to declare.
      if (page === '404.html') expect(meta(html, 'og:url'), page).toBeUndefined();
      else expect(meta(html, 'og:url')?.startsWith(SITE_URL), page).toBe(true);
    }
    expect(meta(first.read('advisories/CVE-2023-30581/index.html'), 'og:type')).toBe('article');
    expect(meta(first.read('index.html'), 'og:type')).toBe('website');
  });

  it('gives every built page an og:image that exists', () => {
    for (const page of first.files().filter((file) => file.endsWith('.html'))) {
      expect(first.exists(imageFile(meta(first.read(page), 'og:image'))), page).toBe(true);
    }
  });

  it('has no image for a release that is not announced yet, nor for its advisory', () => {
    expect(images(first).filter((file) => /2023-09-01|CVE-2023-39999/.test(file))).toEqual([]);
  });

  it('renders everything once, then takes an unchanged rebuild entirely from the cache', () => {
    const count = images(first).length;
    expect(summary(first)).toEqual({ rendered: count, cached: 0 });
    expect(summary(second)).toEqual({ rendered: 0, cached: count });
    for (const path of images(first)) expect(bytes(second, path).equals(bytes(first, path)), path).toBe(true);
  });

  it('redraws only the image of the one advisory that changed', () => {
    const count = images(first).length;
    expect(summary(third)).toEqual({ rendered: 1, cached: count - 1 });
    const changed = 'og/advisories/CVE-2023-30585.png';
    expect(bytes(third, changed).equals(bytes(first, changed))).toBe(false);
    expect(bytes(third, 'og/releases/2023-06-20.png').equals(bytes(first, 'og/releases/2023-06-20.png'))).toBe(true);
  });
});
