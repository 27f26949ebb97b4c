import { type Diagnostic, formatDiagnostic } from '../core/content/diagnostic.ts';
import { resolveContentRoots } from '../core/content/roots.ts';
import { resolveNow } from '../core/lifecycle/now.ts';
import type { SiteModel } from '../core/model/types.ts';
import { MODEL_SNAPSHOT_VARIABLE, readModelSnapshot, waitForModelSnapshot } from './model-snapshot.ts';

const shared = globalThis as typeof globalThis & {
  __bulletinSiteModel?: SiteModel;
  __bulletinSiteModelLoad?: Promise<SiteModel>;
};

/**
 * The one model of the site for this build's moment. Pages, endpoints and the content loader all read it; it is
 * built once per process so that every output agrees on the same `now`. Under `npm run build` it comes from the
 * build script's snapshot; otherwise siteModelReady() reads the content first, as the content loader does before
 * any page is drawn.
 */
export function getSiteModel(): SiteModel {
  if (shared.__bulletinSiteModel) return shared.__bulletinSiteModel;
  const snapshot = process.env[MODEL_SNAPSHOT_VARIABLE];
  if (!snapshot) throw new Error('the site model was asked for before it was read; await siteModelReady() first');
  shared.__bulletinSiteModel = readModelSnapshot(snapshot, resolveNow());
  return shared.__bulletinSiteModel;
}

/**
 * The model, once it is there. Under `npm run build`, Astro starts before the build script has finished checking
 * the content, so the first reader waits for its snapshot. Otherwise the content is read and checked here; the
 * checks are imported only then, so that a build with a snapshot never loads them.
 */
export function siteModelReady(): Promise<SiteModel> {
  if (shared.__bulletinSiteModel) return Promise.resolve(shared.__bulletinSiteModel);
  // Astro runs the collections' loaders side by side; they share one read of the content.
  shared.__bulletinSiteModelLoad ??= readSiteModel().then((model) => {
    shared.__bulletinSiteModel ??= model;
    return shared.__bulletinSiteModel;
  });
  return shared.__bulletinSiteModelLoad;
}

async function readSiteModel(): Promise<SiteModel> {
  const snapshot = process.env[MODEL_SNAPSHOT_VARIABLE];
  if (snapshot) {
    await waitForModelSnapshot(snapshot);
    return getSiteModel();
  }
  const { model, diagnostics } = await readContent();
  if (!model) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error');
    throw new Error(`Bulletin content has ${errors.length} error(s); run npm run check\n${errors.map(formatDiagnostic).join('\n')}`);
  }
  return model;
}

async function readContent(): Promise<{ model: SiteModel | undefined; diagnostics: Diagnostic[] }> {
  const { loadSiteModel } = await import('../core/load-site.ts');
  return loadSiteModel(resolveContentRoots(process.cwd()), resolveNow());
}

/** The dev server's model after an edit: pages drawn from now on, and the content loaders run again, read it. */
export function replaceSiteModel(model: SiteModel): void {
  shared.__bulletinSiteModel = model;
  shared.__bulletinSiteModelLoad = Promise.resolve(model);
}
