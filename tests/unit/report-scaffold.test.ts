import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  bodyHeadings,
  defaultPublished,
  parsePublished,
  parseReportMonth,
  ReportScaffoldError,
  scaffoldCutoff,
  scaffoldReport,
} from '../../src/core/authoring/report-scaffold.ts';
import type { ReleaseView, SiteModel } from '../../src/core/model/types.ts';
import type { Initiative } from '../../src/core/schemas/initiative.ts';
import { ReportSchema } from '../../src/core/schemas/report.ts';
import { advisory, metrics, releasedRelease, reportData } from './report-fixtures.ts';

const site = { project: 'Node.js' } as SiteModel['site'];
const initiatives: Initiative[] = [
  { id: 'permission-model', name: 'Permission Model', champions: [], summary: 'x', links: [] },
  { id: 'automate-dependency-updates', name: 'Automate dependency updates', champions: [], summary: 'x', links: [] },
  { id: 'new-one', name: 'A new initiative', champions: [], summary: 'x', links: [] },
];
const june = {
  data: reportData('2023-06', {
    authors: ['Node.js Security Team'],
    metrics: metrics({
      reportsClosed: 17,
      firstResponseHours: 3,
      firstResponseGoalHours: 48,
      extra: [{ name: 'CVE fixes', value: 5, unit: 'fixes' }],
    }),
    initiatives: [
      { initiative: 'automate-dependency-updates', status: 'done', note: 'Complete;\nonly backports left.' },
      { initiative: 'permission-model', status: 'in-progress' },
    ],
  }),
  body: '\nIntro.\n\n## Fixing and triaging reports\n\nText.\n\n```md\n## Not a heading\n```\n\n### Details ###\n\n## Talks and meetings\n',
};
const may = {
  data: reportData('2023-05', { initiatives: [{ initiative: 'permission-model', status: 'blocked', note: 'Waiting.' }] }),
  body: '## Old heading\n',
};

const julyRelease = releasedRelease('2023-07-20', '2023-07-20T21:00:00Z', [
  advisory('CVE-2023-32002', 'high', '2023-07-20T21:00:00Z', { title: 'Policy bypass via Module._load' }),
  advisory('CVE-2023-32006', 'medium', '2023-07-20T21:00:00Z', { title: 'Policy bypass via module.constructor.createRequire' }),
]);
const announced = { id: '2023-07-28', phase: 'announced', title: 'Security release of 28 July 2023' } as ReleaseView;

function scaffoldJuly(releases: ReleaseView[] = [julyRelease, releasedRelease('2023-06-20', '2023-06-20T21:00:00Z'), announced]) {
  return scaffoldReport({ month: '2023-07', published: '2023-08-01', model: { site, releases }, reports: [june, may], initiatives });
}

function frontMatterOf(text: string): unknown {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');
}

