import { formatMonth } from '../format/dates.ts';
import { SEVERITIES, type SeverityCounts } from '../severity/severity.ts';
import type { MonthSeverities, MonthValue } from './series.ts';

/** Words that let a screen reader user take in a chart without the table: its span, extremes and gaps. */

export function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

export function spanOf(months: string[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return 'no months';
  return first === last ? formatMonth(first) : `${formatMonth(first)} to ${formatMonth(last)}`;
}

function extremes(values: MonthValue[], unit: string, [high, low]: [string, string]): string[] {
  const known = values.filter((item): item is { month: string; value: number } => item.value !== null);
  if (known.length === 0) return ['No month has a figure yet.'];
  const show = (item: { month: string; value: number }) => `${formatFigure(item.value)}${unit} in ${formatMonth(item.month)}`;
  if (known.length === 1) return [`${show(known[0] as { month: string; value: number })}.`];
  const top = known.reduce((best, item) => (item.value > best.value ? item : best));
  const bottom = known.reduce((best, item) => (item.value < best.value ? item : best));
  return [`${high}: ${show(top)}.`, `${low}: ${show(bottom)}.`];
}

function gaps(values: MonthValue[]): string[] {
  const missing = values.filter((item) => item.value === null).map((item) => formatMonth(item.month));
  return missing.length === 0 || missing.length === values.length ? [] : [`No figure for ${missing.join(', ')}.`];
}

export function describeCountSeries(noun: string, values: MonthValue[]): string {
  const months = values.map((item) => item.month);
  return [`${noun} each month, ${spanOf(months)}.`, ...extremes(values, '', ['Most', 'Fewest']), ...gaps(values)].join(' ');
}

export function describeResponseSeries(values: MonthValue[], goals: MonthValue[]): string {
  const months = values.map((item) => item.month);
  const goalValues = [...new Set(goals.flatMap((item) => (item.value === null ? [] : [item.value])))];
  const goal =
    goalValues.length === 0
      ? ''
      : goalValues.length === 1
        ? `, against a goal of under ${formatFigure(goalValues[0] as number)} hours`
        : ', against a goal that changed over time';
  const goalByMonth = new Map(goals.map((item) => [item.month, item.value]));
  const missed = values.filter((item) => {
    const target = goalByMonth.get(item.month);
    return item.value !== null && target !== null && target !== undefined && item.value >= target;
  });
  const verdict =
    goalValues.length === 0 || values.every((item) => item.value === null)
      ? []
      : missed.length === 0
        ? ['Every month with a figure met the goal.']
        : [`The goal was missed in ${missed.map((item) => formatMonth(item.month)).join(', ')}.`];
  return [
    `Average first response time in hours each month, ${spanOf(months)}${goal}.`,
    ...extremes(values, ' h', ['Slowest', 'Fastest']),
    ...verdict,
    ...gaps(values),
  ].join(' ');
}

export function describeSeverities(counts: SeverityCounts): string {
  return [...SEVERITIES]
    .reverse()
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}

export function describeCveSeries(months: MonthSeverities[]): string {
  const span = spanOf(months.map((item) => item.month));
  const totals: SeverityCounts = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const item of months) for (const severity of SEVERITIES) totals[severity] += item.counts[severity];
  const total = months.reduce((sum, item) => sum + item.total, 0);
  const unrated = months.reduce((sum, item) => sum + item.unrated, 0);
  if (total === 0) return `CVEs fixed each month by severity, ${span}. No CVE was fixed in these months.`;
  const busiest = months.reduce((best, item) => (item.total > best.total ? item : best));
  return [
    `CVEs fixed each month by severity, ${span}: ${total} in all (${[describeSeverities(totals), unrated > 0 ? `${unrated} unrated` : ''].filter(Boolean).join(', ')}).`,
    `Most: ${busiest.total} in ${formatMonth(busiest.month)}.`,
  ].join(' ');
}
