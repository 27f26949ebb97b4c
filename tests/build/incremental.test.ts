import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltSite, runBuild, siteAt } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

// Its own Astro and search caches, so that what the first build leaves is all the later ones can reuse.
const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-incremental-cache-'));
const outRoot = mkdtempSync(join(tmpdir(), 'bulletin-incremental-out-'));
const fixture = contentFixture();
const env = { BULLETIN_CACHE_DIR: join(cacheDir, 'astro'), BULLETIN_SEARCH_CACHE_DIR: join(cacheDir, 'search') };

function build(name: string, now: string): BuiltSite {
  // A folder that does not exist yet: the build makes it.
  const outDir = join(outRoot, name, 'site');
  // --verbose keeps Astro's list of routes, which says which pages it copied.
  return siteAt(outDir, runBuild(['--out', outDir, '--verbose'], { now, content: fixture.root, env }));
}

/** The build's own count of what Astro wrote: [all, copied]. */
function written(site: BuiltSite): [number, number] {
  const match = /bulletin: (\d+) pages and data files written by Astro: (\d+) drawn, (\d+) copied from the last build/.exec(site.stdout);
  expect(Number(match?.[1]), site.stdout).toBe(Number(match?.[2]) + Number(match?.[3]));
  return [Number(match?.[1]), Number(match?.[3])];
}

const searchIndex = (site: BuiltSite) => /search index of \d+ pages written to pagefind\/ \((.*)\)/.exec(site.stdout)?.[1] ?? '';

/** Pages Astro copied from the previous build instead of drawing them, as its log lists them. */
function reused(site: BuiltSite): string[] {
  // Astro colours its log when it thinks it runs in CI, and pages drawn side by side share log lines.
  return [...stripVTControlCharacters(site.stdout).matchAll(/(\/\S+) \((?:restored|cached)\)/g)].map((match) => match[1] as string);
}

// A second release, of dependencies only, whose page shows none of the advisories edited below.
fixture.write(
  'releases/2023-02-16.mdx',
  [
    '---',
    'date: 2023-02-16',
    'announcedAt: 2023-02-09T20:00:00Z',
    'lines:',
    '  - line: 18.x',
    '    version: 18.14.1',
    'dependencies:',
    '  - name: OpenSSL',
    '    version: 3.0.8',
    '    lines: [18.x]',
    '    links:',
    '      - https://www.openssl.org/news/vulnerabilities.html',
    'releasedAt: 2023-02-16T21:00:00Z',
    '---',
    '',
    'OpenSSL 3.0.8 for the 18.x line.',
    '',
  ].join('\n'),
);
// One body that uses MDX: it is compiled as MDX, while the others are rendered as Markdown and kept in the store.
appendFileSync(
  join(fixture.root, 'advisories/CVE-2023-30588.mdx'),
  "\nStop the server with <kbd>Ctrl</kbd>+<kbd>C</kbd> {'before upgrading'}.\n\nStart it again with --inspect.\n",
);
const first = build('first', '2023-07-20T00:00:00Z');
const again = build('again', '2023-07-20T00:00:00Z');
appendFileSync(join(fixture.root, 'advisories/CVE-2023-30585.mdx'), '\nA sentence added after review.\n');
const bodyEdited = build('body-edited', '2023-07-20T00:00:00Z');
// A day later nothing new is public: the same pages, only the moment differs.
const later = build('later', '2023-07-21T00:00:00Z');
fixture.write(
  'advisories/CVE-2023-30581.mdx',
  fixture.read('advisories/CVE-2023-30581.mdx').replace(/^title: .*$/m, 'title: Policy bypass through a module prototype'),
);
const titleEdited = build('title-edited', '2023-07-21T00:00:00Z');
// The release's file alone: advisory files and bodies unchanged, but the fixed version each advisory page shows.
fixture.write('releases/2023-06-20.mdx', fixture.read('releases/2023-06-20.mdx').replace('version: 20.3.1', 'version: 20.3.2'));
const releaseEdited = build('release-edited', '2023-07-21T00:00:00Z');
// Four days after the release, when every page carries the banner that announces it.
const bannered = build('bannered', '2023-06-24T00:00:00Z');
// Back before release day, after builds that published it: nothing cached from them may be copied.
const beforeRelease = build('before-release', '2023-06-15T00:00:00Z');

