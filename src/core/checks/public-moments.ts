import type { Entry, PartialContentSet } from '../content/entry.ts';
import { formatMoment } from '../format/dates.ts';
import { reportPublicFrom } from '../model/report-view.ts';

/** Never, as a moment: what is not yet scheduled to go public. */
export const NEVER = Number.POSITIVE_INFINITY;

/** When a release's full text and advisories go public: its `releasedAt`, or never while it has none or is cancelled. */
export function releasedFrom(content: PartialContentSet, releaseId: string): number {
  const release = content.releases.find((entry) => entry.id === releaseId);
  if (!release || release.data.cancelled || !release.data.releasedAt) return NEVER;
  return Date.parse(release.data.releasedAt);
}

/** "its release 2023-08-09 is not yet published" or "its release goes out at …", for an advisory going public at `from`. */
export function releaseOutPhrase(releaseId: string, from: number): string {
  return from === NEVER ? `its release ${releaseId} is not yet published` : `its release goes out at ${formatMoment(from)}`;
}

/**
 * How bad it is that text going public at `textFrom` names or links to what goes public only at `targetFrom`:
 * nothing when the target is out by then; an error when the text is out now, or the target is scheduled after it;
 * a warning while neither is settled, since the target may yet be scheduled in time.
 */
export function earlyMention(textFrom: number, targetFrom: number, now: Date): 'error' | 'warning' | undefined {
  if (textFrom === NEVER || targetFrom <= textFrom) return undefined;
  return textFrom <= now.getTime() || targetFrom !== NEVER ? 'error' : 'warning';
}

/** "at this moment" or "when this goes out (…)", for a text that goes public at `textFrom`. */
export function whenTextIsOut(textFrom: number, now: Date): string {
  return textFrom <= now.getTime() ? 'at this moment' : `when this goes out (${formatMoment(textFrom)})`;
}

/** A body the site renders, the folder of its page, and when it goes public. */
export interface PublicBody {
  collection: 'advisories' | 'releases' | 'reports';
  entry: Entry<unknown>;
  from: number;
}

/** Every body with when it goes public: an advisory's and a release's with the release, a report's on its day. */
export function publicBodies(content: PartialContentSet): PublicBody[] {
  return [
    ...content.advisories.map(
      (entry): PublicBody => ({ collection: 'advisories', entry, from: releasedFrom(content, entry.data.release) }),
    ),
    ...content.releases.map((entry): PublicBody => ({ collection: 'releases', entry, from: releasedFrom(content, entry.id) })),
    ...content.reports.map((entry): PublicBody => ({ collection: 'reports', entry, from: reportPublicFrom(entry.data) })),
  ];
}
