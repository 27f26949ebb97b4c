import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite } from '../helpers/build-site.ts';
import { sampleWithMovedRelease } from '../helpers/content-fixture.ts';

const FEEDS = [
  'feed.xml',
  'releases.xml',
  'advisories.xml',
  'reports.xml',
  'lines/20.x/feed.xml',
  'lines/18.x/feed.xml',
  'lines/16.x/feed.xml',
];
const RELEASE = 'https://security.example.org/releases/2023-06-20/';

interface Item {
  title?: string;
  link?: string;
  description?: string;
  pubDate?: string;
  guid?: { '#text': string; '@_isPermaLink'?: string };
  'content:encoded'?: string;
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

function channelOf(site: BuiltSite, path: string) {
  const xml = site.read(path);
  const valid = XMLValidator.validate(xml);
  expect(valid, `${path}: ${JSON.stringify(valid)}`).toBe(true);
  const document = parser.parse(xml);
  expect(document.rss?.['@_version'], path).toBe('2.0');
  return document.rss.channel as { title: string; link: string; description: string; item?: Item[] };
}

function guidsOf(site: BuiltSite, path: string): string[] {
  return (channelOf(site, path).item ?? []).map((item) => item.guid?.['#text'] ?? '');
}

describe('RSS feeds', () => {
  // Names of their own: test files run in parallel, and two of them building the same name would swap folders under each other.
  const released = buildSite({ name: 'feeds-released', now: '2023-07-20T00:00:00Z' });
  const releasedAgain = buildSite({ name: 'feeds-released-again', now: '2023-07-20T00:00:00Z' });
  // Announced, one day after the date moved from 20 to 22 June.
  const moved = buildSite({ name: 'feeds-moved', now: '2023-06-16T12:00:00Z', content: sampleWithMovedRelease() });

  it('build', () => {
    for (const site of [released, releasedAgain, moved]) expect(site.status, site.stderr).toBe(0);
  });

  it('are well-formed RSS 2.0 with every required element', () => {
    for (const path of FEEDS) {
      const channel = channelOf(released, path);
      expect(channel.title, path).toBeTruthy();
      // A line's feed is about that line: its channel links to the line's page.
      const page = /^lines\/([^/]+)\//.exec(path)?.[1];
      expect(channel.link, path).toBe(page ? `https://security.example.org/lines/${page}/` : 'https://security.example.org/');
      expect(channel.description, path).toBeTruthy();
      expect(channel.item?.length, path).toBeGreaterThan(0);
      for (const item of channel.item ?? []) {
        expect(item.title, path).toBeTruthy();
        expect(item.link, path).toMatch(/^https:\/\/security\.example\.org\//);
        expect(item.guid?.['#text'], path).toBe(item.link);
        expect(Number.isNaN(Date.parse(item.pubDate ?? '')), `${path} ${item.pubDate}`).toBe(false);
        expect(item['content:encoded'], path).toBeTruthy();
      }
    }
    expect(released.read('feed.xml')).toContain('<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>');
    expect(XMLValidator.validate(released.read('feed.xsl'))).toBe(true);
  });

  it('give every item a unique guid, the same in two builds of the same content', () => {
    for (const path of FEEDS) {
      const guids = guidsOf(released, path);
      expect(new Set(guids).size, path).toBe(guids.length);
      expect(guidsOf(releasedAgain, path), path).toEqual(guids);
    }
    expect(released.read('feed.xml')).toBe(releasedAgain.read('feed.xml'));
  });

  it('carry the full text with absolute links and no scripts', () => {
    const item = channelOf(released, 'advisories.xml').item?.find((candidate) => candidate.title?.startsWith('CVE-2023-30585'));
    const html = item?.['content:encoded'] ?? '';
    expect(html).toMatch(/<h2>Details<\/h2><h3>Impact<\/h3>/);
    const report = channelOf(released, 'reports.xml').item?.find((candidate) => candidate.title?.includes('June 2023'))?.[
      'content:encoded'
    ];
    expect(report).toMatch(/<h2>The report<\/h2>[\s\S]*<h3>Fixing and triaging reports<\/h3>/);
    expect(report).toContain('<table>');
    // The month in figures, which the body does not repeat, before the body.
    expect(report).toMatch(
      /<h2>The month in figures<\/h2><ul><li>17 reports closed, up from 2 \(\+750%\)<\/li>[\s\S]*<h2>The report<\/h2>/,
    );
    // What the page lists beside the body, which the body points to ("listed with this report").
    expect(report).toMatch(
      /<h2>Security releases this month<\/h2><ul><li><a href="https:\/\/security\.example\.org\/releases\/2023-06-20\/">[^<]+<\/a>: 3 high severity issues and 7 medium severity issues<ul><li><a href="https:\/\/security\.example\.org\/advisories\/CVE-2023-30581\/">CVE-2023-30581<\/a> \(High\)/,
    );
    expect(report).toMatch(/<h2>Initiatives<\/h2><ul><li>[^<]*Permission model[^<]*: In progress\. Five fixes for CVEs/i);
    expect(report).toContain('5 Ways You Could Have Hacked Node.js (talk): TheDevConf Innovation, 15 June 2023');
    expect(report).toMatch(/<h2>Talks and engagements<\/h2>[\s\S]*The Node\.js Collab Summit[\s\S]*<h2>The report<\/h2>/);
    expect(html).toContain('href="https://security.example.org/releases/2023-06-20/"');
    for (const feed of FEEDS) {
      for (const entry of channelOf(released, feed).item ?? []) {
        expect(entry['content:encoded'], feed).not.toMatch(/<script|href="\/|src="\//);
      }
    }
  });

  it('announce a release once, tell of each date change, and add release day as a new item', () => {
    // The moments without a date change, and before the announcement, are covered in tests/unit/feeds-release-items.test.ts.
    expect(guidsOf(moved, 'releases.xml')).toEqual([`${RELEASE}#date-change-20230615T100000Z`, `${RELEASE}#announced`]);
    expect(guidsOf(released, 'releases.xml')).toEqual([`${RELEASE}#released`, `${RELEASE}#announced`]);
    const first = channelOf(moved, 'releases.xml').item?.[1];
    const later = channelOf(released, 'releases.xml').item?.find((item) => item.guid?.['#text'] === `${RELEASE}#announced`);
    expect(later?.pubDate).toBe(first?.pubDate);
    expect(later?.title).toBe(first?.title);
    const change = channelOf(moved, 'releases.xml').item?.[0];
    expect(change?.title).toContain('moved from 20 June 2023 to 22 June 2023');
    expect(change?.pubDate).toBe('Thu, 15 Jun 2023 10:00:00 GMT');
  });

  it('write each severity as the pages do', () => {
    const item = channelOf(released, 'advisories.xml').item?.find((entry) => entry.title?.startsWith('CVE-2023-30581 '));
    expect(item?.title).toMatch(/^CVE-2023-30581 \(High\): /);
    expect(item?.['content:encoded']).toContain('Severity: High');
    expect(released.read('advisories.xml')).not.toMatch(/Severity: (low|medium|high|critical)/);
  });

  it('give each release line only what concerns it', () => {
    const titles = (channelOf(released, 'lines/18.x/feed.xml').item ?? []).map((item) => item.title ?? '');
    expect(titles.filter((title) => title.startsWith('CVE-'))).toHaveLength(5);
    expect(titles.some((title) => title.includes('CVE-2023-30582'))).toBe(false);
    expect(guidsOf(released, 'lines/20.x/feed.xml')).toHaveLength(12);
  });

  it('say nothing of the advisories while the release is only announced', () => {
    const titles = (channelOf(released, 'advisories.xml').item ?? []).map((item) => (item.title ?? '').replace(/^CVE-\S+ \(\w+\): /, ''));
    expect(titles).toHaveLength(10);
    for (const site of [moved]) {
      expect(channelOf(site, 'advisories.xml').item ?? []).toEqual([]);
      for (const path of FEEDS) {
        const xml = site.read(path);
        expect(xml, path).not.toMatch(/CVE-\d{4}-\d+/);
        for (const title of titles) expect(xml, `${path}: ${title}`).not.toContain(title);
      }
    }
  });

  it('are linked from every page and listed on the subscribe page', () => {
    for (const page of ['index.html', 'advisories/CVE-2023-30581/index.html', 'subscribe/index.html']) {
      const html = released.read(page);
      for (const path of FEEDS) expect(html, `${page} ${path}`).toContain(`<link rel="alternate" type="application/rss+xml"`);
      expect(html).toContain('href="/lines/16.x/feed.xml"');
      expect(html).toContain('type="text/calendar"');
    }
    const subscribe = released.read('subscribe/index.html');
    for (const path of [...FEEDS, 'calendar.ics', 'osv/all.json', 'vuln/core/index.json', 'api/releases.json', 'api/advisories.json']) {
      expect(subscribe, path).toContain(`href="/${path}"`);
    }
  });
});
