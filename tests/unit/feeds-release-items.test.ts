import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { feedCatalog, feedItems, feedPaths, sourcedItems } from '../../src/core/feeds/feed-catalog.ts';
import { NO_BODIES } from '../../src/core/feeds/feed-item.ts';
import { siteLinks } from '../../src/core/feeds/site-links.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import type { SiteModel } from '../../src/core/model/types.ts';
import { paths } from '../../src/site/urls.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

function modelAt(content: string, now: string): SiteModel {
  const { model, diagnostics } = loadSiteModel(resolveContentRoots(content, { BULLETIN_CONTENT_DIR: content }), new Date(now));
  if (!model) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return model;
}

function releaseItemsAt(content: string, now: string) {
  const model = modelAt(content, now);
  return sourcedItems(model, siteLinks(model.site.url, paths), NO_BODIES).releases;
}

/** The sample, with its release moved from 20 to 22 June on 15 June. */
function movedRelease() {
  const fixture = contentFixture();
  const file = 'releases/2023-06-20.mdx';
  const text = readFileSync(join(fixture.root, file), 'utf-8')
    .replace('releasedAt: 2023-06-20T21:00:00Z', 'releasedAt: 2023-06-22T21:00:00Z')
    .replace('---\n\n', 'dateChanges:\n  - at: 2023-06-15T10:00:00Z\n    to: 2023-06-22\n    note: A fix needs more review.\n---\n\n');
  fixture.write(file, text);
  return fixture.root;
}

const release = 'https://security.example.org/releases/2023-06-20/';

describe('the lifecycle items of a release', () => {
  it('has none before the pre-announcement', () => {
    expect(releaseItemsAt(SAMPLE_CONTENT, '2023-06-13T19:59:59Z')).toEqual([]);
  });

  it('announces the release with counts only, dated at the announcement', () => {
    const items = releaseItemsAt(SAMPLE_CONTENT, '2023-06-15T12:00:00Z');
    expect(items.map((item) => item.guid)).toEqual([`${release}#announced`]);
    expect(items[0]?.pubDate).toBe('2023-06-13T20:00:00Z');
    expect(items[0]?.title).toContain('20 June 2023');
    expect(items[0]?.html).toContain('3 high severity issues and 7 medium severity issues');
    expect(JSON.stringify(items)).not.toMatch(/CVE-|mainModule|openAsBlob|llhttp/);
  });

  it('adds one item per date change and keeps the announcement as it was', () => {
    const content = movedRelease();
    const items = releaseItemsAt(content, '2023-06-16T12:00:00Z');
    expect(items.map((item) => item.guid)).toEqual([`${release}#announced`, `${release}#date-change-20230615T100000Z`]);
    expect(items[0]?.title).toContain('20 June 2023');
    expect(items[1]?.title).toBe('Date change: Node.js security release moved from 20 June 2023 to 22 June 2023');
    expect(items[1]?.pubDate).toBe('2023-06-15T10:00:00Z');
    expect(items[1]?.html).toContain('A fix needs more review.');
    // A change recorded for later is not yet known.
    expect(releaseItemsAt(content, '2023-06-15T09:59:59Z').map((item) => item.guid)).toEqual([`${release}#announced`]);
  });

  it('adds the release day as a new item and keeps the earlier steps with the same guids', () => {
    const content = movedRelease();
    const before = releaseItemsAt(content, '2023-06-16T12:00:00Z');
    const after = releaseItemsAt(content, '2023-06-23T00:00:00Z');
    expect(after.map((item) => item.guid)).toEqual([...before.map((item) => item.guid), `${release}#released`]);
    expect(after.slice(0, 2)).toEqual(before);
    const released = after[2];
    expect(released?.pubDate).toBe('2023-06-22T21:00:00Z');
    expect(released?.title).toContain('Node.js v20.3.1, v18.16.1 and v16.20.1');
    expect(released?.html).toContain('https://security.example.org/advisories/CVE-2023-30581/');
  });

  it('tells of a cancellation as its own step', () => {
    const fixture = contentFixture();
    const file = 'releases/2023-06-20.mdx';
    fixture.write(
      file,
      readFileSync(join(fixture.root, file), 'utf-8').replace(
        'releasedAt: 2023-06-20T21:00:00Z\n',
        'cancelled:\n  at: 2023-06-16T10:00:00Z\n  note: The fixes ship with the next release.\n',
      ),
    );
    fixture.remove('advisories');
    const items = releaseItemsAt(fixture.root, '2023-06-17T00:00:00Z');
    expect(items.map((item) => item.guid)).toEqual([`${release}#announced`, `${release}#cancelled`]);
    expect(items[1]?.html).toContain('The fixes ship with the next release.');
  });
});

