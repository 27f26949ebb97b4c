import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { contentFixture, sampleWithCancelledRelease } from '../helpers/content-fixture.ts';
import { sampleSite } from '../site/sample-sites.ts';

// The sample plus an end-of-life line that one advisory names without a fix (a flaw that entered it in 14.18.0), and
// a line no advisory affects.
const fixture = contentFixture();
fixture.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\nlastVersion: 14.21.3\n');
fixture.write('lines/21.x.yaml', 'id: 21.x\nlabel: Node.js 21\nstatus: current\nendOfLife: 2024-06-01\n');
const advisoryPath = join(fixture.root, 'advisories/CVE-2023-30585.mdx');
fixture.write(
  'advisories/CVE-2023-30585.mdx',
  readFileSync(advisoryPath, 'utf-8').replace('lines: [20.x, 18.x, 16.x]', 'lines: [20.x, 18.x, 16.x, 14.x]\nintroduced:\n  14.x: 14.18.0'),
);

const site = buildSite({ name: 'lines', now: '2023-07-20T00:00:00Z', content: fixture.root });
const rows = (html: string, attribute: string) => [...html.matchAll(new RegExp(`<tr[^>]*${attribute}="([^"]+)"`, 'g'))].map((m) => m[1]);
const count = (html: string, text: string) => html.split(text).length - 1;

