/** One entry of an RSS feed, before it is turned into XML. Links are absolute; `html` is not yet sanitized. */
export interface FeedItem {
  /** Permanent and unique: a reader that has seen this guid never shows the item again, so it must never be reused. */
  guid: string;
  title: string;
  /** ISO 8601 moment. */
  pubDate: string;
  /** Plain text for readers that do not show `content:encoded`. */
  description: string;
  html: string;
  categories: string[];
  /** The release lines the item concerns; the per-line feeds select on it. */
  lines: string[];
}

/** Rendered MDX bodies of the entries the model allows to be rendered now, as HTML, keyed by entry id. */
export interface FeedBodies {
  releases: ReadonlyMap<string, string>;
  advisories: ReadonlyMap<string, string>;
  reports: ReadonlyMap<string, string>;
}

export const NO_BODIES: FeedBodies = { releases: new Map(), advisories: new Map(), reports: new Map() };

export function compareItemsNewestFirst(a: FeedItem, b: FeedItem): number {
  return Date.parse(b.pubDate) - Date.parse(a.pubDate) || a.guid.localeCompare(b.guid);
}
