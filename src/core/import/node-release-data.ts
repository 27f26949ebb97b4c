import { lineMajor, lineMinor } from '../versions/version';

/** One line of the Node.js release schedule, as the `node-releases` package ships it (dates YYYY-MM-DD). */
export interface ScheduledLine {
  start: string;
  lts?: string;
  maintenance?: string;
  end: string;
  codename?: string;
}

/**
 * What the import knows about Node.js releases beyond the database: the day each version came out (where known) and
 * the schedule of each release line. Both are optional; without them dates and lines are estimated and reported.
 */
export interface NodeReleaseData {
  versionDates: Map<string, string>;
  /** Keyed by `v20`, `v0.12`, as the schedule writes them. */
  schedule: Record<string, ScheduledLine>;
}

export const NO_RELEASE_DATA: NodeReleaseData = { versionDates: new Map(), schedule: {} };

export function scheduleKey(lineId: string): string {
  const minor = lineMinor(lineId);
  return minor === undefined ? `v${lineMajor(lineId)}` : `v0.${minor}`;
}

export function scheduledLine(data: NodeReleaseData, lineId: string): ScheduledLine | undefined {
  return data.schedule[scheduleKey(lineId)];
}
