import semver from 'semver';

/** The major version a line id such as `20.x` stands for. */
export function lineMajor(lineId: string): number {
  return Number.parseInt(lineId, 10);
}

export function versionBelongsToLine(version: string, lineId: string): boolean {
  const parsed = semver.parse(version);
  return parsed !== null && parsed.major === lineMajor(lineId);
}

export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}

export function compareLinesDescending(a: string, b: string): number {
  return lineMajor(b) - lineMajor(a);
}

/** The version just before a fixed one, the last that a reader on that line should consider affected. */
export function previousPatch(version: string): string | undefined {
  const parsed = semver.parse(version);
  if (!parsed) return undefined;
  if (parsed.patch > 0) return `${parsed.major}.${parsed.minor}.${parsed.patch - 1}`;
  return undefined;
}
