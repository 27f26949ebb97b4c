import type { MetricChange } from './types';

export function metricChange(current: number | null, previous: number | null | undefined): MetricChange {
  if (current === null || previous === null || previous === undefined) {
    return { current, previous, percent: undefined, direction: 'unknown' };
  }
  const direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  const percent = previous === 0 ? undefined : Math.round(((current - previous) / previous) * 100);
  return { current, previous, percent, direction };
}
