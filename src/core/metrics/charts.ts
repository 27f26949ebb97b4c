import { formatMonth } from '../format/dates.ts';
import type { SiteModel } from '../model/types.ts';
import { SEVERITIES, type Severity } from '../severity/severity.ts';
import { type BarLayout, layoutBars } from './bar-chart.ts';
import { describeCountSeries, describeCveSeries, describeResponseSeries, formatFigure } from './describe.ts';
import { type LineLayout, layoutLines } from './line-chart.ts';
import { cvesFixedByMonth, figureByMonth, neighbourhood, reportMonths } from './series.ts';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: { month: string; header: string; cells: string[] }[];
}

export interface LegendEntry {
  key: string;
  label: string;
  kind: 'bar' | 'measure' | 'goal';
}

interface ChartBase {
  /** Unique on its page: the SVG's title and description are referenced by id. */
  id: string;
  title: string;
  description: string;
  legend: LegendEntry[];
  table: ChartTable;
}

export interface BarChart extends ChartBase {
  type: 'bar';
  layout: BarLayout;
}

export interface LineChart extends ChartBase {
  type: 'line';
  layout: LineLayout;
}

export interface MetricsCharts {
  months: string[];
  reportsClosed: BarChart;
  firstResponse: LineChart;
  cvesFixed: BarChart;
}

export interface MetricsChartOptions {
  /** Prefix of the charts' ids, so that two sets of charts could share a page. */
  idPrefix: string;
  /** Limit the charts to the months around this one and emphasise it, as on a report's own page. */
  around?: string;
  /** How many months either side of `around`. */
  radius?: number;
}

const SEVERITY_LABEL: Record<Severity | 'unrated', string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unrated: 'Unrated',
};
/** The most severe at the bottom of each stack, where bars are easiest to compare. */
const STACK_ORDER: Severity[] = [...SEVERITIES].reverse();
const NOT_REPORTED = 'not reported';

/** Trend charts of the published reports and of the CVEs fixed over the same months. */
export function metricsCharts(model: Pick<SiteModel, 'reports' | 'advisories'>, options: MetricsChartOptions): MetricsCharts {
  const all = reportMonths(model.reports);
  const months = options.around ? neighbourhood(all, options.around, options.radius ?? 3) : all;
  const current = options.around;
  const id = (name: string) => `${options.idPrefix}-${name}`;
  const cell = (value: number | null) => (value === null ? NOT_REPORTED : formatFigure(value));

  const closed = figureByMonth(model.reports, 'reportsClosed', months);
  const reportsClosed: BarChart = {
    type: 'bar',
    id: id('reports-closed'),
    title: 'Reports closed per month',
    description: describeCountSeries('Reports closed', closed),
    legend: [{ key: 'reportsClosed', label: 'Reports closed', kind: 'bar' }],
    table: {
      caption: 'Reports closed per month',
      columns: ['Month', 'Reports closed'],
      rows: closed.map((item) => ({ month: item.month, header: formatMonth(item.month), cells: [cell(item.value)] })),
    },
    layout: layoutBars(
      closed.map((item) => ({ month: item.month, parts: item.value === null ? null : [{ key: 'reportsClosed', value: item.value }] })),
      { current },
    ),
  };

  const response = figureByMonth(model.reports, 'firstResponseHours', months);
  const goal = figureByMonth(model.reports, 'firstResponseGoalHours', months);
  const firstResponse: LineChart = {
    type: 'line',
    id: id('first-response'),
    title: 'Average first response time per month',
    description: describeResponseSeries(response, goal),
    legend: [
      { key: 'firstResponseHours', label: 'Average first response (hours)', kind: 'measure' },
      { key: 'firstResponseGoalHours', label: 'Goal (hours)', kind: 'goal' },
    ],
    table: {
      caption: 'Average first response time per month, in hours',
      columns: ['Month', 'Average first response (hours)', 'Goal (hours)'],
      rows: response.map((item, index) => ({
        month: item.month,
        header: formatMonth(item.month),
        cells: [cell(item.value), cell(goal[index]?.value ?? null)],
      })),
    },
    layout: layoutLines(
      months,
      [
        { key: 'firstResponseGoalHours', label: 'Goal', kind: 'goal', values: goal },
        { key: 'firstResponseHours', label: 'Average first response', kind: 'measure', values: response },
      ],
      { current },
    ),
  };

  const cves = cvesFixedByMonth(model.advisories, months);
  // Unrated advisories only come from old imported databases; their column appears only when there are some.
  const stackKeys: (Severity | 'unrated')[] = cves.some((item) => item.unrated > 0) ? [...STACK_ORDER, 'unrated'] : STACK_ORDER;
  const countOf = (item: (typeof cves)[number], key: Severity | 'unrated') => (key === 'unrated' ? item.unrated : item.counts[key]);
  const cvesFixed: BarChart = {
    type: 'bar',
    id: id('cves-fixed'),
    title: 'CVEs fixed per month by severity',
    description: describeCveSeries(cves),
    legend: stackKeys.map((key) => ({ key, label: SEVERITY_LABEL[key], kind: 'bar' })),
    table: {
      caption: 'CVEs fixed per month by severity',
      columns: ['Month', ...stackKeys.map((key) => SEVERITY_LABEL[key]), 'Total'],
      rows: cves.map((item) => ({
        month: item.month,
        header: formatMonth(item.month),
        cells: [...stackKeys.map((key) => String(countOf(item, key))), String(item.total)],
      })),
    },
    layout: layoutBars(
      cves.map((item) => ({ month: item.month, parts: stackKeys.map((key) => ({ key, value: countOf(item, key) })) })),
      { current },
    ),
  };

  return { months, reportsClosed, firstResponse, cvesFixed };
}
