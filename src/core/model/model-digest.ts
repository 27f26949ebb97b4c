import { createHash } from 'node:crypto';
import type { SiteModel } from './types.ts';

/** A hash of a value as JSON, Maps written as their entries. */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item));
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex');
}

// One map for every copy of this module in the process: Astro loads it once for the content loader and again in
// its page bundle, and the digest that came with the build script's model must reach both.
const shared = globalThis as typeof globalThis & { [key: symbol]: WeakMap<SiteModel, string> | undefined };
const DIGESTS = Symbol.for('bulletin.modelDigests');
shared[DIGESTS] ??= new WeakMap<SiteModel, string>();
const digests = shared[DIGESTS];

/**
 * A hash of everything the model publishes, its moment left out. What the moment decides (each release's phase,
 * which advisories and reports are public, the banner) is in the views, hence in the hash; the moment itself is
 * printed by no page, so two moments at which the same things are public give the same digest and the same pages.
 * The renderable files are left out too: their front matter is in the views, and a page that shows a body keys it
 * by the body's own digest, so editing one body changes no page that does not show it.
 */
export function modelDigest(model: SiteModel): string {
  let digest = digests.get(model);
  if (!digest) {
    digest = digestOf({ ...model, now: undefined, renderable: undefined });
    digests.set(model, digest);
  }
  return digest;
}

/** For a model that arrives with its digest already taken, as the build script's snapshot does. */
export function rememberModelDigest(model: SiteModel, digest: string): void {
  digests.set(model, digest);
}
