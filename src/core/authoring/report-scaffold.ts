import { stringify } from 'yaml';
import { fencedLines } from '../content/fenced-lines.ts';
import { addDays, formatMonth, isCalendarDate, monthOf, nextMonthOf } from '../format/dates.ts';
import { isAnnouncedAhead } from '../model/engagement-views.ts';
import type { ReleasedRelease, SiteModel } from '../model/types.ts';
import { ENGAGEMENT_KINDS } from '../schemas/engagement.ts';
import type { Initiative } from '../schemas/initiative.ts';
import { REPORT_FIGURES as FIGURES, type InitiativeStatusValue, type ReportData } from '../schemas/report.ts';

/** A problem with what the author asked for; the command prints it and writes nothing. */
export class ReportScaffoldError extends Error {}

/** Used when there is no earlier report to take headings from. */
const DEFAULT_HEADINGS = ['## Fixing and triaging reports', '## Security releases', '## Initiatives', '## Talks and meetings'];

/** A month up to the next one: a report may be started ahead, but a later month is a mistyped year. */
export function parseReportMonth(value: string | undefined, now: Date): string {
  if (!value) throw new ReportScaffoldError('--month is required, e.g. --month 2023-07');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new ReportScaffoldError(`--month "${value}" is not a month; expected YYYY-MM with a month from 01 to 12, e.g. 2023-07`);
  }
  const latest = nextMonthOf(monthOf(now.toISOString()));
  if (value > latest) {
    throw new ReportScaffoldError(`--month ${value} is after next month (${latest}); expected the month just over, or the one under way`);
  }
  return value;
}

/**
 * The first day after the month, the earliest a report on the whole month can go out, or tomorrow when that day has
 * come: the scaffold's figures are still to be filled in, and a report published with them stops the build.
 */
export function defaultPublished(month: string, today: string): string {
  const afterMonth = `${nextMonthOf(month)}-01`;
  return afterMonth > today ? afterMonth : addDays(today, 1);
}

export function parsePublished(value: string, month: string, today: string): string {
  if (!isCalendarDate(value)) {
    throw new ReportScaffoldError(`--published "${value}" is not a date; expected YYYY-MM-DD, e.g. ${defaultPublished(month, today)}`);
  }
  if (value < `${month}-01`) throw new ReportScaffoldError(`--published ${value} comes before ${formatMonth(month)} starts`);
  if (value <= today) {
    throw new ReportScaffoldError(
      `--published ${value} is not after today (${today}): the next build would publish the report with its figures still to fill in, and stop on them; give a later day, and bring it forward once the report is ready`,
    );
  }
  return value;
}

/**
 * The moment whose model lists the month's releases: the end of the month, or now if the month is not over. Never
 * later than now, so that a release still under embargo is never written into a content file.
 */
export function scaffoldCutoff(month: string, now: Date): Date {
  const endOfMonth = new Date(`${nextMonthOf(month)}-01T00:00:00Z`);
  return endOfMonth.getTime() < now.getTime() ? endOfMonth : now;
}

export function reportPath(month: string): string {
  return `reports/${month}.mdx`;
}

export interface EarlierReport {
  data: ReportData;
  body: string;
}

export interface ReportScaffoldInput {
  month: string;
  published: string;
  /** The site model at `scaffoldCutoff(month, now)`. */
  model: Pick<SiteModel, 'releases' | 'site'>;
  /** Every report in the content, published or not; those of later months are ignored. */
  reports: EarlierReport[];
  initiatives: Initiative[];
}

export interface ReportScaffold {
  text: string;
  releases: ReleasedRelease[];
  advisoryCount: number;
  initiativeCount: number;
  previousMonth: string | undefined;
  headingCount: number;
}

const yamlValue = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();
/** Comments must stay on one line, or the rest would be read as YAML. */
const comment = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Headings of a Markdown body, outside code fences, as written. */
export function bodyHeadings(body: string): string[] {
  const lines = body.split(/\r?\n/);
  const fenced = fencedLines(lines);
  return lines.filter((line, index) => !fenced[index] && /^#{1,6}\s+\S/.test(line)).map((line) => line.replace(/\s+#+\s*$/, '').trimEnd());
}

interface CarriedStatus {
  initiative: string;
  status: InitiativeStatusValue;
  from: string | undefined;
  note: string | undefined;
}

/** Each initiative's latest status before the month; those no report has mentioned yet start as not-started. */
function carriedStatuses(earlier: EarlierReport[], initiatives: Initiative[]): CarriedStatus[] {
  const latest = new Map<string, CarriedStatus>();
  for (const report of earlier) {
    for (const item of report.data.initiatives) {
      latest.set(item.initiative, { initiative: item.initiative, status: item.status, from: report.data.month, note: item.note });
    }
  }
  const previousOrder = earlier.at(-1)?.data.initiatives.map((item) => item.initiative) ?? [];
  const rank = (id: string) => {
    const index = previousOrder.indexOf(id);
    return index < 0 ? previousOrder.length : index;
  };
  return [...initiatives]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name))
    .map(
      (initiative) => latest.get(initiative.id) ?? { initiative: initiative.id, status: 'not-started', from: undefined, note: undefined },
    );
}

