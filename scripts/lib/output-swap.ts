import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processIsAlive } from './build-lock.ts';

/**
 * A build writes into a staging folder beside the output and swaps it in only when every step has passed, so the
 * published folder is never half-written.
 */
export function stagingFolder(outDir: string, pid = process.pid): string {
  return join(dirname(outDir), `.${basename(outDir)}.staging-${pid}`);
}

/**
 * Replaces the output folder by the staging one; if the second rename fails, the previous site is put back. The
 * replaced site stays beside the output, as `<staging>.previous`, until the next build removes it.
 */
export function swapIn(staging: string, outDir: string): void {
  const previous = `${staging}.previous`;
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
}

/**
 * Removes what earlier builds left beside the output: staging folders of builds that were killed outright, the
 * sites that finished builds replaced, and anything else named after a build that is gone (its model snapshot, the
 * pages it linked for a search index part). Removing thousands of files takes seconds, so a build starts this and
 * lets it run beside Astro instead of waiting for it at the end.
 */
export function removeLeftovers(outDir: string, pid = process.pid): Promise<unknown> {
  const prefix = `.${basename(outDir)}.staging-`;
  const parent = dirname(outDir);
  if (!existsSync(parent)) return Promise.resolve();
  const removals: Promise<void>[] = [];
  for (const name of readdirSync(parent)) {
    const owner = Number(/^(\d+)(?:\.[\w.]+)?$/.exec(name.slice(prefix.length))?.[1]);
    if (name.startsWith(prefix) && Number.isFinite(owner) && owner !== pid && !processIsAlive(owner)) {
      removals.push(rm(join(parent, name), { recursive: true, force: true }));
    }
  }
  return Promise.allSettled(removals);
}
