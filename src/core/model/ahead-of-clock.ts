import { countOf } from '../format/count-of.ts';
import { formatMoment } from '../format/dates.ts';
import { reportPublicFrom } from './report-view.ts';
import type { SiteModel } from './types.ts';

export interface AheadOfClock {
  /** Advisories the model publishes whose release is not yet out by the clock. */
  advisories: number;
  /** Releases it shows (announced or out) that the clock would still hide, or show only as announced. */
  releases: number;
  reports: number;
  /** The latest of those moments: only from then on does the clock allow all the site shows. */
  until: string | undefined;
}

/**
 * What a model built for a moment after the clock publishes that the clock does not allow yet: a site built with
 * BULLETIN_NOW ahead is a preview, and serving it would break the embargo.
 */
export function aheadOfClock(model: SiteModel, clock: Date): AheadOfClock {
  const t = clock.getTime();
  const after = (moment: string) => Date.parse(moment) > t;
  const reportFrom = (report: { published: string }) => formatMoment(reportPublicFrom(report));
  const moments: string[] = [];
  const advisories = model.advisories.filter((advisory) => after(advisory.published));
  moments.push(...advisories.map((advisory) => advisory.published));
  const releases = model.releases.filter((release) => {
    const shown = release.phase === 'released' && after(release.releasedAt) ? release.releasedAt : release.announcedAt;
    if (!after(shown)) return false;
    moments.push(shown);
    return true;
  });
  const reports = model.reports.filter((report) => after(reportFrom(report)));
  moments.push(...reports.map(reportFrom));
  const until = moments.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
  return { advisories: advisories.length, releases: releases.length, reports: reports.length, until };
}

/** "3 advisories, 1 release", or undefined when nothing is ahead of the clock. */
export function describeAheadOfClock(ahead: AheadOfClock): string | undefined {
  const count = (n: number, one: string, many: string) => (n > 0 ? countOf(n, one, many) : '');
  const parts = [
    count(ahead.advisories, 'advisory', 'advisories'),
    count(ahead.releases, 'release', 'releases'),
    count(ahead.reports, 'report', 'reports'),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
