import type { MetricChange } from '../model/types.ts';

/** A figure's noun in both numbers, so that a month with one closed report does not read "1 reports closed". */
export interface FigureNoun {
  one: string;
  other: string;
}

function comparison(change: MetricChange, unit: string): string {
  if (change.previous === undefined || change.previous === null || change.direction === 'unknown') return '';
  if (change.direction === 'same') return ', the same as the month before';
  // A rise from zero has no meaningful percentage; "up from 0" says it all.
  const percent = change.percent === undefined ? '' : ` (${change.percent > 0 ? '+' : ''}${change.percent}%)`;
  return `, ${change.direction} from ${change.previous}${unit}${percent}`;
}

/** "17 reports closed, up from 2 (+750%)". */
export function describeCount(change: MetricChange, noun: FigureNoun): string {
  if (change.current === null) return `${noun.other}: not yet reported`;
  return `${change.current} ${change.current === 1 ? noun.one : noun.other}${comparison(change, '')}`;
}

/** "average first response 3 h, down from 8 h (-63%); goal under 48 h, met". */
export function describeResponseTime(change: MetricChange, goalHours: number | null): string {
  if (change.current === null) return 'average first response: not yet reported';
  // As the metrics page judges each month: a response at the goal has not come in under it.
  const goal = goalHours === null ? '' : `; goal under ${goalHours} h, ${change.current < goalHours ? 'met' : 'missed'}`;
  return `average first response ${change.current} h${comparison(change, ' h')}${goal}`;
}
