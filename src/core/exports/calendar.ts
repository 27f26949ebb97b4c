import { describeSeverityCounts, joinList } from '../format/severity-phrases';
import type { ReleaseView, SiteModel } from '../model/types';
import { escapeIcsText, icsDate, icsDateTime, icsDocument } from './ics-text';

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Stable for the life of a release: its id keeps the first announced date even when the date moves. */
export function releaseEventUid(release: ReleaseView, siteUrl: string): string {
  return `release-${release.id}@${new URL(siteUrl).host}`;
}

function lastChange(release: ReleaseView): string {
  return release.dateChanges[0]?.at ?? release.announcedAt;
}

function releaseEvent(release: ReleaseView, model: SiteModel, url: string): string[] {
  const { site } = model;
  const cancelled = release.phase === 'cancelled';
  const description = cancelled
    ? `Cancelled. ${'cancelled' in release ? release.cancelled.note : ''}`
    : `New versions of ${site.project} ${joinList(release.lines)} are planned to fix ${describeSeverityCounts(release.summary)}. ` +
      `${site.releaseTiming} ${url}`;
  return [
    'BEGIN:VEVENT',
    `UID:${releaseEventUid(release, site.url)}`,
    // Calendars replace an event when its SEQUENCE grows: one step per date change, one more for a cancellation.
    `SEQUENCE:${release.dateChanges.length + (cancelled ? 1 : 0)}`,
    `DTSTAMP:${icsDateTime(model.now)}`,
    `CREATED:${icsDateTime(release.announcedAt)}`,
    `LAST-MODIFIED:${icsDateTime(cancelled && 'cancelled' in release ? release.cancelled.at : lastChange(release))}`,
    `DTSTART;VALUE=DATE:${icsDate(release.targetDate)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(release.targetDate))}`,
    `SUMMARY:${escapeIcsText(`${site.project} security release (${joinList(release.lines)})`)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    `URL:${url}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'TENTATIVE'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The calendar of upcoming security releases: every announced release not yet out, dated on its current target date.
 * A cancelled release stays, marked cancelled, until its date has passed, so subscribed calendars drop it.
 */
export function releaseCalendar(model: SiteModel, releaseUrl: (id: string) => string): string {
  const today = model.now.toISOString().slice(0, 10);
  const upcoming = model.releases
    .filter((release) => release.phase === 'announced' || (release.phase === 'cancelled' && release.targetDate >= today))
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.id.localeCompare(b.id));
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Bulletin//${escapeIcsText(model.site.name)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(`${model.site.project} security releases`)}`,
    ...upcoming.flatMap((release) => releaseEvent(release, model, releaseUrl(release.id))),
    'END:VCALENDAR',
  ]);
}