describe('release line pages', () => {
  it('builds', () => {
    expect(site.status, site.stderr).toBe(0);
  });

  it('lists every line with what to run, and the main navigation links to it', () => {
    const html = site.read('lines/index.html');
    expect(rows(html, 'data-line')).toEqual(['21.x', '20.x', '18.x', '16.x', '14.x']);
    expect(html).toContain('Upgrade to v20.3.1 or later.');
    expect(html).toContain('Upgrade to v18.16.1 or later.');
    expect(html).toContain('No published advisory affects 21.x.');
    expect(site.read('index.html')).toMatch(/<a href="\/lines\/"[^>]*>Lines<\/a>/);
  });

  it('gives a line its status, end-of-life date, feed, advice and advisories newest first with fixed versions', () => {
    const html = site.read('lines/20.x/index.html');
    expect(html).toContain('data-minimum-secure="20.3.1"');
    expect(html).toContain('Upgrade to v20.3.1 or later.');
    expect(html).toContain('30 April 2026');
    expect(html).toContain('href="/lines/20.x/feed.xml"');
    expect(html).toContain('Current');
    expect(count(html, 'data-fixed-version="20.3.1"')).toBe(10);
    expect(html).not.toContain('data-end-of-life');
  });

  it('shows the matrix: 20.3.0 affected by all ten CVEs, 18.16.0 by five, fixed versions by none', () => {
    const twenty = site.read('lines/20.x/index.html');
    expect(twenty).toMatch(/<caption[^>]*>Which 20\.x versions each advisory affects<\/caption>/);
    expect(twenty).toMatch(/<th scope="col" data-span="20\.3\.1"[^>]*>20\.3\.1 or later<\/th>/);
    expect(twenty).toMatch(/<th scope="col" data-span="20\.3\.0"[^>]*>20\.3\.0 or earlier<\/th>/);
    expect(count(twenty, '<td class="affected">affected</td>')).toBe(10);
    expect(count(twenty, '<td class="fixed">fixed</td>')).toBe(10);
    // Readable without colour: the state is written in the cell, and the row's severity only colours its affected cells.
    expect(twenty).toMatch(/<tr data-advisory="[^"]+" data-severity="high">\s*<th scope="row">/);
    // Written as the badges write it.
    expect(twenty).toMatch(
      /<tr data-advisory="CVE-2023-30581" data-severity="high">\s*<th scope="row">[\s\S]*?<span class="meta">High<\/span>/,
    );

    const eighteen = site.read('lines/18.x/index.html');
    expect(count(eighteen, '<td class="affected">affected</td>')).toBe(5);
    expect(count(eighteen, '<td class="fixed">fixed</td>')).toBe(5);
    expect(eighteen).toMatch(/<section class="table-scroll matrix-scroll" aria-labelledby="matrix-18-x" tabindex="0"/);
  });

  it('says an end-of-life line gets no fixes and lists the advisory that names it without one', () => {
    const html = site.read('lines/14.x/index.html');
    expect(html).toContain('data-end-of-life');
    expect(html).toMatch(/receives no security fixes/);
    expect(html).toMatch(/affected by every\s+later vulnerability/);
    expect(html).toContain('No version of 14.x is secure');
    expect(rows(html, 'data-advisory')).toContain('CVE-2023-30585');
    expect(html).toContain('no fix (end-of-life)');
    expect(html).toContain('affected, no fix');
  });

  it('leaves the versions before the flaw entered a line unaffected, on every page and export that says so', () => {
    const matrix = site.read('lines/14.x/index.html');
    expect(matrix).toMatch(
      /<th scope="col" data-span="14\.18\.0"[^>]*>14\.18\.0 or later<\/th>\s*<th scope="col" data-span(?:="")?>before 14\.18\.0<\/th>/,
    );
    expect(matrix).toMatch(/<td class="affected">affected, no fix<\/td>\s*<td class="unaffected">not affected<\/td>/);
    const page = site.read('advisories/CVE-2023-30585/index.html');
    expect(page).toMatch(/<th scope="col">Affected from<\/th>/);
    expect(page).toMatch(/<th scope="row">14\.x<\/th>\s*<td>v14\.18\.0<\/td>\s*<td>no fix \(end-of-life\)<\/td>/);
    expect(page).toMatch(
      /<th scope="row">20\.x<\/th>\s*<td>its first release<\/td>\s*<td><a href="https:\/\/nodejs\.org\/en\/blog\/release\/v20\.3\.1"[^>]*>v20\.3\.1<\/a><\/td>/,
    );
    expect(site.read('advisories/CVE-2023-30581/index.html')).not.toContain('Affected from');
    const osv = JSON.parse(site.read('osv/x_NODE-CVE-2023-30585.json'));
    expect(
      osv.affected[0].ranges.find((range: { database_specific: { line: string } }) => range.database_specific.line === '14.x').events,
    ).toEqual([{ introduced: '14.18.0' }, { last_affected: '14.21.3' }]);
    expect(site.read('advisories.xml')).toContain('14.x: affected from v14.18.0, no fix yet');
    expect(site.read('releases/2023-06-20/index.html')).toContain('Affects 20.x, 18.x, 16.x and 14.x (from v14.18.0).');
    const index = JSON.parse(site.read('vuln/core/index.json'));
    expect(index['CVE-2023-30585'].vulnerable).toBe('>=14.18.0 <15.0.0 || 16.x || 18.x || 20.x');
  });

  it('tells readers of a line in the pre-announcement week that a release for it is due, on its page and the index', async () => {
    const announced = await sampleSite('announced');
    const advice =
      'No published advisory affects 18.x yet, but a security release for it is due on 20 June 2023 (1 high severity issue and 4 medium severity issues): plan to upgrade that day.';
    expect(announced.read('lines/18.x/index.html')).toContain(advice);
    expect(announced.read('lines/index.html')).toContain(advice);
    expect(announced.read('lines/18.x/index.html')).toMatch(/includes 18\.x: 1 high severity issue/);
  });

  it('keeps telling a line of the issues a cancelled release had announced for it', () => {
    const cancelled = buildSite({ name: 'lines-cancelled', now: '2023-06-19T12:00:00Z', content: sampleWithCancelledRelease() });
    expect(cancelled.status, cancelled.stderr).toBe(0);
    expect(cancelled.read('lines/18.x/index.html')).toMatch(
      /was cancelled\.\s+The 1 high severity issue and 4 medium severity issues it announced for 18\.x stay unfixed until a later release\./,
    );
    expect(cancelled.read('lines/index.html')).toContain(
      'No published advisory affects 18.x, but the cancelled release of 20 June 2023 had announced 1 high severity issue and 4 medium severity issues for it, not fixed yet.',
    );
  });

  it('tells the readers of a line that ends within a quarter to plan the move, and no other line', () => {
    expect(site.read('lines/16.x/index.html')).toMatch(/Node\.js 16 reaches end-of-life on 11 September 2023\./);
    expect(site.read('lines/18.x/index.html')).not.toContain('data-ends-soon');
    expect(site.read('lines/14.x/index.html')).not.toContain('data-ends-soon');
  });

  it('once every line has ended, sends no reader to a supported line, and claims no last fix', () => {
    const ended = buildSite({ name: 'lines-all-ended', now: '2026-11-30T00:00:00Z' });
    expect(ended.status, ended.stderr).toBe(0);
    const index = ended.read('lines/index.html');
    expect(index).toContain(
      'The latest fix published here is v20.3.1; 20.x is end-of-life and gets no more fixes, and no other line listed here is still supported.',
    );
    for (const page of ['lines/index.html', 'lines/20.x/index.html', 'lines/16.x/index.html']) {
      const html = ended.read(page);
      expect(html, page).not.toMatch(/supported (release )?line[^s]/);
      expect(html, page).not.toContain('Its last security fixes');
    }
    // While another line is supported, an ended one still points there.
    expect(site.read('lines/14.x/index.html')).toMatch(/Move to a <a href="\/lines\/"[^>]*>supported release line<\/a>/);
  });

  it('tells the readers of an advisory that names ended lines to move only while a line is supported', () => {
    const note = (html: string) => /<p class="meta" data-ended-lines>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/\s+/g, ' ').trim();
    // 14.x ended before the release; CVE-2023-30581 does not name it.
    expect(note(site.read('advisories/CVE-2023-30581/index.html'))).toMatch(
      /they are affected: 14\.x\. Move to a <a href="\/lines\/"[^>]*>supported line<\/a>\.$/,
    );
    const allEnded = buildSite({ name: 'lines-all-ended-advisories', now: '2026-11-30T00:00:00Z', content: fixture.root });
    expect(allEnded.status, allEnded.stderr).toBe(0);
    expect(note(allEnded.read('advisories/CVE-2023-30581/index.html'))).toMatch(/they are affected: 14\.x\.$/);
  });

  it('says so on a line that no advisory affects', () => {
    const html = site.read('lines/21.x/index.html');
    expect(html).toContain('No published advisory affects 21.x.');
    expect(html).not.toContain('data-matrix');
  });
});

