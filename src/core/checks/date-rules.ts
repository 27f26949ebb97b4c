import type { Diagnostic } from '../content/diagnostic.ts';
import { DAY_MS, utcDay } from '../format/dates.ts';
import { isOutBy } from '../lifecycle/phase.ts';
import { DEFAULT_PRE_ANNOUNCEMENT_DAYS } from '../schemas/site.ts';
import { historyGap, importedReleaseIds } from './imported-history.ts';
import { problem, type Rule, startOfDay } from './rule.ts';

/** A release's dates tell one story: announced, maybe moved (later, and only after the announcement), then released. */
export const releaseDatesInOrder: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  // The databases imported from record no pre-announcement, so the importer can only give the release day.
  const imported = importedReleaseIds(content.advisories);
  // Less notice is allowed (an urgent fix) but worth a second look.
  const wanted = content.site?.preAnnouncementDays ?? DEFAULT_PRE_ANNOUNCEMENT_DAYS;
  for (const release of content.releases) {
    const { data } = release;
    const announced = Date.parse(data.announcedAt);
    // Short notice and a late release are worth a word while something can still be done; once the release is out
    // they are history, and a warning nobody can clear would keep `check --strict` failing for good.
    const isOut = isOutBy(data, now);
    const noticeDays = Math.round((startOfDay(data.date) - startOfDay(utcDay(data.announcedAt))) / DAY_MS);
    if (noticeDays < 0) {
      out.push(
        problem(
          'error',
          release,
          ['announcedAt'],
          `expected the pre-announcement before the release date ${data.date}, found ${data.announcedAt}`,
        ),
      );
    } else if (noticeDays < wanted && !isOut) {
      const short = problem(
        'warning',
        release,
        ['announcedAt'],
        `the pre-announcement comes ${noticeDays} day(s) before the release date ${data.date}; the process asks for ${wanted} (preAnnouncementDays in site.yaml)`,
      );
      out.push(imported.has(release.id) ? historyGap(short) : short);
    }

    let previousDate = data.date;
    let previousAt = announced;
    data.dateChanges.forEach((change, index) => {
      const at = Date.parse(change.at);
      // Made with the pre-announcement, a change would be part of it: the date to announce is then `date` itself.
      if (at <= announced) {
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'at'],
            `expected the date change after the pre-announcement (${data.announcedAt}), found ${change.at}; to announce another date, change date`,
          ),
        );
      } else if (at < previousAt) {
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'at'],
            `expected date changes oldest first, found ${change.at} after a later change`,
          ),
        );
      }
      if (change.to === previousDate) {
        out.push(problem('error', release, ['dateChanges', index, 'to'], `expected a new date, found the current one (${previousDate})`));
      } else if (change.to < previousDate) {
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'to'],
            `expected a date later than ${previousDate} (a date change postpones the release), found ${change.to}`,
          ),
        );
      }
      if (change.to < utcDay(change.at)) {
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'to'],
            `expected a date on or after the change itself (${utcDay(change.at)}), found ${change.to}`,
          ),
        );
      }
      if (data.releasedAt && at > Date.parse(data.releasedAt)) {
        out.push(
          problem(
            'error',
            release,
            ['dateChanges', index, 'at'],
            `expected the date change before the release went out (${data.releasedAt}), found ${change.at}`,
          ),
        );
      }
      previousDate = change.to;
      previousAt = Math.max(previousAt, at);
    });

    if (data.releasedAt) {
      const releasedAt = Date.parse(data.releasedAt);
      if (releasedAt < announced) {
        out.push(
          problem(
            'error',
            release,
            ['releasedAt'],
            `expected the release after its pre-announcement (${data.announcedAt}), found ${data.releasedAt}`,
          ),
        );
      } else if (utcDay(data.releasedAt) > previousDate && !isOut) {
        // Late, readers were left waiting: a date change tells them. Early is a choice release:publish asks to
        // confirm (--early), and no date change can record it, so it is not warned of.
        out.push(
          problem(
            'warning',
            release,
            ['releasedAt'],
            `the release went out on ${utcDay(data.releasedAt)} (UTC) but readers were told ${previousDate}; record a date change if the date moved`,
          ),
        );
      }
      if (data.cancelled) {
        out.push(
          problem(
            'error',
            release,
            ['cancelled'],
            'expected either releasedAt or cancelled, found both; a cancelled release is never released',
          ),
        );
      }
    }
    if (data.cancelled && Date.parse(data.cancelled.at) < announced) {
      out.push(
        problem(
          'error',
          release,
          ['cancelled', 'at'],
          `expected the cancellation after the pre-announcement (${data.announcedAt}), found ${data.cancelled.at}`,
        ),
      );
    }
  }
  return out;
};

/**
 * An advisory's own dates come after it became public: corrections and withdrawals only move forward. One still to
 * come is allowed (a withdrawal written ahead), but the site shows nothing of it until then, which is rarely meant.
 */
export const advisoryDatesInOrder: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  const releasedAt = new Map(content.releases.map((release) => [release.id, release.data.releasedAt]));
  for (const advisory of content.advisories) {
    const published = releasedAt.get(advisory.data.release);
    if (!published) continue;
    const { modified, withdrawn } = advisory.data;
    if (modified && Date.parse(modified) < Date.parse(published)) {
      out.push(
        problem('error', advisory, ['modified'], `expected a moment after the advisory was published (${published}), found ${modified}`),
      );
    }
    if (withdrawn && Date.parse(withdrawn.at) < Date.parse(published)) {
      out.push(
        problem(
          'error',
          advisory,
          ['withdrawn', 'at'],
          `expected a moment after the advisory was published (${published}), found ${withdrawn.at}`,
        ),
      );
    }
    for (const [path, moment] of [
      [['modified'], modified],
      [['withdrawn', 'at'], withdrawn?.at],
    ] as const) {
      if (moment && Date.parse(moment) > now.getTime()) {
        out.push(
          problem(
            'warning',
            advisory,
            path,
            `${moment} has not come yet (it is ${now.toISOString()}): the site and its records show it only from then on`,
          ),
        );
      }
    }
  }
  return out;
};
