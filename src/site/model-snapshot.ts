import { existsSync, readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { modelDigest, rememberModelDigest } from '../core/model/model-digest.ts';
import type { SiteModel } from '../core/model/types.ts';
import { writeAtomically } from '../integration/cached-file.ts';

/**
 * `npm run build` starts Astro first and checks the content while Astro starts up; it then hands its model over in
 * a file named by this variable, so that Astro does not read and check every content file a second time. The model
 * is already past the embargo gate, so the file holds nothing that the site may not show.
 */
export const MODEL_SNAPSHOT_VARIABLE = 'BULLETIN_MODEL_SNAPSHOT';

interface Snapshot {
  now: string;
  model: SiteModel;
  /** Taken by the build script, which needs it anyway, rather than again on Astro's critical path. */
  digest: string;
}

/** The build script's process id, which Astro watches while it waits: a build that dies takes no model with it. */
export const BUILD_PID_VARIABLE = 'BULLETIN_BUILD_PID';

/** Written atomically, so that Astro, which waits for the file, finds it complete or not at all. */
export function writeModelSnapshot(file: string, model: SiteModel): void {
  writeAtomically(file, serialize({ now: model.now.toISOString(), model, digest: modelDigest(model) } satisfies Snapshot));
}

/** The model in the snapshot, which must be the one for `now`: a build for another moment must not use it. */
export function readModelSnapshot(file: string, now: Date): SiteModel {
  const snapshot = deserialize(readFileSync(file)) as Snapshot;
  if (snapshot.now !== now.toISOString()) {
    throw new Error(`the model in ${file} is for ${snapshot.now}, not for this build's moment ${now.toISOString()}`);
  }
  rememberModelDigest(snapshot.model, snapshot.digest);
  return snapshot.model;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the snapshot is there. The build script either writes it or stops this process; if the script
 * itself dies first (this process then has another parent), waiting ends with an error instead of going on for ever.
 */
export async function waitForModelSnapshot(
  file: string,
  pollMs = 20,
  parent = Number(process.env[BUILD_PID_VARIABLE] ?? process.ppid),
): Promise<void> {
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw new Error(`the build that started Astro stopped before handing over its model (${file})`);
    await sleep(pollMs);
  }
}
