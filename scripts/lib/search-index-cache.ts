import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIsAlive } from './build-lock.ts';
import { filesUnder, linkFiles } from './folder-files.ts';

/**
 * Pagefind cannot update an index, only build one from every page, which takes seconds on a large site. Its output
 * depends only on the pages it reads and on its own version and options, so a build whose pages are byte for byte
 * those of an earlier build takes that build's index from here instead.
 */

/** Enough for a steward switching between a few content folders or moments without rebuilding each time. */
export const ENTRIES_KEPT = 3;
const TEMPORARY = /\.tmp-(\d+)$/;

/** Where indexes are kept between builds; BULLETIN_SEARCH_CACHE_DIR moves it, e.g. to a CI cache folder. */
export function searchCacheDir(root: string): string {
  return process.env.BULLETIN_SEARCH_CACHE_DIR || join(root, 'node_modules', '.cache', 'bulletin-search');
}

export interface SitePage {
  /** Relative to the site folder, with forward slashes: it becomes the result's URL. */
  path: string;
  bytes: Buffer;
}

/** The pages below siteDir whose paths match, read once for both the key and the split into parts. */
export function sitePages(siteDir: string, pattern: RegExp): SitePage[] {
  return filesUnder(siteDir)
    .filter((file) => pattern.test(file))
    .map((path) => ({ path, bytes: readFileSync(join(siteDir, path)) }));
}

/** A digest of the pages an index is built from, with their paths (they become the results' URLs), and of how it is built (`settings`). */
export function pagesKey(pages: SitePage[], settings: string): string {
  const hash = createHash('sha256').update(settings).update('\0');
  for (const { path, bytes } of pages) hash.update(`${path}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex').slice(0, 32);
}

/** Written last into an entry: an entry without it, or with a file missing or of another size, is not used. */
const MANIFEST = '.bulletin-entry.json';

type Manifest = { path: string; size: number }[];

/** Puts the index kept under key into target and says so; false when there is no whole one, target then left absent. */
export function restoreSearchIndex(cacheDir: string, key: string, target: string): boolean {
  const entry = join(cacheDir, key);
  if (!existsSync(entry)) return false;
  try {
    const manifest = JSON.parse(readFileSync(join(entry, MANIFEST), 'utf-8')) as Manifest;
    for (const { path, size } of manifest) {
      if (statSync(join(entry, path)).size !== size) throw new Error(`${path} has changed in the cache`);
    }
    linkFiles(
      entry,
      target,
      manifest.map((file) => file.path),
    );
    const now = new Date();
    utimesSync(entry, now, now);
    return true;
  } catch {
    // An entry damaged or emptied by hand, or by a CI cache restored halfway, is a miss: it goes, and the index is
    // built again and kept anew.
    rmSync(target, { recursive: true, force: true });
    removeEntry(entry);
    return false;
  }
}

/**
 * Keeps the index just written to source under key, then drops all but the `keep` most recently used entries (an
 * index in parts counts each part).
 */
export function keepSearchIndex(cacheDir: string, key: string, source: string, keep = ENTRIES_KEPT): void {
  const entry = join(cacheDir, key);
  const temporary = `${entry}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  const paths = filesUnder(source);
  linkFiles(source, temporary, paths);
  const manifest: Manifest = paths.map((path) => ({ path, size: statSync(join(source, path)).size }));
  writeFileSync(join(temporary, MANIFEST), JSON.stringify(manifest));
  // The folder appears under its key complete or not at all; another build may have kept the same index first.
  if (existsSync(entry)) rmSync(temporary, { recursive: true, force: true });
  else renameSync(temporary, entry);
  pruneSearchCache(cacheDir, keep);
}

/** Renamed away first, so that no build can find an entry while it is half removed. */
function removeEntry(entry: string): void {
  const doomed = `${entry}.tmp-${process.pid}`;
  try {
    renameSync(entry, doomed);
  } catch {
    return;
  }
  rmSync(doomed, { recursive: true, force: true });
}

function pruneSearchCache(cacheDir: string, keep: number): void {
  const entries: { path: string; used: number }[] = [];
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const writer = TEMPORARY.exec(name)?.[1];
    if (writer !== undefined) {
      if (!processIsAlive(Number(writer))) rmSync(path, { recursive: true, force: true });
    } else {
      entries.push({ path, used: statSync(path).mtimeMs });
    }
  }
  entries.sort((a, b) => b.used - a.used);
  for (const { path } of entries.slice(keep)) removeEntry(path);
}
