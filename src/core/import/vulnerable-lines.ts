import semver from 'semver';
import { compareVersions, lineFirstVersion } from '../versions/version.ts';
import { normalizeRange } from './semver-ranges.ts';

export interface VulnerableLines {
  lines: string[];
  /** The first vulnerable version of a line whose range starts after the line's first release (`^4.8.2`, `9.7.x`). */
  introduced: Record<string, string>;
  /** Parts that span several lines (`<= 10`) or name none. */
  unmapped: string[];
}

/**
 * The release lines a vulnerable range names, one per `||` part: `8.x`, `^7.1.0`, `9.7.x`, `>=6.0.0 <6.2.0` each name
 * one line. A part with only an upper bound (`<= 10`) spans lines the database does not list, so it maps to none.
 */
export function vulnerableLinesOf(vulnerable: string): VulnerableLines {
  const lines: string[] = [];
  const introduced: Record<string, string> = {};
  const starts = new Map<string, string>();
  const unmapped: string[] = [];
  for (const part of normalizeRange(vulnerable).split('||')) {
    const comparator = part.trim();
    if (!comparator) continue;
    const match = /^(?:\^|~|>=?\s*|=)?v?(\d+)(?:\.(\d+|x))?/.exec(comparator);
    const major = match?.[1];
    if (!match || major === undefined || /^</.test(comparator)) {
      unmapped.push(comparator);
      continue;
    }
    const minor = match[2];
    if (major === '0' && (minor === undefined || minor === 'x')) {
      unmapped.push(comparator);
      continue;
    }
    const line = major === '0' ? `0.${minor}.x` : `${Number(major)}.x`;
    if (!lines.includes(line)) lines.push(line);
    // Of two parts on one line, the earlier start wins: the line is vulnerable from there.
    const start = (semver.validRange(comparator) && semver.minVersion(comparator)?.version) || lineFirstVersion(line);
    const earlier = starts.get(line);
    if (earlier === undefined || compareVersions(start, earlier) < 0) starts.set(line, start);
  }
  // A part with no single line (`<4.8.2`) may reach below any start found here, so none is trusted then.
  if (unmapped.length > 0) return { lines, introduced, unmapped };
  for (const [line, start] of starts) if (compareVersions(start, lineFirstVersion(line)) > 0) introduced[line] = start;
  return { lines, introduced, unmapped };
}
