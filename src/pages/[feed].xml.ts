import type { APIContext } from 'astro';
import { feedCacheKey, feedResponse, siteFeedPaths } from '../site/feeds.ts';

// The feeds at the site's root (/feed.xml, /releases.xml, /advisories.xml, /reports.xml) as one route, so that each
// can carry a cache key: only a dynamic route can.
export async function getStaticPaths() {
  return Promise.all(
    siteFeedPaths().map(async (path) => ({
      params: { feed: path.slice('/'.length, -'.xml'.length) },
      props: { path },
      cacheKey: await feedCacheKey(path),
    })),
  );
}

export const GET = ({ props }: APIContext<{ path: string }>) => feedResponse(props.path);
