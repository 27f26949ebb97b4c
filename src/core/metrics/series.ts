import { monthOf } from '../format/dates.ts';
import type { AdvisoryView, ReportView } from '../model/types.ts';
import { SEVERITIES, type Severity, type SeverityCounts } from '../severity/severity.ts';
import { monthRange } from './months.ts';

/** One month's figure; null when no report covers the month or the report left the figure empty. */
export interface MonthValue {
  month: string;
  value: number | null;
}

export interface MonthSeverities {
  month: string;
  counts: SeverityCounts;
  /** Advisories imported without a rating: still fixed, so still counted, but in no severity. */
  unrated: number;
  total: number;
}

export type ReportFigure =
  | 'reportsReceived'
  | 'reportsClosed'
  | 'firstResponseHours'
  | 'firstResponseGoalHours'
  | 'reportsInTriage'
  | 'hackersParticipating';

/**
 * Every month from the first report to the last, gaps included: a month without a report stays on the axis as a
 * gap rather than silently joining its neighbours.
 */
export function reportMonths(reports: ReportView[]): string[] {
  const months = reports.map((report) => report.month).sort();
  const first = months[0];
  const last = months.at(-1);
  return first && last ? monthRange(first, last) : [];
}

/** The months within `radius` of `month` that lie inside `months`: a report's neighbourhood on its own page. */
export function neighbourhood(months: string[], month: string, radius: number): string[] {
  const index = months.indexOf(month);
  if (index < 0) return [];
  return months.slice(Math.max(0, index - radius), index + radius + 1);
}

export function figureByMonth(reports: ReportView[], figure: ReportFigure, months: string[]): MonthValue[] {
  const byMonth = new Map(reports.map((report) => [report.month, report.metrics[figure]]));
  return months.map((month) => ({ month, value: byMonth.get(month) ?? null }));
}

/**
 * CVEs fixed per month, by severity, counted on the month their release went out. Withdrawn advisories turned out
 * not to be vulnerabilities, so they are not counted as fixes.
 */
export function cvesFixedByMonth(advisories: AdvisoryView[], months: string[]): MonthSeverities[] {
  const buckets = new Map(
    months.map((month) => [month, { counts: { low: 0, medium: 0, high: 0, critical: 0 } as SeverityCounts, unrated: 0 }]),
  );
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    const bucket = buckets.get(monthOf(advisory.published));
    if (!bucket) continue;
    const severity: string = advisory.severity;
    if (isSeverity(severity)) bucket.counts[severity] += 1;
    else bucket.unrated += 1;
  }
  return months.map((month) => {
    const { counts, unrated } = buckets.get(month) ?? { counts: { low: 0, medium: 0, high: 0, critical: 0 }, unrated: 0 };
    return { month, counts, unrated, total: SEVERITIES.reduce((sum, severity) => sum + counts[severity], unrated) };
  });
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
