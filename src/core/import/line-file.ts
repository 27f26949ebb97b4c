import type { LineStatus } from '../schemas/line.ts';
import { lineMajor, lineMinor } from '../versions/version.ts';
import { type NodeReleaseData, scheduledLine } from './node-release-data.ts';

export interface ImportedLine {
  id: string;
  fields: { id: string; label: string; status: LineStatus; endOfLife: string };
  /** Set when the schedule did not know the line and its dates are a stand-in. */
  note: string | undefined;
}

function statusAt(line: { lts?: string; maintenance?: string; end: string }, today: string): LineStatus {
  if (line.end <= today) return 'end-of-life';
  if (line.maintenance && line.maintenance <= today) return 'maintenance';
  if (line.lts && line.lts <= today) return 'active-lts';
  return 'current';
}

/**
 * A release line the imported advisories need and the content lacks. Its status and end of life come from the
 * Node.js release schedule at `now`; a line the schedule does not know is taken as end-of-life since `fallbackEnd`
 * (its last fix in the import), to be checked by hand.
 */
export function importedLine(id: string, data: NodeReleaseData, now: Date, fallbackEnd: string): ImportedLine {
  const minor = lineMinor(id);
  const label = `Node.js ${minor === undefined ? lineMajor(id) : `${lineMajor(id)}.${minor}`}`;
  const scheduled = scheduledLine(data, id);
  if (scheduled) {
    return {
      id,
      fields: { id, label, status: statusAt(scheduled, now.toISOString().slice(0, 10)), endOfLife: scheduled.end },
      note: undefined,
    };
  }
  return {
    id,
    fields: { id, label, status: 'end-of-life', endOfLife: fallbackEnd },
    note: `line ${id} is not in the Node.js release schedule: written as end-of-life on ${fallbackEnd}, its last fix here`,
  };
}
