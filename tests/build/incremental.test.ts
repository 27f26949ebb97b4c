import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltSite, runBuild, siteAt } from '../helpers/build-site';
import { contentFixture } from '../helpers/content-fixture';

// Its own Astro cache, so that what the first build leaves is all the second one can reuse.
const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-incremental-cache-'));
const outRoot = mkdtempSync(join(tmpdir(), 'bulletin-incremental-out-'));
const fixture = contentFixture();
const env = { BULLETIN_CACHE_DIR: cacheDir };

function build(name: string, now: string): BuiltSite {
  const outDir = join(outRoot, name);
  return siteAt(outDir, runBuild(['--out', outDir], { now, content: fixture.root, env }));
}

/** Pages Astro copied from the previous build instead of drawing them, as its log lists them. */
function reused(site: BuiltSite): string[] {
  // Astro colours its log when it thinks it runs in CI; the colour codes would stick to the paths.
  return stripVTControlCharacters(site.stdout)
    .split('\n')
    .filter((line) => /\((?:restored|cached)\)/.test(line))
    .map((line) => /(\/\S+)/.exec(line)?.[1] ?? line);
}

// One body that uses MDX: it is compiled as MDX, while the others are rendered as Markdown and kept in the store.
appendFileSync(
  join(fixture.root, 'advisories/CVE-2023-30588.mdx'),
  "\nStop the server with <kbd>Ctrl</kbd>+<kbd>C</kbd> {'before upgrading'}.\n",
);
const first = build('first', '2023-07-20T00:00:00Z');
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

  it('renders a body that uses MDX as MDX, on its page and in the feeds', () => {
    const sentence = 'Stop the server with <kbd>Ctrl</kbd>+<kbd>C</kbd> before upgrading.';
    expect(first.read('advisories/CVE-2023-30588/index.html')).toContain(sentence);
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
