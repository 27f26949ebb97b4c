import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

describe('the sample site after release day', () => {
  const site = buildSite({ name: 'sample-released', now: '2023-07-20T00:00:00Z' });

  it('builds, with a count of what Astro wrote instead of its list of every route', () => {
    expect(site.status, site.stderr).toBe(0);
    expect(site.stdout).toMatch(/bulletin: \d+ pages and data files written by Astro: \d+ drawn, \d+ copied from the last build/);
    expect(site.stdout).toContain('generating static routes');
    expect(site.stdout).not.toMatch(/[├└]─ \/|\(\+\d+ms\)/);
  });

  it('has every page of the public URL contract', () => {
    for (const page of [
      'index.html',
      'releases/index.html',
      'releases/2023-06-20/index.html',
      'advisories/index.html',
      'advisories/CVE-2023-30581/index.html',
      'advisories/CVE-2023-30590/index.html',
      'reports/index.html',
      'reports/2023-05/index.html',
      'reports/2023-06/index.html',
      'initiatives/permission-model/index.html',
      '404.html',
    ]) {
      expect(site.exists(page), page).toBe(true);
    }
    expect(site.files().filter((file) => file.startsWith('advisories/CVE-'))).toHaveLength(10);
  });

  it('shows an advisory with its facts and its MDX body', () => {
    const html = site.read('advisories/CVE-2023-30585/index.html');
    expect(html).toContain('CVE-2023-30585');
    expect(html).toMatch(/class="badge sev-medium"/);
    expect(html).toMatch(/<dt>Severity<\/dt>\s*<dd>Medium<\/dd>/);
    expect(html).toContain('<dd>Windows only</dd>');
    expect(html).toContain('v20.3.1');
    expect(html).toContain('v18.16.1');
    expect(html).toContain('href="/releases/2023-06-20/"');
    expect(html).toMatch(/<h2[^>]*>Details<\/h2>\s*<div class="prose"><h3[^>]*>Impact<\/h3>/);
  });

  it('shows the release-day post with fixed versions and every advisory', () => {
    const html = site.read('releases/2023-06-20/index.html');
    expect(html).toContain('data-phase="released"');
    for (const version of ['20.3.1', '18.16.1', '16.20.1']) expect(html).toContain(`v${version}`);
    expect(html.match(/href="\/advisories\/CVE-2023-305\d\d\/"/g)?.length).toBeGreaterThanOrEqual(10);
    expect(html).toContain('3 high severity issues and 7 medium severity issues');
    // The pre-announcement, kept as a record, quotes the project's own word on ended lines (endOfLifeNotice).
    expect(html.replace(/\s+/g, ' ')).toContain(
      'Details of each issue stay private until the release is out. Users of release lines that have reached end-of-life should expect to be affected by these issues too.',
    );
  });

  it('leads from every page, an advisory reached by a link included, to the feeds and calendar', () => {
    for (const page of ['index.html', 'advisories/CVE-2023-30581/index.html', '404.html']) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(site.read(page))?.[0] ?? '';
      expect(footer, page).toMatch(/<a href="\/subscribe\/">[^<]+<\/a>/);
    }
  });

  it('gives the not-found page no address of its own, as no share card or crawler should keep one', () => {
    const html = site.read('404.html');
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('rel="canonical"');
    expect(site.read('advisories/CVE-2023-30581/index.html')).toContain(
      '<meta property="og:url" content="https://security.example.org/advisories/CVE-2023-30581/">',
    );
  });

  it('renders GFM tables in report bodies', () => {
    expect(site.read('reports/2023-06/index.html')).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Stage<\/th>[\s\S]*?<td>Preparation<\/td>/);
    expect(site.read('reports/2023-06/index.html')).toContain('17 reports closed, up from 2');
  });
});
