import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The lockfiles Astro's incremental build reads too, so that both agree on when the dependencies changed. */
const LOCKFILES = ['pnpm-lock.yaml', 'package-lock.json', 'yarn.lock', 'bun.lock', 'bun.lockb'];

/** The lockfiles of the first folder, from `root` upwards, that has any (a workspace keeps them above the project). */
export function findLockfiles(root: string): string[] {
  let folder = resolve(root);
  for (;;) {
    const found = LOCKFILES.map((name) => join(folder, name)).filter((path) => existsSync(path));
    if (found.length > 0 || dirname(folder) === folder) return found;
    folder = dirname(folder);
  }
}

/**
 * A digest of the installed dependencies, as their lockfiles pin them. A body rendered by an older remark-gfm or
 * Shiki must not outlive an upgrade in Astro's data store: Astro clears the store when its own version or the config
 * changes, never when a Markdown plugin does. "none" without a lockfile.
 */
export function dependencyDigest(root: string): string {
  const lockfiles = findLockfiles(root);
  if (lockfiles.length === 0) return 'none';
  const hash = createHash('sha256');
  for (const path of lockfiles) hash.update(`${basename(path)}\0`).update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}
