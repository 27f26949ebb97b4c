import type { FieldPath } from '../content/diagnostic.ts';
import type { Entry } from '../content/entry.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import { findBodyPlaceholders, findFieldPlaceholders } from './placeholder-text.ts';

/** Something an advisory still lacks for its release-day publication, at the field (or body line) that lacks it. */
export interface PublishGap {
  /** The field, or `['body']`. */
  path: FieldPath;
  /** The line in the file, for unfinished body text. */
  line?: number;
  /** What is missing or unfinished, e.g. "no CVE id" or `the scaffold text "…"`. */
  missing: string;
}

/**
 * Everything release:publish needs of an advisory, in one place: the command refuses on these, and the checks warn
 * of them in the days before, so that the two agree on what "ready" means. The placeholders are those the content
 * checks refuse in published content (placeholder-rules.ts), in every front-matter field and the body.
 */
export function publishGaps(advisory: Entry<AdvisoryData>): PublishGap[] {
  const { data } = advisory;
  const gaps: PublishGap[] = [];
  if (!data.cve && !data.noCve) gaps.push({ path: ['cve'], missing: 'no CVE id' });
  if (!data.summary?.trim()) gaps.push({ path: ['summary'], missing: 'no summary' });
  if (data.credits.length === 0) gaps.push({ path: ['credits'], missing: 'no credit' });
  for (const { path, found } of findFieldPlaceholders(data)) gaps.push({ path, missing: found });
  // The first unfinished sentence of the body is enough to send the author back to it.
  const [inBody] = findBodyPlaceholders(advisory.body);
  if (inBody) {
    const line = advisory.bodyLine === undefined ? undefined : advisory.bodyLine + inBody.index;
    gaps.push({ path: ['body'], ...(line ? { line } : {}), missing: inBody.found });
  }
  return gaps;
}
