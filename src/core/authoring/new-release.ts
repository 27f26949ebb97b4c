import { Document } from 'yaml';
import { addDays, formatMoment, isCalendarDate } from '../format/dates.ts';
import { joinList } from '../format/severity-phrases.ts';
import { LineIdSchema } from '../schemas/common.ts';
import { AuthoringError } from './authoring-error.ts';
import { daysBetween, momentFromDateOrMoment } from './calendar.ts';
import { YAML_OUTPUT } from './front-matter-document.ts';

export interface NewReleaseRequest {
  date: string;
  lines: string[];
  /** A date (start of that day, UTC) or an ISO moment; defaults to `noticeDays` before the release date. */
  announce?: string | undefined;
  /** How many days ahead the project pre-announces (site.yaml `preAnnouncementDays`). */
  noticeDays: number;
  /** The command's moment: a release is created ahead of its day, and its default announcement is never before now. */
  now: Date;
}

export interface NewRelease {
  id: string;
  announcedAt: string;
  text: string;
  warnings: string[];
}

export function parseLineList(flag: string, value: string): string[] {
  const lines = value
    .split(',')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) throw new AuthoringError(`${flag} needs at least one release line, e.g. ${flag} 20.x,18.x`);
  for (const line of lines) {
    if (!LineIdSchema.safeParse(line).success)
      throw new AuthoringError(`${flag}: "${line}" is not a release line id; expected something like 20.x`);
  }
  const duplicate = lines.find((line, index) => lines.indexOf(line) !== index);
  if (duplicate) throw new AuthoringError(`${flag}: ${duplicate} is listed twice`);
  return lines;
}

/** The front matter and empty release-day body of a new security release, named by its date for life. */
export function newRelease(request: NewReleaseRequest): NewRelease {
  const { date, lines } = request;
  if (!isCalendarDate(date)) throw new AuthoringError(`--date: "${date}" is not a date; expected YYYY-MM-DD, e.g. 2031-03-10`);
  const today = request.now.toISOString().slice(0, 10);
  if (date < today) {
    throw new AuthoringError(`--date: ${date} has passed (today is ${today}); a release is created ahead of its day`);
  }
  // A default announcement that would fall before now is made now: an earlier one would claim notice readers never had.
  const ahead = addDays(date, -request.noticeDays);
  const announceInput = request.announce ?? (`${ahead}T00:00:00Z` < formatMoment(request.now) ? formatMoment(request.now) : ahead);
  const announcedAt = momentFromDateOrMoment(announceInput);
  if (!announcedAt) {
    throw new AuthoringError(
      `--announce: "${announceInput}" is not a date or moment; expected YYYY-MM-DD or an ISO time such as 2031-03-03T18:00:00Z`,
    );
  }
  const announceDate = new Date(announcedAt).toISOString().slice(0, 10);
  if (announceDate > date)
    throw new AuthoringError(`--announce: the pre-announcement (${announcedAt}) must come before the release date ${date}`);
  const warnings: string[] = [];
  const lead = daysBetween(announceDate, date);
  if (lead < request.noticeDays) {
    warnings.push(
      `the pre-announcement comes ${lead} day${lead === 1 ? '' : 's'} before the release; users expect ${request.noticeDays} (preAnnouncementDays in site.yaml)`,
    );
  }

  const document = new Document({ date, announcedAt, lines: lines.map((line) => ({ line })), dependencies: [] });
  document.commentBefore = ` Security release of ${date}. The file keeps this name even if the date moves (npm run release:postpone).`;
  document.comment =
    ' dependencies: updates of dependencies the release ships, e.g. { name: OpenSSL, version: 3.0.9, lines: [20.x], links: [https://…] }';
  const body = [
    '',
    '{/* Release-day text: published only once the release is out (npm run release:publish). */}',
    '',
    '## Summary',
    '',
    `New versions of the ${joinList(lines)} release line${lines.length === 1 ? '' : 's'} fix the vulnerabilities listed on this page.`,
    '',
  ].join('\n');
  const text = `---\n${document.toString(YAML_OUTPUT).replace(/\n+$/, '')}\n---\n${body}`;
  return { id: date, announcedAt, text, warnings };
}
