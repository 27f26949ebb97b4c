import { isScalar, isSeq } from 'yaml';
import { isCalendarDate, utcDay } from '../format/dates.ts';
import { isOutBy, targetDateAt } from '../lifecycle/phase.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { AuthoringError } from './authoring-error.ts';
import { daysBetween } from './calendar.ts';
import { type EditableEntry, openEntry, serializeEntry } from './front-matter-document.ts';

/** Longer than any postponement the steward likely meant: a year or month typed wrong. */
const LONG_POSTPONEMENT_DAYS = 60;

export interface PostponeRequest {
  to: string;
  note: string;
  /** When readers learn of the change; the build shows it from then on. */
  at: string;
  /** By when a publication already scheduled counts as out: the later of the clock and the command's moment. */
  now: Date;
}

export interface PostponedRelease {
  text: string;
  from: string;
  warnings: string[];
}

function appendDateChange(entry: EditableEntry, change: { at: string; to: string; note: string }): void {
  const { document } = entry;
  const existing = document.get('dateChanges', true);
  // An empty list is rewritten as a block list, which reads better than a growing one-line flow list.
  if (isSeq(existing) && existing.items.length > 0) existing.add(document.createNode(change));
  else if (existing === undefined || existing === null || isSeq(existing) || (isScalar(existing) && existing.value === null))
    document.set('dateChanges', document.createNode([change]));
  else throw new AuthoringError('dateChanges is not a list; fix it by hand, then run the command again');
}

/** Records a date change at the end of `dateChanges` (oldest first), leaving the rest of the file as it was. */
export function postponeRelease(file: string, text: string, release: ReleaseData, request: PostponeRequest): PostponedRelease {
  if (!isCalendarDate(request.to)) throw new AuthoringError(`--to: "${request.to}" is not a date; expected YYYY-MM-DD`);
  if (!request.note.trim()) throw new AuthoringError('--note must say why the date moves; readers see it');
  if (isOutBy(release, request.now))
    throw new AuthoringError(`the release is already published (releasedAt ${release.releasedAt}); its date can no longer move`);
  if (release.releasedAt && Date.parse(release.releasedAt) <= Date.parse(request.at)) {
    throw new AuthoringError(
      `the release is set to publish at ${release.releasedAt}, before readers learn of the new date at ${request.at}; pass an earlier --at`,
    );
  }
  if (release.cancelled) throw new AuthoringError(`the release is cancelled (${release.cancelled.at}); its date can no longer move`);
  if (Date.parse(request.at) <= Date.parse(release.announcedAt)) {
    throw new AuthoringError(
      `the release is not pre-announced until ${release.announcedAt}, so there is nothing public to update at ${request.at}; pass --at at or after the pre-announcement, or move the release by hand: rename its file to the new date, set date: to it, and set release: in each of its advisories to the new id`,
    );
  }
  const lastChange = release.dateChanges.at(-1);
  if (lastChange && Date.parse(request.at) < Date.parse(lastChange.at)) {
    throw new AuthoringError(
      `--at ${request.at} comes before the last recorded date change (${lastChange.at}); date changes are kept in order`,
    );
  }
  const from = targetDateAt(release, new Date(request.at));
  const current = lastChange?.to ?? release.date;
  if (request.to === current) throw new AuthoringError(`the release is already planned for ${current}; --to must name a new date`);
  if (request.to < current) {
    // A mistyped date change is undone by hand while no build has published it; once one has, readers were told.
    const undo = lastChange
      ? ` If the change to ${current} was a mistake that no build has published yet, remove its entry from dateChanges in ${file} instead.`
      : '';
    throw new AuthoringError(
      `${request.to} is earlier than ${current}, the date readers were told; a date change only postpones. To release earlier, run npm run release:publish -- <release id> --early on the day, and say why in the release's text.${undo}`,
    );
  }
  const warnings: string[] = [];
  if (request.to < request.at.slice(0, 10)) warnings.push(`the new date ${request.to} is already in the past at ${request.at}`);
  const moved = daysBetween(current, request.to);
  if (moved > LONG_POSTPONEMENT_DAYS) {
    warnings.push(
      `the release moves ${moved} days, from ${current} to ${request.to}: check the year and month; a date change cannot be taken back by a command once written, only removed from dateChanges by hand before a build publishes it`,
    );
  }

  const entry = openEntry(file, text);
  appendDateChange(entry, { at: request.at, to: request.to, note: request.note.trim() });
  // A publication scheduled before the new date must not happen: it is called off, to be set again for the new one.
  // One already set for the new date (or later) is what the date change announces, and stays.
  if (release.releasedAt && utcDay(release.releasedAt) < request.to) {
    entry.document.delete('releasedAt');
    warnings.push(`the publication scheduled for ${release.releasedAt} is called off; run npm run release:publish again for ${request.to}`);
  }
  return { text: serializeEntry(entry), from, warnings };
}
