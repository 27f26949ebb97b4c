import { formatDiagnostic } from '../core/content/diagnostic';
import { resolveContentRoots } from '../core/content/roots';
import { resolveNow } from '../core/lifecycle/now';
import { loadSiteModel } from '../core/load-site';
import type { SiteModel } from '../core/model/types';
import { MODEL_SNAPSHOT_VARIABLE, readModelSnapshot } from './model-snapshot';

const shared = globalThis as typeof globalThis & { __bulletinSiteModel?: SiteModel };

/**
 * The one model of the site for this build's moment. Pages, endpoints and the content loader all read it; it is
 * built once per process so that every output agrees on the same `now`.
 */
export function getSiteModel(): SiteModel {
  if (shared.__bulletinSiteModel) return shared.__bulletinSiteModel;
  const now = resolveNow();
  const snapshot = process.env[MODEL_SNAPSHOT_VARIABLE];
  if (snapshot) {
    shared.__bulletinSiteModel = readModelSnapshot(snapshot, now);
    return shared.__bulletinSiteModel;
  }
  const { model, diagnostics } = loadSiteModel(resolveContentRoots(process.cwd()), now);
  if (!model) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error');
    throw new Error(`Bulletin content has ${errors.length} error(s); run npm run check\n${errors.map(formatDiagnostic).join('\n')}`);
  }
  shared.__bulletinSiteModel = model;
  return model;
}
