import type { Diagnostic } from '../content/diagnostic.ts';
import { compareVersions, versionBelongsToLine } from '../versions/version.ts';
import { historyGap, importedReleaseIds } from './imported-history.ts';
import { problem, type Rule } from './rule.ts';

/**
 * Each release of a line ships a newer version of it than the releases before. A fix at or before an earlier one
 * (a typo, or a version copied from the last release) would tell readers to upgrade to a version that is not safe,
 * and contradict the line page's minimum secure version.
 */
export const fixedVersionsMoveForward: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  // Imported releases carry what the database recorded, dates estimated where it had none: between two of them an
  // order that does not fit is a gap in that history, not today's mistake.
  const imported = importedReleaseIds(content.advisories);
  // Ordered as they went out, or are due to: a scheduled release keeps its place by the date readers were told.
  const when = (release: (typeof content.releases)[number]) =>
    release.data.releasedAt ?? `${release.data.dateChanges.at(-1)?.to ?? release.data.date}T23:59:59Z`;
  const fixes = content.releases
    .filter((release) => !release.data.cancelled)
    .flatMap((release) =>
      release.data.lines.flatMap((item, index) =>
        item.version && versionBelongsToLine(item.version, item.line) ? [{ release, index, line: item.line, version: item.version }] : [],
      ),
    )
    .sort((a, b) => Date.parse(when(a.release)) - Date.parse(when(b.release)));
  const latest = new Map<string, (typeof fixes)[number]>();
  for (const fix of fixes) {
    const before = latest.get(fix.line);
    if (before && compareVersions(fix.version, before.version) <= 0) {
      const history = imported.has(fix.release.id) && imported.has(before.release.id);
      const found = problem(
        history ? 'warning' : 'error',
        fix.release,
        ['lines', fix.index, 'version'],
        `expected a version of ${fix.line} after ${before.version}, which release ${before.release.id} shipped before it, found ${fix.version}`,
      );
      out.push(history ? historyGap(found) : found);
      continue;
    }
    latest.set(fix.line, fix);
  }
  return out;
};
