import type { APIContext } from 'astro';
import { feedCacheKey, feedResponse, siteFeedNames } from '../site/feeds';

// The feeds at the site's root (/feed.xml, /releases.xml, /advisories.xml, /reports.xml) as one route, so that each
// can carry a cache key: only a dynamic route can.
export async function getStaticPaths() {
  return Promise.all(siteFeedNames().map(async (feed) => ({ params: { feed }, cacheKey: await feedCacheKey(`/${feed}.xml`) })));
}

export const GET = ({ params }: APIContext) => feedResponse(`/${params.feed}.xml`);
