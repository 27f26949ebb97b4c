import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content/load.ts';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { AdvisorySchema } from '../../src/core/schemas/advisory.ts';
import { HttpsUrlSchema, IsoDateSchema } from '../../src/core/schemas/common.ts';
import { ReleaseSchema } from '../../src/core/schemas/release.ts';
import { givenFigures, ReportSchema } from '../../src/core/schemas/report.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const advisory = (frontMatter: string) => `---\n${frontMatter}\n---\n\nBody.\n`;

describe('content schemas', () => {
  it('accept the whole sample', () => {
    const { content, diagnostics } = loadContent(resolveContentRoots(PROJECT_ROOT));
    expect(diagnostics).toEqual([]);
    expect(content?.advisories).toHaveLength(10);
    expect(content?.releases.map((release) => release.id)).toEqual(['2023-06-20']);
    expect(content?.reports.map((report) => report.id).sort()).toEqual(['2023-05', '2023-06']);
    expect(content?.lines.map((line) => line.id).sort()).toEqual(['16.x', '18.x', '20.x']);
    expect(content?.initiatives).toHaveLength(4);
  });

  it('reject an unknown severity, naming the field and what was found', () => {
    const result = AdvisorySchema.safeParse({ title: 'x', release: '2023-06-20', severity: 'severe', lines: ['20.x'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['severity']);
    expect(result.error?.issues[0]?.message).toMatch(/low, medium, high, critical/);
  });

  it('read a moment written with an offset as the same instant in UTC, so that moments sort as instants', () => {
    const release = (announcedAt: string) =>
      ReleaseSchema.parse({ date: '2031-03-10', announcedAt, lines: [{ line: '20.x' }] }).announcedAt;
    expect(release('2031-03-04T01:00:00+05:00')).toBe('2031-03-03T20:00:00Z');
    expect(release('2031-03-03T20:00:00.250-00:30')).toBe('2031-03-03T20:30:00.250Z');
    expect(release('2031-03-03T20:00:00Z')).toBe('2031-03-03T20:00:00Z');
  });

  it('reject a misspelt key instead of dropping it', () => {
    const result = AdvisorySchema.safeParse({ title: 'x', release: '2023-06-20', severity: 'high', severty: 'low', lines: ['20.x'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('give one message for one mistake in a date or a URL, and refuse a day the month does not have', () => {
    const messages = (value: unknown, schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } }) =>
      schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages('2027-3-10', IsoDateSchema)).toEqual(['expected a date written as YYYY-MM-DD']);
    expect(messages('2023-02-30', IsoDateSchema)).toEqual(['expected a real calendar date']);
    expect(messages('2024-02-29', IsoDateSchema)).toEqual([]);
    expect(messages('security.example.org', HttpsUrlSchema)).toEqual(['expected an absolute URL']);
    expect(messages('http://security.example.org', HttpsUrlSchema)).toEqual(['expected an absolute https:// URL']);
  });

  it('take a figure a team does not count as left out, which reads as not given', () => {
    const report = ReportSchema.parse({
      month: '2023-07',
      published: '2023-08-01',
      authors: ['Security team'],
      summary: 'July.',
      metrics: { reportsReceived: 4, reportsClosed: 3, firstResponseHours: 10, firstResponseGoalHours: 48, reportsInTriage: 1 },
    });
    expect(report.metrics.hackersParticipating).toBeUndefined();
    expect(givenFigures(report.metrics)).toMatchObject({ reportsClosed: 3, hackersParticipating: null, extra: [] });
  });

  it('reject a release date that is not a date', () => {
    const result = ReleaseSchema.safeParse({ date: '2023-13-45', announcedAt: '2023-06-13T20:00:00Z', lines: [{ line: '20.x' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['date']);
  });

  it('report a bad field with its file, field path and line number', () => {
    const fixture = contentFixture();
    fixture.write(
      'advisories/CVE-2023-30581.mdx',
      advisory('cve: CVE-2023-30581\ntitle: A title\nrelease: 2023-06-20\nseverity: high\nlines:\n  - 20.x\n  - twenty\nsummary: s'),
    );
    const { diagnostics } = loadContent({ projectRoot: fixture.root, content: fixture.root });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'error', file: 'advisories/CVE-2023-30581.mdx', field: 'lines[1]', line: 8 });
    expect(diagnostics[0]?.message).toMatch(/release line id such as 20\.x \(or 4\.2\.x, a line of one minor version\), found "twenty"/);
  });

  it('name the unknown key and its line', () => {
    const fixture = contentFixture();
    fixture.write(
      'advisories/CVE-2023-30581.mdx',
      advisory('title: A title\nrelease: 2023-06-20\nseverty: high\nseverity: high\nlines: [20.x]'),
    );
    const { diagnostics } = loadContent({ projectRoot: fixture.root, content: fixture.root });
    expect(diagnostics[0]).toMatchObject({ file: 'advisories/CVE-2023-30581.mdx', line: 4 });
    expect(diagnostics[0]?.message).toMatch(/unknown field "severty"/);
  });
});
