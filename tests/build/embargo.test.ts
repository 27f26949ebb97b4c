import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

/**
 * One distinct string per detail of an embargoed advisory. Lowercase letters, digits and hyphens only, so that no
 * escaping, slugging or upper-casing on the way to the output can disguise one; the scan lowercases what it reads.
 */
const CANARY = {
  title: 'zq-canary-title-marmot',
  cve: 'CVE-2024-987654',
  summary: 'zq-canary-summary-quokka',
  cvss: 'CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:C/C:H/I:H/A:N',
  cwe: 'CWE-98765',
  platform: 'sunos',
  creditName: 'zq-canary-credit-ibex',
  creditUrl: 'https://zq-canary-credit-url.example/ibex',
  referenceUrl: 'https://zq-canary-reference.example/okapi',
  bodyText: 'zq-canary-body-tapir',
  bodyHeading: 'zq-canary-heading-lemur',
  releaseBody: 'zq-canary-release-body-dingo',
  introduced: '20.9.87',
} as const;

const RELEASE = `---
date: 2024-03-12
announcedAt: 2024-03-05T18:00:00Z
lines:
  - line: 20.x
    version: 20.11.2
  - line: 18.x
    version: 18.19.2
dependencies:
  - name: undici
    version: 5.28.4
    lines: [20.x, 18.x]
    links: [https://github.com/nodejs/undici/releases]
dateChanges:
  - at: 2024-03-07T10:00:00Z
    to: 2024-03-13
    note: A fix needs another review.
  - at: 2024-03-08T10:00:00Z
    to: 2024-03-14
    note: The build infrastructure is being repaired.
releasedAt: 2024-03-14T20:00:00Z
---

## Upgrade now

${CANARY.releaseBody} appears only on release day.
`;

const CANARY_ADVISORY = `---
cve: ${CANARY.cve}
title: A ${CANARY.title} issue
release: 2024-03-12
severity: high
cvss:
  vector: ${CANARY.cvss}
cwe: [${CANARY.cwe}]
lines: [20.x, 18.x]
introduced:
  20.x: ${CANARY.introduced}
platforms: [${CANARY.platform}]
credits:
  - name: ${CANARY.creditName}
    role: reporter
    url: ${CANARY.creditUrl}
references:
  - type: report
    url: ${CANARY.referenceUrl}
summary: The ${CANARY.summary} lets an attacker in.
---

## ${CANARY.bodyHeading}

Details: ${CANARY.bodyText}.
`;

const SECOND_ADVISORY = `---
cve: CVE-2024-987655
title: A second embargoed issue
release: 2024-03-12
severity: medium
lines: [20.x]
credits:
  - name: Someone Else
    role: finder
summary: A second issue, without canaries.
---

The details of the second issue.
`;

const fixture = contentFixture();
fixture.write('releases/2024-03-12.mdx', RELEASE);
fixture.write(`advisories/${CANARY.cve}.mdx`, CANARY_ADVISORY);
fixture.write('advisories/CVE-2024-987655.mdx', SECOND_ADVISORY);

const MOMENTS = {
  hidden: '2024-03-05T17:59:59Z',
  announced: '2024-03-06T12:00:00Z',
  dateChanged: '2024-03-09T12:00:00Z',
  released: '2024-03-14T20:00:00Z',
} as const;

const sites = Object.fromEntries(
  Object.entries(MOMENTS).map(([phase, now]) => [phase, buildSite({ name: `embargo-${phase}`, now, content: fixture.root })]),
) as Record<keyof typeof MOMENTS, BuiltSite>;

const isGzip = (bytes: Buffer) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Every file of a built site as text: read byte for byte (latin1), gzip parts (the search index) also decompressed. */
function outputTexts(outDir: string): { path: string; text: string }[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf-8' })
    .filter((path) => statSync(join(outDir, path)).isFile() && !path.endsWith('.bulletin-test-build.json'))
    .map((path) => {
      const bytes = readFileSync(join(outDir, path));
      const texts = [bytes.toString('latin1'), bytes.toString('utf-8')];
      if (isGzip(bytes)) texts.push(gunzipSync(bytes).toString('utf-8'));
      // iCalendar folds long lines with CRLF and a space; unfold so a folded canary is still found.
      const joined = texts.join('\n');
      return { path, text: `${joined}\n${joined.replace(/\r?\n[ \t]/g, '')}`.toLowerCase() };
    });
}

function leaks(site: BuiltSite): string[] {
  const found: string[] = [];
  for (const { path, text } of outputTexts(site.outDir)) {
    for (const [field, canary] of Object.entries(CANARY)) if (text.includes(canary.toLowerCase())) found.push(`${field} in ${path}`);
  }
  return found;
}

