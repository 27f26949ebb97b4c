import type { Diagnostic } from '../content/diagnostic.ts';
import { nameKey } from '../content/name-key.ts';
import { nextMonthOf } from '../format/dates.ts';
import { isReportPublished } from '../model/report-view.ts';
import { REPORT_FIGURES } from '../schemas/report.ts';
import { problem, type Rule } from './rule.ts';

const FIGURES = REPORT_FIGURES;

const monthOf = (now: Date) => now.toISOString().slice(0, 7);

/** A report covers a month that has begun, and goes out no earlier than that month's first day. */
export const reportMonthsValid: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  const current = monthOf(now);
  for (const report of content.reports) {
    const { month, published } = report.data;
    // A draft for a month still to come is a mistake once it would go out. Before that, next month's is a report
    // started early, as report:new allows; a later one is worth a look, since a mistyped year would keep the report
    // unpublished for years.
    const isOut = isReportPublished(report.data, now);
    if (month > current && (isOut || month > nextMonthOf(current))) {
      const until = isOut ? '' : `; the report stays unpublished until ${report.data.published}`;
      out.push(
        problem(
          isOut ? 'error' : 'warning',
          report,
          ['month'],
          isOut
            ? `expected a month up to ${current} (the current one), found ${month}, which is in the future`
            : `expected a month up to ${nextMonthOf(current)} (next month, for a report started early), found ${month}, which is in the future${until}`,
        ),
      );
    }
    if (published < `${month}-01`) {
      out.push(
        problem('error', report, ['published'], `expected a date in or after ${month}, found ${published}, before the month it reports on`),
      );
    }
  }
  return out;
};

/**
 * A published report may not keep a figure still to be filled in (null). A figure is tracked from the first month a
 * report gives it on: reports of earlier months, written before the team counted it, stay as they are, and a figure
 * no report has ever given is one the team does not track. An extra figure left null, and a report whose figures are
 * all written and all empty (an untouched scaffold), are errors too; a team that counts none of them leaves them out.
 */
export const publishedReportsFilledIn: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  const trackedFrom = new Map<string, string>();
  for (const figure of FIGURES) {
    const months = content.reports.filter((report) => report.data.metrics[figure] != null).map((report) => report.data.month);
    if (months.length > 0) trackedFrom.set(figure, months.sort()[0] as string);
  }
  for (const report of content.reports) {
    if (!isReportPublished(report.data, now)) continue;
    const { metrics, month } = report.data;
    // The scaffold writes every figure as null; left out, a figure is one the team does not count.
    const untouched = FIGURES.every((figure) => metrics[figure] === null) && metrics.extra.every((metric) => metric.value === null);
    for (const figure of FIGURES) {
      if (metrics[figure] != null) continue;
      const from = trackedFrom.get(figure);
      if (!untouched && (from === undefined || from > month)) continue;
      const since = from === undefined ? '' : `, and reports give it from ${from} on`;
      out.push(
        problem(
          'error',
          report,
          ['metrics', figure],
          `expected a number, since the report is published (${report.data.published})${since}; found ${metrics[figure] === null ? 'null, still to be filled in' : 'nothing'}`,
        ),
      );
    }
    metrics.extra.forEach((metric, index) => {
      if (metric.value !== null) return;
      out.push(
        problem(
          'error',
          report,
          ['metrics', 'extra', index, 'value'],
          `expected a number for "${metric.name}", since the report is published (${report.data.published}); found null (fill it in or remove the metric)`,
        ),
      );
    });
  }
  return out;
};

/** How an extra figure's name would read if it were one of the figures every report has a field for. */
const FIGURE_NAMES: Record<string, string> = {
  'reports received': 'reportsReceived',
  'reports closed': 'reportsClosed',
  'first response': 'firstResponseHours',
  'first response time': 'firstResponseHours',
  'average first response': 'firstResponseHours',
  'reports in triage': 'reportsInTriage',
  'hackers participating': 'hackersParticipating',
};

/**
 * What one report lists holds together: each initiative once (two statuses in one month cannot both be true), each
 * extra figure once and not in place of a figure of its own, talks and engagements of the month (or the one after,
 * announced ahead), and a publication day within two months of the month: a later one is usually a mistyped year, and
 * keeps the report unpublished until then.
 */
export const reportEntriesHoldTogether: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  for (const report of content.reports) {
    const { month, published, initiatives, metrics, talks, engagements } = report.data;
    const firstIndex = new Map<string, number>();
    initiatives.forEach((item, index) => {
      const first = firstIndex.get(item.initiative);
      if (first === undefined) firstIndex.set(item.initiative, index);
      else
        out.push(
          problem(
            'error',
            report,
            ['initiatives', index, 'initiative'],
            `"${item.initiative}" is listed again (first as initiatives[${first}]); expected each initiative once, with this month's one status`,
          ),
        );
    });
    const names = new Map<string, number>();
    metrics.extra.forEach((metric, index) => {
      const key = nameKey(metric.name);
      const figure = FIGURE_NAMES[key];
      if (figure) {
        out.push(
          problem(
            'warning',
            report,
            ['metrics', 'extra', index, 'name'],
            `"${metric.name}" has a field of its own: give it as metrics.${figure}, which the charts and comparisons read`,
          ),
        );
      }
      const first = names.get(key);
      if (first === undefined) names.set(key, index);
      else
        out.push(
          problem(
            'error',
            report,
            ['metrics', 'extra', index, 'name'],
            `"${metric.name}" is listed again (first as metrics.extra[${first}]); expected each figure once`,
          ),
        );
    });
    const latestDated = nextMonthOf(month);
    const dated = (field: 'talks' | 'engagements', index: number, date: string | undefined) => {
      const datedMonth = date?.slice(0, 7);
      if (datedMonth !== undefined && (datedMonth < month || datedMonth > latestDated)) {
        out.push(
          problem(
            'warning',
            report,
            [field, index, 'date'],
            `expected a date in ${month}, the month reported on (or ${latestDated}, announced ahead), found ${date}`,
          ),
        );
      }
    };
    const seenTalks = new Set<string>();
    talks.forEach((talk, index) => {
      const key = [nameKey(talk.title), nameKey(talk.venue), talk.date].join('|');
      if (seenTalks.has(key)) out.push(problem('warning', report, ['talks', index], `"${talk.title}" at ${talk.venue} is listed twice`));
      seenTalks.add(key);
      dated('talks', index, talk.date);
    });
    const seenEngagements = new Set<string>();
    engagements.forEach((engagement, index) => {
      const key = [engagement.kind, nameKey(engagement.title), engagement.date].join('|');
      if (seenEngagements.has(key)) out.push(problem('warning', report, ['engagements', index], `"${engagement.title}" is listed twice`));
      seenEngagements.add(key);
      dated('engagements', index, engagement.date);
    });
    const latestPublication = nextMonthOf(nextMonthOf(month));
    if (published.slice(0, 7) > latestPublication && !isReportPublished(report.data, now)) {
      out.push(
        problem(
          'warning',
          report,
          ['published'],
          `${published} is more than two months after ${month}, the month reported on; is the year right? The report stays unpublished until then`,
        ),
      );
    }
  }
  return out;
};
