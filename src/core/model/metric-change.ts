import type { MetricChange } from './types.ts';

export function metricChange(current: number | null, previous: number | null | undefined): MetricChange {
  if (current === null || previous === null || previous === undefined) {
    return { current, previous, percent: undefined, direction: 'unknown' };
  }
  const direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  const ratio = ((current - previous) / previous) * 100;
  // Half away from zero, so that a fall of 62.5% reads as -63%, the mirror of a rise of 62.5%.
  const percent = previous === 0 ? undefined : Math.sign(ratio) * Math.round(Math.abs(ratio));
  return { current, previous, percent, direction };
}
