import { lineOfVersion } from '../versions/version.ts';

/** The database writes ranges by hand: leading spaces and doubled spaces occur and mean nothing. */
export function normalizeRange(range: string): string {
  return range.trim().replace(/\s+/g, ' ');
}

export interface FixedVersions {
  /** The first fixed version of each line the patched range names, in the range's order. */
  byLine: Map<string, string>;
  /** Parts of the range that name no version, or a second version for a line already named. */
  unmapped: string[];
}

const VERSION = /\d+\.\d+\.\d+/;

/**
 * The fixed version per release line of a patched range such as `^16.20.1 || ^18.16.1 || >= 20.3.1`: each `||` part
 * names the first fixed version of one line.
 */
export function fixedVersionsOf(patched: string): FixedVersions {
  const byLine = new Map<string, string>();
  const unmapped: string[] = [];
  for (const part of normalizeRange(patched).split('||')) {
    const comparator = part.trim();
    if (!comparator) continue;
    const version = VERSION.exec(comparator)?.[0];
    const line = version ? lineOfVersion(version) : undefined;
    if (!version || !line || byLine.has(line)) unmapped.push(comparator);
    else byLine.set(line, version);
  }
  return { byLine, unmapped };
}