describe('the scaffold of the next report', () => {
  it('passes the report schema, so a build does not stop on it before it is filled in', () => {
    const result = ReportSchema.safeParse(frontMatterOf(scaffoldJuly().text));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('has every figure present and empty, the previous figure beside it as a comment, and keeps the goal', () => {
    const { text } = scaffoldJuly();
    const data = ReportSchema.parse(frontMatterOf(text));
    expect(data.metrics).toEqual({
      reportsReceived: null,
      reportsClosed: null,
      firstResponseHours: null,
      firstResponseGoalHours: 48,
      reportsInTriage: null,
      hackersParticipating: null,
      extra: [{ name: 'CVE fixes', value: null, unit: 'fixes' }],
    });
    expect(text).toContain('  reportsClosed: null # 2023-06: 17\n');
    expect(text).toContain('  firstResponseGoalHours: 48 # the goal, as in 2023-06\n');
  });

  it('carries over the month, the published date, the authors and the last status of every initiative not yet done', () => {
    const { text, initiativeCount, previousMonth } = scaffoldJuly();
    const data = ReportSchema.parse(frontMatterOf(text));
    expect(data).toMatchObject({ month: '2023-07', published: '2023-08-01', authors: ['Node.js Security Team'], talks: [] });
    expect(data.initiatives).toEqual([
      { initiative: 'permission-model', status: 'in-progress' },
      { initiative: 'new-one', status: 'not-started' },
    ]);
    expect(text).toContain('# left out, reported done: automate-dependency-updates (2023-06); add one back if work resumed\n');
    expect(initiativeCount).toBe(2);
    expect(previousMonth).toBe('2023-06');
  });

  it('carries over the talks and engagements the previous report announced for the month, and only those', () => {
    const announcing = {
      ...june,
      data: {
        ...june.data,
        // Out on 13 July: what it lists from 1 to 13 July had taken place, and it reported on it.
        published: '2023-07-13',
        talks: [
          { title: 'Given in June', venue: 'TheDevConf', date: '2023-06-15' },
          { title: 'Improving Security', venue: 'NodeBR', date: '2023-07-22' },
        ],
        engagements: [
          { kind: 'meeting' as const, title: 'Public meeting', date: '2023-07-06', note: 'Experimental features' },
          { kind: 'meeting' as const, title: 'Later meeting', date: '2023-07-20', note: 'Agenda: experimental features' },
          { kind: 'event' as const, title: 'Collab Summit' },
        ],
      },
    };
    const { text } = scaffoldReport({
      month: '2023-07',
      published: '2023-08-01',
      model: { site, releases: [] },
      reports: [announcing, may],
      initiatives,
    });
    const data = ReportSchema.parse(frontMatterOf(text));
    expect(data.talks).toEqual([{ title: 'Improving Security', venue: 'NodeBR', date: '2023-07-22' }]);
    expect(data.engagements).toEqual([
      { kind: 'meeting', title: 'Later meeting', date: '2023-07-20', note: 'Agenda: experimental features' },
    ]);
    expect(text).toContain("talks: # announced in 2023-06's report for July 2023; keep those that took place\n");
    expect(scaffoldJuly().text).toContain('engagements: [] # kind (event, meeting, post, podcast), title, date, url, note\n');
  });

  it('lists the releases and advisories released in the month, and nothing announced or from other months', () => {
    const { text, releases, advisoryCount } = scaffoldJuly();
    expect(releases.map((release) => release.id)).toEqual(['2023-07-20']);
    expect(advisoryCount).toBe(2);
    expect(text).toContain('#   Security release of 2023-07-20 (releases/2023-07-20), 2 advisories\n');
    expect(text).toContain('#     - CVE-2023-32002 (high): Policy bypass via Module._load\n');
    expect(text).not.toContain('2023-07-28');
    expect(text).not.toContain('2023-06-20');
  });

  it('says when no release went out in the month', () => {
    expect(scaffoldJuly([announced]).text).toContain('#   none released in this month');
  });

  it('takes the body headings of the previous report, outside code, each with a place to write', () => {
    const body = scaffoldJuly().text.split(/\n---\n/)[1];
    expect(body).toBe(
      '\n## Fixing and triaging reports\n\n{/* To be written. */}\n\n### Details\n\n{/* To be written. */}\n\n## Talks and meetings\n\n{/* To be written. */}\n',
    );
  });

  it('falls back to default headings and the project team without any earlier report', () => {
    const first = scaffoldReport({
      month: '2023-04',
      published: '2023-05-01',
      model: { site, releases: [] },
      reports: [june, may],
      initiatives,
    });
    const data = ReportSchema.parse(frontMatterOf(first.text));
    expect(first.previousMonth).toBeUndefined();
    expect(data.authors).toEqual(['Node.js security team']);
    expect(data.metrics.extra).toEqual([]);
    expect(data.initiatives.every((item) => item.status === 'not-started')).toBe(true);
    expect(first.text).toContain('## Fixing and triaging reports');
  });
});

describe('the scaffold inputs', () => {
  it('accept a real month up to the next one, and refuse anything else with the expected form', () => {
    const now = new Date('2023-07-20T00:00:00Z');
    expect(parseReportMonth('2023-07', now)).toBe('2023-07');
    expect(parseReportMonth('2023-08', now)).toBe('2023-08');
    for (const bad of ['2023-13', '2023-7', '23-07', 'July', '2023-00']) {
      expect(() => parseReportMonth(bad, now)).toThrow(ReportScaffoldError);
      expect(() => parseReportMonth(bad, now)).toThrow(/expected YYYY-MM/);
    }
    expect(() => parseReportMonth('2033-08', now)).toThrow('--month 2033-08 is after next month (2023-08)');
    expect(() => parseReportMonth(undefined, now)).toThrow(/--month is required/);
  });

  it('publish on the first day after the month unless told otherwise, and never today or before', () => {
    expect(defaultPublished('2023-07', '2023-07-20')).toBe('2023-08-01');
    expect(defaultPublished('2023-12', '2023-12-31')).toBe('2024-01-01');
    // Scaffolded once the month is over, the report is not published by the next build with its figures empty.
    expect(defaultPublished('2023-07', '2023-08-01')).toBe('2023-08-02');
    expect(defaultPublished('2023-07', '2023-08-03')).toBe('2023-08-04');
    expect(parsePublished('2023-08-10', '2023-07', '2023-07-20')).toBe('2023-08-10');
    expect(() => parsePublished('2023-02-30', '2023-02', '2023-02-01')).toThrow(/not a date/);
    expect(() => parsePublished('2023-06-30', '2023-07', '2023-06-01')).toThrow(/before July 2023 starts/);
    expect(() => parsePublished('2023-08-03', '2023-07', '2023-08-03')).toThrow(
      '--published 2023-08-03 is not after today (2023-08-03): the next build would publish the report with its figures still to fill in',
    );
  });

  it('read the releases at the end of the month, or now if that is earlier, never later', () => {
    expect(scaffoldCutoff('2023-07', new Date('2023-09-01T00:00:00Z')).toISOString()).toBe('2023-08-01T00:00:00.000Z');
    expect(scaffoldCutoff('2023-07', new Date('2023-07-15T00:00:00Z')).toISOString()).toBe('2023-07-15T00:00:00.000Z');
  });

  it('find Markdown headings, ignoring fenced code and closing hashes', () => {
    expect(bodyHeadings('# A\ntext\n~~~\n# no\n~~~\n## B ##\n#notaheading')).toEqual(['# A', '## B']);
  });
});
