import { existsSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OgCard } from '../../src/core/og/card.ts';
import { describeOgImages, OG_CACHE_KEEP_DAYS, type OgImagePlan, pruneOgCache } from '../../src/integration/og-images.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

function cacheWith(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-og-cache-'));
  for (const [name, age] of Object.entries(files)) {
    writeFileSync(join(dir, name), 'png');
    utimesSync(join(dir, name), daysAgo(age), daysAgo(age));
  }
  return dir;
}

const planUsing = (cacheDir: string, names: string[]): OgImagePlan => ({
  cacheDir,
  images: names.map((name) => ({ card: { page: `/${name}/` } as OgCard, cached: join(cacheDir, name) })),
  missing: [],
  fonts: [],
});

describe('pruning the Open Graph image cache', () => {
  it(`removes what no build used for ${OG_CACHE_KEEP_DAYS} days, and keeps what this build uses however old`, () => {
    const dir = cacheWith({ 'used-old.png': 90, 'unused-old.png': OG_CACHE_KEEP_DAYS + 1, 'unused-recent.png': 3, 'crashed.123.tmp': 40 });
    expect(pruneOgCache(planUsing(dir, ['used-old.png']), NOW)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['last-used.json', 'unused-recent.png', 'used-old.png']);
    // The image itself is not touched: the published copy is a hard link to it.
    expect(statSync(join(dir, 'used-old.png')).mtimeMs).toBe(daysAgo(90).getTime());
  });

  it('counts from the last use, not from when the image was drawn', () => {
    const dir = cacheWith({ 'a.png': 90, 'b.png': 90 });
    pruneOgCache(planUsing(dir, ['a.png', 'b.png']), daysAgo(20));
    // Twenty days on, only a is used; b was last used 20 days ago and stays, until 31 days have passed.
    expect(pruneOgCache(planUsing(dir, ['a.png']), NOW)).toBe(0);
    const later = new Date(NOW.getTime() + 11 * 24 * 60 * 60 * 1000);
    expect(pruneOgCache(planUsing(dir, ['a.png']), later)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'last-used.json']);
  });

  it('leaves files it did not write alone', () => {
    const dir = cacheWith({ 'README.txt': 400 });
    expect(pruneOgCache(planUsing(dir, []), NOW)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['README.txt', 'last-used.json']);
    expect(existsSync(join(dir, 'README.txt'))).toBe(true);
  });

  it('says in the build log what it removed, and nothing when it removed nothing', () => {
    expect(describeOgImages({ rendered: 2, cached: 10, pruned: 0 }, ' (drawn in 1.0 s)')).toBe(
      '2 rendered, 10 from cache (drawn in 1.0 s)',
    );
    expect(describeOgImages({ rendered: 0, cached: 12, pruned: 3 })).toBe(
      `0 rendered, 12 from cache; 3 unused for ${OG_CACHE_KEEP_DAYS} days removed from the cache`,
    );
  });
});
