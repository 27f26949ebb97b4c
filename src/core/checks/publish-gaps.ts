import type { Entry } from '../content/entry';
import type { AdvisoryData } from '../schemas/advisory';
import { findBodyPlaceholders, findPlaceholder } from './placeholder-text';

/** Something an advisory still lacks for its release-day publication, at the field (and body line) that lacks it. */
export interface PublishGap {
  field: 'cve' | 'credits' | 'summary' | 'title' | 'body';
  /** The line in the file, for unfinished body text. */
  line?: number;
  /** What is missing or unfinished, e.g. "no CVE id" or `the scaffold text "…"`. */
  missing: string;
}

/**
 * Everything release:publish needs of an advisory, in one place: the command refuses on these, and the checks warn
 * of them in the days before, so the two never disagree on what "ready" means.
 */
export function publishGaps(advisory: Entry<AdvisoryData>): PublishGap[] {
  const { data } = advisory;
  const gaps: PublishGap[] = [];
  if (!data.cve) gaps.push({ field: 'cve', missing: 'no CVE id' });
  if (!data.summary?.trim()) gaps.push({ field: 'summary', missing: 'no summary' });
  if (data.credits.length === 0) gaps.push({ field: 'credits', missing: 'no credit' });
  for (const field of ['title', 'summary'] as const) {
    const found = findPlaceholder(data[field] ?? '');
    if (found) gaps.push({ field, missing: found });
  }
  // The first unfinished sentence of the body is enough to send the author back to it.
  const [inBody] = findBodyPlaceholders(advisory.body);
  if (inBody) {
    const line = advisory.bodyLine === undefined ? undefined : advisory.bodyLine + inBody.index;
    gaps.push({ field: 'body', ...(line ? { line } : {}), missing: inBody.found });
  }
  return gaps;
}
