import { afterAll, describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import type { SiteModel } from '../../src/core/model/types.ts';
import type { AdvisoryCard, OgCard, ReleaseCard, ReportCard } from '../../src/core/og/card.ts';
import { cardElement } from '../../src/core/og/card-element.ts';
import { ogImagePath } from '../../src/core/og/image-path.ts';
import { ogCardForPage, ogCards } from '../../src/core/og/page-cards.ts';
import { paths } from '../../src/site/urls.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

// A second release, pre-announced on 25 August and moved once, whose advisory must stay out of every card.
const fixture = contentFixture();
fixture.write(
  'releases/2023-09-01.mdx',
  `---
date: 2023-09-01
announcedAt: 2023-08-25T12:00:00Z
lines:
  - line: 20.x
dateChanges:
  - at: 2023-08-28T10:00:00Z
    to: 2023-09-05
    note: A fix needs more review.
---
`,
);
fixture.write(
  'advisories/CVE-2023-39999.mdx',
  `---
cve: CVE-2023-39999
title: Embargoed canary flaw in the zebra parser
release: 2023-09-01
severity: critical
lines: [20.x]
platforms: [all]
summary: The zebra parser canary must not be published before release day.
---

Embargoed body.
`,
);
afterAll(() => fixture.remove(''));

function modelAt(now: string): SiteModel {
  const roots = resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: fixture.root });
  const { model, diagnostics } = loadSiteModel(roots, new Date(now));
  expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  if (!model) throw new Error('no model');
  return model;
}

const cardsAt = (now: string) => ogCards(modelAt(now), paths);
const card = <K extends OgCard['kind']>(cards: OgCard[], page: string, kind: K) => {
  const found = cards.find((item) => item.page === page);
  expect(found?.kind, page).toBe(kind);
  return found as Extract<OgCard, { kind: K }>;
};
/** Everything a card could put into an image or a meta tag. */
const published = (cards: OgCard[]) => JSON.stringify(cards.map((item) => ({ item, element: cardElement(item) })));

describe('the cards of the sample after release day', () => {
  const cards = cardsAt('2023-07-20T00:00:00Z');

  it('gives every public page one card with its own image', () => {
    const pages = cards.map((item) => item.page);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        '/releases/',
        '/releases/2023-06-20/',
        '/advisories/',
        '/advisories/CVE-2023-30581/',
        '/reports/2023-06/',
      ]),
    );
    expect(cards.filter((item) => item.kind === 'advisory')).toHaveLength(10);
    for (const item of cards) expect(item.image).toBe(ogImagePath(item.page));
  });

  it('shows a released release with its fixed versions and counts per severity, highest first', () => {
    const release: ReleaseCard = card(cards, '/releases/2023-06-20/', 'release');
    expect(release).toMatchObject({ state: 'released', date: '20 June 2023', lines: ['20.x', '18.x', '16.x'], dateChanged: false });
    expect(release.counts).toEqual([
      { severity: 'high', count: 3 },
      { severity: 'medium', count: 7 },
    ]);
    expect(release.fixedVersions).toEqual(['v20.3.1', 'v18.16.1', 'v16.20.1']);
    expect(release.alt).toContain('released');
  });

  it('shows an advisory with its CVE id, title, severity and affected lines', () => {
    const advisory: AdvisoryCard = card(cards, '/advisories/CVE-2023-30585/', 'advisory');
    expect(advisory).toMatchObject({ cve: 'CVE-2023-30585', severity: 'medium', lines: ['20.x', '18.x', '16.x'], withdrawn: false });
    expect(advisory.title).toMatch(/Windows installer repair/);
    expect(JSON.stringify(cardElement(advisory))).toContain('CVE-2023-30585');
  });

  it('shows a report with its month and up to three headline figures', () => {
    const report: ReportCard = card(cards, '/reports/2023-06/', 'report');
    expect(report.month).toBe('June 2023');
    expect(report.figures).toEqual([
      { value: '17', label: 'reports closed', change: 'up from 2' },
      { value: '3 h', label: 'first response', change: 'down from 8 h' },
      { value: '10', label: 'CVEs fixed', change: undefined },
    ]);
  });

  it('takes the site name and accent colour from the site config', () => {
    for (const item of cards) expect(item.brand).toEqual({ name: 'Node.js Security', host: 'security.example.org', accent: '#2f6f3e' });
    expect(JSON.stringify(cardElement(cards[0] as OgCard))).toContain('#2f6f3e');
  });

  it('gives a page without a card of its own the home card, with or without a trailing slash', () => {
    expect(ogCardForPage(cards, '/404').page).toBe('/');
    expect(ogCardForPage(cards, '/no/such/page/').page).toBe('/');
    expect(ogCardForPage(cards, '/releases/2023-06-20').page).toBe('/releases/2023-06-20/');
  });
});

describe('the cards of content that is not released yet', () => {
  it('has no card at all for a hidden release or its advisory', () => {
    const cards = cardsAt('2023-07-20T00:00:00Z');
    expect(cards.some((item) => item.page.includes('2023-09'))).toBe(false);
    expect(published(cards)).not.toMatch(/CVE-2023-39999|zebra|canary/);
  });

  it('gives a pre-announced release only what its pre-announcement says: date, lines and counts', () => {
    const cards = cardsAt('2023-08-30T00:00:00Z');
    const release: ReleaseCard = card(cards, '/releases/2023-09-01/', 'release');
    expect(release).toMatchObject({
      state: 'pre-announcement',
      dateChanged: true,
      date: '5 September 2023',
      lines: ['20.x'],
      fixedVersions: [],
    });
    expect(release.counts).toEqual([{ severity: 'critical', count: 1 }]);
    expect(cards.some((item) => item.page === '/advisories/CVE-2023-39999/')).toBe(false);
    expect(published(cards)).not.toMatch(/CVE-2023-39999|zebra|canary/);
  });

  it('marks the state of the release on the image itself', () => {
    const before = JSON.stringify(cardElement(card(cardsAt('2023-08-30T00:00:00Z'), '/releases/2023-09-01/', 'release')));
    expect(before).toContain('Pre-announcement · date changed');
    const after = JSON.stringify(cardElement(card(cardsAt('2023-07-20T00:00:00Z'), '/releases/2023-06-20/', 'release')));
    expect(after).toContain('"Released"');
    // Past the day readers were last told, 5 September, and not out: the card no longer reads as on schedule.
    const late = card(cardsAt('2023-09-06T12:00:00Z'), '/releases/2023-09-01/', 'release');
    expect(late).toMatchObject({ state: 'pre-announcement', overdue: true });
    expect(late.alt).toContain('pre-announcement, not yet released');
    expect(JSON.stringify(cardElement(late))).toContain('Pre-announcement · not yet released');
    expect(card(cardsAt('2023-09-05T12:00:00Z'), '/releases/2023-09-01/', 'release').overdue).toBe(false);
  });
});

describe('image paths', () => {
  it('mirror the page path under /og/', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/releases/')).toBe('/og/releases.png');
    expect(ogImagePath('/advisories/CVE-2023-30581/')).toBe('/og/advisories/CVE-2023-30581.png');
  });
});
