import { createHash } from 'node:crypto';

/**
 * Pagefind cannot update an index, so a large site's index is split in parts that the search page merges in the
 * browser: a changed page costs the index of its part, not of the whole site. Each part ranks with its own word
 * statistics, so a merged ranking can differ from one index's; parts start only at twice this many searchable pages
 * (the Node.js corpus, about 260, stays whole) and hold this many or more each on average (a hash spreads pages
 * only about evenly).
 */
export const PAGES_PER_SHARD = 200;
/** Every part adds requests to each search. */
export const MAX_SHARDS = 8;
export const PAGES_PER_SHARD_VARIABLE = 'BULLETIN_SEARCH_PAGES_PER_SHARD';

export function pagesPerShard(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[PAGES_PER_SHARD_VARIABLE];
  if (value === undefined || value === '') return PAGES_PER_SHARD;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${PAGES_PER_SHARD_VARIABLE} must be a whole number of pages above 0, got "${value}"`);
  return Number(value);
}

export function shardCount(searchablePages: number, perShard: number): number {
  return Math.max(1, Math.min(MAX_SHARDS, Math.floor(searchablePages / perShard)));
}

/** By a hash of the page's path, so a page stays in its part from build to build while the count is the same. */
export function shardOf(pagePath: string, count: number): number {
  return createHash('sha256').update(pagePath).digest().readUInt32BE(0) % count;
}

/** Where a part's bundle sits inside the site's pagefind/ folder: the first is Pagefind's usual bundle itself. */
export function shardFolder(shard: number): string {
  return shard === 0 ? '' : `shard-${shard}`;
}
