import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { linkOrCopy } from '../../src/integration/cached-file.ts';

/** Every file below a folder (a link counts when it leads to a file), relative, with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && statSync(join(entry.parentPath, entry.name)).isFile()))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Hard-links the files at `paths` below one folder into another, making folders as needed; copies where links fail. */
export function linkFiles(from: string, to: string, paths: string[]): void {
  for (const folder of new Set(paths.map((path) => dirname(join(to, path))))) mkdirSync(folder, { recursive: true });
  for (const path of paths) linkOrCopy(join(from, path), join(to, path));
}
