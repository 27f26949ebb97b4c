const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A YYYY-MM-DD date that exists on the calendar: 2031-02-30 does not, though Date.parse rolls it into March. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A day in milliseconds: every date here is a UTC day, which has no daylight-saving change. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const asDate = (value: string | Date) => (typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value);

/** "20 June 2023", in UTC so that a build's output never depends on the machine's time zone. */
export function formatDate(value: string | Date): string {
  const date = asDate(value);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Tuesday 20 June 2023". */
export function formatLongDate(value: string | Date): string {
  const date = asDate(value);
  return `${WEEKDAYS[date.getUTCDay()]} ${formatDate(date)}`;
}

/** "13 June 2023, 18:00 UTC". */
export function formatDateTime(value: string | Date): string {
  const date = asDate(value);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(date)}, ${hh}:${mm} UTC`;
}

/** "June 2023" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return `${MONTHS[(index ?? 1) - 1]} ${year}`;
}

export function monthOf(iso: string): string {
  return asDate(iso).toISOString().slice(0, 7);
}

export function previousMonthOf(month: string): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return index === 1 ? `${year - 1}-12` : `${year}-${String(index - 1).padStart(2, '0')}`;
}

export function nextMonthOf(month: string): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** The UTC day of a moment, whatever offset it was written with: the day pages, checks and exports count it on. */
export function utcDay(moment: string | Date): string {
  return new Date(moment).toISOString().slice(0, 10);
}

/** The YYYY-MM-DD date a number of days after (or, negative, before) another. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A written moment, with any offset, as the same instant in UTC: `2023-06-20T22:00:00+01:00` is `2023-06-20T21:00:00Z`. */
export function utcMoment(written: string): string {
  return new Date(written).toISOString().replace(/\.000Z$/, 'Z');
}

/** A moment as content files write it: UTC, to the second, `2031-03-10T20:00:00Z`. */
export function formatMoment(moment: Date | number): string {
  return new Date(moment).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
