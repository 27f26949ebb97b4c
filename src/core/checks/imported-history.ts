import type { Diagnostic } from '../content/diagnostic';
import type { Entry } from '../content/entry';
import type { AdvisoryData } from '../schemas/advisory';
import { plural } from './format-report';

/*
 * History imported from another database lacks what that database never recorded: CVE ids, credits, the moment of a
 * pre-announcement. Each gap is true and worth filling in some day, but listed on every check they would bury the
 * problems of the release being prepared, so they are marked and `npm run check` only counts them unless asked.
 */

/** An advisory the importer wrote: it keeps the `source` block of the database entry it came from. */
export const isImportedAdvisory = (advisory: Entry<AdvisoryData>) => advisory.data.source !== undefined;

/** The ids of releases whose advisories were all imported: the importer wrote those releases too. */
export function importedReleaseIds(advisories: readonly Entry<AdvisoryData>[]): Set<string> {
  const authored = new Set(advisories.filter((advisory) => !isImportedAdvisory(advisory)).map((advisory) => advisory.data.release));
  return new Set(
    advisories
      .filter(isImportedAdvisory)
      .map((advisory) => advisory.data.release)
      .filter((id) => !authored.has(id)),
  );
}

/** A warning about a gap in imported history rather than in today's work. */
export const historyGap = (diagnostic: Diagnostic): Diagnostic => ({ ...diagnostic, history: true });

export function splitHistoryGaps(diagnostics: readonly Diagnostic[]): { current: Diagnostic[]; history: Diagnostic[] } {
  return {
    current: diagnostics.filter((diagnostic) => !diagnostic.history),
    history: diagnostics.filter((diagnostic) => diagnostic.history),
  };
}

/** "3 gaps in imported history". */
export const historyGapCount = (count: number) => `${plural(count, 'gap')} in imported history`;
