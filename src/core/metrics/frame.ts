import { shortMonthName, yearOf } from './months.ts';
import { linearScale, type ValueAxis } from './scale.ts';

/** The drawing area of a chart in SVG user units; the SVG scales to its container through its viewBox. */
export interface ChartFrame {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
}

export const DEFAULT_FRAME: ChartFrame = { width: 640, height: 260, plot: { left: 48, top: 16, right: 624, bottom: 212 } };

/** One month's slot along the x axis. */
export interface MonthBand {
  month: string;
  start: number;
  width: number;
  /** The middle of the slot, where a line chart's point sits. */
  center: number;
  /** "Jun"; empty when the axis is too crowded to label every month. */
  label: string;
  /** "2023" under the first labelled month and every January, so the axis reads without repeating the year. */
  yearLabel: string;
  /** The month the page is about, drawn with emphasis. */
  current: boolean;
}

export interface ValueTick {
  value: number;
  y: number;
  label: string;
}

const MAX_LABELS = 12;

export function monthBands(months: string[], frame: ChartFrame, current?: string): MonthBand[] {
  const { left, right } = frame.plot;
  const width = months.length === 0 ? 0 : (right - left) / months.length;
  const every = Math.max(1, Math.ceil(months.length / MAX_LABELS));
  let lastYear = '';
  return months.map((month, index) => {
    const labelled = index % every === 0;
    const year = yearOf(month);
    const showYear = labelled && year !== lastYear;
    if (showYear) lastYear = year;
    return {
      month,
      start: round(left + index * width),
      width: round(width),
      center: round(left + (index + 0.5) * width),
      label: labelled ? shortMonthName(month) : '',
      yearLabel: showYear ? year : '',
      current: month === current,
    };
  });
}

/** Maps a value onto the plot's height: zero at the bottom, the axis maximum at the top. */
export function valueToY(axis: ValueAxis, frame: ChartFrame): (value: number) => number {
  return linearScale([axis.min, axis.max], [frame.plot.bottom, frame.plot.top]);
}

export function valueTicks(axis: ValueAxis, frame: ChartFrame, format: (value: number) => string = String): ValueTick[] {
  const toY = valueToY(axis, frame);
  return axis.ticks.map((value) => ({ value, y: round(toY(value)), label: format(value) }));
}

/** Two decimals are plenty for SVG coordinates and keep the markup short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
