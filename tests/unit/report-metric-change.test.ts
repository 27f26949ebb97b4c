import { describe, expect, it } from 'vitest';
import { describeCount, describeResponseTime } from '../../src/core/format/metric-phrases.ts';
import { metricChange } from '../../src/core/model/metric-change.ts';

const closed = { one: 'report closed', other: 'reports closed' };

describe('the change of a figure against the month before', () => {
  it('rises with a whole percentage', () => {
    expect(metricChange(17, 2)).toEqual({ current: 17, previous: 2, percent: 750, direction: 'up' });
  });

  it('falls, rounding half away from zero like a rise would', () => {
    expect(metricChange(3, 8)).toEqual({ current: 3, previous: 8, percent: -63, direction: 'down' });
    expect(metricChange(13, 8).percent).toBe(63);
  });

  it('stays the same at 0%', () => {
    expect(metricChange(5, 5)).toEqual({ current: 5, previous: 5, percent: 0, direction: 'same' });
  });

  it('rises from zero without a percentage, since any rise from nothing is infinite', () => {
    expect(metricChange(4, 0)).toEqual({ current: 4, previous: 0, percent: undefined, direction: 'up' });
    expect(metricChange(0, 0)).toMatchObject({ percent: undefined, direction: 'same' });
  });

  it('falls to zero by 100%', () => {
    expect(metricChange(0, 6)).toMatchObject({ percent: -100, direction: 'down' });
  });

  it('is unknown without a previous month, or with a figure left empty on either side', () => {
    expect(metricChange(17, undefined)).toMatchObject({ previous: undefined, percent: undefined, direction: 'unknown' });
    expect(metricChange(17, null)).toMatchObject({ direction: 'unknown', percent: undefined });
    expect(metricChange(null, 2)).toMatchObject({ direction: 'unknown', percent: undefined });
  });
});

describe('headline wording of a change', () => {
  it('says how a count moved, with its percentage', () => {
    expect(describeCount(metricChange(17, 2), closed)).toBe('17 reports closed, up from 2 (+750%)');
    expect(describeCount(metricChange(2, 17), closed)).toBe('2 reports closed, down from 17 (-88%)');
    expect(describeCount(metricChange(5, 5), closed)).toBe('5 reports closed, the same as the month before');
  });

  it('uses the singular for one', () => {
    expect(describeCount(metricChange(1, 3), closed)).toBe('1 report closed, down from 3 (-67%)');
  });

  it('says "up from 0" without a percentage after an empty month', () => {
    expect(describeCount(metricChange(3, 0), closed)).toBe('3 reports closed, up from 0');
  });

  it('says only the figure when there is no previous month', () => {
    expect(describeCount(metricChange(17, undefined), closed)).toBe('17 reports closed');
  });

  it('says when a figure is not yet reported', () => {
    expect(describeCount(metricChange(null, 2), closed)).toBe('reports closed: not yet reported');
  });

  it('gives the first response in hours against its goal', () => {
    expect(describeResponseTime(metricChange(3, 8), 48)).toBe('average first response 3 h, down from 8 h (-63%); goal under 48 h, met');
    expect(describeResponseTime(metricChange(60, 3), 48)).toBe(
      'average first response 60 h, up from 3 h (+1900%); goal under 48 h, missed',
    );
    expect(describeResponseTime(metricChange(48, undefined), 48)).toBe('average first response 48 h; goal under 48 h, missed');
    expect(describeResponseTime(metricChange(3, undefined), null)).toBe('average first response 3 h');
    expect(describeResponseTime(metricChange(null, 8), 48)).toBe('average first response: not yet reported');
  });
});
