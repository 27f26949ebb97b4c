import { nextMonthOf } from '../format/dates.ts';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(month: string): [number, number] {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return [year, index];
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonthOf(month)) months.push(month);
  return months;
}

/** "Jun" for 2023-06: axis labels are narrow, the year is shown separately. */
export function shortMonthName(month: string): string {
  return SHORT_MONTHS[parts(month)[1] - 1] ?? month;
}

export function yearOf(month: string): string {
  return month.slice(0, 4);
}
