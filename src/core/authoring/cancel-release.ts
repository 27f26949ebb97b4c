import { isOutBy } from '../lifecycle/phase.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { AuthoringError } from './authoring-error.ts';
import { openEntry, serializeEntry } from './front-matter-document.ts';

export interface CancelRequest {
  note: string;
  /** When readers learn of it; the build shows the cancellation from then on. */
  at: string;
  /** The present moment: a release already out by now stays published, whatever `at` says. */
  now: Date;
}

export interface CancelledRelease {
  text: string;
  /** The publication that was scheduled and is now called off, if any. */
  unscheduled: string | undefined;
}

/**
 * Records `cancelled: { at, note }`, leaving the rest of the file as it was. The advisories of the release stay
 * unpublished: a cancelled release never goes out, so they wait for the release that will ship their fixes.
 */
export function cancelRelease(file: string, text: string, release: ReleaseData, request: CancelRequest): CancelledRelease {
  if (!request.note.trim()) throw new AuthoringError('--note must say why the release is cancelled; readers see it');
  const { releasedAt } = release;
  if (isOutBy(release, request.now)) {
    throw new AuthoringError(
      `the release is already published (releasedAt ${releasedAt}) and cannot be cancelled; withdraw an advisory that was wrong instead (docs/authoring.md)`,
    );
  }
  if (releasedAt && Date.parse(releasedAt) <= Date.parse(request.at)) {
    throw new AuthoringError(
      `the release is to be published at ${releasedAt}, before the cancellation at ${request.at}; pass an earlier --at`,
    );
  }
  if (release.cancelled) throw new AuthoringError(`the release is already cancelled (${release.cancelled.at})`);
  if (Date.parse(request.at) < Date.parse(release.announcedAt)) {
    throw new AuthoringError(
      `the release is not pre-announced until ${release.announcedAt}, so there is nothing public to cancel at ${request.at}; delete its file instead, or pass --at at or after the pre-announcement`,
    );
  }
  const lastChange = release.dateChanges.at(-1);
  if (lastChange && Date.parse(request.at) < Date.parse(lastChange.at)) {
    throw new AuthoringError(`--at ${request.at} comes before the last recorded date change (${lastChange.at}); pass a later moment`);
  }
  const entry = openEntry(file, text);
  // A publication scheduled for later (release:publish --at) is called off with the release.
  if (releasedAt) entry.document.delete('releasedAt');
  entry.document.set('cancelled', entry.document.createNode({ at: request.at, note: request.note.trim() }));
  return { text: serializeEntry(entry), unscheduled: releasedAt };
}
