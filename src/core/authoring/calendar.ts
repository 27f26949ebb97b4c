import { DAY_MS, isCalendarDate } from '../format/dates.ts';

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 moment with an explicit time zone, as content files store them. */
export function isMoment(value: string): boolean {
  return MOMENT.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** Whole days from the start of one date to the start of another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A date alone means the start of that day in UTC, so that scheduled builds publish it on that day. */
export function momentFromDateOrMoment(value: string): string | undefined {
  if (isCalendarDate(value)) return `${value}T00:00:00Z`;
  if (isMoment(value)) return value;
  return undefined;
}
