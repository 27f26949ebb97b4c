/** A value axis that starts at zero and ends on a round number, with evenly spaced ticks. */
export interface ValueAxis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

export interface AxisOptions {
  /** About how many intervals the axis should have; the result may have a few more or less. */
  intervals?: number;
  /** Whole-number ticks only, for counts. */
  integer?: boolean;
}

function niceStep(rough: number, integer: boolean): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  // Counts never need a tick at 2.5 or below 1.
  const candidates = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = (candidates.find((candidate) => fraction <= candidate) ?? 10) * magnitude;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/**
 * The axis for values from zero to `highest`. Values are never negative in a report, and bars must start at zero to
 * be read honestly, so the axis always includes zero. With nothing to show, the axis still spans 0 to 1.
 */
export function valueAxis(highest: number, options: AxisOptions = {}): ValueAxis {
  const intervals = options.intervals ?? 4;
  const integer = options.integer ?? false;
  const top = Number.isFinite(highest) && highest > 0 ? highest : 1;
  const step = niceStep(top / intervals, integer);
  const max = Math.ceil(top / step - 1e-9) * step;
  const count = Math.round(max / step);
  const ticks = Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
  return { min: 0, max: ticks.at(-1) ?? max, step, ticks };
}

/** Maps a value of the domain onto the range linearly, e.g. hours onto SVG y coordinates (which grow downwards). */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
