import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, PAGES_PER_SHARD, pagesPerShard, shardCount, shardFolder, shardOf } from '../../scripts/lib/search-shards.ts';

describe('a search index in parts', () => {
  it('stays whole below twice the pages of a part, then takes whole parts only, up to the most', () => {
    expect(shardCount(0, 200)).toBe(1);
    expect(shardCount(399, 200)).toBe(1);
    expect(shardCount(400, 200)).toBe(2);
    expect(shardCount(1164, 200)).toBe(5);
    expect(shardCount(100_000, 200)).toBe(MAX_SHARDS);
  });

  it('keeps a page in the same part from build to build, and spreads pages over every part', () => {
    const paths = Array.from({ length: 400 }, (_, n) => `advisories/CVE-2024-${10000 + n}/index.html`);
    const parts = paths.map((path) => shardOf(path, 4));
    expect(paths.map((path) => shardOf(path, 4))).toEqual(parts);
    for (let part = 0; part < 4; part++) {
      const share = parts.filter((shard) => shard === part).length;
      expect(share, `part ${part}`).toBeGreaterThan(60);
    }
  });

  it('puts the first part where Pagefind puts a whole index, the others in folders inside it', () => {
    expect([0, 1, 7].map(shardFolder)).toEqual(['', 'shard-1', 'shard-7']);
  });

  it('reads the pages of a part from the environment, refusing what is not a count', () => {
    expect(pagesPerShard({})).toBe(PAGES_PER_SHARD);
    expect(pagesPerShard({ BULLETIN_SEARCH_PAGES_PER_SHARD: '50' })).toBe(50);
    for (const value of ['0', '-3', '2.5', 'many']) {
      expect(() => pagesPerShard({ BULLETIN_SEARCH_PAGES_PER_SHARD: value })).toThrow(
        `BULLETIN_SEARCH_PAGES_PER_SHARD must be a whole number of pages above 0, got "${value}"`,
      );
    }
  });
});
