import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite } from '../helpers/build-site.ts';
import { sampleWithCancelledRelease, sampleWithMovedRelease, sampleWithOverdueRelease } from '../helpers/content-fixture.ts';

const RELEASE = 'releases/2023-06-20/index.html';

/** A page's main content as a reader sees it: the words, without tags, on one line. */
function mainText(site: BuiltSite, page: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(site.read(page))?.[1] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1');
}

/** One section of a page, from the element with the given id to the next h2. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const end = html.indexOf('<h2', html.indexOf('</h2>', start));
  return html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('a release moved from 20 to 22 June', () => {
  // The date moved on 15 June; the release came out on the new date.
  const content = sampleWithMovedRelease();
  const before = buildSite({ name: 'release-moved-before', now: '2023-06-21T00:00:00Z', content });
  const after = buildSite({ name: 'release-moved-after', now: '2023-06-23T00:00:00Z', content });

  it('builds', () => {
    for (const site of [before, after]) expect(site.status, site.stderr).toBe(0);
  });

  it('says in each update which date it moved from, before and after release day', () => {
    for (const site of [before, after]) {
      expect(section(site.read(RELEASE), 'updates')).toContain(
        'Update 15 June 2023 : moved from Tuesday 20 June 2023 to Thursday 22 June 2023 . A fix needs more review.',
      );
    }
  });

  it('quotes its pre-announcement with the date announced then, and tells the new one while it is coming', () => {
    const record = section(after.read(RELEASE), 'record-summary');
    expect(record).toContain('Published 13 June 2023, 20:00 UTC.');
    expect(record).toMatch(/would release new versions of the 20\.x, 18\.x and 16\.x release lines on Tuesday 20 June 2023 in order/);
    expect(record).not.toContain('22 June');
    expect(section(before.read(RELEASE), 'summary')).toMatch(/will release new versions .* on Thursday 22 June 2023 in order/);
  });
});

describe('a cancelled release', () => {
  // The moment lines.test.ts builds the same content at: the two files share the build.
  const site = buildSite({ name: 'lines-cancelled', now: '2023-06-19T12:00:00Z', content: sampleWithCancelledRelease() });

  it('builds', () => {
    expect(site.status, site.stderr).toBe(0);
  });

  it('keeps the record of its pre-announcement where the feeds link to it, with the cancellation', () => {
    const html = site.read(RELEASE);
    expect(html).toContain('id="cancelled"');
    expect(html).toContain('id="announced"');
    const record = section(html, 'record-summary');
    expect(record).toContain('Published 13 June 2023, 20:00 UTC.');
    expect(record).toContain('on Tuesday 20 June 2023 in order to address 3 high severity issues and 7 medium severity issues');
    const text = mainText(site, RELEASE);
    expect(text).toContain('The 18.x release line of Node.js is vulnerable to 1 high severity issue and 4 medium severity issues.');
    expect(text).toContain('OpenSSL 1.1.1u, for 16.x');
    // The feeds' pre-announcement item points here.
    expect(site.read('releases.xml')).toContain('https://security.example.org/releases/2023-06-20/#announced');
  });

  it('names no advisory', () => {
    expect(site.read(RELEASE)).not.toMatch(/CVE-\d{4}-\d+/);
  });

  it('keeps no promise of the cancelled release: no timing, no details to come', () => {
    const text = mainText(site, RELEASE);
    expect(text).not.toContain('Release timing');
    expect(text).not.toContain('stay private until the release is out');
  });
});

describe('a cancelled release whose advisories moved to the release that ships their fixes', () => {
  const content = sampleWithCancelledRelease();
  for (const file of readdirSync(join(content, 'advisories'))) rmSync(join(content, 'advisories', file));
  const site = buildSite({ name: 'release-cancelled-moved', now: '2023-06-19T12:00:00Z', content });

  it('does not say in its record that it was to fix no known issue', () => {
    expect(site.status, site.stderr).toBe(0);
    const record = section(site.read(RELEASE), 'record-summary');
    expect(record).toMatch(/on Tuesday 20 June 2023 ?\. The issues it was to fix are counted with the release that ships their fixes\./);
    expect(mainText(site, RELEASE)).not.toMatch(/no known issues|is vulnerable to/);
  });
});

describe('a release past its day and not yet out', () => {
  const site = buildSite({ name: 'release-overdue', now: '2023-06-22T00:00:00Z', content: sampleWithOverdueRelease() });
  const late = 'was planned for Tuesday 20 June 2023 and is not yet released';

  it('builds', () => {
    expect(site.status, site.stderr).toBe(0);
  });

  it('says so on its page instead of promising the day gone by', () => {
    const text = mainText(site, RELEASE);
    expect(text).toContain(`It ${late}.`);
    expect(text).toContain(`The release ${late}.`);
    expect(text).not.toMatch(/will release [^.]* on Tuesday 20 June 2023/);
    expect(site.read(RELEASE)).toContain('<strong>Security release planned for 20 June 2023, not yet released.</strong>');
  });

  it('says so on the home page, the releases list and the line pages', () => {
    for (const page of ['index.html', 'releases/index.html']) {
      const text = mainText(site, page);
      expect(text, page).toContain('Planned for Tuesday 20 June 2023, not yet released');
      expect(text, page).not.toContain('Pre-announced for');
    }
    const advice =
      'No published advisory affects 18.x yet, but a security release for it (1 high severity issue and 4 medium severity issues) was planned for 20 June 2023 and is not yet released: upgrade as soon as it is out.';
    for (const page of ['lines/index.html', 'lines/18.x/index.html']) {
      const text = mainText(site, page);
      expect(text, page).toContain(advice);
      expect(text, page).not.toContain('is due on');
    }
    expect(mainText(site, 'lines/18.x/index.html')).toContain('security release planned for 20 June 2023, not yet released, includes 18.x');
  });
});
