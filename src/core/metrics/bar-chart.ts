import { type ChartFrame, DEFAULT_FRAME, type MonthBand, monthBands, round, type ValueTick, valueTicks, valueToY } from './frame.ts';
import { type ValueAxis, valueAxis } from './scale.ts';

export interface BarPart {
  key: string;
  value: number;
}

/** A month's bar as parts stacked from the bottom; null when the month has no figure at all. */
export interface BarInput {
  month: string;
  parts: BarPart[] | null;
}

export interface BarSegment extends BarPart {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Bar {
  month: string;
  /** null for a month without a figure, which is drawn as a gap, not as zero. */
  total: number | null;
  x: number;
  width: number;
  /** Top of the bar, where its value label sits. */
  top: number;
  segments: BarSegment[];
  current: boolean;
}

export interface BarLayout {
  frame: ChartFrame;
  axis: ValueAxis;
  ticks: ValueTick[];
  bands: MonthBand[];
  bars: Bar[];
}

const BAR_SHARE = 0.62;
const MAX_BAR_WIDTH = 56;

export function layoutBars(inputs: BarInput[], options: { frame?: ChartFrame; current?: string } = {}): BarLayout {
  const frame = options.frame ?? DEFAULT_FRAME;
  const totals = inputs.map((input) => (input.parts ? input.parts.reduce((sum, part) => sum + part.value, 0) : null));
  const axis = valueAxis(Math.max(0, ...totals.map((total) => total ?? 0)), { integer: true });
  const toY = valueToY(axis, frame);
  const bands = monthBands(
    inputs.map((input) => input.month),
    frame,
    options.current,
  );
  const bars = inputs.map((input, index): Bar => {
    const band = bands[index] as MonthBand;
    const width = round(Math.min(band.width * BAR_SHARE, MAX_BAR_WIDTH));
    const x = round(band.center - width / 2);
    let base = 0;
    const segments = (input.parts ?? [])
      .filter((part) => part.value > 0)
      .map((part): BarSegment => {
        const bottom = toY(base);
        base += part.value;
        const top = toY(base);
        return { ...part, x, width, y: round(top), height: round(bottom - top) };
      });
    const total = totals[index] ?? null;
    return { month: input.month, total, x, width, top: round(toY(total ?? 0)), segments, current: band.current };
  });
  return { frame, axis, ticks: valueTicks(axis, frame), bands, bars };
}
