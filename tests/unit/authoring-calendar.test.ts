import { describe, expect, it } from 'vitest';
import { daysBetween, isMoment, momentFromDateOrMoment } from '../../src/core/authoring/calendar.ts';
import { isCalendarDate } from '../../src/core/format/dates.ts';

describe('dates and moments given to the commands', () => {
  it('take only days the calendar has', () => {
    expect(isCalendarDate('2031-02-28')).toBe(true);
    expect(isCalendarDate('2032-02-29')).toBe(true);
    expect(isCalendarDate('2031-02-29')).toBe(false);
    expect(isCalendarDate('2031-2-28')).toBe(false);
  });

  it('take a moment only with its time zone and on a real day', () => {
    expect(isMoment('2031-03-10T18:00:00Z')).toBe(true);
    expect(isMoment('2031-03-10T18:00+01:00')).toBe(true);
    expect(isMoment('2031-03-10T18:00:00')).toBe(false);
    expect(isMoment('2031-02-30T18:00:00Z')).toBe(false);
  });

  it('read a date alone as the start of its day in UTC', () => {
    expect(momentFromDateOrMoment('2031-03-10')).toBe('2031-03-10T00:00:00Z');
    expect(momentFromDateOrMoment('2031-03-10T18:00:00Z')).toBe('2031-03-10T18:00:00Z');
    expect(momentFromDateOrMoment('2031-02-30T18:00:00Z')).toBeUndefined();
    expect(daysBetween('2031-02-27', '2031-03-01')).toBe(2);
  });
});
