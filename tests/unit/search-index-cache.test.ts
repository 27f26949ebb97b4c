import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepSearchIndex, pagesKey, restoreSearchIndex, sitePages } from '../../scripts/lib/search-index-cache.ts';

const HTML = /\.html$/;
const searchIndexKey = (siteDir: string, pattern: RegExp, settings: string) => pagesKey(sitePages(siteDir, pattern), settings);

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-search-cache-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const site = { 'index.html': '<main data-pagefind-body>home</main>', 'advisories/a/index.html': '<main>a</main>' };
const index = { 'pagefind-entry.json': '{"version":"1"}', 'fragment/en_1.pf_fragment': 'fragment' };

describe('the key of a search index', () => {
  const key = searchIndexKey(folder(site), HTML, 'pagefind@1');

  it('is the same for the same pages, wherever the site is built', () => {
    expect(searchIndexKey(folder(site), HTML, 'pagefind@1')).toBe(key);
  });

  it('changes with one byte of one page, a moved page, or another indexer', () => {
    expect(searchIndexKey(folder({ ...site, 'index.html': '<main data-pagefind-body>home.</main>' }), HTML, 'pagefind@1')).not.toBe(key);
    expect(
      searchIndexKey(folder({ 'index.html': site['index.html'], 'advisories/b/index.html': '<main>a</main>' }), HTML, 'pagefind@1'),
    ).not.toBe(key);
    expect(searchIndexKey(folder(site), HTML, 'pagefind@2')).not.toBe(key);
  });

  it('ignores files the indexer does not read', () => {
    expect(searchIndexKey(folder({ ...site, 'og/index.png': 'png', 'feed.xml': '<rss/>' }), HTML, 'pagefind@1')).toBe(key);
  });
});

describe('the search index cache', () => {
  it('gives back exactly the index it kept, under its key only', () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'bulletin-search-cache-')), 'cache');
    const built = folder(index);
    expect(restoreSearchIndex(cache, 'k1', join(folder({}), 'pagefind'))).toBe(false);
    keepSearchIndex(cache, 'k1', built);
    const target = join(folder({}), 'pagefind');
    expect(restoreSearchIndex(cache, 'k2', target)).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(restoreSearchIndex(cache, 'k1', target)).toBe(true);
    expect(readFileSync(join(target, 'pagefind-entry.json'), 'utf-8')).toBe(index['pagefind-entry.json']);
    expect(readFileSync(join(target, 'fragment/en_1.pf_fragment'), 'utf-8')).toBe('fragment');
  });

  it('treats an entry with a file missing or changed as a miss, removes it and keeps the next index whole', () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'bulletin-search-cache-')), 'cache');
    const built = folder(index);
    keepSearchIndex(cache, 'k1', built);
    rmSync(join(cache, 'k1', 'fragment/en_1.pf_fragment'));
    const target = join(folder({}), 'pagefind');
    expect(restoreSearchIndex(cache, 'k1', target)).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
    keepSearchIndex(cache, 'k1', built);
    writeFileSync(join(cache, 'k1', 'pagefind-entry.json'), '{}');
    expect(restoreSearchIndex(cache, 'k1', target)).toBe(false);
    keepSearchIndex(cache, 'k1', built);
    expect(restoreSearchIndex(cache, 'k1', target)).toBe(true);
    expect(readdirSync(target).sort()).toEqual(['fragment', 'pagefind-entry.json']);
  });

  it('keeps the three most recently used indexes and clears what a dead build left half-written', () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'bulletin-search-cache-')), 'cache');
    const built = folder(index);
    const past = (seconds: number) => new Date(Date.now() - seconds * 1000);
    for (const [key, age] of [
      ['old', 400],
      ['older', 500],
      ['recent', 300],
    ] as const) {
      keepSearchIndex(cache, key, built);
      utimesSync(join(cache, key), past(age), past(age));
    }
    // Using an index makes it recent again.
    expect(restoreSearchIndex(cache, 'older', join(folder({}), 'pagefind'))).toBe(true);
    mkdirSync(join(cache, 'abandoned.tmp-4000001'));
    keepSearchIndex(cache, 'new', built);
    expect(readdirSync(cache).sort()).toEqual(['new', 'older', 'recent']);
  });
});
