import { getCollection } from 'astro:content';
import { modelDigest } from '../core/model/model-digest';
import type { SiteModel } from '../core/model/types';
import { getSiteModel } from './site-model';

/**
 * Keys for Astro's incremental build: a page whose key is unchanged since the last build is copied from it, not
 * drawn again. A page is drawn from the model (`now` included) and at most its own body, so its key is the model's
 * digest, joined with the body's digest where it has one. Editing one body redraws that one page.
 */
export function modelCacheKey(): string {
  return modelDigest(getSiteModel());
}

export async function bodyCacheKeys(collection: keyof SiteModel['renderable']): Promise<(id: string) => string> {
  const model = modelCacheKey();
  const bodies = new Map((await getCollection(collection)).map((entry) => [entry.id, entry.digest ?? '']));
  return (id) => `${model}:${bodies.get(id) ?? 'no body'}`;
}
