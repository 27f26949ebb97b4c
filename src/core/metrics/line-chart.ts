import { type ChartFrame, DEFAULT_FRAME, type MonthBand, monthBands, round, type ValueTick, valueTicks, valueToY } from './frame.ts';
import { type ValueAxis, valueAxis } from './scale.ts';
import type { MonthValue } from './series.ts';

export interface LineInput {
  key: string;
  label: string;
  /** A goal is drawn as a dashed reference line without point marks. */
  kind: 'measure' | 'goal';
  values: MonthValue[];
}

export interface LinePoint {
  month: string;
  value: number;
  x: number;
  y: number;
  current: boolean;
}

export interface LineSeries {
  key: string;
  label: string;
  kind: 'measure' | 'goal';
  points: LinePoint[];
  /** SVG path data; a month without a figure breaks the line instead of bridging it. */
  path: string;
}

export interface LineLayout {
  frame: ChartFrame;
  axis: ValueAxis;
  ticks: ValueTick[];
  bands: MonthBand[];
  series: LineSeries[];
}

/** All series share the months of the first; the axis fits every series, so a goal line is never cut off. */
export function layoutLines(months: string[], inputs: LineInput[], options: { frame?: ChartFrame; current?: string } = {}): LineLayout {
  const frame = options.frame ?? DEFAULT_FRAME;
  const values = inputs.flatMap((input) => input.values.map((item) => item.value ?? 0));
  const axis = valueAxis(Math.max(0, ...values));
  const toY = valueToY(axis, frame);
  const bands = monthBands(months, frame, options.current);
  const bandOf = new Map(bands.map((band) => [band.month, band]));
  const series = inputs.map((input): LineSeries => {
    const points: LinePoint[] = [];
    const commands: string[] = [];
    let drawing = false;
    for (const item of input.values) {
      const band = bandOf.get(item.month);
      if (!band || item.value === null) {
        drawing = false;
        continue;
      }
      const point = { month: item.month, value: item.value, x: band.center, y: round(toY(item.value)), current: band.current };
      points.push(point);
      if (input.kind === 'goal') {
        // A goal holds for its whole month, so it is drawn as a step across the slot; a single month still shows.
        commands.push(`${drawing ? 'L' : 'M'}${band.start} ${point.y} H${round(band.start + band.width)}`);
      } else {
        commands.push(`${drawing ? 'L' : 'M'}${point.x} ${point.y}`);
      }
      drawing = true;
    }
    return { key: input.key, label: input.label, kind: input.kind, points, path: commands.join(' ') };
  });
  return { frame, axis, ticks: valueTicks(axis, frame), bands, series };
}
