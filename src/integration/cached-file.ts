import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** Written beside its final name, then renamed, so a build that stops halfway never leaves a broken cached file. */
export function writeAtomically(path: string, bytes: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/**
 * Hard-linked where the file system allows, which costs no copy. Cached files and built sites are only ever
 * replaced by rename, never written in place, so a file shared between the cache and a site never changes under
 * either of them.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') rmSync(to, { force: true });
    copyFileSync(from, to);
  }
}
