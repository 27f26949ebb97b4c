import { createHash } from 'node:crypto';
import type { SiteModel } from './types.ts';

/** A hash of a value as JSON, Maps written as their entries. */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item));
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex');
}

const digests = new WeakMap<SiteModel, string>();

/**
 * A hash of everything the model publishes, its moment left out. What the moment decides (each release's phase,
 * which advisories and reports are public, the banner) is in the views, hence in the hash; the moment itself is
 * printed by no page, so two moments at which the same things are public give the same digest and the same pages.
 */
export function modelDigest(model: SiteModel): string {
  let digest = digests.get(model);
  if (!digest) {
    digest = digestOf({ ...model, now: undefined });
    digests.set(model, digest);
  }
  return digest;
}
