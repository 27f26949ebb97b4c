import { describe, expect, it } from 'vitest';
import { reportHeadlines } from '../../src/core/format/report-headlines.ts';
import { isReportPublished, reportView } from '../../src/core/model/report-view.ts';
import type { Initiative } from '../../src/core/schemas/initiative.ts';
import type { ReportMetrics } from '../../src/core/schemas/report.ts';
import { advisory, metrics, releasedRelease, reportData, reportEntry } from './report-fixtures.ts';

const initiatives = new Map<string, Initiative>([
  ['permission-model', { id: 'permission-model', name: 'Permission Model', champions: ['Rafael'], summary: 'Phase 2.', links: [] }],
]);

const juneEnd = releasedRelease('2023-06-30', '2023-06-30T23:30:00Z', [advisory('CVE-2023-1', 'high', '2023-06-30T23:30:00Z')]);
const julyStart = releasedRelease('2023-07-01', '2023-07-01T00:10:00Z');
const midJune = releasedRelease('2023-06-20', '2023-06-20T21:00:00Z');

describe('a report view', () => {
  const may = reportEntry(reportData('2023-05', { metrics: metrics({ reportsClosed: 2, firstResponseHours: 8, reportsInTriage: 0 }) }));
  const june = reportEntry(
    reportData('2023-06', {
      metrics: metrics({ reportsClosed: 17, firstResponseHours: 3, firstResponseGoalHours: 48, reportsInTriage: 4 }),
      initiatives: [
        { initiative: 'permission-model', status: 'in-progress', note: 'Five fixes.' },
        { initiative: 'retired', status: 'done' },
      ],
    }),
  );

  it('derives the releases of its month from the released releases, by the moment each went out (UTC)', () => {
    const view = reportView(june, may, initiatives, [julyStart, juneEnd, midJune]);
    expect(view.releases.map((release) => release.id)).toEqual(['2023-06-30', '2023-06-20']);
    expect(view.releases[0]?.advisories.map((item) => item.cve)).toEqual(['CVE-2023-1']);
    expect(reportView(reportEntry(reportData('2023-07')), june, initiatives, [julyStart, juneEnd]).releases.map((r) => r.id)).toEqual([
      '2023-07-01',
    ]);
  });

  it('has no releases in a month without one', () => {
    expect(reportView(reportEntry(reportData('2023-08')), undefined, initiatives, [juneEnd, julyStart]).releases).toEqual([]);
  });

  it('compares every figure with the month before', () => {
    const view = reportView(june, may, initiatives, []);
    expect(view.previousMonth).toBe('2023-05');
    expect(view.changes.reportsClosed).toMatchObject({ previous: 2, direction: 'up', percent: 750 });
    expect(view.changes.firstResponseHours).toMatchObject({ previous: 8, direction: 'down', percent: -63 });
    expect(view.changes.reportsInTriage).toMatchObject({ previous: 0, direction: 'up', percent: undefined });
    expect(view.changes.reportsReceived.direction).toBe('unknown');
  });

  it('compares each extra figure with the one of the same name the month before, and lists the month in figures', () => {
    const withExtra = (month: string, extra: ReportMetrics['extra']) =>
      reportEntry(reportData(month, { metrics: metrics({ reportsClosed: 2, firstResponseHours: 8, extra }) }));
    const before = withExtra('2023-05', [{ name: 'Permission model fixes completed', value: 5 }]);
    const now = withExtra('2023-06', [
      { name: 'permission model fixes completed', value: 3 },
      { name: 'Talks given', value: 2, unit: 'talks' },
    ]);
    const view = reportView(now, before, initiatives, []);
    expect(view.extraChanges.map((change) => [change.previous, change.direction, change.percent])).toEqual([
      [5, 'down', -40],
      [undefined, 'unknown', undefined],
    ]);
    expect(reportHeadlines(view).map((headline) => headline.text)).toEqual([
      '2 reports closed, the same as the month before',
      'Average first response 8 h, the same as the month before',
      'Permission model fixes completed: 3, down from 5 (-40%)',
      'Talks given: 2 talks',
    ]);
  });

  it('compares with nothing when the month before has no report, even if an older one exists', () => {
    const april = reportEntry(reportData('2023-04', { metrics: metrics({ reportsClosed: 9 }) }));
    const view = reportView(june, april, initiatives, []);
    expect(view.previousMonth).toBeUndefined();
    expect(view.changes.reportsClosed).toMatchObject({ current: 17, previous: undefined, direction: 'unknown' });
  });

  it('compares across a year boundary', () => {
    const december = reportEntry(reportData('2022-12', { metrics: metrics({ reportsClosed: 4 }) }));
    const january = reportEntry(reportData('2023-01', { metrics: metrics({ reportsClosed: 2 }) }));
    expect(reportView(january, december, initiatives, []).changes.reportsClosed).toMatchObject({ direction: 'down', percent: -50 });
  });

  it('joins initiative statuses with their initiatives', () => {
    const view = reportView(june, may, initiatives, []);
    expect(view.initiatives.map((item) => [item.initiative.name, item.status, item.note])).toEqual([
      ['Permission Model', 'in-progress', 'Five fixes.'],
    ]);
  });

  it('is published from the start of its published day', () => {
    expect(isReportPublished(june.data, new Date('2023-06-27T23:59:59Z'))).toBe(false);
    expect(isReportPublished(june.data, new Date('2023-06-28T00:00:00Z'))).toBe(true);
  });
});
