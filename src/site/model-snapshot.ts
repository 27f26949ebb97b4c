import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { SiteModel } from '../core/model/types';

/**
 * `npm run build` checks the content and builds the model before it starts Astro; it hands that model over in a
 * file named by this variable, so that Astro does not read and check every content file a second time. The model
 * is already past the embargo gate, so the file holds nothing that the site may not show.
 */
export const MODEL_SNAPSHOT_VARIABLE = 'BULLETIN_MODEL_SNAPSHOT';

interface Snapshot {
  now: string;
  model: SiteModel;
}

export function writeModelSnapshot(file: string, model: SiteModel): void {
  writeFileSync(file, serialize({ now: model.now.toISOString(), model } satisfies Snapshot));
}

/** The model in the snapshot, which must be the one for `now`: a build for another moment must not use it. */
export function readModelSnapshot(file: string, now: Date): SiteModel {
  const snapshot = deserialize(readFileSync(file)) as Snapshot;
  if (snapshot.now !== now.toISOString()) {
    throw new Error(`the model in ${file} is for ${snapshot.now}, not for this build's moment ${now.toISOString()}`);
  }
  return snapshot.model;
}
