import type { Diagnostic } from '../content/diagnostic.ts';
import { isOutBy } from '../lifecycle/phase.ts';
import { lineStatusAt } from '../lines/line-status.ts';
import { compareVersions, lineEndVersion, versionBelongsToLine } from '../versions/version.ts';
import { problem, type Rule } from './rule.ts';

/**
 * A line's `lastVersion` is where its unfixed OSV ranges end, so it must be a version of the line, come at or after
 * every fix the line got, and be named only once the line has ended (before, a later release may still come).
 */
export const lineLastVersionsFit: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  for (const line of content.lines) {
    const last = line.data.lastVersion;
    if (!last) continue;
    if (!versionBelongsToLine(last, line.id)) {
      out.push(problem('error', line, ['lastVersion'], `expected a version of ${line.id}, found "${last}"`));
      continue;
    }
    for (const release of content.releases) {
      const fix = release.data.lines.find((item) => item.line === line.id)?.version;
      if (fix && compareVersions(fix, last) > 0) {
        out.push(
          problem(
            'error',
            line,
            ['lastVersion'],
            `expected a version at or after every fix of ${line.id}, found ${last} before ${fix} (release ${release.id})`,
          ),
        );
      }
    }
    // A flaw that entered the line after its last release affects no version of it: the OSV range would be empty.
    for (const advisory of content.advisories) {
      const introduced = advisory.data.introduced?.[line.id];
      if (introduced && versionBelongsToLine(introduced, line.id) && compareVersions(introduced, last) > 0) {
        out.push(
          problem(
            'error',
            advisory,
            ['introduced', line.id],
            `expected a version at or before ${last}, the last release of ${line.id}, found "${introduced}"`,
          ),
        );
      }
    }
    if (lineStatusAt(line.data, now) !== 'end-of-life') {
      out.push(
        problem(
          'warning',
          line,
          ['lastVersion'],
          `${line.id} has not reached its end of life (${line.data.endOfLife ?? 'none announced'}): a later release may still come after ${last}`,
        ),
      );
    }
  }
  return out;
};

/**
 * An ended line that advisories leave unfixed needs its last release: without `lastVersion`, their OSV ranges for the
 * line end at the next line's first version as a `fixed` event, which scanners offer as the upgrade.
 */
export const unfixedLinesNameTheirEnd: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  const releases = new Map(content.releases.map((release) => [release.id, release]));
  for (const line of content.lines) {
    if (line.data.lastVersion || lineStatusAt(line.data, now) !== 'end-of-life') continue;
    const unfixed = content.advisories.filter((advisory) => {
      const release = releases.get(advisory.data.release);
      return (
        // Imported history keeps the database's own ranges; what the team writes from now on is what this asks of.
        // Only once the release is out: before, the warning would name an embargoed advisory in every build log.
        advisory.data.source === undefined &&
        release !== undefined &&
        isOutBy(release.data, now) &&
        advisory.data.lines.includes(line.id) &&
        !release.data.lines.some((item) => item.line === line.id)
      );
    });
    if (unfixed.length === 0) continue;
    const names = unfixed.map((advisory) => advisory.data.cve ?? advisory.id);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    out.push(
      problem(
        'warning',
        line,
        ['lastVersion'],
        `${line.id} has ended, and ${shown} leave${unfixed.length === 1 ? 's' : ''} it unfixed: without its last release ${unfixed.length === 1 ? 'its OSV range ends' : 'their OSV ranges end'} at "fixed: ${lineEndVersion(line.id)}", which scanners offer as the upgrade; give lastVersion`,
      ),
    );
  }
  return out;
};
