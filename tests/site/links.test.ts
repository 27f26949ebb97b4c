import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/build-site.ts';
import { checkLinks, describeExternalLinks, type LinkReport, linksInHtml } from './link-check.ts';
import { SAMPLE_MOMENTS, type SampleMoment, sampleSite } from './sample-sites.ts';

function siteOrigin(site: BuiltSite): string {
  const canonical = site.read('index.html').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (!canonical) throw new Error('the home page has no <link rel="canonical">; the link check needs it to know the site’s own origin');
  return new URL(canonical).origin;
}

function describeBroken(report: LinkReport): string[] {
  return report.broken.map(({ link, problem }) => `${link.from}: ${link.where} ${link.url} ${problem}`);
}

describe.each(Object.keys(SAMPLE_MOMENTS) as SampleMoment[])('links of the sample site, %s', (moment) => {
  let site: BuiltSite;
  let report: LinkReport;
  beforeAll(async () => {
    site = await sampleSite(moment);
    report = checkLinks(site.outDir, site.files(), siteOrigin(site));
  });

  it('resolve every internal href and src to a file and every #fragment to an id', () => {
    expect(report.checked).toBeGreaterThan(100);
    expect(describeBroken(report)).toEqual([]);
  });

  it('lists the external links without fetching them', () => {
    expect(report.external.size).toBeGreaterThan(0);
    console.log(`links (${moment}): ${report.checked} internal link(s) resolve\n${describeExternalLinks(report.external)}`);
  });
});

describe('the link check', () => {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-links-'));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('catches missing files, missing ids, folders without their slash and empty fragments', () => {
    write('index.html', '<a href="/a/#top">ok</a><a href="/a/#gone">x</a><a href="/missing/">x</a><a href="/a">x</a><a href="#">x</a>');
    write('a/index.html', '<h1 id="top">A</h1><img src="../logo.png" alt=""><a href="https://example.net/x?a=1&amp;b=2">out</a>');
    write(
      'sitemap.xml',
      '<?xml-stylesheet href="/sitemap.xsl" type="text/xsl"?><urlset><url><loc>https://site.test/a/</loc></url><url><loc>https://site.test/b/</loc></url></urlset>',
    );
    const report = checkLinks(root, ['index.html', 'a/index.html', 'sitemap.xml'], 'https://site.test');
    expect(report.broken.map(({ link, problem }) => `${link.from} ${link.url} ${problem}`)).toEqual([
      'index.html /a/#gone points to #gone, which is no id on /a/',
      'index.html /missing/ points to /missing/, which is not in the output',
      'index.html /a points to the folder /a without its trailing slash',
      'index.html # has an empty fragment',
      'a/index.html ../logo.png points to /logo.png, which is not in the output',
      'sitemap.xml https://site.test/b/ points to /b/, which is not in the output',
      'sitemap.xml /sitemap.xsl points to /sitemap.xsl, which is not in the output',
    ]);
    expect([...report.external.keys()]).toEqual(['https://example.net/x?a=1&b=2']);
  });

  it('reads every candidate of a srcset and ignores commented-out markup', () => {
    const links = linksInHtml('p.html', '<!-- <a href="/old/">x</a> --><img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">');
    expect(links.map((link) => link.url)).toEqual(['/a.png', '/a-1x.png', '/a-2x.png']);
  });
});
