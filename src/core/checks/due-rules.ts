import type { Diagnostic } from '../content/diagnostic.ts';
import { DAY_MS } from '../format/dates.ts';
import { publishGaps } from './publish-gaps.ts';
import { problem, type Rule, startOfDay } from './rule.ts';

/** How long before its date a release's advisories are held to what release:publish will ask of them. */
const DUE_WINDOW_MS = 2 * DAY_MS;

/**
 * Warns, in the two days before a release's date, of what release:publish would refuse for (publish-gaps.ts). On
 * release day itself is the worst time to find out; warnings only, since the advisories stay private until then and
 * may still be written.
 */
export const dueReleasesReady: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  for (const release of content.releases) {
    if (release.data.releasedAt || release.data.cancelled) continue;
    const date = release.data.dateChanges.at(-1)?.to ?? release.data.date;
    const until = startOfDay(date) - now.getTime();
    if (until > DUE_WINDOW_MS) continue;
    const when = until > 0 ? `is due on ${date}` : until > -DAY_MS ? `is due today (${date})` : `was due on ${date}`;
    // Past its day, readers still see the date they were told: the site cannot know whether the release slipped.
    if (until <= -DAY_MS) {
      const field = release.data.dateChanges.length > 0 ? ['dateChanges', release.data.dateChanges.length - 1, 'to'] : ['date'];
      out.push(
        problem(
          'warning',
          release,
          field,
          `release ${release.id} was due on ${date} and is neither published, postponed nor cancelled, while the site still announces that date; run release:postpone, release:publish (with --late) or release:cancel`,
        ),
      );
    }
    for (const advisory of content.advisories.filter((entry) => entry.data.release === release.id)) {
      for (const gap of publishGaps(advisory)) {
        const message = `release ${release.id} ${when}, and release:publish refuses: ${gap.missing}`;
        if (gap.path[0] !== 'body') out.push(problem('warning', advisory, gap.path, message));
        else out.push({ level: 'warning', file: advisory.file, field: 'body', ...(gap.line ? { line: gap.line } : {}), message });
      }
    }
  }
  return out;
};
