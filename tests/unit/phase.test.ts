import { describe, expect, it } from 'vitest';
import { resolveNow } from '../../src/core/lifecycle/now.ts';
import { dateChangesAt, releasePhase, targetDateAt } from '../../src/core/lifecycle/phase.ts';
import type { ReleaseData } from '../../src/core/schemas/release.ts';

const release: ReleaseData = {
  date: '2031-03-10',
  announcedAt: '2031-03-03T18:00:00Z',
  lines: [{ line: '20.x' }],
  dependencies: [],
  dateChanges: [
    { at: '2031-03-08T10:00:00Z', to: '2031-03-12', note: 'A patch needs more review.' },
    { at: '2031-03-11T10:00:00Z', to: '2031-03-13', note: 'One more day.' },
  ],
};

describe('release phases', () => {
  it('is hidden before its pre-announcement, to the second', () => {
    expect(releasePhase(release, new Date('2031-03-03T17:59:59Z'))).toBe('hidden');
    expect(releasePhase(release, new Date('2031-03-03T18:00:00Z'))).toBe('announced');
  });

  it('shows only the date changes already made, and the target they set', () => {
    const before = new Date('2031-03-07T00:00:00Z');
    expect(dateChangesAt(release, before)).toEqual([]);
    expect(targetDateAt(release, before)).toBe('2031-03-10');
    const between = new Date('2031-03-09T00:00:00Z');
    expect(dateChangesAt(release, between).map((change) => change.to)).toEqual(['2031-03-12']);
    expect(targetDateAt(release, new Date('2031-03-12T00:00:00Z'))).toBe('2031-03-13');
  });

  it('is released only once released-at is set and has passed', () => {
    expect(releasePhase(release, new Date('2031-03-20T00:00:00Z'))).toBe('announced');
    const published = { ...release, releasedAt: '2031-03-13T20:00:00Z' };
    expect(releasePhase(published, new Date('2031-03-13T19:59:59Z'))).toBe('announced');
    expect(releasePhase(published, new Date('2031-03-13T20:00:00Z'))).toBe('released');
  });

  it('is cancelled once the cancellation is made, unless it already shipped', () => {
    const cancelled = { ...release, cancelled: { at: '2031-03-05T00:00:00Z', note: 'Fixes folded into the next release.' } };
    expect(releasePhase(cancelled, new Date('2031-03-04T00:00:00Z'))).toBe('announced');
    expect(releasePhase(cancelled, new Date('2031-03-06T00:00:00Z'))).toBe('cancelled');
  });
});

describe('the build moment', () => {
  it('comes from BULLETIN_NOW when set', () => {
    expect(resolveNow({ BULLETIN_NOW: '2023-06-15T12:00:00Z' }).toISOString()).toBe('2023-06-15T12:00:00.000Z');
  });

  it('falls back to the clock', () => {
    const clock = () => new Date('2030-01-01T00:00:00Z');
    expect(resolveNow({}, clock).toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('rejects a value that is not ISO 8601', () => {
    expect(() => resolveNow({ BULLETIN_NOW: 'next tuesday' })).toThrow(/BULLETIN_NOW="next tuesday" is not an ISO 8601 moment/);
  });

  it('refuses a time without a zone, which the machine would read in its own; a date alone is midnight UTC', () => {
    expect(() => resolveNow({ BULLETIN_NOW: '2027-01-12T19:00:00' })).toThrow(
      'BULLETIN_NOW="2027-01-12T19:00:00" has a time but no time zone; add Z for UTC (2027-01-12T19:00:00Z) or an offset such as +01:00',
    );
    expect(() => resolveNow({ BULLETIN_NOW: '2027-01-12T19:00' })).toThrow(/no time zone/);
    expect(resolveNow({ BULLETIN_NOW: '2027-01-12T19:00:00-08:00' }).toISOString()).toBe('2027-01-13T03:00:00.000Z');
    expect(resolveNow({ BULLETIN_NOW: '2027-01-12' }).toISOString()).toBe('2027-01-12T00:00:00.000Z');
  });
});