function frontMatter(
  input: ReportScaffoldInput,
  previous: EarlierReport | undefined,
  { open, done }: { open: CarriedStatus[]; done: CarriedStatus[] },
  releases: ReleasedRelease[],
): string[] {
  const { month, published } = input;
  const before = previous?.data;
  const was = (value: number | null | undefined) => (before && value !== null && value !== undefined ? ` # ${before.month}: ${value}` : '');
  const lines = [
    `month: ${yamlValue(month)}`,
    `published: ${yamlValue(published)} # the day the report goes public; npm run check flags a published report with empty figures`,
    'authors:',
    ...(before?.authors ?? [`${input.model.site.project} security team`]).map((author) => `  - ${yamlValue(author)}`),
    `summary: ${yamlValue(`To be written: one sentence on ${formatMonth(month)}.`)}`,
    'metrics: # null: still to be filled in',
    // The goal is a target, not a count of the month: it stays until the team changes it.
    ...FIGURES.map((figure) => {
      const goal = figure === 'firstResponseGoalHours' ? before?.metrics[figure] : null;
      return goal !== null && goal !== undefined
        ? `  ${figure}: ${goal} # the goal, as in ${before?.month}`
        : `  ${figure}: null${was(before?.metrics[figure])}`;
    }),
  ];
  const extra = before?.metrics.extra ?? [];
  if (extra.length === 0) lines.push('  extra: []');
  else {
    lines.push('  extra:');
    for (const metric of extra) {
      lines.push(`    - name: ${yamlValue(metric.name)}`, `      value: null${was(metric.value)}`);
      if (metric.unit) lines.push(`      unit: ${yamlValue(metric.unit)}`);
    }
  }
  if (open.length === 0) lines.push('initiatives: []');
  else {
    lines.push('initiatives: # the last status of each, carried over; update it and add a note');
    for (const item of open) {
      const last = item.from ? ` # ${item.from}${item.note ? `: ${comment(item.note)}` : ''}` : ' # not in any report yet';
      lines.push(`  - initiative: ${yamlValue(item.initiative)}`, `    status: ${yamlValue(item.status)}${last}`);
    }
  }
  if (done.length > 0) {
    lines.push(
      `# left out, reported done: ${done.map((item) => `${item.initiative} (${item.from})`).join(', ')}; add one back if work resumed`,
    );
  }
  // What the last report announced for this month: most took place, and this report is where they are reported on.
  const announced = <T extends { date?: string }>(items: T[] | undefined) =>
    before ? (items?.filter((item) => item.date?.startsWith(month) && isAnnouncedAhead(item.date, before.published)) ?? []) : [];
  const carried = (field: string, items: object[], empty: string) => {
    if (items.length === 0) lines.push(`${field}: [] # ${empty}`);
    else {
      lines.push(`${field}: # announced in ${before?.month}'s report for ${formatMonth(month)}; keep those that took place`);
      lines.push(
        ...yamlValue(items)
          .split('\n')
          .map((line) => `  ${line}`),
      );
    }
  };
  carried('talks', announced(before?.talks), 'title, venue, date, url; a talk given at two venues is listed once for each');
  carried('engagements', announced(before?.engagements), `kind (${ENGAGEMENT_KINDS.join(', ')}), title, date, url, note`);
  lines.push(
    `# Security releases of ${formatMonth(month)}. The report page lists them from the releases and advisories,`,
    '# so never copy them into this file; they are here to write about.',
  );
  if (releases.length === 0) lines.push('#   none released in this month');
  for (const release of releases) {
    lines.push(`#   ${comment(release.title)} (releases/${release.id}), ${release.advisories.length} advisories`);
    for (const advisory of release.advisories) {
      const withdrawn = advisory.withdrawn ? ', withdrawn' : '';
      lines.push(`#     - ${advisory.cve ?? advisory.id} (${advisory.severity}${withdrawn}): ${comment(advisory.title)}`);
    }
  }
  return lines;
}

/** The text of a new report for `month`, ready to fill in, and what went into it. */
export function scaffoldReport(input: ReportScaffoldInput): ReportScaffold {
  const earlier = input.reports
    .filter((report) => report.data.month < input.month)
    .sort((a, b) => a.data.month.localeCompare(b.data.month));
  const previous = earlier.at(-1);
  const releases = input.model.releases
    .filter((release): release is ReleasedRelease => release.phase === 'released' && monthOf(release.releasedAt) === input.month)
    .sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
  const carried = carriedStatuses(earlier, input.initiatives);
  // An initiative reported done is over; listing it again each month would only repeat that.
  const done = carried.filter((item) => item.status === 'done' && item.from !== undefined);
  const open = carried.filter((item) => !done.includes(item));
  const previousHeadings = previous ? bodyHeadings(previous.body) : [];
  const headings = previousHeadings.length > 0 ? previousHeadings : DEFAULT_HEADINGS;
  const body = headings.flatMap((heading) => [heading, '', '{/* To be written. */}', '']);
  const text = ['---', ...frontMatter(input, previous, { open, done }, releases), '---', '', ...body].join('\n');
  return {
    text,
    releases,
    advisoryCount: releases.reduce((sum, release) => sum + release.advisories.length, 0),
    initiativeCount: open.length,
    previousMonth: previous?.data.month,
    headingCount: headings.length,
  };
}
