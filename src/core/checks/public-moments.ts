import type { PartialContentSet } from '../content/entry';
import { formatMoment } from '../format/dates';

/** Never, as a moment: what is not yet scheduled to go public. */
export const NEVER = Number.POSITIVE_INFINITY;

/** When a release's full text and advisories go public: its `releasedAt`, or never while it has none or is cancelled. */
export function releasedFrom(content: PartialContentSet, releaseId: string): number {
  const release = content.releases.find((entry) => entry.id === releaseId);
  if (!release || release.data.cancelled || !release.data.releasedAt) return NEVER;
  return Date.parse(release.data.releasedAt);
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