const release = (site: BuiltSite) => site.read('releases/2024-03-12/index.html');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the embargo, proven on every byte of the output', () => {
  it('builds the site at each of the four moments', () => {
    for (const site of Object.values(sites)) expect(site.status, site.stderr).toBe(0);
  });

  it.each(['hidden', 'announced', 'dateChanged'] as const)('leaks no advisory detail while the release is %s', (phase) => {
    expect(sites[phase].files().length).toBeGreaterThan(10);
    expect(leaks(sites[phase])).toEqual([]);
  });

  it('finds every canary once the release is out, so the scan can see them', () => {
    const found = new Set(leaks(sites.released).map((leak) => leak.split(' in ')[0]));
    expect([...found].sort()).toEqual(Object.keys(CANARY).sort());
  });
});

describe('what each phase of a release exposes on its page', () => {
  it('publishes nothing of the release before its pre-announcement', () => {
    const site = sites.hidden;
    expect(site.exists('releases/2024-03-12/index.html')).toBe(false);
    expect(site.files().some((file) => file.includes('2024-03-12'))).toBe(false);
    expect(site.read('index.html')).not.toContain('/releases/2024-03-12/');
  });

  it('pre-announces the target date, lines, counts per severity and dependency updates', () => {
    const html = release(sites.announced);
    expect(html).toContain('data-phase="announced"');
    const words = text(html);
    expect(words).toContain('on Tuesday 12 March 2024');
    expect(words).toContain('the 20.x and 18.x release lines');
    expect(words).toContain('1 high severity issue and 1 medium severity issue');
    expect(words).toContain('The 20.x release line of Node.js is vulnerable to 1 high severity issue and 1 medium severity issue');
    expect(words).toContain('The 18.x release line of Node.js is vulnerable to 1 high severity issue. Highest severity: High');
    expect(words).toContain('undici 5.28.4');
    expect(words).toContain('in order to address 1 high');
    expect(words).toContain('to the feeds or the security mailing list');
    expect(words).not.toContain('Update ');
    expect(html).not.toContain('/advisories/CVE-2024-98765');
    expect(sites.announced.exists(`advisories/${CANARY.cve}/index.html`)).toBe(false);
    expect(sites.announced.read('index.html')).toMatch(/class="banner"[\s\S]*\/releases\/2024-03-12\//);
  });

  it('shows every date change newest first and uses the new target date', () => {
    const html = release(sites.dateChanged);
    const words = text(html);
    expect(words).toContain('on Thursday 14 March 2024');
    expect(words).toContain('Security release of 14 March 2024');
    const newer = words.indexOf('Update 8 March 2024');
    const older = words.indexOf('Update 7 March 2024');
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(words).toContain('moved from Wednesday 13 March 2024 to Thursday 14 March 2024');
    expect(words).toContain('The build infrastructure is being repaired.');
    expect(text(sites.dateChanged.read('index.html'))).toContain('14 March 2024');
  });

  it('publishes the release-day post with every advisory, fixed versions and the pre-announcement for the record', () => {
    const html = release(sites.released);
    expect(html).toContain('data-phase="released"');
    const words = text(html);
    for (const heading of ['Vulnerabilities', 'Dependency updates', 'Downloads and fixed versions', 'Pre-announcement']) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    }
    // The pre-announcement is kept as a record: its parts are headed inside its own section.
    for (const heading of ['Impact', 'Dependency updates announced', 'Release timing']) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>Pre-announcement</h2>[\\s\\S]*<h3[^>]*>${heading}</h3>`));
    }
    expect(words.indexOf(CANARY.cve)).toBeLessThan(words.indexOf('CVE-2024-987655'));
    expect(html).toContain(`href="/advisories/${CANARY.cve}/"`);
    expect(words).toContain('v20.11.2');
    expect(words).toContain('v18.19.2');
    expect(words).toContain(CANARY.releaseBody);
    expect(sites.released.exists(`advisories/${CANARY.cve}/index.html`)).toBe(true);
  });
});

describe('the June 2023 sample on 15 June 2023', () => {
  const site = buildSite({ name: 'sample-announced', now: '2023-06-15T12:00:00Z' });

  it('shows the pre-announcement Node.js published on 13 June 2023, derived from the advisories', () => {
    expect(site.status, site.stderr).toBe(0);
    const html = site.read('releases/2023-06-20/index.html');
    expect(html).toContain('data-phase="announced"');
    const words = text(html);
    expect(words).toContain('on Tuesday 20 June 2023');
    expect(words).toContain('the 20.x, 18.x and 16.x release lines');
    expect(words).toContain('3 high severity issues and 7 medium severity issues');
    expect(words).toContain('The 20.x release line of Node.js is vulnerable to 3 high severity issues and 7 medium severity issues');
    expect(words).toContain('The 18.x release line of Node.js is vulnerable to 1 high severity issue and 4 medium severity issues');
    expect(words).toContain('The 16.x release line of Node.js is vulnerable to 1 high severity issue and 4 medium severity issues');
    expect(words).toMatch(/OpenSSL[\s\S]*c-ares/);
    expect(site.files().filter((file) => file.startsWith('advisories/CVE-'))).toEqual([]);
    expect(words).not.toMatch(/CVE-2023-30\d\d\d/);
  });
});
