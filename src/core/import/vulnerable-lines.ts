import { normalizeRange } from './semver-ranges';

export interface VulnerableLines {
  lines: string[];
  /** Parts that span several lines (`<= 10`) or name none. */
  unmapped: string[];
}

/**
 * The release lines a vulnerable range names, one per `||` part: `8.x`, `^7.1.0`, `9.7.x`, `>=6.0.0 <6.2.0` each name
 * one line. A part with only an upper bound (`<= 10`) spans lines the database does not list, so it maps to none.
 */
export function vulnerableLinesOf(vulnerable: string): VulnerableLines {
  const lines: string[] = [];
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
  }
  return { lines, unmapped };
}
