import semver, { type Comparator, type SemVer } from 'semver';
import { compareVersions, lineEndVersion, lineFirstVersion, lineOfVersion } from './version.ts';

/**
 * Release versions from `from` up to, not including, `to`; without `to`, every version after `from` as well.
 * Spans hold release versions only: Node.js publishes no prerelease that a security range must answer for, and npm's
 * ranges leave prereleases out unless a bound names one.
 */
export interface VersionSpan {
  from: string;
  to?: string;
}

const FIRST_VERSION = '0.0.0';

const release = (version: SemVer) => `${version.major}.${version.minor}.${version.patch}`;
const nextPatch = (version: SemVer) => `${version.major}.${version.minor}.${version.patch + 1}`;

/**
 * A bound with a prerelease (npm writes `<= 10` as `<11.0.0-0` and `9.7.x` as `>=9.7.0 <9.8.0-0`) sits just below
 * its release, so among releases `<11.0.0-0` is `<11.0.0`, `>=11.0.0-0` is `>=11.0.0`, and `=11.0.0-0` holds none.
 */
function comparatorSpan(comparator: Comparator): VersionSpan | undefined {
  // `*`, `x.x` and an empty range hold one comparator with no version at all.
  if (!(comparator.semver instanceof semver.SemVer)) return { from: FIRST_VERSION };
  const version = comparator.semver;
  const prerelease = version.prerelease.length > 0;
  switch (comparator.operator) {
    case '>=':
      return { from: release(version) };
    case '>':
      return { from: prerelease ? release(version) : nextPatch(version) };
    case '<':
      return { from: FIRST_VERSION, to: release(version) };
    case '<=':
      return { from: FIRST_VERSION, to: prerelease ? release(version) : nextPatch(version) };
    default:
      return prerelease ? undefined : { from: release(version), to: nextPatch(version) };
  }
}

/** `undefined` stands for no end, after every version. */
function compareEnds(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareVersions(a, b);
}

function isEmpty(span: VersionSpan): boolean {
  return span.to !== undefined && compareVersions(span.from, span.to) >= 0;
}

function intersect(a: VersionSpan, b: VersionSpan): VersionSpan {
  const from = compareVersions(a.from, b.from) >= 0 ? a.from : b.from;
  const to = compareEnds(a.to, b.to) <= 0 ? a.to : b.to;
  return to === undefined ? { from } : { from, to };
}

/** Sorted, with touching or overlapping spans joined, so that equal sets of versions are equal lists. */
function union(spans: VersionSpan[]): VersionSpan[] {
  const sorted = spans.filter((span) => !isEmpty(span)).sort((a, b) => compareVersions(a.from, b.from));
  const out: VersionSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && compareEnds(span.from, last.to) <= 0) {
      if (compareEnds(span.to, last.to) > 0) {
        if (span.to === undefined) delete last.to;
        else last.to = span.to;
      }
    } else out.push({ ...span });
  }
  return out;
}

function subtract(spans: VersionSpan[], removed: VersionSpan[]): VersionSpan[] {
  let rest = spans;
  for (const cut of removed) {
    rest = rest.flatMap((span) => {
      const pieces: VersionSpan[] = [];
      if (compareVersions(span.from, cut.from) < 0)
        pieces.push({ from: span.from, to: compareEnds(span.to, cut.from) < 0 ? span.to : cut.from });
      if (cut.to !== undefined && compareEnds(span.to, cut.to) > 0) {
        const from = compareVersions(span.from, cut.to) > 0 ? span.from : cut.to;
        pieces.push(span.to === undefined ? { from } : { from, to: span.to });
      }
      return pieces.filter((piece) => !isEmpty(piece));
    });
  }
  return union(rest);
}

/** The release versions an npm semver range holds (`^4.4.6 || >=6.0.0 <6.2.0`, `<= 10`, `*`); undefined when it is not one. */
export function rangeSpans(range: string): VersionSpan[] | undefined {
  let parsed: semver.Range;
  try {
    parsed = new semver.Range(range);
  } catch {
    return undefined;
  }
  return union(
    parsed.set.flatMap((comparators) => {
      let span: VersionSpan | undefined = { from: FIRST_VERSION };
      for (const comparator of comparators) {
        const bound = comparatorSpan(comparator);
        span = bound && span ? intersect(span, bound) : undefined;
      }
      return span ? [span] : [];
    }),
  );
}

/**
 * The versions a vulnerable and a patched range leave affected, read as the working group's tools read them: those
 * that satisfy `vulnerable` and not `patched`. Undefined when either is not a semver range.
 */
export function affectedSpans(vulnerable: string, patched: string): VersionSpan[] | undefined {
  const affected = rangeSpans(vulnerable);
  const fixed = rangeSpans(patched);
  return affected && fixed ? subtract(affected, fixed) : undefined;
}

/** `21.0.0`, `0.13.0`: a version that opens a release line by Node's numbering, so nothing before it was fixed there. */
export function opensLine(version: string): boolean {
  const parsed = semver.parse(version);
  return parsed !== null && parsed.patch === 0 && (parsed.major === 0 ? parsed.minor > 0 : parsed.minor === 0);
}

/**
 * Spans cut where release lines begin from 1.0 on (`[7.0.0, 8.11.4)` → 7.x, and 8.x up to 8.11.4), so that each piece
 * names one line and a line left without a fix reads as such. Before 1.0 every minor was a line, and a span over
 * several of them (`<= 10` reaches back to 0.0.0) stays whole rather than be cut at minors the range never names.
 */
export function spansByLine(spans: VersionSpan[]): (VersionSpan & { line: string | undefined })[] {
  return spans.flatMap((span) => {
    const pieces: VersionSpan[] = [];
    let from = span.from;
    const fromMajor = semver.major(from);
    const toMajor = span.to === undefined ? fromMajor : semver.major(span.to);
    for (let major = Math.max(fromMajor + 1, 1); major <= toMajor; major++) {
      const cut = `${major}.0.0`;
      if (compareEnds(cut, span.to) >= 0) break;
      pieces.push({ from, to: cut });
      from = cut;
    }
    pieces.push(span.to === undefined ? { from } : { from, to: span.to });
    return pieces.map((piece) => {
      const line = lineOfVersion(piece.from);
      const within = line !== undefined && piece.to !== undefined && compareVersions(piece.to, lineEndVersion(line)) <= 0;
      return { ...piece, line: within ? line : undefined };
    });
  });
}

/** The part of each span that lies on `line`, from its first version (`6.0.0`, `0.10.0`) to where it ends. */
export function spansOnLine(spans: VersionSpan[], line: string): Required<VersionSpan>[] {
  const first = lineFirstVersion(line);
  const end = lineEndVersion(line);
  return spans.flatMap((span) => {
    const from = compareVersions(span.from, first) > 0 ? span.from : first;
    const to = span.to !== undefined && compareVersions(span.to, end) < 0 ? span.to : end;
    return compareVersions(from, to) < 0 ? [{ from, to }] : [];
  });
}

/**
 * The version that fixed `line` by the ranges (`>=6.0.0 <6.2.0` with nothing patched on 6.x: 6.2.0), when its last
 * affected stretch ends inside the line; undefined when the line stays affected to its end, is not affected at all, or
 * the ranges do not parse.
 */
export function fixedVersionByRanges(vulnerable: string, patched: string, line: string): string | undefined {
  const spans = affectedSpans(vulnerable, patched);
  const last = spans && spansOnLine(spans, line).at(-1);
  return last && last.to !== lineEndVersion(line) ? last.to : undefined;
}
