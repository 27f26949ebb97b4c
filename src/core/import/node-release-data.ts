import { createRequire } from 'node:module';
import { lineMajor, lineMinor } from '../versions/version.ts';

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
  return minor === undefined ? `v${lineMajor(lineId)}` : `v${lineMajor(lineId)}.${minor}`;
}

export function scheduledLine(data: NodeReleaseData, lineId: string): ScheduledLine | undefined {
  return data.schedule[scheduleKey(lineId)];
}

/** Release days and line schedules from the `node-releases` package, or undefined when it is not installed. */
export function loadNodeReleaseData(): NodeReleaseData | undefined {
  try {
    const require = createRequire(import.meta.url);
    const versions = require('node-releases/data/processed/envs.json') as { version: string; date: string }[];
    const schedule = require('node-releases/data/release-schedule/release-schedule.json') as Record<string, ScheduledLine>;
    return { versionDates: new Map(versions.map((item) => [item.version, item.date])), schedule };
  } catch {
    return undefined;
  }
}
