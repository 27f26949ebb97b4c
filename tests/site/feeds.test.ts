import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/build-site.ts';
import { resolveStaticFile } from '../helpers/static-server.ts';
import { anchorsInHtml } from './link-check.ts';
import { SAMPLE_MOMENTS, type SampleMoment, sampleSite } from './sample-sites.ts';

interface DiscoveredFeed {
  title: string;
  path: string;
}

/** The feeds a reader's feed reader finds: the RSS alternates the home page announces. */
function discoverFeeds(site: BuiltSite): DiscoveredFeed[] {
  const head = site.read('index.html').split('</head>')[0]!;
  return [...head.matchAll(/<link\s[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\srel="alternate"/.test(tag) && /\stype="application\/rss\+xml"/.test(tag))
    .map((tag) => ({ title: tag.match(/\stitle="([^"]*)"/)?.[1] ?? '', path: tag.match(/\shref="([^"]*)"/)?.[1] ?? '' }));
}

function parsed(site: BuiltSite, path: string) {
  return parseFeed(site.read(path.replace(/^\//, '')));
}

describe.each(Object.keys(SAMPLE_MOMENTS) as SampleMoment[])('the feeds of the sample site, %s', (moment) => {
  let site: BuiltSite;
  let feeds: DiscoveredFeed[];
  let origin: string;
  const now = new Date(SAMPLE_MOMENTS[moment]);

  beforeAll(async () => {
    site = await sampleSite(moment);
    feeds = discoverFeeds(site);
    origin = new URL(site.read('index.html').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
  });

  it('are announced on the home page, each with a title, and exist', () => {
    expect(feeds.length, 'the home page announces no RSS feed').toBeGreaterThan(0);
    expect(feeds.map((feed) => feed.path)).toContain('/feed.xml');
    for (const feed of feeds) {
      expect(feed.title, feed.path).not.toBe('');
      expect(feed.path, feed.title).toMatch(/^\/.+\.xml$/);
      expect(site.exists(feed.path.slice(1)), feed.path).toBe(true);
    }
  });

  it('parse as feeds that name the site and point back to it', () => {
    for (const { path } of feeds) {
      const feed = parsed(site, path);
      expect(feed.title, path).toBeTruthy();
      expect(feed.url && new URL(feed.url).origin, path).toBe(origin);
    }
  });

  it('hold items with a title, a unique id, a past date, some text and a link to a page with the anchor it names', () => {
    let total = 0;
    for (const { path } of feeds) {
      const feed = parsed(site, path);
      const ids = new Set<string>();
      for (const item of feed.items) {
        const label = `${path}: ${item.title ?? item.id}`;
        expect(item.title, label).toBeTruthy();
        expect(item.id, label).toBeTruthy();
        expect(ids.has(item.id!), `${label}: id repeated`).toBe(false);
        ids.add(item.id!);
        expect(item.published, `${label}: no date`).toBeInstanceOf(Date);
        expect(item.published!.getTime(), `${label}: dated after the build's moment`).toBeLessThanOrEqual(now.getTime());
        expect((item.description ?? item.content ?? '').trim(), `${label}: no text`).not.toBe('');
        const url = new URL(item.url ?? '');
        expect(url.origin, label).toBe(origin);
        const target = resolveStaticFile(site.outDir, url.pathname);
        expect(target, `${label}: ${url.pathname} is not in the output`).toMatch(/\.html$/);
        if (url.hash)
          expect(anchorsInHtml(site.read(target!.slice(site.outDir.length + 1))).has(url.hash.slice(1)), `${label}: ${url}`).toBe(true);
      }
      const dates = feed.items.map((item) => item.published!.getTime());
      expect(dates, `${path}: newest first`).toEqual([...dates].sort((a, b) => b - a));
      total += feed.items.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it(moment === 'announced' ? 'say nothing of the embargoed advisories' : 'list every advisory of the release', () => {
    const all = parsed(site, '/feed.xml');
    const cves = new Set(all.items.flatMap((item) => [item.title, item.description, item.content].join(' ').match(/CVE-\d{4}-\d+/g) ?? []));
    if (moment === 'announced') {
      for (const { path } of feeds) expect(site.read(path.slice(1)), path).not.toMatch(/CVE-\d{4}-\d+/);
      expect(all.items.length).toBeGreaterThan(0);
    } else {
      expect(cves.size).toBe(10);
    }
  });
});
