import type { Entry } from '../content/entry.ts';
import { utcMoment } from '../format/dates.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { scoreCvssVector } from '../severity/cvss.ts';
import { compareSeverityDescending } from '../severity/severity.ts';
import { fixedVersionByRanges } from '../versions/semver-range.ts';
import { compareLinesDescending } from '../versions/version.ts';
import type { AdvisoryView } from './types.ts';

/** The latest of the moments given, compared as instants (the repository's history writes offsets), in UTC. */
function latest(first: string, ...others: (string | undefined)[]): string {
  let out = first;
  for (const moment of others) if (moment !== undefined && Date.parse(moment) > Date.parse(out)) out = moment;
  return utcMoment(out);
}

/** A moment the content gives for a change, once it has come: a withdrawal or correction written ahead waits for it. */
function cameBy(moment: string | undefined, now: Date): string | undefined {
  return moment !== undefined && Date.parse(moment) <= now.getTime() ? moment : undefined;
}

/**
 * The full advisory, for releases that are out. Callers must only call it for a released release. A withdrawal
 * counts from its moment on, and is itself a modification: tools that fetch records by `modified` must see it. So is
 * an edit after the release (`editedAt`: of the file, and of its release's fixed versions, from the repository's
 * history), whether or not `modified` says so.
 */
export function releasedAdvisoryView(
  advisory: Entry<AdvisoryData>,
  release: Entry<ReleaseData>,
  releaseTitle: string,
  now: Date,
  lastVersions: ReadonlyMap<string, string> = new Map(),
  editedAt: readonly (string | undefined)[] = [],
  endedLines: readonly string[] = [],
): AdvisoryView {
  const { data } = advisory;
  const releasedAt = release.data.releasedAt;
  if (!releasedAt) throw new Error(`advisory ${advisory.id} asked for in full before its release ${release.id} is out`);
  const fixed = new Map(release.data.lines.map((item) => [item.line, item.version]));
  const withdrawn = data.withdrawn && cameBy(data.withdrawn.at, now) ? data.withdrawn : undefined;
  // An edit before the release is part of what was published; after it, the record has changed.
  const modified = latest(releasedAt, cameBy(data.modified, now), withdrawn?.at, ...editedAt.map((moment) => cameBy(moment, now)));
  return {
    id: advisory.id,
    cve: data.cve,
    ...(data.noCve && !data.cve ? { noCve: data.noCve } : {}),
    ...(data.aliases?.length ? { aliases: data.aliases } : {}),
    title: data.title,
    severity: data.severity,
    cvss: data.cvss ? { ...scoreCvssVector(data.cvss.vector), severityOverride: data.cvss.severityOverride } : undefined,
    cwe: data.cwe,
    affected: [...data.lines].sort(compareLinesDescending).map((line) => {
      const lastVersion = lastVersions.get(line);
      // An imported line may have been fixed before the release that lists it (`>=6.0.0 <6.2.0`): the database's
      // ranges say where, as the exports do, rather than "no fix".
      const fixedVersion = fixed.get(line) ?? (data.source && fixedVersionByRanges(data.source.vulnerable, data.source.patched, line));
      return { line, fixedVersion, introduced: data.introduced?.[line], ...(lastVersion ? { lastVersion } : {}) };
    }),
    endedLines: [...endedLines],
    platforms: data.platforms,
    credits: data.credits,
    references: data.references,
    summary: data.summary?.trim() ?? '',
    release: { id: release.id, title: releaseTitle, releasedAt },
    published: releasedAt,
    modified,
    withdrawn,
    ...(data.source ? { source: data.source } : {}),
  };
}

export function compareAdvisoriesBySeverity(a: AdvisoryView, b: AdvisoryView): number {
  return compareSeverityDescending(a.severity, b.severity) || (a.cve ?? a.id).localeCompare(b.cve ?? b.id);
}

export function compareAdvisoriesNewestFirst(a: AdvisoryView, b: AdvisoryView): number {
  return Date.parse(b.published) - Date.parse(a.published) || compareAdvisoriesBySeverity(a, b);
}
