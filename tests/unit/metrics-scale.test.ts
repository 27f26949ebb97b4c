import { describe, expect, it } from 'vitest';
import { linearScale, valueAxis } from '../../src/core/metrics/scale.ts';

describe('the value axis of a chart', () => {
  it('starts at zero and ends on the round number at or above the highest value', () => {
    expect(valueAxis(17, { integer: true })).toEqual({ min: 0, max: 20, step: 5, ticks: [0, 5, 10, 15, 20] });
    expect(valueAxis(20, { integer: true }).max).toBe(20);
    expect(valueAxis(48)).toMatchObject({ max: 60, ticks: [0, 20, 40, 60] });
    expect(valueAxis(130, { integer: true })).toMatchObject({ max: 150, step: 50 });
  });

  it('keeps whole-number ticks for counts, however small', () => {
    expect(valueAxis(3, { integer: true }).ticks).toEqual([0, 1, 2, 3]);
    expect(valueAxis(1, { integer: true }).ticks).toEqual([0, 1]);
  });

  it('allows fractional ticks for hours', () => {
    expect(valueAxis(1.1).ticks).toEqual([0, 0.5, 1, 1.5]);
    expect(valueAxis(2.2).ticks).toEqual([0, 1, 2, 3]);
  });

  it('still spans 0 to 1 with nothing to show', () => {
    expect(valueAxis(0, { integer: true })).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
    expect(valueAxis(Number.NaN).max).toBe(1);
  });
});

describe('a linear scale', () => {
  it('maps the domain onto a range that may run backwards, as SVG y does', () => {
    const toY = linearScale([0, 20], [212, 16]);
    expect(toY(0)).toBe(212);
    expect(toY(20)).toBe(16);
    expect(toY(10)).toBe(114);
  });
});
