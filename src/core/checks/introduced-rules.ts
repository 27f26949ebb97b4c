import type { Diagnostic } from '../content/diagnostic.ts';
import { compareVersions, lineFirstVersion, versionBelongsToLine } from '../versions/version.ts';
import { problem, type Rule } from './rule.ts';

/**
 * An advisory's `introduced` versions say where on a line the flaw begins: each names one of the advisory's lines, a
 * version of that line after its first release (before it, the pages would show versions that never existed), and a
 * version before the line's fix, or no version of the line would ever be affected.
 */
export const introducedVersionsFit: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const releases = new Map(content.releases.map((entry) => [entry.id, entry]));
  for (const advisory of content.advisories) {
    const fixes = new Map(releases.get(advisory.data.release)?.data.lines.map((item) => [item.line, item.version]) ?? []);
    for (const [line, version] of Object.entries(advisory.data.introduced ?? {})) {
      const path = ['introduced', line];
      if (!advisory.data.lines.includes(line)) {
        out.push(
          problem('error', advisory, path, `expected one of the advisory's lines (${advisory.data.lines.join(', ')}), found "${line}"`),
        );
        continue;
      }
      if (!versionBelongsToLine(version, line)) {
        out.push(problem('error', advisory, path, `expected a version of ${line}, found "${version}"`));
        continue;
      }
      const first = lineFirstVersion(line);
      if (compareVersions(version, first) <= 0) {
        out.push(
          problem(
            'error',
            advisory,
            path,
            `expected a version after ${first}, where ${line} starts; a flaw there from the start needs no entry`,
          ),
        );
        continue;
      }
      const fixed = fixes.get(line);
      if (fixed && compareVersions(version, fixed) >= 0) {
        out.push(problem('error', advisory, path, `expected a version before the fix on ${line} (${fixed}), found "${version}"`));
      }
    }
  }
  return out;
};
