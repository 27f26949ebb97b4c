import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { sampleWithMovedRelease } from '../helpers/content-fixture.ts';

const schema = JSON.parse(readFileSync(new URL('../../../shared/schemas/osv-schema.json', import.meta.url), 'utf-8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateOsv = ajv.compile(schema);

interface WgEntry {
  cve: string[];
  vulnerable: string;
  patched: string;
}

const EXPORTS = ['osv/all.json', 'vuln/core/index.json', 'api/releases.json', 'api/advisories.json', 'calendar.ics'];

describe('machine-readable exports', () => {
  // Names of their own: test files run in parallel, and two of them building the same name would swap folders under each other.
  const released = buildSite({ name: 'exports-released', now: '2023-07-20T00:00:00Z' });
  // Announced, one day after the date moved from 20 to 22 June.
  const moved = buildSite({ name: 'exports-moved', now: '2023-06-16T12:00:00Z', content: sampleWithMovedRelease() });

  it('build', () => {
    for (const site of [released, moved]) expect(site.status, site.stderr).toBe(0);
  });

  it('publish one valid OSV record per advisory and all of them in all.json', () => {
    const files = released.files().filter((file) => /^osv\/x_NODE-.+\.json$/.test(file));
    expect(files).toHaveLength(10);
    const all = JSON.parse(released.read('osv/all.json')) as { id: string }[];
    expect(all.map((record) => `osv/${record.id}.json`).sort()).toEqual(files);
    for (const file of files) {
      const record = JSON.parse(released.read(file));
      expect(validateOsv(record), `${file}: ${ajv.errorsText(validateOsv.errors)}`).toBe(true);
      expect(all).toContainEqual(record);
    }
    expect(JSON.parse(released.read('osv/x_NODE-CVE-2023-30581.json'))).toMatchObject({
      aliases: ['CVE-2023-30581'],
      published: '2023-06-20T21:00:00Z',
    });
  });

  it('publish a security-wg index that is-my-node-vulnerable reads correctly', () => {
    const index = JSON.parse(released.read('vuln/core/index.json')) as Record<string, WgEntry>;
    const vulnerableTo = (version: string) =>
      Object.values(index).filter((entry) => semver.satisfies(version, entry.vulnerable) && !semver.satisfies(version, entry.patched));
    expect(vulnerableTo('20.3.0')).toHaveLength(10);
    expect(vulnerableTo('20.3.1')).toHaveLength(0);
    expect(vulnerableTo('18.16.0')).toHaveLength(5);
    expect(Object.keys(index)).toContain('CVE-2023-30590');
  });

  it('put an announced release in the calendar, move it on a date change, and confirm it once released', () => {
    const eventsOf = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    // SEQUENCE 0 before any date change is covered in tests/unit/exports-calendar.test.ts.
    const ics = moved.read('calendar.ics');
    expect(ics.split('\r\n').length).toBeGreaterThan(10);
    const [movedEvent] = eventsOf(ics);
    expect(movedEvent?.uid).toBe('release-2023-06-20@security.example.org');
    expect(movedEvent?.sequence).toBe(1);
    expect(movedEvent?.startDate.toString()).toBe('2023-06-22');
    const [releasedEvent] = eventsOf(released.read('calendar.ics'));
    expect(releasedEvent?.uid).toBe(movedEvent?.uid);
    expect(releasedEvent?.startDate.toString()).toBe('2023-06-20');
    expect(releasedEvent?.sequence).toBe(1);
    expect(releasedEvent?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // Counts only, as before: the advisories' details are on the page the event links to.
    expect(releasedEvent?.description).not.toMatch(/CVE-/);
  });

  it('publish the JSON API of releases and advisories', () => {
    const releases = JSON.parse(released.read('api/releases.json'));
    expect(releases.releases[0]).toMatchObject({ id: '2023-06-20', phase: 'released', releasedAt: '2023-06-20T21:00:00Z' });
    expect(releases.releases[0].advisories).toHaveLength(10);
    const advisories = JSON.parse(released.read('api/advisories.json'));
    expect(advisories.advisories).toHaveLength(10);
    expect(advisories.advisories.find((advisory: { cve: string }) => advisory.cve === 'CVE-2023-30585')).toMatchObject({
      platforms: ['win32'],
      url: 'https://security.example.org/advisories/CVE-2023-30585/',
      osv: 'https://security.example.org/osv/x_NODE-CVE-2023-30585.json',
    });
    const early = JSON.parse(moved.read('api/releases.json'));
    expect(early.releases[0]).toMatchObject({
      phase: 'announced',
      targetDate: '2023-06-22',
      releasedAt: null,
      advisories: [],
      fixedVersions: [],
    });
    expect(early.releases[0].dateChanges).toEqual([{ at: '2023-06-15T10:00:00Z', to: '2023-06-22', note: 'A fix needs more review.' }]);
    expect(early.releases[0].severity.counts).toEqual({ low: 0, medium: 7, high: 3, critical: 0 });
  });

  it('publish the moment each site was built for, which no page prints', () => {
    expect(JSON.parse(released.read('api/build.json'))).toEqual({
      builtFor: '2023-07-20T00:00:00.000Z',
      published: { releases: 1, preAnnounced: 0, advisories: 10, reports: 2 },
    });
    expect(JSON.parse(moved.read('api/build.json'))).toEqual({
      builtFor: '2023-06-16T12:00:00.000Z',
      published: { releases: 1, preAnnounced: 1, advisories: 0, reports: 1 },
    });
    for (const page of released.files().filter((file) => file.endsWith('.html'))) {
      expect(released.read(page), page).not.toContain('2023-07-20T00:00');
    }
  });

  it('publish the site icon in the accent colour, and every page names it', () => {
    expect(released.read('favicon.svg')).toContain('fill="#2f6f3e"');
    for (const page of ['index.html', '404.html', 'advisories/CVE-2023-30581/index.html']) {
      expect(released.read(page), page).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">');
    }
  });

  it('publish robots.txt and security.txt from the site config', () => {
    expect(released.read('robots.txt')).toContain('Sitemap: https://security.example.org/sitemap-index.xml');
    expect(released.exists('sitemap-index.xml')).toBe(true);
    const securityTxt = released.read('.well-known/security.txt');
    expect(securityTxt).toContain('Contact: https://hackerone.com/nodejs\n');
    expect(securityTxt).toContain('Contact: mailto:security@example.org\n');
    expect(securityTxt).toContain('Expires: 2024-07-19T00:00:00Z\n');
    expect(securityTxt).toContain('Canonical: https://security.example.org/.well-known/security.txt\n');
    expect(securityTxt).toContain('Policy: https://github.com/nodejs/node/security/policy\n');
  });

  it('hold no advisory while its release is only announced', () => {
    const titles = (JSON.parse(released.read('api/advisories.json')).advisories as { title: string }[]).map((advisory) => advisory.title);
    for (const site of [moved]) {
      expect(site.files().filter((file) => file.startsWith('osv/') && file !== 'osv/all.json')).toEqual([]);
      expect(JSON.parse(site.read('osv/all.json'))).toEqual([]);
      expect(JSON.parse(site.read('vuln/core/index.json'))).toEqual({});
      for (const path of EXPORTS) {
        const text = site.read(path);
        expect(text, path).not.toMatch(/CVE-\d{4}-\d+/);
        for (const title of titles) expect(text, `${path}: ${title}`).not.toContain(title);
      }
    }
  });
});
