import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/core/metrics/bar-chart.ts';
import { metricsCharts } from '../../src/core/metrics/charts.ts';
import { DEFAULT_FRAME, monthBands } from '../../src/core/metrics/frame.ts';
import { layoutLines } from '../../src/core/metrics/line-chart.ts';
import { cvesFixedByMonth, neighbourhood, reportMonths } from '../../src/core/metrics/series.ts';
import { advisory, reportViewOf } from './report-fixtures.ts';

const { plot } = DEFAULT_FRAME;

describe('the months of the trend charts', () => {
  it('run from the first report to the last, keeping months without a report', () => {
    expect(reportMonths([reportViewOf('2023-06'), reportViewOf('2023-03'), reportViewOf('2023-04')])).toEqual([
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
    ]);
    expect(reportMonths([reportViewOf('2022-11'), reportViewOf('2023-01')])).toEqual(['2022-11', '2022-12', '2023-01']);
    expect(reportMonths([])).toEqual([]);
  });

  it('narrow to a neighbourhood around one month, clipped at the ends', () => {
    const months = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'];
    expect(neighbourhood(months, '2023-02', 2)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04']);
    expect(neighbourhood(months, '2023-06', 1)).toEqual(['2023-05', '2023-06']);
    expect(neighbourhood(months, '2024-01', 1)).toEqual([]);
  });

  it('label the year once and again where it changes', () => {
    const bands = monthBands(['2022-11', '2022-12', '2023-01'], DEFAULT_FRAME, '2022-12');
    expect(bands.map((band) => [band.label, band.yearLabel, band.current])).toEqual([
      ['Nov', '2022', false],
      ['Dec', '', true],
      ['Jan', '2023', false],
    ]);
  });
});

describe('CVEs fixed per month', () => {
  it('counts advisories by severity in the month their release went out, leaving out withdrawn ones', () => {
    const advisories = [
      advisory('CVE-1', 'high', '2023-06-20T21:00:00Z'),
      advisory('CVE-2', 'medium', '2023-06-20T21:00:00Z'),
      advisory('CVE-3', 'medium', '2023-06-20T21:00:00Z'),
      advisory('CVE-4', 'critical', '2023-04-01T00:00:00Z'),
      advisory('CVE-5', 'low', '2023-06-20T21:00:00Z', { withdrawn: { at: '2023-07-01T00:00:00Z', reason: 'Not a bug.' } }),
      advisory('CVE-6', 'unknown', '2023-05-02T00:00:00Z'),
      advisory('CVE-7', 'high', '2022-01-01T00:00:00Z'),
    ];
    expect(cvesFixedByMonth(advisories, ['2023-04', '2023-05', '2023-06'])).toEqual([
      { month: '2023-04', counts: { low: 0, medium: 0, high: 0, critical: 1 }, unrated: 0, total: 1 },
      { month: '2023-05', counts: { low: 0, medium: 0, high: 0, critical: 0 }, unrated: 1, total: 1 },
      { month: '2023-06', counts: { low: 0, medium: 2, high: 1, critical: 0 }, unrated: 0, total: 3 },
    ]);
  });
});

describe('bar geometry', () => {
  const layout = layoutBars(
    [
      { month: '2023-05', parts: [{ key: 'closed', value: 2 }] },
      { month: '2023-06', parts: [{ key: 'closed', value: 17 }] },
      { month: '2023-07', parts: null },
    ],
    { current: '2023-06' },
  );

  it('has one bar per month, centred in its slot, and a gap for a month without a figure', () => {
    expect(layout.bars.map((bar) => [bar.month, bar.total, bar.segments.length, bar.current])).toEqual([
      ['2023-05', 2, 1, false],
      ['2023-06', 17, 1, true],
      ['2023-07', null, 0, false],
    ]);
    for (const [index, bar] of layout.bars.entries()) {
      expect(bar.x + bar.width / 2).toBeCloseTo(layout.bands[index]?.center ?? 0, 1);
    }
  });

  it('draws bars from the baseline up to their value on the axis', () => {
    expect(layout.axis.max).toBe(20);
    const [may, june] = layout.bars;
    const unit = (plot.bottom - plot.top) / 20;
    expect(june?.segments[0]).toMatchObject({ y: expect.closeTo(plot.bottom - 17 * unit, 1), height: expect.closeTo(17 * unit, 1) });
    expect((may?.segments[0]?.y ?? 0) + (may?.segments[0]?.height ?? 0)).toBeCloseTo(plot.bottom, 1);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['0', '5', '10', '15', '20']);
    expect(layout.ticks[0]?.y).toBe(plot.bottom);
    expect(layout.ticks.at(-1)?.y).toBe(plot.top);
  });

  it('stacks parts on each other, leaving out empty ones', () => {
    const stacked = layoutBars([
      {
        month: '2023-06',
        parts: [
          { key: 'critical', value: 0 },
          { key: 'high', value: 3 },
          { key: 'medium', value: 7 },
        ],
      },
    ]);
    const [high, medium] = stacked.bars[0]?.segments ?? [];
    expect(stacked.bars[0]?.segments.map((segment) => segment.key)).toEqual(['high', 'medium']);
    expect(medium?.y !== undefined && high ? medium.y + medium.height : 0).toBeCloseTo(high?.y ?? -1, 1);
    expect(stacked.bars[0]?.top).toBe(medium?.y);
  });
});

