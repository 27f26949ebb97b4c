import semver, { type SemVer } from 'semver';

/** Release lines and matrices compare the same few hundred versions many times over; each is parsed once. */
const parsedVersions = new Map<string, SemVer | null>();

function parse(version: string): SemVer | null {
  let parsed = parsedVersions.get(version);
  if (parsed === undefined) {
    parsed = semver.parse(version);
    parsedVersions.set(version, parsed);
  }
  return parsed;
}

/** The major version a line id such as `20.x` stands for. */
export function lineMajor(lineId: string): number {
  return Number.parseInt(lineId, 10);
}

/** The minor version of a line of one minor, such as `4.2.x` or Node's early `0.12.x`; undefined for `20.x`. */
export function lineMinor(lineId: string): number | undefined {
  const match = /^\d+\.(\d+)\.x$/.exec(lineId);
  return match ? Number(match[1]) : undefined;
}

/**
 * The first version of a line: `20.x` → `20.0.0`, `4.2.x` → `4.2.0`. A line of one minor starts there, so that a range
 * over it does not also take in the minors before it.
 */
export function lineFirstVersion(lineId: string): string {
  return `${lineMajor(lineId)}.${lineMinor(lineId) ?? 0}.0`;
}

/**
 * The first version after a line: `20.x` → `21.0.0`, `4.2.x` → `4.3.0`. A range that must cover a whole line and
 * nothing past it ends here.
 */
export function lineEndVersion(lineId: string): string {
  const minor = lineMinor(lineId);
  return minor === undefined ? `${lineMajor(lineId) + 1}.0.0` : `${lineMajor(lineId)}.${minor + 1}.0`;
}

/** The line a version belongs to by Node's numbering, for its importer: `20.3.1` → `20.x`, `0.12.17` → `0.12.x`. */
export function lineOfVersion(version: string): string | undefined {
  const parsed = parse(version);
  if (!parsed) return undefined;
  return parsed.major === 0 ? `0.${parsed.minor}.x` : `${parsed.major}.x`;
}

export function versionBelongsToLine(version: string, lineId: string): boolean {
  const parsed = parse(version);
  const minor = lineMinor(lineId);
  return parsed !== null && parsed.major === lineMajor(lineId) && (minor === undefined || parsed.minor === minor);
}

export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return semver.compare(a, b);
  return left.compare(right);
}

/** Oldest line first: `0.10.x`, `0.12.x`, `4.x`, `4.2.x`, `20.x`. */
export function compareLinesAscending(a: string, b: string): number {
  return lineMajor(a) - lineMajor(b) || (lineMinor(a) ?? -1) - (lineMinor(b) ?? -1);
}

export function compareLinesDescending(a: string, b: string): number {
  return compareLinesAscending(b, a);
}

/** The version just before a fixed one, the last that a reader on that line should consider affected. */
export function previousPatch(version: string): string | undefined {
  const parsed = parse(version);
  if (!parsed) return undefined;
  if (parsed.patch > 0) return `${parsed.major}.${parsed.minor}.${parsed.patch - 1}`;
  return undefined;
}
