import type { SiteModel } from './types';

/** What a build publishes, in one line for the build's log: "3 releases (1 pre-announced), 10 advisories, 2 reports". */
export function publishedSummary(model: SiteModel): string {
  const announced = model.releases.filter((release) => release.phase === 'announced').length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    `${count(model.releases.length, 'release', 'releases')} (${announced} pre-announced), ` +
    `${count(model.advisories.length, 'advisory', 'advisories')}, ${count(model.reports.length, 'report', 'reports')}`
  );
}
