import type { Entry } from '../content/entry.ts';
import { countOf } from '../format/count-of.ts';
import { addDays, DAY_MS, formatDate, formatMoment, formatMonth, utcMoment } from '../format/dates.ts';
import { END_OF_LIFE_NOTICE_DAYS } from '../lines/line-status.ts';
import { BANNER_DAYS_AFTER_RELEASE } from '../model/build-site-model.ts';
import { reportPublicFrom } from '../model/report-view.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import type { Line } from '../schemas/line.ts';
import type { ReleaseData } from '../schemas/release.ts';
import type { ReportData } from '../schemas/report.ts';

/** Something the content has set to go public at a moment still to come: a build at or after it publishes it. */
export interface ScheduledPublication {
  /** ISO 8601 UTC. */
  at: string;
  what: string;
}

interface ScheduleContent {
  lines: readonly Entry<Line>[];
  releases: readonly Entry<ReleaseData>[];
  advisories: readonly Entry<AdvisoryData>[];
  reports: readonly Entry<ReportData>[];
}

function releasePublications(release: Entry<ReleaseData>, advisories: readonly Entry<AdvisoryData>[]): ScheduledPublication[] {
  const { announcedAt, dateChanges, releasedAt, cancelled, date } = release.data;
  const announced = Date.parse(announcedAt);
  // What happens at or before the announcement, or after the release is out, reaches readers with those instead.
  const settled = releasedAt !== undefined ? Date.parse(releasedAt) : Number.POSITIVE_INFINITY;
  const between = (moment: string) => Date.parse(moment) > announced && Date.parse(moment) < settled;
  const out: ScheduledPublication[] = [
    {
      at: announcedAt,
      what: `release ${release.id} is pre-announced, for ${formatDate(date)}`,
    },
  ];
  for (const change of dateChanges) {
    if (between(change.at)) out.push({ at: change.at, what: `release ${release.id} moves to ${formatDate(change.to)}` });
  }
  if (cancelled && between(cancelled.at)) out.push({ at: cancelled.at, what: `release ${release.id} is cancelled` });
  if (releasedAt !== undefined && !cancelled) {
    const own = advisories.filter((advisory) => advisory.data.release === release.id).length;
    out.push({ at: releasedAt, what: `release ${release.id} is published, with ${countOf(own, 'advisory', 'advisories')}` });
    const bannerEnds = Date.parse(releasedAt) + BANNER_DAYS_AFTER_RELEASE * DAY_MS + 1;
    out.push({ at: formatMoment(Math.ceil(bannerEnds / 1000) * 1000), what: `the banner of release ${release.id} comes down` });
  }
  // The day readers were told passes with the release not out, before the next change says otherwise: pages then say
  // it is not yet released. A change recorded ahead leaves the day before it in force until its moment.
  const told = [{ from: announced, day: date }, ...dateChanges.map((change) => ({ from: Date.parse(change.at), day: change.to }))];
  const ended = Math.min(settled, cancelled ? Date.parse(cancelled.at) : Number.POSITIVE_INFINITY);
  told.forEach(({ from, day }, index) => {
    const late = Date.parse(`${addDays(day, 1)}T00:00:00Z`);
    const until = Math.min(told[index + 1]?.from ?? Number.POSITIVE_INFINITY, ended);
    if (late >= from && late < until) {
      out.push({ at: formatMoment(late), what: `release ${release.id} is past its day, ${formatDate(day)}, unless it is out by then` });
    }
  });
  return out;
}

/** A line's end-of-life notice, a quarter ahead, and its end, which its pages and feed tell from those days on. */
function linePublications(line: Entry<Line>): ScheduledPublication[] {
  const { endOfLife } = line.data;
  if (endOfLife === undefined) return [];
  const ends = Date.parse(`${endOfLife}T00:00:00Z`);
  return [
    {
      at: formatMoment(ends - END_OF_LIFE_NOTICE_DAYS * DAY_MS),
      what: `line ${line.id} is announced to reach end-of-life on ${formatDate(endOfLife)}`,
    },
    { at: formatMoment(ends), what: `line ${line.id} reaches end-of-life` },
  ];
}

/** A withdrawal or correction written ahead: it goes public at its moment, or with its release when that is later. */
function advisoryPublications(advisory: Entry<AdvisoryData>, releases: readonly Entry<ReleaseData>[]): ScheduledPublication[] {
  const releasedAt = releases.find((release) => release.id === advisory.data.release)?.data.releasedAt;
  if (releasedAt === undefined) return [];
  const name = `advisory ${advisory.data.cve ?? advisory.id}`;
  const after = (moment: string | undefined) => moment !== undefined && Date.parse(moment) > Date.parse(releasedAt);
  const out: ScheduledPublication[] = [];
  if (after(advisory.data.modified)) out.push({ at: advisory.data.modified as string, what: `the correction of ${name}` });
  if (after(advisory.data.withdrawn?.at)) out.push({ at: advisory.data.withdrawn?.at as string, what: `${name} is withdrawn` });
  return out;
}

/**
 * Every moment after `now` at which the site changes without new content, soonest first: pre-announcements, date
 * changes, cancellations, releases with their advisories, corrections, withdrawals and reports, and the changes
 * that dates alone make (a banner coming down, a release past its day, a line's end-of-life notice and end). A site
 * is current only if it is built again at each of these moments; the list holds embargoed facts, so it is for the
 * team, never the site.
 */
export function scheduledPublications(content: ScheduleContent, now: Date): ScheduledPublication[] {
  const all = [
    ...content.lines.flatMap(linePublications),
    ...content.releases.flatMap((release) => releasePublications(release, content.advisories)),
    ...content.advisories.flatMap((advisory) => advisoryPublications(advisory, content.releases)),
    ...content.reports.map((report) => ({
      at: formatMoment(reportPublicFrom(report.data)),
      what: `the ${formatMonth(report.data.month)} report is published`,
    })),
  ];
  return all
    .filter((item) => Date.parse(item.at) > now.getTime())
    .map((item) => ({ ...item, at: utcMoment(item.at) }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.what.localeCompare(b.what));
}
