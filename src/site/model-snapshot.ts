import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { SiteModel } from '../core/model/types';

/**
 * `npm run build` starts Astro first and checks the content while Astro starts up; it then hands its model over in
 * a file named by this variable, so that Astro does not read and check every content file a second time. The model
 * is already past the embargo gate, so the file holds nothing that the site may not show.
 */
export const MODEL_SNAPSHOT_VARIABLE = 'BULLETIN_MODEL_SNAPSHOT';

interface Snapshot {
  now: string;
  model: SiteModel;
}

/** Written under another name and renamed, so that the file appears complete or not at all. */
export function writeModelSnapshot(file: string, model: SiteModel): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize({ now: model.now.toISOString(), model } satisfies Snapshot));
  renameSync(temporary, file);
}

/** The model in the snapshot, which must be the one for `now`: a build for another moment must not use it. */
export function readModelSnapshot(file: string, now: Date): SiteModel {
  const snapshot = deserialize(readFileSync(file)) as Snapshot;
  if (snapshot.now !== now.toISOString()) {
    throw new Error(`the model in ${file} is for ${snapshot.now}, not for this build's moment ${now.toISOString()}`);
  }
  return snapshot.model;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the snapshot is there. The build script either writes it or stops this process; if the script
 * itself dies first, this process has a new parent and gives up instead of waiting for ever.
 */
export async function waitForModelSnapshot(file: string, pollMs = 20): Promise<void> {
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw new Error(`the build that started Astro stopped before handing over its model (${file})`);
    await sleep(pollMs);
  }
}
