import type { Diagnostic } from '../content/diagnostic';
import { findBodyPlaceholders, findPlaceholder } from './placeholder-text';
import { DAY_MS, problem, type Rule, startOfDay } from './rule';

/** How long before its date a release's advisories are held to what release:publish will ask of them. */
const DUE_WINDOW_MS = 2 * DAY_MS;

/**
 * Warns, in the two days before a release's date, of what release:publish would refuse for: a missing CVE id,
 * summary or credit, and skeleton text. On release day itself is the worst time to find out; warnings only, since
 * the advisories stay private until then and may still be written.
 */
export const dueReleasesReady: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  for (const release of content.releases) {
    if (release.data.releasedAt || release.data.cancelled) continue;
    const date = release.data.dateChanges.at(-1)?.to ?? release.data.date;
    const until = startOfDay(date) - now.getTime();
    if (until > DUE_WINDOW_MS) continue;
    const when = until > 0 ? `is due on ${date}` : until > -DAY_MS ? `is due today (${date})` : `was due on ${date}`;
    const due = `release ${release.id} ${when}, and release:publish`;
    for (const advisory of content.advisories.filter((entry) => entry.data.release === release.id)) {
      const { data } = advisory;
      if (!data.cve) out.push(problem('warning', advisory, ['cve'], `is missing; ${due} needs a CVE id for every advisory`));
      if (!data.summary?.trim()) out.push(problem('warning', advisory, ['summary'], `is missing; ${due} needs a summary`));
      if (data.credits.length === 0) out.push(problem('warning', advisory, ['credits'], `are missing; ${due} needs at least one`));
      for (const field of ['title', 'summary'] as const) {
        const found = findPlaceholder(data[field] ?? '');
        if (found) out.push(problem('warning', advisory, [field], `still holds ${found}; ${due} refuses unfinished text`));
      }
      // The first unfinished sentence of the body is enough to send the author back to it.
      const [inBody] = findBodyPlaceholders(advisory.body);
      if (inBody) {
        const line = advisory.bodyLine === undefined ? undefined : advisory.bodyLine + inBody.index;
        const message = `still holds ${inBody.found}; ${due} refuses unfinished text`;
        out.push({ level: 'warning', file: advisory.file, field: 'body', ...(line ? { line } : {}), message });
      }
    }
  }
  return out;
};
