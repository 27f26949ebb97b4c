import type { Entry } from '../content/entry.ts';
import { formatDate } from '../format/dates.ts';
import { dateChangesAt, targetDateAt } from '../lifecycle/phase.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { type AdvisorySeverity, countBySeverity, highestSeverity, isRated } from '../severity/severity.ts';
import { compareLinesDescending } from '../versions/version.ts';
import type { LineImpact, ReleaseView, SeveritySummary } from './types.ts';

export function summarize(severities: AdvisorySeverity[]): SeveritySummary {
  const rated = severities.filter(isRated);
  return {
    total: severities.length,
    counts: countBySeverity(rated),
    unrated: severities.length - rated.length,
    highest: highestSeverity(rated),
  };
}

/** What a release says of one of its lines; undefined for a line it does not include, or for no line. */
export function impactOn(release: Pick<ReleaseView, 'lineImpacts'>, line: string | undefined): LineImpact | undefined {
  return line === undefined ? undefined : release.lineImpacts.find((impact) => impact.line === line);
}

export function releaseTitle(targetDate: string): string {
  return `Security release of ${formatDate(targetDate)}`;
}

/**
 * The part of a release that is public from its pre-announcement on. From the release's advisories it takes
 * only their severities and lines, which is all a pre-announcement may say.
 */
export function publicReleaseBase(release: Entry<ReleaseData>, advisories: Entry<AdvisoryData>[], now: Date) {
  const { data } = release;
  const lines = data.lines.map((item) => item.line).sort(compareLinesDescending);
  // Unrated (imported) advisories count apart: a release that fixes one fixes an issue, of no known severity.
  const severities = advisories.map((advisory) => advisory.data.severity);
  const lineImpacts: LineImpact[] = lines.map((line) => ({
    line,
    summary: summarize(advisories.filter((advisory) => advisory.data.lines.includes(line)).map((advisory) => advisory.data.severity)),
  }));
  const targetDate = targetDateAt(data, now);
  return {
    id: release.id,
    title: releaseTitle(targetDate),
    originalDate: data.date,
    targetDate,
    announcedAt: data.announcedAt,
    dateChanges: [...dateChangesAt(data, now)].reverse(),
    lines,
    dependencies: data.dependencies,
    summary: summarize(severities),
    lineImpacts,
  };
}

export function compareReleasesNewestFirst(a: ReleaseView, b: ReleaseView): number {
  return b.targetDate.localeCompare(a.targetDate) || b.id.localeCompare(a.id);
}