describe('line geometry', () => {
  const months = ['2023-04', '2023-05', '2023-06', '2023-07'];
  const layout = layoutLines(months, [
    { key: 'goal', label: 'Goal', kind: 'goal', values: months.map((month) => ({ month, value: 48 })) },
    {
      key: 'hours',
      label: 'Hours',
      kind: 'measure',
      values: [
        { month: '2023-04', value: 12 },
        { month: '2023-05', value: null },
        { month: '2023-06', value: 8 },
        { month: '2023-07', value: 3 },
      ],
    },
  ]);

  it('fits the axis to the goal so the goal line is never cut off', () => {
    expect(layout.axis.max).toBe(60);
  });

  it('has one point per month with a figure and breaks the line at a gap', () => {
    const hours = layout.series[1];
    expect(hours?.points.map((point) => point.month)).toEqual(['2023-04', '2023-06', '2023-07']);
    expect(hours?.path.match(/M/g)).toHaveLength(2);
    expect(hours?.path.match(/L/g)).toHaveLength(1);
  });

  it('draws the goal across every month at its height', () => {
    const goal = layout.series[0];
    const y = plot.bottom - (48 / 60) * (plot.bottom - plot.top);
    expect(goal?.points.every((point) => Math.abs(point.y - y) < 0.01)).toBe(true);
    expect(goal?.path.startsWith(`M${plot.left} `)).toBe(true);
    expect(goal?.path.endsWith(`H${plot.right}`)).toBe(true);
  });
});

describe('the metrics charts of a site', () => {
  const reports = [
    reportViewOf('2023-06', { reportsClosed: 17, firstResponseHours: 3, firstResponseGoalHours: 48 }),
    reportViewOf('2023-05', { reportsClosed: 2, firstResponseHours: 8, firstResponseGoalHours: 48 }),
    reportViewOf('2023-03', { reportsClosed: 0, firstResponseHours: 50, firstResponseGoalHours: 48 }),
  ];
  const advisories = [advisory('CVE-1', 'high', '2023-06-20T21:00:00Z'), advisory('CVE-2', 'medium', '2023-06-20T21:00:00Z')];
  const charts = metricsCharts({ reports, advisories }, { idPrefix: 'metrics' });

  it('covers every month from the first report to the last, one mark per month', () => {
    expect(charts.months).toEqual(['2023-03', '2023-04', '2023-05', '2023-06']);
    expect(charts.reportsClosed.layout.bars.map((bar) => bar.total)).toEqual([0, null, 2, 17]);
    expect(charts.cvesFixed.layout.bars.map((bar) => bar.total)).toEqual([0, 0, 0, 2]);
    expect(charts.firstResponse.layout.series.find((line) => line.kind === 'measure')?.points).toHaveLength(3);
  });

  it('describes each chart in words', () => {
    expect(charts.reportsClosed.title).toBe('Reports closed per month');
    expect(charts.reportsClosed.description).toBe(
      'Reports closed each month, March 2023 to June 2023. Most: 17 in June 2023. Fewest: 0 in March 2023. No figure for April 2023.',
    );
    expect(charts.firstResponse.description).toContain('against a goal of under 48 hours');
    expect(charts.firstResponse.description).toContain('The goal was missed in March 2023.');
    expect(charts.cvesFixed.description).toBe(
      'CVEs fixed each month by severity, March 2023 to June 2023: 2 in all (1 high, 1 medium). Most: 2 in June 2023.',
    );
  });

  it('gives the figures as a table too, with empty months marked', () => {
    expect(charts.reportsClosed.table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ['March 2023', '0'],
      ['April 2023', 'not reported'],
      ['May 2023', '2'],
      ['June 2023', '17'],
    ]);
    expect(charts.cvesFixed.table.columns).toEqual(['Month', 'Critical', 'High', 'Medium', 'Low', 'Total']);
    expect(charts.cvesFixed.table.rows.at(-1)?.cells).toEqual(['0', '1', '1', '0', '2']);
  });

  it('gives every chart an id of its own', () => {
    expect(new Set([charts.reportsClosed.id, charts.firstResponse.id, charts.cvesFixed.id]).size).toBe(3);
    expect(charts.reportsClosed.id).toBe('metrics-reports-closed');
  });

  it('narrows to the neighbourhood of a report and emphasises its month', () => {
    const around = metricsCharts({ reports, advisories }, { idPrefix: 'report', around: '2023-05', radius: 1 });
    expect(around.months).toEqual(['2023-04', '2023-05', '2023-06']);
    expect(around.reportsClosed.layout.bars.filter((bar) => bar.current).map((bar) => bar.month)).toEqual(['2023-05']);
  });

  it('has no months and says so when there are no reports', () => {
    const empty = metricsCharts({ reports: [], advisories }, { idPrefix: 'metrics' });
    expect(empty.months).toEqual([]);
    expect(empty.reportsClosed.description).toContain('No month has a figure yet.');
  });
});
