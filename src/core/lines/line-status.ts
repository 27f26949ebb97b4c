import { DAY_MS } from '../format/dates.ts';
import type { Line, LineStatus } from '../schemas/line.ts';
import { compareLinesDescending } from '../versions/version.ts';

/**
 * A line's status at a moment. From its `endOfLife` date on (UTC), it is end-of-life whatever its file still says,
 * as a release's phase follows its dates: a scheduled build must not keep calling a line supported because nobody
 * edited the file on the day. The importer reads the project's schedule the same way.
 */
export function lineStatusAt(line: Pick<Line, 'status' | 'endOfLife'>, now: Date): LineStatus {
  return now.getTime() >= endOfLifeStart(line) ? 'end-of-life' : line.status;
}

/** The first moment of a line's end-of-life date, midnight UTC; never while no end has been announced. */
function endOfLifeStart(line: Pick<Line, 'endOfLife'>): number {
  return line.endOfLife === undefined ? Number.POSITIVE_INFINITY : Date.parse(`${line.endOfLife}T00:00:00Z`);
}

/** How long before a line's end its readers are told to plan the move: a quarter, the time a migration takes. */
export const END_OF_LIFE_NOTICE_DAYS = 90;

/** Whether a line that is still supported ends within the notice period. */
export function lineEndsSoon(line: Pick<Line, 'status' | 'endOfLife'>, now: Date): boolean {
  return lineStatusAt(line, now) !== 'end-of-life' && endOfLifeStart(line) - now.getTime() <= END_OF_LIFE_NOTICE_DAYS * DAY_MS;
}

/**
 * The lines that had ended by a moment, newest first, leaving out those given: for an advisory, the lines it does not
 * list and that its release, coming after their end, gives no fix.
 */
export function linesEndedBy(lines: readonly Pick<Line, 'id' | 'endOfLife'>[], moment: Date, listed: readonly string[]): string[] {
  // By date alone: a file's status is today's, and a line that has ended since was supported then.
  return lines
    .filter((line) => !listed.includes(line.id) && endOfLifeStart(line) <= moment.getTime())
    .map((line) => line.id)
    .sort(compareLinesDescending);
}

/** Whether any line is still supported at a moment, given the lines' statuses then: if none is, no reader can move. */
export function anyLineSupported(lines: readonly { status: LineStatus }[]): boolean {
  return lines.some((line) => line.status !== 'end-of-life');
}
