import type { SiteModel } from '../model/types.ts';
import { advisoryItems } from './advisory-items.ts';
import { compareItemsNewestFirst, type FeedBodies, type FeedItem } from './feed-item.ts';
import { endOfLifeItem } from './line-items.ts';
import { releaseLifecycleItems } from './release-items.ts';
import { reportItem } from './report-items.ts';
import type { SiteLinks } from './site-links.ts';

/** The stylesheet that makes a feed readable when opened in a browser (public/feed.xsl). */
export const FEED_STYLESHEET = '/feed.xsl';

export interface FeedDefinition {
  /** Site path of the feed, e.g. /releases.xml. */
  path: string;
  title: string;
  description: string;
  /** The page the channel is about, which its <link> names; the home page when unset. */
  page?: (links: SiteLinks) => string;
  select: (items: SourcedItems) => FeedItem[];
}

/** All items the model can publish now, by kind. */
export interface SourcedItems {
  releases: FeedItem[];
  advisories: FeedItem[];
  reports: FeedItem[];
  /** The release items of each line's feed, told from that line's side. */
  lineReleases: Map<string, FeedItem[]>;
  /** Lines that have reached end-of-life. */
  lineEnds: FeedItem[];
}

export const feedPaths = {
  all: () => '/feed.xml',
  releases: () => '/releases.xml',
  advisories: () => '/advisories.xml',
  reports: () => '/reports.xml',
  line: (line: string) => `/lines/${line}/feed.xml`,
};

export function sourcedItems(model: SiteModel, links: SiteLinks, bodies: FeedBodies): SourcedItems {
  return {
    releases: model.releases.flatMap((release) => releaseLifecycleItems(release, model.site, links, bodies)),
    advisories: model.advisories.flatMap((advisory) => advisoryItems(advisory, model.site, links, bodies)),
    reports: model.reports.map((report) => reportItem(report, links, bodies)),
    lineEnds: model.lines.flatMap((line) => endOfLifeItem(line, model.site, links, model.now, model.lines) ?? []),
    lineReleases: new Map(
      model.lines.map((line) => [
        line.id,
        model.releases
          .filter((release) => release.lines.includes(line.id))
          .flatMap((release) => releaseLifecycleItems(release, model.site, links, bodies, line.id)),
      ]),
    ),
  };
}

/** Every feed of the site, the site-wide ones first, then one per release line, newest line first. */
export function feedCatalog(model: SiteModel): FeedDefinition[] {
  const { project, name } = model.site;
  // A team that writes no monthly reports is not offered a feed that would stay empty; it appears with the first one.
  const hasReports = model.reports.length > 0;
  return [
    {
      path: feedPaths.all(),
      title: name,
      description: `Every ${project} security release step, advisory${hasReports ? ' and progress report' : ''}, and each release line's end of life.`,
      select: (items) => [...items.releases, ...items.advisories, ...items.reports, ...items.lineEnds],
    },
    {
      path: feedPaths.releases(),
      title: `${name}: releases`,
      description: `${project} security releases: pre-announcements, date changes, release days and cancellations.`,
      select: (items) => items.releases,
    },
    {
      path: feedPaths.advisories(),
      title: `${name}: advisories`,
      description: `${project} security advisories, one per vulnerability, published on release day.`,
      select: (items) => items.advisories,
    },
    ...(hasReports
      ? [
          {
            path: feedPaths.reports(),
            title: `${name}: progress reports`,
            description: `Monthly progress reports of the ${project} security team.`,
            select: (items: SourcedItems) => items.reports,
          },
        ]
      : []),
    ...model.lines.map((line) => ({
      path: feedPaths.line(line.id),
      title: `${name}: ${line.label}`,
      description: `${project} security releases and advisories that concern the ${line.id} release line.`,
      page: (links: SiteLinks) => links.line(line.id),
      select: (items: SourcedItems) => [
        ...(items.lineReleases.get(line.id) ?? []),
        ...items.lineEnds.filter((item) => item.lines.includes(line.id)),
        ...items.advisories.filter((item) => item.lines.includes(line.id)),
      ],
    })),
  ];
}

export function findFeed(model: SiteModel, path: string): FeedDefinition {
  const feed = feedCatalog(model).find((definition) => definition.path === path);
  if (!feed) throw new Error(`no feed is defined at ${path}`);
  return feed;
}

/**
 * How many items a feed carries. Readers poll feeds often and only show what is new; the full history stays on the
 * site and in the exports. Items published at the same moment as the last one kept are kept too, so that the
 * advisories of one release day are never split.
 */
export const FEED_ITEM_LIMIT = 100;

export function feedItems(feed: FeedDefinition, items: SourcedItems, limit = FEED_ITEM_LIMIT): FeedItem[] {
  const sorted = feed.select(items).sort(compareItemsNewestFirst);
  const last = sorted[limit - 1];
  if (!last) return sorted;
  let end = limit;
  while (end < sorted.length && sorted[end]?.pubDate === last.pubDate) end += 1;
  return sorted.slice(0, end);
}
