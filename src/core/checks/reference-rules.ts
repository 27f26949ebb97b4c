import type { Diagnostic } from '../content/diagnostic';
import { problem, type Rule } from './rule';

export const referencesResolve: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const lineIds = new Set(content.lines.map((entry) => entry.id));
  // An advisory may name end-of-life lines that its release no longer ships: they are affected and get no fix.
  const endOfLifeLineIds = new Set(content.lines.filter((entry) => entry.data.status === 'end-of-life').map((entry) => entry.id));
  const releases = new Map(content.releases.map((entry) => [entry.id, entry]));
  const initiativeIds = new Set(content.initiatives.map((entry) => entry.id));
  const known = (set: Set<string>) => [...set].sort().join(', ') || 'none';

  for (const release of content.releases) {
    release.data.lines.forEach((item, index) => {
      if (!lineIds.has(item.line))
        out.push(
          problem('error', release, ['lines', index, 'line'], `expected a known release line (${known(lineIds)}), found "${item.line}"`),
        );
    });
    release.data.dependencies.forEach((dependency, index) => {
      const releaseLines = new Set(release.data.lines.map((item) => item.line));
      dependency.lines.forEach((line, lineIndex) => {
        if (!releaseLines.has(line))
          out.push(
            problem(
              'error',
              release,
              ['dependencies', index, 'lines', lineIndex],
              `expected one of this release's lines (${known(releaseLines)}), found "${line}"`,
            ),
          );
      });
    });
  }
  for (const advisory of content.advisories) {
    const release = releases.get(advisory.data.release);
    if (!release) {
      out.push(
        problem('error', advisory, ['release'], `expected the id of a release in content/releases/, found "${advisory.data.release}"`),
      );
      continue;
    }
    const releaseLines = new Set(release.data.lines.map((item) => item.line));
    advisory.data.lines.forEach((line, index) => {
      if (!lineIds.has(line))
        out.push(problem('error', advisory, ['lines', index], `expected a known release line (${known(lineIds)}), found "${line}"`));
      else if (!releaseLines.has(line) && !endOfLifeLineIds.has(line))
        out.push(
          problem(
            'error',
            advisory,
            ['lines', index],
            `expected one of release ${release.id}'s lines (${known(releaseLines)}), found "${line}"`,
          ),
        );
    });
  }
  for (const report of content.reports) {
    report.data.initiatives.forEach((item, index) => {
      if (!initiativeIds.has(item.initiative))
        out.push(
          problem(
            'error',
            report,
            ['initiatives', index, 'initiative'],
            `expected a known initiative (${known(initiativeIds)}), found "${item.initiative}"`,
          ),
        );
    });
  }
  return out;
};
