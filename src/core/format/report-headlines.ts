import type { MetricChange, ReportView } from '../model/types.ts';
import { describeCount, describeResponseTime, type FigureNoun } from './metric-phrases.ts';

export interface ReportHeadline {
  /** The figure's key, or an extra figure's name. */
  key: string;
  direction: MetricChange['direction'];
  /** One sentence, capitalised: "17 reports closed, up from 2 (+750%)". */
  text: string;
}

type Counted = 'reportsReceived' | 'reportsInTriage' | 'hackersParticipating';

const OPTIONAL: [Counted, FigureNoun][] = [
  ['reportsReceived', { one: 'report received', other: 'reports received' }],
  ['reportsInTriage', { one: 'report in triage', other: 'reports in triage' }],
  ['hackersParticipating', { one: 'hacker participating', other: 'hackers participating' }],
];

function extraText(name: string, unit: string | undefined, change: MetricChange): string {
  if (change.current === null) return `${name}: not yet reported`;
  const withUnit = (value: number) => `${value}${unit ? ` ${unit}` : ''}`;
  if (change.previous === null || change.previous === undefined || change.direction === 'unknown')
    return `${name}: ${withUnit(change.current)}`;
  if (change.direction === 'same') return `${name}: ${withUnit(change.current)}, the same as the month before`;
  const percent = change.percent === undefined ? '' : ` (${change.percent > 0 ? '+' : ''}${change.percent}%)`;
  return `${name}: ${withUnit(change.current)}, ${change.direction} from ${withUnit(change.previous)}${percent}`;
}

const capitalised = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/**
 * "The month in figures", as the report page and its feed item list them. Reports closed and first response are the
 * headline figures and always shown; the other counts only when reported; extra figures after them, each compared
 * with the figure of the same name the month before.
 */
export function reportHeadlines(report: ReportView): ReportHeadline[] {
  const { changes, metrics } = report;
  return [
    {
      key: 'reportsClosed',
      direction: changes.reportsClosed.direction,
      text: describeCount(changes.reportsClosed, { one: 'report closed', other: 'reports closed' }),
    },
    {
      key: 'firstResponseHours',
      direction: changes.firstResponseHours.direction,
      text: describeResponseTime(changes.firstResponseHours, metrics.firstResponseGoalHours),
    },
    ...OPTIONAL.filter(([key]) => metrics[key] !== null).map(([key, noun]) => ({
      key,
      direction: changes[key].direction,
      text: describeCount(changes[key], noun),
    })),
    ...metrics.extra.map((metric, index) => {
      const change = report.extraChanges[index] ?? {
        current: metric.value,
        previous: undefined,
        percent: undefined,
        direction: 'unknown' as const,
      };
      return { key: metric.name, direction: change.direction, text: extraText(metric.name, metric.unit, change) };
    }),
  ].map((headline) => ({ ...headline, text: capitalised(headline.text) }));
}
