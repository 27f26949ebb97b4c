import type { MetricChange } from '../model/types';

function comparison(change: MetricChange, unit: string): string {
  if (change.previous === undefined || change.previous === null || change.direction === 'unknown') return '';
  if (change.direction === 'same') return `, the same as the month before`;
  const percent = change.percent === undefined ? '' : ` (${change.percent > 0 ? '+' : ''}${change.percent}%)`;
  return `, ${change.direction} from ${change.previous}${unit}${percent}`;
}

/** "17 reports closed, up from 2 (+750%)". */
export function describeCount(change: MetricChange, noun: string): string {
  if (change.current === null) return `${noun}: not yet reported`;
  return `${change.current} ${noun}${comparison(change, '')}`;
}

/** "average first response 3 h, down from 8 h (-63%); goal under 48 h". */
export function describeResponseTime(change: MetricChange, goalHours: number | null): string {
  if (change.current === null) return 'average first response: not yet reported';
  const goal = goalHours === null ? '' : `; goal under ${goalHours} h`;
  return `average first response ${change.current} h${comparison(change, ' h')}${goal}`;
}
