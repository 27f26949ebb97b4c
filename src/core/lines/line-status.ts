import { DAY_MS } from '../format/dates';
import type { Line, LineStatus } from '../schemas/line';

/**
 * A line's status at a moment. From its `endOfLife` date on (UTC), it is end-of-life whatever its file still says,
 * as a release's phase follows its dates: a scheduled build must not keep calling a line supported because nobody
 * edited the file on the day. The importer reads the project's schedule the same way.
 */
export function lineStatusAt(line: Pick<Line, 'status' | 'endOfLife'>, now: Date): LineStatus {
  return now.getTime() >= endOfLifeStart(line) ? 'end-of-life' : line.status;
}

/** The first moment of a line's end-of-life date, midnight UTC. */
function endOfLifeStart(line: Pick<Line, 'endOfLife'>): number {
  return Date.parse(`${line.endOfLife}T00:00:00Z`);
}

/** How long before a line's end its readers are told to plan the move: a quarter, the time a migration takes. */
export const END_OF_LIFE_NOTICE_DAYS = 90;

/** Whether a line that is still supported ends within the notice period. */
export function lineEndsSoon(line: Pick<Line, 'status' | 'endOfLife'>, now: Date): boolean {
  return lineStatusAt(line, now) !== 'end-of-life' && endOfLifeStart(line) - now.getTime() <= END_OF_LIFE_NOTICE_DAYS * DAY_MS;
}
