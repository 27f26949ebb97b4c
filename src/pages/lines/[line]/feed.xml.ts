import type { APIContext } from 'astro';
import { feedPaths } from '../../../core/feeds/feed-catalog.ts';
import { feedCacheKey, feedResponse } from '../../../site/feeds.ts';
import { getSiteModel } from '../../../site/site-model.ts';

export async function getStaticPaths() {
  return Promise.all(
    getSiteModel().lines.map(async (line) => ({ params: { line: line.id }, cacheKey: await feedCacheKey(feedPaths.line(line.id)) })),
  );
}

export const GET = ({ params }: APIContext) => feedResponse(feedPaths.line(params.line ?? ''));
