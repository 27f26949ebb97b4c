import { createHash } from 'node:crypto';
import type { SiteModel } from './types';

const digests = new WeakMap<SiteModel, string>();

/**
 * A hash of everything the model holds, `now` included. Pages are drawn from the model and, for a page with a
 * body, from that body alone, so a page whose model digest and body are unchanged would be drawn the same again.
 */
export function modelDigest(model: SiteModel): string {
  let digest = digests.get(model);
  if (!digest) {
    const json = JSON.stringify(model, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
    digest = createHash('sha256').update(json).digest('hex');
    digests.set(model, digest);
  }
  return digest;
}
