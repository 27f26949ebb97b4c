import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

/**
 * The sample, told in site.yaml of another project's conventions: no "v" before versions, three days' notice, no
 * policy on ended lines, none of the Node.js working group's own index; a line with no end announced, and no reports.
 */
function otherConventions() {
  const content = contentFixture();
  const site = content
    .read('site.yaml')
    .replace('preAnnouncementDays: 7', 'preAnnouncementDays: 3')
    .replace(/^endOfLifeNotice: >-\n(?: {2}.*\n)+/m, '')
    .replace('versionPrefix: v\n', '')
    .replace('exports:\n  securityWgIndex: true\n', 'lineStatusLabels:\n  maintenance: Security fixes only\n');
  content.write('site.yaml', site);
  // A team that writes no monthly reports and keeps no initiatives.
  content.remove('reports');
  content.remove('initiatives');
  // A line whose end the project has not announced.
  content.write('lines/20.x.yaml', content.read('lines/20.x.yaml').replace(/^endOfLife: .*\n/m, ''));
  return content.root;
}

describe('a site with its own conventions in site.yaml', () => {
  const site = buildSite({ name: 'site-settings', now: '2023-07-20T00:00:00Z', content: otherConventions() });
  const text = (path: string) =>
    site
      .read(path)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('builds', () => {
    expect(site.status, site.stderr).toBe(0);
  });

  it('writes versions as the project does, and promises the notice it gives', () => {
    expect(site.read('releases/2023-06-20/index.html')).toMatch(/>20\.3\.1<\/a>/);
    expect(site.read('releases/2023-06-20/index.html')).not.toContain('v20.3.1<');
    expect(text('index.html')).toContain('Security releases are pre-announced 3 days ahead.');
    expect(text('releases/index.html')).toContain('Security releases are pre-announced 3 days ahead. Each is published in full');
  });

  it('says nothing of ended lines in the pre-announcement without a policy to quote', () => {
    const release = text('releases/2023-06-20/index.html');
    expect(release).toContain('Details of each issue stay private until the release is out.');
    expect(release).not.toContain('end-of-life should expect');
  });

  it('publishes no working group index, and offers none', () => {
    expect(site.exists('vuln/core/index.json')).toBe(false);
    expect(site.read('subscribe/index.html')).not.toContain('/vuln/core/index.json');
    expect(site.exists('osv/all.json')).toBe(true);
  });

  it('shows a line with no end announced as supported, with no date to show', () => {
    expect(text('lines/index.html')).toMatch(/Node\.js 20 \(20\.x\) Current none announced/);
    expect(text('lines/20.x/index.html')).toContain('End-of-life none announced');
  });

  it('offers no empty sections for reports, metrics and initiatives', () => {
    const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(site.read('index.html'))?.[0] ?? '';
    expect(nav).toContain('href="/advisories/"');
    expect(nav).not.toMatch(/href="\/(reports|metrics|initiatives)\/"/);
    expect(text('reports/index.html')).toContain('No reports yet.');
    expect(site.read('index.html')).not.toContain('id="latest-reports"');
    expect(text('metrics/index.html')).toContain('No progress report has been published yet.');
    expect(text('initiatives/index.html')).toContain('No initiatives yet.');
  });

  it('offers no reports feed until there is a report, and says nothing of reports in the feed of everything', () => {
    expect(site.exists('reports.xml')).toBe(false);
    expect(site.read('subscribe/index.html')).not.toContain('/reports.xml');
    expect(site.read('index.html')).not.toContain('/reports.xml');
    expect(site.exists('releases.xml')).toBe(true);
    expect(site.read('feed.xml')).not.toContain('progress report');
  });

  it("names the line statuses in the project's own words", () => {
    expect(text('lines/index.html')).toMatch(/Node\.js 16 \(16\.x\) Security fixes only/);
    expect(text('lines/index.html')).toMatch(/Node\.js 18 \(18\.x\) Active LTS/);
  });
});
