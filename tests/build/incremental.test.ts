import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltSite, runBuild, siteAt } from '../helpers/build-site';
import { contentFixture } from '../helpers/content-fixture';

// Its own Astro and search caches, so that what the first build leaves is all the later ones can reuse.
const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-incremental-cache-'));
const outRoot = mkdtempSync(join(tmpdir(), 'bulletin-incremental-out-'));
const fixture = contentFixture();
const env = { BULLETIN_CACHE_DIR: join(cacheDir, 'astro'), BULLETIN_SEARCH_CACHE_DIR: join(cacheDir, 'search') };

function build(name: string, now: string): BuiltSite {
  const outDir = join(outRoot, name);
  return siteAt(outDir, runBuild(['--out', outDir], { now, content: fixture.root, env }));
}

const searchIndex = (site: BuiltSite) => /search index of \d+ pages written to pagefind\/ \((.*)\)/.exec(site.stdout)?.[1] ?? '';

/** Pages Astro copied from the previous build instead of drawing them, as its log lists them. */
function reused(site: BuiltSite): string[] {
  // Astro colours its log when it thinks it runs in CI, and pages drawn side by side share log lines.
  return [...stripVTControlCharacters(site.stdout).matchAll(/(\/\S+) \((?:restored|cached)\)/g)].map((match) => match[1] as string);
}

// One body that uses MDX: it is compiled as MDX, while the others are rendered as Markdown and kept in the store.
appendFileSync(
  join(fixture.root, 'advisories/CVE-2023-30588.mdx'),
  "\nStop the server with <kbd>Ctrl</kbd>+<kbd>C</kbd> {'before upgrading'}.\n\nStart it again with --inspect.\n",
);
const first = build('first', '2023-07-20T00:00:00Z');
const again = build('again', '2023-07-20T00:00:00Z');
appendFileSync(join(fixture.root, 'advisories/CVE-2023-30585.mdx'), '\nA sentence added after review.\n');
const bodyEdited = build('body-edited', '2023-07-20T00:00:00Z');
const later = build('later', '2023-07-21T00:00:00Z');

afterAll(() => {
  fixture.remove('');
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outRoot, { recursive: true, force: true });
});

describe('incremental builds', () => {
  it('draws every page the first time', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(reused(first)).toEqual([]);
  });

  it('copies every page and the search index when nothing changed', () => {
    expect(again.status, again.stderr).toBe(0);
    const advisoryPages = first.files().filter((file) => /^advisories\/CVE-[^/]+\/index\.html$/.test(file));
    expect(advisoryPages.length).toBe(10);
    expect(reused(again)).toEqual(expect.arrayContaining(advisoryPages.map((file) => `/${file}`)));
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
    // Feeds carry every body and are always drawn.
    expect(bodyEdited.read('advisories.xml')).toContain('A sentence added after review.');
    expect(bodyEdited.read('advisories/CVE-2023-30581/index.html')).toBe(first.read('advisories/CVE-2023-30581/index.html'));
  });

  it('redraws every page for another moment, since the model holds the moment', () => {
    expect(later.status, later.stderr).toBe(0);
    expect(reused(later)).toEqual([]);
    expect(later.read('index.html')).toContain('2023-07-21T00:00:00.000Z');
  });
});