describe('advisory filters and sorting without JavaScript', () => {
  it('links the index to one pre-built page per filter value that has advisories', () => {
    const html = site.read('advisories/index.html');
    for (const href of [
      '/advisories/severity/high/',
      '/advisories/severity/medium/',
      '/advisories/line/20.x/',
      '/advisories/line/14.x/',
      '/advisories/year/2023/',
      '/advisories/platform/win32/',
      '/advisories/by-severity/',
    ]) {
      expect(html, href).toContain(`href="${href}"`);
      expect(site.exists(`${href.slice(1)}index.html`), href).toBe(true);
    }
    expect(site.exists('advisories/severity/low/index.html')).toBe(false);
    expect(site.exists('advisories/line/21.x/index.html')).toBe(false);
  });

  it('filters by severity, line and platform, marking the current filter', () => {
    const high = site.read('advisories/severity/high/index.html');
    expect(rows(high, 'data-advisory').sort()).toEqual(['CVE-2023-30581', 'CVE-2023-30584', 'CVE-2023-30587']);
    expect(high).toMatch(/href="\/advisories\/severity\/high\/" aria-current="page"/);
    expect(rows(site.read('advisories/line/18.x/index.html'), 'data-advisory')).toHaveLength(5);
    expect(rows(site.read('advisories/line/14.x/index.html'), 'data-advisory')).toEqual(['CVE-2023-30585']);
    expect(site.read('advisories/CVE-2023-30585/index.html')).toContain('<dt>Platforms</dt> <dd>Windows only</dd>');
    // A release page's card says what each credited name did: the team coordinated, it did not find the flaw.
    expect(site.read('releases/2023-06-20/index.html')).toContain('Coordinated by Node.js Security Team.');
    // Every "fixed in" version links to that version's own page, as site.yaml's versionUrl names it.
    const versionHref = /<a href="https:\/\/nodejs\.org\/en\/blog\/release\/v18\.16\.1"[^>]*>v18\.16\.1<\/a>/;
    for (const page of ['advisories/CVE-2023-30585/index.html', 'releases/2023-06-20/index.html', 'lines/18.x/index.html']) {
      expect(site.read(page), page).toMatch(versionHref);
    }
    expect(site.read('advisories/index.html')).toMatch(/<dt[^>]*>Affecting users on<\/dt>/);
    // The one Windows-only advisory says so in the lists, where a Linux user would otherwise count it as theirs.
    const platformNotes = [...site.read('advisories/index.html').matchAll(/<tr data-advisory="([^"]+)"[\s\S]*?<\/tr>/g)]
      .filter((row) => row[0].includes('data-platforms'))
      .map((row) => [row[1], /data-platforms>([^<]+)</.exec(row[0])?.[1]]);
    expect(platformNotes).toEqual([['CVE-2023-30585', 'Windows only']]);
    // Windows users are affected by the Windows-only advisory and by every all-platform one.
    expect(rows(site.read('advisories/platform/win32/index.html'), 'data-advisory')).toHaveLength(10);
  });

  it('says there are none yet before the first release, and offers no way to sort nothing', async () => {
    const announced = await sampleSite('announced');
    for (const page of ['advisories/index.html', 'advisories/by-severity/index.html']) {
      const html = announced.read(page);
      expect(html, page).toContain('No advisories are published yet.');
      expect(html, page).not.toContain('0 published');
      expect(html, page).not.toContain('href="/advisories/by-severity/"');
    }
  });

  it('sorts by severity, highest first', () => {
    const order = rows(site.read('advisories/by-severity/index.html'), 'data-advisory');
    expect(order).toHaveLength(10);
    expect(order.slice(0, 3).sort()).toEqual(['CVE-2023-30581', 'CVE-2023-30584', 'CVE-2023-30587']);
  });
});
