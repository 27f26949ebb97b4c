import { getCollection } from 'astro:content';
import { anyLineSupported } from '../core/lines/line-status.ts';
import { digestOf, modelDigest } from '../core/model/model-digest.ts';
import type { AdvisoryView, SiteModel } from '../core/model/types.ts';
import { layoutData } from './layout-data.ts';
import { ogCardForPath } from './og-cards.ts';
import { getSiteModel } from './site-model.ts';
import { paths } from './urls.ts';

/*
 * Keys for Astro's incremental build: a page whose key is unchanged since the last build is copied from it, not
 * drawn again. A key must change whenever anything the page shows does, so each one is a digest of the page's
 * inputs. No page prints the build's moment, so a build for a later moment at which nothing new became public
 * copies every page.
 */

/** Pages that read across the model (lists, line pages): the whole model. */
export function modelCacheKey(): string {
  return modelDigest(getSiteModel());
}

/** Release and report pages: the whole model, and their own body. Editing one body redraws that one page. */
export async function bodyCacheKeys(collection: keyof SiteModel['renderable']): Promise<(id: string) => string> {
  const model = modelCacheKey();
  const bodies = await bodyDigests(collection);
  return (id) => `${model}:${bodies.get(id) ?? 'no body'}`;
}

/**
 * Advisory pages, the site's bulk: what BaseLayout shows on every page (layoutData: the site, the banner, the
 * feeds), the advisory's own view, whether any line is still supported, its Open Graph card and its body. Editing
 * one advisory redraws its page alone; a new banner redraws them all.
 */
export async function advisoryCacheKeys(): Promise<(advisory: AdvisoryView) => string> {
  const model = getSiteModel();
  const layout = digestOf(layoutData(model));
  const bodies = await bodyDigests('advisories');
  // Whether a reader of an advisory that names ended lines can be told to move to a supported one.
  const canMove = anyLineSupported(model.lines);
  return (advisory) =>
    `${digestOf([layout, advisory, canMove, ogCardForPath(model, paths.advisory(advisory.id))])}:${bodies.get(advisory.id) ?? 'no body'}`;
}

async function bodyDigests(collection: keyof SiteModel['renderable']): Promise<Map<string, string>> {
  return new Map((await getCollection(collection)).map((entry) => [entry.id, String(entry.digest ?? '')]));
}
