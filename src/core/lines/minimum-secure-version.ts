import { compareVersions } from '../versions/version.ts';
import { countsForVersions, type LineAdvisory } from './line-advisories.ts';

/**
 * What a reader on a line should run.
 * - `upgrade`: the highest fixed version among the line's advisories; it carries every earlier fix of the line too.
 * - `unfixed`: some advisories have no fix on this line (it had reached end-of-life), so no version of it is secure;
 *   `lastFix` is the newest version that did ship fixes, if any.
 * - `none`: no published advisory affects the line.
 */
export type MinimumSecureVersion =
  | { kind: 'upgrade'; version: string }
  | { kind: 'unfixed'; lastFix: string | undefined; unfixed: number }
  | { kind: 'none' };

export function minimumSecureVersion(items: readonly LineAdvisory[]): MinimumSecureVersion {
  const counted = items.filter(countsForVersions);
  const fixed = counted.flatMap((item) => (item.fixedVersion ? [item.fixedVersion] : [])).sort(compareVersions);
  const highest = fixed.at(-1);
  const unfixed = counted.length - fixed.length;
  if (unfixed > 0) return { kind: 'unfixed', lastFix: highest, unfixed };
  return highest ? { kind: 'upgrade', version: highest } : { kind: 'none' };
}
