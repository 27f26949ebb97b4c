import type { Diagnostic } from '../content/diagnostic.ts';
import type { ContentSet, Entry } from '../content/entry.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import { plural } from './format-report.ts';

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

/** Only warnings are ever set aside: an error is today's problem whatever it is about. */
const isHistoryGap = (diagnostic: Diagnostic) => diagnostic.history === true && diagnostic.level === 'warning';

export function splitHistoryGaps(diagnostics: readonly Diagnostic[]): { current: Diagnostic[]; history: Diagnostic[] } {
  return {
    current: diagnostics.filter((diagnostic) => !isHistoryGap(diagnostic)),
    history: diagnostics.filter(isHistoryGap),
  };
}

/**
 * The links each imported body quotes from its database: an advisory's the `ref` of the entry it came from, an
 * imported release's those of its advisories. An http link is history only when it is one of these; one added since
 * is today's.
 */
export function quotedLinks(content: Pick<ContentSet, 'releases' | 'advisories'>): Map<Entry<unknown>, ReadonlySet<string>> {
  const quoted = new Map<Entry<unknown>, ReadonlySet<string>>();
  const byRelease = new Map<string, Set<string>>();
  for (const advisory of content.advisories) {
    const ref = advisory.data.source?.ref;
    if (!ref) continue;
    quoted.set(advisory, new Set([ref]));
    byRelease.set(advisory.data.release, (byRelease.get(advisory.data.release) ?? new Set()).add(ref));
  }
  const imported = importedReleaseIds(content.advisories);
  for (const release of content.releases) if (imported.has(release.id)) quoted.set(release, byRelease.get(release.id) ?? new Set());
  return quoted;
}

/** What the check and the build say of the gaps they leave unlisted: " (and 3 gaps in imported history, …)". */
export const unlistedHistoryGaps = (count: number) =>
  count === 0 ? '' : ` (and ${plural(count, 'gap')} in imported history, listed by npm run check -- --history)`;
