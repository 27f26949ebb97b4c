import type { Diagnostic } from '../content/diagnostic.ts';
import { isOutBy, targetDateAt } from '../lifecycle/phase.ts';
import { lineStatusAt } from '../lines/line-status.ts';
import { historyGap, isImportedAdvisory } from './imported-history.ts';
import { isBroken, problem, type Rule } from './rule.ts';

const listed = (ids: Iterable<string>) => [...ids].sort().join(', ') || 'none';

/** References between entries resolve: releases to lines, advisories to releases and their lines, reports to initiatives. */
export const referencesResolve: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  const lineIds = new Set(content.lines.map((entry) => entry.id));
  // An advisory may name end-of-life lines that its release no longer ships: they are affected and get no fix.
  const endOfLifeLineIds = new Set(
    content.lines.filter((entry) => lineStatusAt(entry.data, now) === 'end-of-life').map((entry) => entry.id),
  );
  const releases = new Map(content.releases.map((entry) => [entry.id, entry]));
  const initiativeIds = new Set(content.initiatives.map((entry) => entry.id));
  const knownLine = (line: string) => lineIds.has(line) || isBroken(content, 'lines', line);
  const lineById = new Map(content.lines.map((entry) => [entry.id, entry]));
  const upcoming = (release: (typeof content.releases)[number]) => !release.data.cancelled && !isOutBy(release.data, now);

  for (const release of content.releases) {
    const releaseLines = new Set(release.data.lines.map((item) => item.line));
    const seen = new Set<string>();
    release.data.lines.forEach((item, index) => {
      if (!knownLine(item.line)) {
        out.push(
          problem('error', release, ['lines', index, 'line'], `expected a known release line (${listed(lineIds)}), found "${item.line}"`),
        );
      }
      if (seen.has(item.line))
        out.push(problem('error', release, ['lines', index, 'line'], `expected each line once, found "${item.line}" again`));
      seen.add(item.line);
      // Only a release still to come can be helped: history keeps the lines it shipped.
      const line = lineById.get(item.line)?.data;
      const date = targetDateAt(release.data, now);
      const ended = line && (line.endOfLife !== undefined ? line.endOfLife < date : line.status === 'end-of-life');
      if (upcoming(release) && line && ended) {
        const when =
          line.endOfLife !== undefined
            ? `reaches its end of life on ${line.endOfLife}, before this release's date ${date}`
            : 'has reached its end of life';
        out.push(
          problem(
            'warning',
            release,
            ['lines', index, 'line'],
            `${item.line} ${when}, and gets no more releases; remove it here, and name it only on the advisories that affect it`,
          ),
        );
      }
    });
    release.data.dependencies.forEach((dependency, index) => {
      dependency.lines.forEach((line, lineIndex) => {
        if (!releaseLines.has(line)) {
          out.push(
            problem(
              'error',
              release,
              ['dependencies', index, 'lines', lineIndex],
              `expected one of this release's lines (${listed(releaseLines)}), found "${line}"`,
            ),
          );
        }
      });
    });
  }

  for (const advisory of content.advisories) {
    const release = releases.get(advisory.data.release);
    if (!release) {
      if (!isBroken(content, 'releases', advisory.data.release)) {
        out.push(
          problem(
            'error',
            advisory,
            ['release'],
            `expected the id of a release in releases/ (${listed(releases.keys())}), found "${advisory.data.release}"`,
          ),
        );
      }
      continue;
    }
    if (release.data.cancelled && !release.data.releasedAt) {
      out.push(
        problem(
          'warning',
          advisory,
          ['release'],
          `release ${release.id} is cancelled, so this advisory is never published; move it to the release that now fixes it`,
        ),
      );
    }
    const releaseLines = new Set(release.data.lines.map((item) => item.line));
    advisory.data.lines.forEach((line, index) => {
      if (!knownLine(line)) {
        out.push(problem('error', advisory, ['lines', index], `expected a known release line (${listed(lineIds)}), found "${line}"`));
      } else if (!releaseLines.has(line) && !endOfLifeLineIds.has(line)) {
        out.push(
          problem(
            'error',
            advisory,
            ['lines', index],
            `expected one of release ${release.id}'s lines (${listed(releaseLines)}), found "${line}"; add the line to the release or remove it here`,
          ),
        );
      }
    });
    // End-of-life lines are affected without a fix; an advisory that names only those is fixed by nothing it is in.
    if (advisory.data.lines.length > 0 && advisory.data.lines.every((line) => knownLine(line) && !releaseLines.has(line))) {
      const message = `expected at least one line that release ${release.id} fixes (${listed(releaseLines)}), found only ${advisory.data.lines.join(', ')}, which it ships no version of; name the lines the fix lands on, or move the advisory to the release that fixes it`;
      // The importer keeps an entry whose fixed line its release on disk does not ship: the database's gap, not today's.
      out.push(
        isImportedAdvisory(advisory)
          ? historyGap(problem('warning', advisory, ['lines'], message))
          : problem('error', advisory, ['lines'], message),
      );
    }
  }

  for (const report of content.reports) {
    report.data.initiatives.forEach((item, index) => {
      if (!initiativeIds.has(item.initiative) && !isBroken(content, 'initiatives', item.initiative)) {
        out.push(
          problem(
            'error',
            report,
            ['initiatives', index, 'initiative'],
            `expected a known initiative (${listed(initiativeIds)}), found "${item.initiative}"`,
          ),
        );
      }
    });
  }
  return out;
};
