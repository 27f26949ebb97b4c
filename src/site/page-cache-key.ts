import { getCollection } from 'astro:content';
import { anyLineSupported } from '../core/lines/line-status.ts';
import { digestOf, modelDigest } from '../core/model/model-digest.ts';
import type { AdvisoryView, ReleaseView, SiteModel } from '../core/model/types.ts';
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

/** Pages that read across the model (lists, line pages, filtered lists): the whole model. */
export function modelCacheKey(): string {
  return modelDigest(getSiteModel());
}

/** Report pages: the whole model (a report's figures and charts read across it), and their own body. */
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
  // Whether a reader of an advisory that names ended lines can be told to move to a supported one.
  return ownCacheKeys('advisories', paths.advisory, anyLineSupported(getSiteModel().lines));
}

/**
 * Release pages: what BaseLayout shows, the release's own view (the views of its advisories within it), its card and
 * its body. Correcting one advisory redraws its release's page, not every release's.
 */
export async function releaseCacheKeys(): Promise<(release: ReleaseView) => string> {
  return ownCacheKeys('releases', paths.release);
}

/** Keys for pages that show one view of the model, the layout and whatever else is named in `alsoShown`. */
async function ownCacheKeys<View extends { id: string }>(
  collection: keyof SiteModel['renderable'],
  pathOf: (id: string) => string,
  alsoShown?: unknown,
): Promise<(view: View) => string> {
  const model = getSiteModel();
  const layout = digestOf(layoutData(model));
  const bodies = await bodyDigests(collection);
  return (view) => `${digestOf([layout, view, alsoShown, ogCardForPath(model, pathOf(view.id))])}:${bodies.get(view.id) ?? 'no body'}`;
}

async function bodyDigests(collection: keyof SiteModel['renderable']): Promise<Map<string, string>> {
  return new Map((await getCollection(collection)).map((entry) => [entry.id, String(entry.digest ?? '')]));
}
