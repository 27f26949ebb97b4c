import type { Entry } from '../../src/core/content/entry.ts';
import type { AdvisoryView, ReleasedRelease, ReportView } from '../../src/core/model/types.ts';
import type { ReportData, ReportMetrics } from '../../src/core/schemas/report.ts';
import type { Severity } from '../../src/core/severity/severity.ts';

/** Small hand-made model parts for report and metrics tests, so each test states only what it is about. */

export function metrics(values: Partial<ReportMetrics> = {}): ReportMetrics {
  return {
    reportsReceived: null,
    reportsClosed: null,
    firstResponseHours: null,
    firstResponseGoalHours: null,
    reportsInTriage: null,
    hackersParticipating: null,
    extra: [],
    ...values,
  };
}

export function reportData(month: string, values: Partial<ReportData> = {}): ReportData {
  return {
    month,
    published: `${month}-28`,
    authors: ['Security Team'],
    summary: `The month ${month}.`,
    metrics: metrics(),
    initiatives: [],
    talks: [],
    engagements: [],
    ...values,
  };
}

export function reportEntry(data: ReportData, body = ''): Entry<ReportData> {
  return {
    id: data.month,
    data,
    body,
    file: `content/reports/${data.month}.mdx`,
    absolutePath: `/x/${data.month}.mdx`,
    sourceDigest: `digest of ${data.month}`,
    private: false,
    locate: () => undefined,
  };
}

export function reportViewOf(month: string, values: Partial<ReportMetrics> = {}): ReportView {
  return { month, metrics: metrics(values) } as ReportView;
}

export function advisory(id: string, severity: Severity | 'unknown', published: string, extra: Partial<AdvisoryView> = {}): AdvisoryView {
  return { id, cve: id, title: `Title of ${id}`, severity, published, withdrawn: undefined, ...extra } as AdvisoryView;
}

export function releasedRelease(id: string, releasedAt: string, advisories: AdvisoryView[] = []): ReleasedRelease {
  return {
    id,
    title: `Security release of ${id}`,
    phase: 'released',
    releasedAt,
    advisories,
    summary: { total: advisories.length, unrated: 0, counts: { low: 0, medium: 0, high: 0, critical: 0 }, highest: undefined },
  } as unknown as ReleasedRelease;
}
