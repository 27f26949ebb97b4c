import type { SiteModel } from '../model/types.ts';
import { FEED_STYLESHEET, type FeedDefinition, feedItems, type SourcedItems } from './feed-catalog.ts';
import { toFeedHtml } from './feed-html.ts';
import type { FeedItem } from './feed-item.ts';
import { escapeHtml } from './html-text.ts';
import type { SiteLinks } from './site-links.ts';

/** The options @astrojs/rss takes, in the shape it expects, so endpoints only pass them on. */
export interface RssChannel {
  title: string;
  description: string;
  site: string;
  stylesheet: string;
  xmlns: Record<string, string>;
  customData: string;
  items: {
    title: string;
    /** @astrojs/rss uses the link as a permalink guid, so the link is the item's guid. */
    link: string;
    pubDate: Date;
    description: string;
    content: string;
    categories: string[];
  }[];
}

// One item appears in several feeds (everything, its kind, each of its lines); its HTML is cleaned once.
const cleanHtml = new WeakMap<FeedItem, string>();

// An item's guid is the address of the page that shows its HTML (with a fragment for one step of a release).
function feedHtml(item: FeedItem): string {
  let html = cleanHtml.get(item);
  if (html === undefined) {
    html = toFeedHtml(item.html, item.guid);
    cleanHtml.set(item, html);
  }
  return html;
}

/** The channel of one feed, from the items of the whole site (see sourcedItems), which are worked out once. */
export function rssChannel(model: SiteModel, feed: FeedDefinition, links: SiteLinks, sourced: SourcedItems): RssChannel {
  const items = feedItems(feed, sourced);
  const newest = items[0]?.pubDate;
  const self = links.path(feed.path);
  // lastBuildDate is the newest item, not the build moment: the same content gives the same feed.
  const customData = [
    `<language>${escapeHtml(model.site.language)}</language>`,
    `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
    newest ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
    '<generator>Bulletin</generator>',
  ].join('');
  return {
    title: feed.title,
    description: feed.description,
    site: feed.page?.(links) ?? links.home,
    stylesheet: FEED_STYLESHEET,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData,
    items: items.map((item) => ({
      title: item.title,
      link: item.guid,
      pubDate: new Date(item.pubDate),
      description: item.description,
      content: feedHtml(item),
      categories: item.categories,
    })),
  };
}
