import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { releaseCalendar } from '../../src/core/exports/calendar.ts';
import { escapeIcsText, foldIcsLine } from '../../src/core/exports/ics-text.ts';
import type { AnnouncedRelease, SiteModel } from '../../src/core/model/types.ts';

const site = {
  name: 'Example Security',
  project: 'Example',
  description: 'd',
  url: 'https://security.example.org',
  language: 'en',
  projectUrl: 'https://example.org',
  security: {
    policy: 'https://example.org/policy',
    reporting: 'https://example.org/report',
    contact: ['security@example.org'],
    preferredLanguages: 'en',
  },
  osv: { prefix: 'x_EX', ecosystem: 'npm', package: 'example' },
  releaseTiming: 'On or shortly after the date; the time depends on the release team, builds, tests, etc.',
  preAnnouncementDays: 7,
  versionPrefix: '',
  lineStatusLabels: {},
  exports: { securityWgIndex: false },
  theme: { accent: '#2f6f3e' },
} satisfies SiteModel['site'];

function announced(id: string, dateChanges: AnnouncedRelease['dateChanges'] = []): AnnouncedRelease {
  const summary = { total: 2, unrated: 0, counts: { low: 0, medium: 1, high: 1, critical: 0 }, highest: 'high' as const };
  return {
    phase: 'announced',
    overdue: false,
    id,
    title: `Security release of ${id}`,
    originalDate: id,
    targetDate: dateChanges[0]?.to ?? id,
    announcedAt: '2023-06-13T20:00:00Z',
    dateChanges,
    lines: ['20.x', '18.x'],
    dependencies: [],
    summary,
    lineImpacts: [],
  };
}

function calendarOf(releases: SiteModel['releases'], now = '2023-06-16T12:00:00Z', versionPrefix = '') {
  const model = { now: new Date(now), site: { ...site, versionPrefix }, releases } as unknown as SiteModel;
  return releaseCalendar(model, (id) => `https://security.example.org/releases/${id}/`);
}

describe('the release calendar', () => {
  const moved = announced('2023-06-20', [
    { at: '2023-06-16T10:00:00Z', to: '2023-06-23', note: 'Again.' },
    { at: '2023-06-15T10:00:00Z', to: '2023-06-22', note: 'More review.' },
  ]);
  const text = calendarOf([moved, announced('2023-07-11')]);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('is RFC 5545 text: CRLF line endings and no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  });

  it('asks subscribed calendars to look again every hour, so that a date change reaches them the same hour', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarOf([announced('2023-06-20')])));
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT1H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
  });

  it('has one event per announced release on its current date, with a stable UID', () => {
    expect(events.map((event) => event.uid)).toEqual([
      'release-2023-06-20@security.example.org',
      'release-2023-07-11@security.example.org',
    ]);
    expect(events[0]?.startDate.toString()).toBe('2023-06-23');
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.summary).toBe('Example security release (20.x and 18.x)');
    expect(events[0]?.description).toContain('1 high severity issue and 1 medium severity issue');
    expect(events[0]?.description).toContain('builds, tests, etc.');
  });

  it('raises SEQUENCE once per date change and stamps the build moment', () => {
    expect(events.map((event) => event.sequence)).toEqual([2, 0]);
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2023-06-16T12:00:00Z');
  });

  it('keeps a released release, confirmed, on the day it came out, and a cancelled one, marked, until its date', () => {
    const released = {
      ...announced('2023-05-01'),
      phase: 'released',
      releasedAt: '2023-05-02T20:00:00Z',
      fixedVersions: [
        { line: '20.x', version: '20.1.1' },
        { line: '18.x', version: '18.16.1' },
      ],
    } as unknown as SiteModel['releases'][number];
    const cancelled = {
      ...announced('2023-06-30'),
      phase: 'cancelled',
      cancelled: { at: '2023-06-15T00:00:00Z', note: 'Not needed.' },
    } as const;
    const parsed = new ICAL.Component(ICAL.parse(calendarOf([released, cancelled])));
    const vevents = parsed.getAllSubcomponents('vevent');
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    const [out, called] = vevents.map((vevent) => new ICAL.Event(vevent));
    expect(out?.startDate.toString()).toBe('2023-05-02');
    expect(out?.sequence).toBe(1);
    expect(out?.description).toMatch(/^Released: Example 20\.1\.1 and 18\.16\.1 fix 1 high severity issue/);
    const prefixed = new ICAL.Component(ICAL.parse(calendarOf([released], undefined, 'v'))).getFirstSubcomponent('vevent');
    expect(prefixed && new ICAL.Event(prefixed).description).toMatch(/^Released: Example v20\.1\.1 and v18\.16\.1 fix/);
    expect(called?.sequence).toBe(1);
    // The UTC day, as the pages count it, whatever offset releasedAt was written with.
    const tokyo = { ...released, releasedAt: '2023-05-03T08:00:00+09:00' } as unknown as SiteModel['releases'][number];
    const [eastern] = new ICAL.Component(ICAL.parse(calendarOf([tokyo]))).getAllSubcomponents('vevent');
    expect(eastern?.getFirstPropertyValue('dtstart')?.toString()).toBe('2023-05-02');
    const later = new ICAL.Component(ICAL.parse(calendarOf([released, cancelled], '2023-07-01T00:00:00Z')));
    expect(later.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual(['CONFIRMED']);
  });
});

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
  });
});
