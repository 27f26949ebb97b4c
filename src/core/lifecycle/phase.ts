import type { DateChange, ReleaseData } from '../schemas/release.ts';

export type ReleasePhase = 'hidden' | 'announced' | 'released' | 'cancelled';

const at = (iso: string) => Date.parse(iso);

/** Whether a release is out at `now`: its released-at moment has passed (scheduled is not out). */
export function isOutBy(release: ReleaseData, now: Date): boolean {
  return release.releasedAt !== undefined && at(release.releasedAt) <= now.getTime();
}

/** Where a release stands at moment `now`. Only a released-at time that has passed makes a release public in full. */
export function releasePhase(release: ReleaseData, now: Date): ReleasePhase {
  const t = now.getTime();
  if (at(release.announcedAt) > t) return 'hidden';
  if (release.releasedAt && at(release.releasedAt) <= t) return 'released';
  if (release.cancelled && at(release.cancelled.at) <= t) return 'cancelled';
  return 'announced';
}

/** Date changes already made at `now`, oldest first. A change recorded for later is not yet known to readers. */
export function dateChangesAt(release: ReleaseData, now: Date): DateChange[] {
  return release.dateChanges.filter((change) => at(change.at) <= now.getTime());
}

/** The date readers are told at `now`: the latest date change already made, else the first announced date. */
export function targetDateAt(release: ReleaseData, now: Date): string {
  return dateChangesAt(release, now).at(-1)?.to ?? release.date;
}