describe('the feed catalog', () => {
  const model = modelAt(SAMPLE_CONTENT, '2023-07-20T00:00:00Z');
  const items = sourcedItems(model, siteLinks(model.site.url, paths), NO_BODIES);
  const feed = (path: string) => {
    const definition = feedCatalog(model).find((candidate) => candidate.path === path);
    if (!definition) throw new Error(`no feed ${path}`);
    return feedItems(definition, items);
  };

  it('has the site-wide feeds and one per release line', () => {
    expect(feedCatalog(model).map((definition) => definition.path)).toEqual([
      '/feed.xml',
      '/releases.xml',
      '/advisories.xml',
      '/reports.xml',
      '/lines/20.x/feed.xml',
      '/lines/18.x/feed.xml',
      '/lines/16.x/feed.xml',
    ]);
  });

  it('puts every item in the main feed, newest first, with unique guids', () => {
    const all = feed(feedPaths.all());
    expect(all).toHaveLength(2 + 10 + 2);
    expect(new Set(all.map((item) => item.guid)).size).toBe(all.length);
    const times = all.map((item) => Date.parse(item.pubDate));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('gives a line only what concerns it', () => {
    const line18 = feed(feedPaths.line('18.x'));
    expect(line18.filter((item) => item.categories.includes('advisory'))).toHaveLength(5);
    expect(line18.filter((item) => item.categories.includes('release'))).toHaveLength(2);
    expect(line18.some((item) => item.title.includes('CVE-2023-30582'))).toBe(false);
  });

  it("tells a line's readers of a release from the line's side, with the same guids as the main feed", () => {
    const line18 = feed(feedPaths.line('18.x'));
    const main = feed(feedPaths.releases());
    const announced = line18.find((item) => item.categories.includes('pre-announcement'));
    const released = line18.find((item) => item.categories.includes('released'));
    expect(announced?.description).toBe(
      'The Node.js project plans to release a new version of the 18.x release line on Tuesday 20 June 2023. It will fix 1 high severity issue and 4 medium severity issues in 18.x.',
    );
    expect(released?.description).toBe(
      'Node.js v18.16.1 is out for the 18.x release line. It fixes 1 high severity issue and 4 medium severity issues in 18.x.',
    );
    // Only the advisories that affect 18.x, each with the lines it affects.
    expect(released?.html.match(/\/advisories\/CVE-/g)).toHaveLength(5);
    expect(released?.html).not.toContain('CVE-2023-30582');
    expect(released?.html).toContain('(High; 20.x, 18.x and 16.x)');
    expect(released?.html).toContain('<a href="https://nodejs.org/en/blog/release/v18.16.1">Node.js v18.16.1</a> (18.x)');
    expect(line18.map((item) => item.guid).sort()).toEqual(
      [
        ...main.filter((item) => item.lines.includes('18.x')).map((item) => item.guid),
        ...line18.filter((item) => item.categories.includes('advisory')).map((item) => item.guid),
      ].sort(),
    );
    expect(main.find((item) => item.categories.includes('released'))?.description).toMatch(
      /^New versions are out: v20\.3\.1, v18\.16\.1 and v16\.20\.1\. They fix 3 high/,
    );
  });

  it("tells a line's readers, and the main feed's, the day the line reaches end-of-life, and not before", () => {
    const endsOf = (now: string) => {
      const at = modelAt(SAMPLE_CONTENT, now);
      const catalog = feedCatalog(at);
      const sourced = sourcedItems(at, siteLinks(at.site.url, paths), NO_BODIES);
      const select = (path: string) => {
        const definition = catalog.find((candidate) => candidate.path === path);
        if (!definition) throw new Error(`no feed ${path}`);
        return feedItems(definition, sourced);
      };
      return { line16: select(feedPaths.line('16.x')), line18: select(feedPaths.line('18.x')), all: select(feedPaths.all()) };
    };
    const before = endsOf('2023-09-10T23:00:00Z');
    expect(before.line16.filter((item) => item.categories.includes('end-of-life'))).toEqual([]);
    const after = endsOf('2023-09-11T00:00:00Z');
    const [ended] = after.line16.filter((item) => item.categories.includes('end-of-life'));
    expect(ended?.guid).toBe('https://security.example.org/lines/16.x/#end-of-life');
    expect(ended?.pubDate).toBe('2023-09-11T00:00:00Z');
    expect(ended?.title).toBe('End-of-life: Node.js 16.x gets no more security fixes');
    expect(ended?.description).toMatch(
      /^Node\.js 16 \(16\.x\) reached end-of-life on Monday 11 September 2023 and gets no more security fixes\./,
    );
    expect(after.all.map((item) => item.guid)).toContain(ended?.guid);
    expect(after.line18.map((item) => item.guid)).not.toContain(ended?.guid);
    expect(ended?.html).toContain('<p>Move to a supported release line of Node.js.</p>');

    // 20.x ended last: on its day no line was left to move to, and its item says so in every later build.
    const last = endsOf('2026-11-30T00:00:00Z').all.find((item) => item.guid.endsWith('/lines/20.x/#end-of-life'));
    expect(last?.html).not.toContain('Move to a supported release line');
    expect(last?.html).toContain('>Release lines</a>');
    const sixteen = endsOf('2026-11-30T00:00:00Z').all.find((item) => item.guid === ended?.guid);
    expect(sixteen?.html).toBe(ended?.html);
  });

  it('keeps the newest items up to the limit, and every item of the moment where the limit falls', () => {
    const definition = feedCatalog(model).find((candidate) => candidate.path === feedPaths.all());
    if (!definition) throw new Error('no main feed');
    const all = feedItems(definition, items);
    // The ten advisories share their release's moment: a limit inside them keeps all ten, not part of them.
    const releaseDay = all.findIndex((item) => item.categories.includes('advisory'));
    const cut = feedItems(definition, items, releaseDay + 2);
    expect(cut.filter((item) => item.categories.includes('advisory'))).toHaveLength(10);
    expect(cut.length).toBeLessThan(all.length);
    expect(cut).toEqual(all.slice(0, cut.length));
    expect(feedItems(definition, items, 1)).toEqual(all.slice(0, 1));
  });
});
