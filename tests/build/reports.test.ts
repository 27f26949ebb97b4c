import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

/** The sample site a month after the June release: May and June reports, ten advisories fixed in June. */
describe('the metrics page and the report pages', () => {
  const site = buildSite({ name: 'sample-released', now: '2023-07-20T00:00:00Z' });
  const main = (path: string) => /<main[\s\S]*<\/main>/.exec(site.read(path))?.[0] ?? '';

  it('builds', () => {
    expect(site.status, site.stderr).toBe(0);
  });

  it('draws three accessible trend charts on /metrics/, each with a title, a description and a data table', () => {
    const html = main('metrics/index.html');
    const svgs = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(3);
    for (const id of ['metrics-reports-closed', 'metrics-first-response', 'metrics-cves-fixed']) {
      expect(html).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
      expect(html).toMatch(new RegExp(`<title id="${id}-title">[^<]+</title>`));
      expect(html).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));
    }
    expect(html.match(/<table class="chart-table"/g)).toHaveLength(3);
    expect(html).toContain('Reports closed each month, May 2023 to June 2023. Most: 17 in June 2023. Fewest: 2 in May 2023.');
    expect(html).toContain('10 in all (3 high, 7 medium)');
  });

  it('has one mark per month and the goal line, with no client script', () => {
    const html = main('metrics/index.html');
    const closed = /<figure[^>]*id="metrics-reports-closed"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect([...closed.matchAll(/class="chart-bar[^"]*" data-month="([\d-]+)" data-value="(\d*)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2023-05', '2'],
      ['2023-06', '17'],
    ]);
    const response = /<figure[^>]*id="metrics-first-response"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(response.match(/class="chart-point[^"]*" data-month=/g)).toHaveLength(2);
    expect(response).toContain('data-series="firstResponseGoalHours"');
    expect(response).toContain('goal 48 h');
    expect(site.read('metrics/index.html')).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>[^<]+/);
  });

  it('links to the metrics from the navigation and the reports list', () => {
    expect(site.read('reports/index.html')).toContain('href="/metrics/"');
    expect(site.read('index.html')).toMatch(/<nav[\s\S]*href="\/metrics\/"[\s\S]*<\/nav>/);
  });

  it('shows a report with its headline changes, derived release and CVEs, and charts of its neighbourhood', () => {
    const html = main('reports/2023-06/index.html');
    expect(html).toContain('17 reports closed, up from 2 (+750%)');
    expect(html).toContain('Average first response 3 h, down from 8 h (-63%); goal under 48 h, met');
    expect(html).toContain('href="/releases/2023-06-20/"');
    expect(html.match(/href="\/advisories\/CVE-2023-305\d\d\/"/g)?.length).toBeGreaterThanOrEqual(10);
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(3);
    expect(html).toContain('aria-labelledby="report-2023-06-reports-closed-title report-2023-06-reports-closed-desc"');
    expect(html).toMatch(/class="chart-bar chart-current" data-month="2023-06"/);
    expect(html).toMatch(/<h2[^>]*>Initiatives<\/h2>[\s\S]*Permission Model/);
    // Each initiative's links, in a column of their own, so the body need not keep a copy of the table.
    expect(html).toMatch(
      /<th scope="col">Links<\/th>[\s\S]*<a href="https:\/\/github.com\/nodejs\/security-wg\/issues\/898">Issue #898<\/a>/,
    );
    // The month's release with the versions it shipped and the dependencies it updated.
    expect(html).toMatch(/data-fixed-versions>\s*New versions: <a href="[^"]*v20\.3\.1"[^>]*>v20\.3\.1<\/a>, [\s\S]*Updated: OpenSSL/);
    // The body's own sections, written with ##, sit inside "The report" rather than beside it.
    expect(html).toMatch(/<h2[^>]*>The report<\/h2>\s*<div class="prose">[\s\S]*<h3[^>]*>Fixing and triaging reports<\/h3>/);
    expect(html.slice(html.indexOf('>The report</h2>'))).not.toMatch(/<h2/);
    expect(html).toContain('href="/metrics/"');
  });

  it("lists the month's talks, one talk given twice once with both venues, and the team's other engagements", () => {
    const html = main('reports/2023-06/index.html');
    const section = /<section aria-labelledby="talks">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const text = section.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('5 Ways You Could Have Hacked Node.js: TheDevConf Innovation, 15 June 2023');
    expect(text).toContain(
      'Improving the Security of a Large Open Source Project One Step at a Time: Open Source Summit EU; NodeBR – Experience, 22 July 2023 (announced ahead)',
    );
    expect(section.match(/<cite>/g)).toHaveLength(2);
    expect(text).toContain('Event: The Node.js Collab Summit');
    expect(text).toContain('Post: Why you should pin your GitHub actions A blog post on one');
    // Published on 13 July, the report announced the meeting of 6 July as past: it took place before the report.
    expect(text).toMatch(/Meeting: The Alpha-Omega public meeting, 6 July 2023 A discussion/);
  });

  it('compares the first report with nothing and lists no release in a month without one', () => {
    const html = main('reports/2023-05/index.html');
    expect(html).toContain('2 reports closed</li>');
    expect(html).toContain('No security release shipped in May 2023.');
  });

  it('shows each initiative status history across the reports', () => {
    const html = main('initiatives/automate-dependency-updates/index.html');
    expect(html).toMatch(/May 2023[\s\S]*In progress[\s\S]*June 2023[\s\S]*Done/);
  });

  it('lists each initiative with its latest status and the report that gave it', () => {
    const cards = main('initiatives/index.html').split('<li class="card"').slice(1);
    const card = (name: string) => (cards.find((html) => html.includes(`>${name}</a>`)) ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(card('Automate dependency updates')).toContain('Done, as of the June 2023 report');
    expect(card('Permission Model (phase 2)')).toContain('In progress, as of the June 2023 report');
    expect(main('initiatives/index.html')).toContain('<a href="/reports/2023-06/">June 2023 report</a>');
  });
});
