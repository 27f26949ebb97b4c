import type { AdvisoryView } from '../model/types.ts';

/** One published advisory as it concerns one release line. */
export interface LineAdvisory {
  advisory: AdvisoryView;
  /** The version of this line that fixes it; undefined when the line got no fix (an end-of-life line). */
  fixedVersion: string | undefined;
  /** The first affected version of this line, when the flaw entered it after the line began. */
  introduced?: string | undefined;
}

/**
 * The published advisories that name a line as affected, newest first. The model's advisories are already in that
 * order and already past the embargo gate, so this only selects.
 */
export function advisoriesForLine(advisories: readonly AdvisoryView[], lineId: string): LineAdvisory[] {
  return advisories.flatMap((advisory) => {
    const affected = advisory.affected.find((item) => item.line === lineId);
    return affected ? [{ advisory, fixedVersion: affected.fixedVersion, introduced: affected.introduced }] : [];
  });
}

/** Withdrawn advisories stay listed but were never vulnerabilities, so they count for no version advice. */
export function countsForVersions(item: LineAdvisory): boolean {
  return item.advisory.withdrawn === undefined;
}
