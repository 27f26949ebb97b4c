import { addDays, utcDay } from '../format/dates.ts';
import { describeSeverityCounts, joinList } from '../format/severity-phrases.ts';
import { versionLabel } from '../format/version-label.ts';
import type { ReleaseView, SiteModel } from '../model/types.ts';
import { escapeIcsText, icsDate, icsDateTime, icsDocument } from './ics-text.ts';

/** Stable for the life of a release: its id keeps the first announced date even when the date moves. */
export function releaseEventUid(release: ReleaseView, siteUrl: string): string {
  return `release-${release.id}@${new URL(siteUrl).host}`;
}

function lastChange(release: ReleaseView): string {
  return release.dateChanges[0]?.at ?? release.announcedAt;
}

/** What the event says and how it stands, by the release's phase. */
function eventState(release: ReleaseView, model: SiteModel, url: string) {
  const { project, releaseTiming } = model.site;
  const lines = `${project} ${joinList(release.lines)}`;
  switch (release.phase) {
    case 'cancelled':
      return {
        status: 'CANCELLED',
        day: release.targetDate,
        changed: release.cancelled.at,
        description: `Cancelled. ${release.cancelled.note}`,
      };
    case 'released':
      return {
        status: 'CONFIRMED',
        day: utcDay(release.releasedAt),
        changed: release.releasedAt,
        description:
          release.fixedVersions.length > 0
            ? `Released: ${project} ${joinList(release.fixedVersions.map((fixed) => versionLabel(model.site, fixed.version)))} fix ${describeSeverityCounts(release.summary)}. ${url}`
            : `Released: new versions of ${lines} fix ${describeSeverityCounts(release.summary)}. ${url}`,
      };
    default:
      return {
        status: 'TENTATIVE',
        day: release.targetDate,
        changed: lastChange(release),
        description: `New versions of ${lines} are planned to fix ${describeSeverityCounts(release.summary)}. ${releaseTiming} ${url}`,
      };
  }
}

function releaseEvent(release: ReleaseView, model: SiteModel, url: string): string[] {
  const { site } = model;
  const state = eventState(release, model, url);
  return [
    'BEGIN:VEVENT',
    `UID:${releaseEventUid(release, site.url)}`,
    // Calendars replace an event when its SEQUENCE grows: one step per date change, one more for the release or
    // the cancellation that settles it.
    `SEQUENCE:${release.dateChanges.length + (state.status === 'TENTATIVE' ? 0 : 1)}`,
    `DTSTAMP:${icsDateTime(model.now)}`,
    `CREATED:${icsDateTime(release.announcedAt)}`,
    `LAST-MODIFIED:${icsDateTime(state.changed)}`,
    `DTSTART;VALUE=DATE:${icsDate(state.day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(state.day, 1))}`,
    `SUMMARY:${escapeIcsText(`${site.project} security release (${joinList(release.lines)})`)}`,
    `DESCRIPTION:${escapeIcsText(state.description)}`,
    `URL:${url}`,
    `STATUS:${state.status}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The calendar of security releases: every announced release on its current target date, and every released one,
 * confirmed, on the day it came out, so that a subscribed calendar keeps the event instead of losing it on release
 * day. A cancelled release stays, marked cancelled, until its date has passed, so subscribed calendars drop it.
 */
export function releaseCalendar(model: SiteModel, releaseUrl: (id: string) => string): string {
  const today = utcDay(model.now);
  const shown = model.releases
    .filter((release) => release.phase !== 'cancelled' || release.targetDate >= today)
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.id.localeCompare(b.id));
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Bulletin//${escapeIcsText(model.site.name)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(`${model.site.project} security releases`)}`,
    // How often subscribed calendars should look again (RFC 7986, and the older name some clients read): a date
    // change must reach them within the hour, not the day most clients wait by default.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...shown.flatMap((release) => releaseEvent(release, model, releaseUrl(release.id))),
    'END:VCALENDAR',
  ]);
}
