import { countOf } from '../format/count-of.ts';
import type { SiteModel } from './types.ts';

/** How much the model publishes: the build's log line and /api/build.json both report it. */
export function publishedCounts(model: SiteModel) {
  return {
    releases: model.releases.length,
    preAnnounced: model.releases.filter((release) => release.phase === 'announced').length,
    advisories: model.advisories.length,
    reports: model.reports.length,
  };
}

/** What a build publishes, in one line for the build's log: "3 releases (1 pre-announced), 10 advisories, 2 reports". */
export function publishedSummary(model: SiteModel): string {
  const published = publishedCounts(model);
  return (
    `${countOf(published.releases, 'release')} (${published.preAnnounced} pre-announced), ` +
    `${countOf(published.advisories, 'advisory', 'advisories')}, ${countOf(published.reports, 'report')}`
  );
}
