import { exportPaths } from '../core/exports/export-paths.ts';
import { feedCatalog } from '../core/feeds/feed-catalog.ts';
import type { SiteModel } from '../core/model/types.ts';

/**
 * All that BaseLayout and its feed links show from the model. They read it through this alone, and the advisory
 * pages' cache keys (page-cache-key.ts) digest exactly this, so a layout that showed more could not leave those
 * pages stale: what it shows would be in their keys.
 */
export function layoutData(model: SiteModel) {
  return {
    site: model.site,
    banner: model.banner,
    feeds: feedCatalog(model).map(({ path, title }) => ({ path, title })),
    calendar: { path: exportPaths.calendar(), title: `${model.site.project} security release calendar` },
    // A team that writes no monthly reports, or keeps no initiatives, is not offered empty sections.
    sections: { reports: model.reports.length > 0, initiatives: model.initiatives.length > 0 },
  };
}

export type LayoutData = ReturnType<typeof layoutData>;
