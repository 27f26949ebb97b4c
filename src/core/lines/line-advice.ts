import { formatDate } from '../format/dates.ts';
import { overduePhrase } from '../format/overdue-phrase.ts';
import { describeSeverityCounts } from '../format/severity-phrases.ts';
import { versionLabel } from '../format/version-label.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { LinePage } from './line-view.ts';
import { describeMinimumSecureVersion } from './minimum-secure-phrase.ts';

/**
 * What a reader of the line should do, as the line's page and the lines index say it: the minimum secure version,
 * and, while a release that includes the line is pre-announced, that it is coming. Without the second half the
 * pre-announcement week reads "No published advisory affects 18.x" beside a high-severity release due in days.
 */
export function describeLineAdvice(
  page: Pick<LinePage, 'minimum' | 'endOfLife' | 'upcoming'> & Partial<Pick<LinePage, 'cancelled' | 'canMove'>> & { line: { id: string } },
  site: Pick<SiteConfig, 'versionPrefix'>,
): string {
  const label = (version: string) => versionLabel(site, version);
  const { minimum, endOfLife, upcoming } = page;
  const lineId = page.line.id;
  const next = [...upcoming].sort((a, b) => a.release.targetDate.localeCompare(b.release.targetDate))[0];
  const advice = describeMinimumSecureVersion(minimum, lineId, endOfLife, label, page.canMove);
  if (endOfLife || minimum.kind === 'unfixed') return advice;
  const dropped = page.cancelled?.[0];
  if (!next && dropped) {
    // A cancelled release leaves what it announced unfixed: no advisory yet is no all-clear.
    const left = `the cancelled release of ${formatDate(dropped.release.targetDate)} had announced ${describeSeverityCounts(dropped.impact.summary)} for it, not fixed yet`;
    return minimum.kind === 'none'
      ? `No published advisory affects ${lineId}, but ${left}.`
      : `Upgrade to ${label(minimum.version)} or later; ${left}.`;
  }
  if (!next) return advice;
  const due = formatDate(next.release.targetDate);
  const counts = next.impact && next.impact.summary.total > 0 ? ` (${describeSeverityCounts(next.impact.summary)})` : '';
  if (next.release.overdue) {
    return minimum.kind === 'none'
      ? `No published advisory affects ${lineId} yet, but a security release for it${counts} ${overduePhrase(due)}: upgrade as soon as it is out.`
      : `Upgrade to ${label(minimum.version)} or later now, and again when a security release for ${lineId}${counts} is out: it ${overduePhrase(due)}.`;
  }
  if (minimum.kind === 'none') {
    return `No published advisory affects ${lineId} yet, but a security release for it is due on ${due}${counts}: plan to upgrade that day.`;
  }
  return `Upgrade to ${label(minimum.version)} or later now, and again on ${due}, when a security release for ${lineId} is due${counts}.`;
}
