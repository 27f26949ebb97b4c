import type { Diagnostic } from '../content/diagnostic.ts';
import { versionBelongsToLine } from '../versions/version.ts';
import { historyGap } from './imported-history.ts';
import { problem, type Rule } from './rule.ts';

/**
 * A release with releasedAt set goes public in full at that moment, perhaps on a scheduled rebuild with nobody
 * watching, so everything it publishes must be there before releasedAt is written, not when it passes.
 */
export const releasedReleasesComplete: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const release of content.releases) {
    const { releasedAt } = release.data;
    release.data.lines.forEach((item, index) => {
      if (item.version && !versionBelongsToLine(item.version, item.line)) {
        out.push(problem('error', release, ['lines', index, 'version'], `expected a ${item.line} version, found ${item.version}`));
      }
      if (releasedAt && !item.version) {
        out.push(
          problem(
            'error',
            release,
            ['lines', index, 'version'],
            `expected the fixed ${item.line} version, since the release has releasedAt; found nothing`,
          ),
        );
      }
    });
    if (!releasedAt) continue;
    for (const advisory of content.advisories.filter((entry) => entry.data.release === release.id)) {
      const why = `since release ${release.id} has releasedAt`;
      // An advisory imported from an older database (it has `source`) was published long ago without these; what
      // that database lacks is a gap to fill in some day (a history gap), not a reason to hold back the history.
      const { source } = advisory.data;
      const gap = (field: string, message: string) =>
        source
          ? historyGap(problem('warning', advisory, [field], `${message} (${source.database} entry ${source.id} has none)`))
          : problem('error', advisory, [field], message);
      if (!advisory.data.cve && !advisory.data.noCve) {
        out.push(gap('cve', `expected a CVE id ${why} (or noCve: with the reason it goes out without one); found nothing`));
      }
      if (!advisory.data.summary?.trim()) out.push(problem('error', advisory, ['summary'], `expected a summary ${why}; found nothing`));
      if (advisory.data.credits.length === 0) out.push(gap('credits', `expected at least one credit ${why}; found none`));
    }
  }
  return out;
};
