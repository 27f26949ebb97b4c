import type { Entry } from '../content/entry.ts';
import { nameKey } from '../content/name-key.ts';
import { formatMonth, monthOf, previousMonthOf } from '../format/dates.ts';
import type { Initiative } from '../schemas/initiative.ts';
import { givenFigures, type ReportData } from '../schemas/report.ts';
import { engagementViews, talkViews } from './engagement-views.ts';
import { metricChange } from './metric-change.ts';
import type { ReleasedRelease, ReportView } from './types.ts';

const COMPARED = ['reportsReceived', 'reportsClosed', 'firstResponseHours', 'reportsInTriage', 'hackersParticipating'] as const;

/** When a report goes public: the start of its published day, in UTC, so every machine agrees. */
export function reportPublicFrom(report: Pick<ReportData, 'published'>): number {
  return Date.parse(`${report.published}T00:00:00Z`);
}

export function isReportPublished(report: ReportData, now: Date): boolean {
  return reportPublicFrom(report) <= now.getTime();
}

export function reportView(
  report: Entry<ReportData>,
  previous: Entry<ReportData> | undefined,
  initiatives: Map<string, Initiative>,
  releases: ReleasedRelease[],
): ReportView {
  const { data } = report;
  const previousMonth = previousMonthOf(data.month);
  const before = previous?.data.month === previousMonth ? previous : undefined;
  const changes = Object.fromEntries(
    COMPARED.map((key) => [key, metricChange(data.metrics[key] ?? null, before ? (before.data.metrics[key] ?? null) : undefined)]),
  ) as ReportView['changes'];
  // Extra figures are matched by name (nameKey), as the scaffold carries them over.
  const extraChanges = data.metrics.extra.map((metric) =>
    metricChange(
      metric.value,
      before
        ? (before.data.metrics.extra.find((earlier) => nameKey(earlier.name) === nameKey(metric.name))?.value ?? undefined)
        : undefined,
    ),
  );
  return {
    id: report.id,
    month: data.month,
    title: data.title ?? `Security progress report, ${formatMonth(data.month)}`,
    published: data.published,
    authors: data.authors,
    summary: data.summary,
    metrics: givenFigures(data.metrics),
    changes,
    extraChanges,
    previousMonth: before?.data.month,
    initiatives: data.initiatives.flatMap((item) => {
      const initiative = initiatives.get(item.initiative);
      return initiative ? [{ initiative, status: item.status, note: item.note }] : [];
    }),
    talks: talkViews(data.talks, data.published),
    engagements: engagementViews(data.engagements, data.published),
    releases: releases.filter((release) => monthOf(release.releasedAt) === data.month),
  };
}
