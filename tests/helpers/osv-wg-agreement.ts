import { createRequire } from 'node:module';
import semver from 'semver';
import { osvAffects } from './osv-evaluate.ts';

type Event = { introduced?: string; fixed?: string; last_affected?: string; limit?: string };
type Record = { affected: { ranges: { type: string; events: Event[] }[] }[] };

/** Every minor Node.js has published, from the `node-releases` package: the real versions a user may run. */
const RELEASED: string[] = (() => {
  const require = createRequire(import.meta.url);
  const versions = require('node-releases/data/processed/envs.json') as { version: string }[];
  return [...new Set(versions.map((item) => item.version))].filter((version) => semver.valid(version));
})();

/** A version and those next to it, where a bound of either side could make the answer change. */
function around(version: string): string[] {
  const parsed = semver.parse(version);
  if (!parsed) return [];
  const { major, minor, patch } = parsed;
  return [
    `${major}.${minor}.${patch}`,
    `${major}.${minor}.${patch + 1}`,
    ...(patch > 0 ? [`${major}.${minor}.${patch - 1}`] : []),
    `${major}.${minor + 1}.0`,
    `${major + 1}.0.0`,
  ];
}

/**
 * The versions where the record and the working group's entry could disagree: every version either names, with its
 * neighbours, and every minor ever released. Both sides change their answer only at versions they name, so agreeing on
 * these is agreeing on every release version.
 */
function versionsToCompare(record: Record, entry: { vulnerable: string; patched: string }): string[] {
  const named = [entry.vulnerable, entry.patched].flatMap((range) =>
    new semver.Range(range).set
      .flat()
      .flatMap((comparator) => (comparator.semver instanceof semver.SemVer ? [comparator.semver.version] : [])),
  );
  const events = record.affected.flatMap((affected) =>
    affected.ranges.flatMap((range) => range.events.flatMap((event) => Object.values(event).filter((version) => version !== '0'))),
  );
  return [...new Set(['0.0.0', ...RELEASED, ...[...named, ...events].flatMap(around)])].sort(semver.compare);
}

/**
 * The versions an OSV record and a security-wg entry answer differently: OSV by its specification's evaluation, the
 * entry as is-my-node-vulnerable reads it (`satisfies(v, vulnerable) && !satisfies(v, patched)`).
 */
export function osvWgDisagreements(record: Record, entry: { vulnerable: string; patched: string }): string[] {
  const vulnerable = new semver.Range(entry.vulnerable);
  const patched = new semver.Range(entry.patched);
  return versionsToCompare(record, entry).filter(
    (version) => osvAffects(record, version) !== (vulnerable.test(version) && !patched.test(version)),
  );
}
