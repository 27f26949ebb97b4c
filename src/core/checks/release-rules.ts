import type { Diagnostic } from '../content/diagnostic';
import { versionBelongsToLine } from '../versions/version';
import { problem, type Rule } from './rule';

const DAY_MS = 24 * 60 * 60 * 1000;
const startOfDay = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const releaseDatesInOrder: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const release of content.releases) {
    const { data } = release;
    const announced = Date.parse(data.announcedAt);
    const target = startOfDay(data.date);
    if (announced >= target + DAY_MS) {
      out.push(
        problem(
          'error',
          release,
          ['announcedAt'],
          `expected the pre-announcement before the release date ${data.date}, found ${data.announcedAt}`,
        ),
      );
    } else if (target - announced < 7 * DAY_MS - DAY_MS) {
      out.push(
        problem('warning', release, ['announcedAt'], `the pre-announcement comes less than 7 days before the release date ${data.date}`),
      );
    }
    let previousDate = data.date;
    let previousAt = announced;
    data.dateChanges.forEach((change, index) => {
      const at = Date.parse(change.at);
      if (at < announced)
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'at'],
            `expected the date change after the pre-announcement (${data.announcedAt}), found ${change.at}`,
          ),
        );
      if (at < previousAt)
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'at'],
            `expected date changes in the order they happened, found ${change.at} after a later one`,
          ),
        );
      if (change.to === previousDate)
        out.push(problem('error', release, ['dateChanges', index, 'to'], `expected a new date, found the current one (${previousDate})`));
      previousDate = change.to;
      previousAt = Math.max(previousAt, at);
    });
    if (data.releasedAt && Date.parse(data.releasedAt) < announced) {
      out.push(
        problem(
          'error',
          release,
          ['releasedAt'],
          `expected the release after its pre-announcement (${data.announcedAt}), found ${data.releasedAt}`,
        ),
      );
    }
  }
  return out;
};

export const releasedReleasesComplete: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const release of content.releases) {
    release.data.lines.forEach((item, index) => {
      if (item.version && !versionBelongsToLine(item.version, item.line)) {
        out.push(problem('error', release, ['lines', index, 'version'], `expected a ${item.line} version, found ${item.version}`));
      }
      if (release.data.releasedAt && !item.version) {
        out.push(
          problem(
            'error',
            release,
            ['lines', index, 'version'],
            `expected the fixed ${item.line} version of a released release, found nothing`,
          ),
        );
      }
    });
    if (!release.data.releasedAt) continue;
    for (const advisory of content.advisories.filter((entry) => entry.data.release === release.id)) {
      if (!advisory.data.cve) out.push(problem('error', advisory, ['cve'], `expected a CVE id, since release ${release.id} is released`));
      if (!advisory.data.summary?.trim())
        out.push(problem('error', advisory, ['summary'], `expected a summary, since release ${release.id} is released`));
      if (advisory.data.credits.length === 0)
        out.push(problem('error', advisory, ['credits'], `expected at least one credit, since release ${release.id} is released`));
    }
  }
  return out;
};