afterAll(() => {
  fixture.remove('');
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outRoot, { recursive: true, force: true });
});

describe('incremental builds', () => {
  it('draws every page the first time', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(reused(first)).toEqual([]);
    expect(written(first)).toEqual([expect.any(Number), 0]);
  });

  it('copies every page and the search index when nothing changed', () => {
    expect(again.status, again.stderr).toBe(0);
    const advisoryPages = first.files().filter((file) => /^advisories\/CVE-[^/]+\/index\.html$/.test(file));
    expect(advisoryPages.length).toBe(10);
    expect(reused(again)).toEqual(expect.arrayContaining(advisoryPages.map((file) => `/${file}`)));
    expect(written(again)).toEqual([written(first)[0], reused(again).length]);
    // The feeds too, keyed by their items: cleaning every body for them took most of a rebuild's time.
    expect(reused(again)).toEqual(expect.arrayContaining(['/feed.xml', '/advisories.xml', '/releases.xml', '/lines/20.x/feed.xml']));
    expect(searchIndex(first)).not.toContain('reused');
    expect(searchIndex(again)).toMatch(/^reused: every page is as an earlier build left it/);
    const index = first.files().filter((file) => file.startsWith('pagefind/'));
    expect(again.files().filter((file) => file.startsWith('pagefind/'))).toEqual(index);
    for (const file of index) expect(again.read(file), file).toBe(first.read(file));
  });

  it('renders a body that uses MDX as MDX, on its page and in the feeds', () => {
    const sentence = 'Stop the server with <kbd>Ctrl</kbd>+<kbd>C</kbd> before upgrading.';
    expect(first.read('advisories/CVE-2023-30588/index.html')).toContain(sentence);
    // Printed as written, as Markdown bodies are: no dash made of the flag's hyphens.
    expect(first.read('advisories/CVE-2023-30588/index.html')).toContain('Start it again with --inspect.');
    // Compiled as MDX, its ## sections still nest under the page's Details, as the Markdown ones do.
    expect(first.read('advisories/CVE-2023-30588/index.html')).toMatch(/<h2[^>]*>Details<\/h2>\s*<div class="prose"><h3[^>]*>Impact<\/h3>/);
    expect(`${first.stdout}${first.stderr}`).not.toMatch(/deprecated/i);
    expect(first.read('advisories.xml')).toContain(
      'Stop the server with &lt;kbd&gt;Ctrl&lt;/kbd&gt;+&lt;kbd&gt;C&lt;/kbd&gt; before upgrading.',
    );
  });

  it('redraws only the page whose body changed, and shows the new body', () => {
    expect(bodyEdited.status, bodyEdited.stderr).toBe(0);
    expect(bodyEdited.read('advisories/CVE-2023-30585/index.html')).toContain('A sentence added after review.');
    const copied = reused(bodyEdited);
    expect(copied).toContain('/advisories/CVE-2023-30581/index.html');
    expect(copied).not.toContain('/advisories/CVE-2023-30585/index.html');
    expect(searchIndex(bodyEdited)).not.toContain('reused');
    // The feeds that carry the body are drawn again; one without it is copied.
    expect(bodyEdited.read('advisories.xml')).toContain('A sentence added after review.');
    expect(bodyEdited.read('feed.xml')).toContain('A sentence added after review.');
    expect(copied).not.toContain('/advisories.xml');
    expect(copied).not.toContain('/feed.xml');
    expect(copied).toContain('/reports.xml');
    expect(bodyEdited.read('advisories/CVE-2023-30581/index.html')).toBe(first.read('advisories/CVE-2023-30581/index.html'));
  });

  it('copies every page and the search index for a later moment at which nothing new is public', () => {
    expect(later.status, later.stderr).toBe(0);
    const copied = reused(later);
    for (const page of ['/advisories/CVE-2023-30581/index.html', '/releases/2023-06-20/index.html', '/reports/2023-06/index.html']) {
      expect(copied).toContain(page);
    }
    expect(searchIndex(later)).toMatch(/^reused/);
    expect(copied).toEqual(expect.arrayContaining(['/feed.xml', '/advisories.xml', '/lines/20.x/feed.xml']));
    expect(JSON.parse(later.read('api/build.json')).builtFor).toBe('2023-07-21T00:00:00.000Z');
    expect(later.read('advisories/CVE-2023-30581/index.html')).not.toContain('2023-07-2');
  });

  it("redraws an advisory whose facts changed and the pages that show it, and copies the other advisories' and releases' pages", () => {
    expect(titleEdited.status, titleEdited.stderr).toBe(0);
    const copied = reused(titleEdited);
    expect(copied).not.toContain('/advisories/CVE-2023-30581/index.html');
    expect(copied).not.toContain('/releases/2023-06-20/index.html');
    expect(copied).toContain('/advisories/CVE-2023-30582/index.html');
    // A release page is keyed by its own release: another release's page is copied.
    expect(copied).toContain('/releases/2023-02-16/index.html');
    expect(titleEdited.read('advisories/CVE-2023-30581/index.html')).toContain('Policy bypass through a module prototype');
    expect(titleEdited.read('releases/2023-06-20/index.html')).toContain('Policy bypass through a module prototype');
    const record = titleEdited.files().find((file) => /^osv\/.*30581\.json$/.test(file)) ?? '';
    expect(JSON.parse(titleEdited.read(record)).summary).toBe('Policy bypass through a module prototype');
    expect(searchIndex(titleEdited)).not.toContain('reused');
  });

  it("redraws the release's page and the advisory pages that show its fixed version when only the release changed", () => {
    expect(releaseEdited.status, releaseEdited.stderr).toBe(0);
    const advisoryPages = releaseEdited.files().filter((file) => /^advisories\/CVE-[^/]+\/index\.html$/.test(file));
    const showingFix = advisoryPages.filter((file) => releaseEdited.read(file).includes('v20.3.2'));
    expect(showingFix.length).toBeGreaterThan(0);
    for (const file of advisoryPages) expect(releaseEdited.read(file), file).not.toContain('v20.3.1');
    const copied = reused(releaseEdited);
    for (const file of showingFix) expect(copied, file).not.toContain(`/${file}`);
    expect(releaseEdited.read('releases/2023-06-20/index.html')).toContain('v20.3.2');
    expect(copied).not.toContain('/releases/2023-06-20/index.html');
    expect(copied).toContain('/releases/2023-02-16/index.html');
  });

  it('redraws every advisory page when the banner that each one carries changes', () => {
    expect(bannered.status, bannered.stderr).toBe(0);
    expect(reused(bannered).filter((page) => page.startsWith('/advisories/CVE-'))).toEqual([]);
    for (const id of ['CVE-2023-30581', 'CVE-2023-30590']) {
      expect(bannered.read(`advisories/${id}/index.html`)).toContain('data-banner="released"');
    }
    expect(titleEdited.read('advisories/CVE-2023-30590/index.html')).not.toContain('data-banner');
  });

  it('copies nothing that a build for a moment before release day must not show', () => {
    expect(beforeRelease.status, beforeRelease.stderr).toBe(0);
    const copied = reused(beforeRelease);
    for (const feed of ['/feed.xml', '/advisories.xml', '/releases.xml', '/lines/20.x/feed.xml']) expect(copied, feed).not.toContain(feed);
    expect(copied.filter((page) => page.startsWith('/advisories/CVE-') || page.startsWith('/osv/'))).toEqual([]);
    expect(beforeRelease.files().filter((file) => file.startsWith('advisories/CVE-') || file.startsWith('osv/x_'))).toEqual([]);
    for (const feed of ['feed.xml', 'advisories.xml', 'lines/20.x/feed.xml']) {
      for (const cve of ['CVE-2023-30581', 'CVE-2023-30590']) expect(beforeRelease.read(feed), `${feed} ${cve}`).not.toContain(cve);
    }
    expect(beforeRelease.read('advisories.xml')).not.toContain('Policy bypass through a module prototype');
  });
});
