import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { resolve } from 'node:path';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import { experimental_AstroContainer } from 'astro/container';
import { toProjectPath } from '../core/content/project-path.ts';
import { exportPaths } from '../core/exports/export-paths.ts';
import { osvId } from '../core/exports/osv.ts';
import { feedCatalog, feedItems, findFeed, type SourcedItems, sourcedItems } from '../core/feeds/feed-catalog.ts';
import type { FeedBodies } from '../core/feeds/feed-item.ts';
import { rssChannel } from '../core/feeds/rss-channel.ts';
import { type SiteLinks, siteLinks } from '../core/feeds/site-links.ts';
import { digestOf } from '../core/model/model-digest.ts';
import type { AdvisoryView, SiteModel } from '../core/model/types.ts';
import { getSiteModel } from './site-model.ts';
import { paths } from './urls.ts';

/** Absolute links to the pages of the site, for feeds and exports. */
export function linksOf(model: SiteModel): SiteLinks {
  return siteLinks(model.site.url, paths);
}

export function osvUrlOf(model: SiteModel): (advisory: AdvisoryView) => string {
  return (advisory) => linksOf(model).path(exportPaths.osvRecord(osvId(advisory, model.site)));
}

/**
 * Worked out once per build. Under `npm run dev`, for every feed asked for: a body compiled as a module of its own is
 * reloaded by the bundler on its own schedule, which may come after the content is read again, and a cache filled in
 * between would keep the body from before the edit.
 */
const keptForTheBuild = !import.meta.env.DEV;
const shared = globalThis as typeof globalThis & {
  __bulletinFeedBodies?: Promise<FeedBodies>;
  __bulletinFeedItems?: Promise<SourcedItems>;
};

async function renderCollection(collection: 'releases' | 'advisories' | 'reports', container: experimental_AstroContainer) {
  const bodies = new Map<string, string>();
  // The collections hold only what the model allows to be rendered now, so no embargoed body can be reached here.
  for (const entry of await getCollection(collection)) {
    // Bodies rendered by the Markdown processor are already HTML; only MDX modules need the container.
    if (entry.rendered) {
      bodies.set(entry.id, entry.rendered.html);
      continue;
    }
    try {
      const { Content } = await render(entry);
      bodies.set(entry.id, await container.renderToString(Content));
    } catch (error) {
      // Rendered here first, for the feeds' cache keys, before any page: the message must say which body failed.
      const file = entry.filePath ? toProjectPath(process.cwd(), resolve(entry.filePath)) : entry.id;
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  return bodies;
}

/** The MDX bodies as HTML, rendered once per build and shared by every feed. */
export function feedBodies(): Promise<FeedBodies> {
  if (keptForTheBuild && shared.__bulletinFeedBodies) return shared.__bulletinFeedBodies;
  const bodies = (async () => {
    const renderers = await loadRenderers([getContainerRenderer()]);
    const container = await experimental_AstroContainer.create({ renderers });
    return {
      releases: await renderCollection('releases', container),
      advisories: await renderCollection('advisories', container),
      reports: await renderCollection('reports', container),
    };
  })();
  if (keptForTheBuild) shared.__bulletinFeedBodies = bodies;
  return bodies;
}

/** Every item the site can publish now, worked out once per build and shared by every feed. */
function feedItemsOf(model: SiteModel): Promise<SourcedItems> {
  if (keptForTheBuild && shared.__bulletinFeedItems) return shared.__bulletinFeedItems;
  const items = feedBodies().then((bodies) => sourcedItems(model, linksOf(model), bodies));
  if (keptForTheBuild) shared.__bulletinFeedItems = items;
  return items;
}

/**
 * The key under which Astro's incremental build keeps the feed at `path`: everything the feed is made of (the site,
 * the feed's own title, its items with their bodies). A feed whose items are unchanged is copied from the last build
 * rather than cleaned and written again, which took most of the time of a build with nothing new.
 */
export async function feedCacheKey(path: string): Promise<string> {
  const model = getSiteModel();
  const feed = findFeed(model, path);
  const items = feedItems(feed, await feedItemsOf(model));
  return digestOf({ site: model.site, feed: { path: feed.path, title: feed.title, description: feed.description }, items });
}

/** The paths of the feeds at the site's root (/feed.xml and so on); the per-line feeds live under /lines/. */
export function siteFeedPaths(): string[] {
  return feedCatalog(getSiteModel())
    .map((feed) => feed.path)
    .filter((path) => path.lastIndexOf('/') === 0);
}

/** The RSS response of the feed at `path` (see src/core/feeds/feed-catalog.ts). */
export async function feedResponse(path: string): Promise<Response> {
  const model = getSiteModel();
  return rss(rssChannel(model, findFeed(model, path), linksOf(model), await feedItemsOf(model)));
}
