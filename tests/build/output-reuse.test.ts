import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MOMENT_OUTPUTS } from '../../src/core/exports/moment-outputs.ts';
import { type BuiltSite, runBuild, siteAt } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

// Every build here writes into the same folder, as a site built on a timer does, with caches of its own.
const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-reuse-cache-'));
const outDir = join(mkdtempSync(join(tmpdir(), 'bulletin-reuse-out-')), 'site');
const fixture = contentFixture();
const env = { BULLETIN_CACHE_DIR: join(cacheDir, 'astro'), BULLETIN_SEARCH_CACHE_DIR: join(cacheDir, 'search') };

const build = (now: string, ...args: string[]): BuiltSite =>
  siteAt(outDir, runBuild(['--out', outDir, ...args], { now, content: fixture.root, env }));
const snapshot = (site: BuiltSite) => new Map(site.files().map((file) => [file, readFileSync(join(site.outDir, file))]));
const inode = (file: string) => statSync(join(outDir, file)).ino;
const drewPages = (site: BuiltSite) => /pages and data files written by Astro/.test(site.stdout);
const kept = (site: BuiltSite) => /nothing has changed since the build for/.test(site.stdout);
const momentFiles = ['api/build.json', 'calendar.ics', '.well-known/security.txt'];
const PAGE = 'advisories/CVE-2023-30581/index.html';

// The sample's release is out on 2023-06-20; a month later, then a day after that, nothing new is public.
const first = build('2023-07-20T00:00:00Z');
const firstFiles = snapshot(first);
const firstPage = inode(PAGE);
const dayLater = build('2023-07-21T00:00:00Z');
const dayLaterFiles = snapshot(dayLater);
const dayLaterPage = inode(PAGE);
const drawnAgain = build('2023-07-21T00:00:00Z', '--full');
const drawnAgainFiles = snapshot(drawnAgain);
appendFileSync(join(outDir, 'index.html'), '<p>edited on the server</p>');
const afterHandEdit = build('2023-07-22T00:00:00Z');
const afterHandEditHome = afterHandEdit.read('index.html');
fixture.write('advisories/CVE-2023-30585.mdx', `${fixture.read('advisories/CVE-2023-30585.mdx')}\nA sentence added after review.\n`);
const afterContentEdit = build('2023-07-22T00:00:00Z');
const afterContentEditPage = afterContentEdit.read('advisories/CVE-2023-30585/index.html');
// Back before release day, after builds that published the release.
const beforeRelease = build('2023-06-15T00:00:00Z');

afterAll(() => {
  fixture.remove('');
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

describe('a build with nothing new since the last one', () => {
  it('draws every page the first time', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(drewPages(first)).toBe(true);
    expect(kept(first)).toBe(false);
  });

  it('keeps the last site a day later, when nothing new is public, and says so', () => {
    expect(dayLater.status, dayLater.stderr).toBe(0);
    expect(drewPages(dayLater)).toBe(false);
    expect(dayLater.stdout).toContain(
      'nothing has changed since the build for 2023-07-20T00:00:00.000Z but the moment: its ' +
        `${firstFiles.size} files kept; api/build.json, calendar.ics and .well-known/security.txt written for this moment`,
    );
    expect(dayLater.stdout).toMatch(
      /✓ site for 2023-07-21T00:00:00.000Z written to .* \(the last site kept; npm run build -- --full draws every page\)/,
    );
    // The same file, linked, not written again.
    expect(dayLaterPage).toBe(firstPage);
  });

  it('writes the files that print the moment for the new one', () => {
    const text = (file: string) => dayLaterFiles.get(file)?.toString('utf-8') ?? '';
    expect(JSON.parse(text('api/build.json')).builtFor).toBe('2023-07-21T00:00:00.000Z');
    expect(text('calendar.ics')).toContain('DTSTAMP:20230721T000000Z');
    expect(text('.well-known/security.txt')).toContain('Expires: 2024-07-20T00:00:00Z');
  });

  it('keeps exactly the site that drawing every page gives', () => {
    expect(drawnAgain.status, drawnAgain.stderr).toBe(0);
    expect(drewPages(drawnAgain)).toBe(true);
    expect([...drawnAgainFiles.keys()]).toEqual([...dayLaterFiles.keys()]);
    for (const [file, bytes] of drawnAgainFiles) expect(dayLaterFiles.get(file)?.equals(bytes), file).toBe(true);
  });

  it('names every file that prints the moment: no other differs between two moments at which the same things are public', () => {
    const differing = [...firstFiles].filter(([file, bytes]) => !drawnAgainFiles.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing.sort()).toEqual([...momentFiles].sort());
    expect(Object.keys(MOMENT_OUTPUTS).length).toBe(momentFiles.length);
  });

  it('draws the site again when its folder was changed by hand since', () => {
    expect(afterHandEdit.status, afterHandEdit.stderr).toBe(0);
    expect(kept(afterHandEdit)).toBe(false);
    expect(afterHandEditHome).not.toContain('edited on the server');
    expect(afterHandEditHome).toBe(drawnAgainFiles.get('index.html')?.toString('utf-8'));
  });

  it('draws the site again when the content changed', () => {
    expect(afterContentEdit.status, afterContentEdit.stderr).toBe(0);
    expect(kept(afterContentEdit)).toBe(false);
    expect(afterContentEditPage).toContain('A sentence added after review.');
  });

  it('draws the site again for a moment at which other things are public, and keeps nothing that is not yet', () => {
    expect(beforeRelease.status, beforeRelease.stderr).toBe(0);
    expect(kept(beforeRelease)).toBe(false);
    expect(beforeRelease.files().filter((file) => file.startsWith('advisories/CVE-') || /^osv\/(?!all\.json)/.test(file))).toEqual([]);
    for (const file of ['feed.xml', 'osv/all.json', 'search/index.html'])
      expect(beforeRelease.read(file), file).not.toContain('CVE-2023-30581');
  });
});
