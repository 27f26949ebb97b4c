import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMdxBodyError } from '../../src/core/content/mdx-body.ts';
import { advisoryFromEntry } from '../../src/core/import/advisory-from-entry.ts';
import { readFrontMatter } from '../../src/core/import/content-files.ts';
import { mdxSafeText } from '../../src/core/import/mdx-text.ts';
import { loadNodeReleaseData, NO_RELEASE_DATA, type NodeReleaseData } from '../../src/core/import/node-release-data.ts';
import { type NodejsEntry, parseNodejsEntry } from '../../src/core/import/nodejs-entry.ts';
import { type ExistingContent, type ImportPlan, planImport } from '../../src/core/import/plan-import.ts';
import { monthOfRef, releaseDate } from '../../src/core/import/release-date.ts';
import { fixedVersionsOf, normalizeRange } from '../../src/core/import/semver-ranges.ts';
import { vulnerableLinesOf } from '../../src/core/import/vulnerable-lines.ts';
import { AdvisorySchema } from '../../src/core/schemas/advisory.ts';
import { compareVersions } from '../../src/core/versions/version.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';

const CORPUS = resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'nodejs-security-wg', 'vuln', 'core');
const NOW = new Date('2026-11-29T00:00:00Z');
const RELEASE_DATA = loadNodeReleaseData() ?? NO_RELEASE_DATA;
const EMPTY: ExistingContent = { advisories: [], releases: new Map(), lines: new Map() };

function corpusEntries() {
  return readdirSync(CORPUS)
    .filter((name) => /^\d+\.json$/.test(name))
    .map((name) => parseNodejsEntry(name.replace('.json', ''), readFileSync(join(CORPUS, name), 'utf-8')));
}

function entry(id: string, data: Record<string, unknown>): NodejsEntry {
  const parsed = parseNodejsEntry(
    id,
    JSON.stringify({ cve: [], vulnerable: '20.x', patched: '^20.3.1', affectedEnvironments: ['all'], severity: 'high', ...data }),
  );
  if (!('entry' in parsed)) throw new Error(parsed.problem);
  return parsed.entry;
}

/** The content folder a plan leaves behind, as the next run reads it. */
function existingAfter(plan: ImportPlan, before: ExistingContent = EMPTY): ExistingContent {
  const advisories = [...before.advisories];
  const releases = new Map(before.releases);
  const lines = new Map(before.lines);
  for (const file of plan.files) {
    const id = file.path.replace(/^\w+\//, '').replace(/\.\w+$/, '');
    if (file.path.startsWith('lines/')) lines.set(id, /^status: (\S+)/m.exec(file.text)?.[1] ?? '');
    const data = readFrontMatter(file.text) ?? {};
    if (file.path.startsWith('releases/'))
      releases.set(
        id,
        (data.lines as { line: string }[]).map((item) => item.line),
      );
    if (file.path.startsWith('advisories/')) {
      const index = advisories.findIndex((advisory) => advisory.id === id);
      const source = data.source as { database: string; id: string; duplicates?: string[] };
      const advisory = {
        id,
        text: file.text,
        cve: data.cve as string | undefined,
        aliases: (data.aliases as string[] | undefined) ?? [],
        release: String(data.release),
        source,
      };
      if (index >= 0) advisories[index] = advisory;
      else advisories.push(advisory);
    }
  }
  return { advisories, releases, lines };
}

describe('semver ranges of the database', () => {
  it('ignores stray spaces and reads one fixed version per line', () => {
    expect(normalizeRange(' ^12.19.1 ||  ^14.15.1 || 15.2.1')).toBe('^12.19.1 || ^14.15.1 || 15.2.1');
    const { byLine, unmapped } = fixedVersionsOf(' ^0.10.48 || ^0.12.17 || >= 10.9.0 || 4.4.2');
    expect([...byLine]).toEqual([
      ['0.10.x', '0.10.48'],
      ['0.12.x', '0.12.17'],
      ['10.x', '10.9.0'],
      ['4.x', '4.4.2'],
    ]);
    expect(unmapped).toEqual([]);
  });

  it("maps vulnerable parts to lines, with where each starts when not at the line's start, and reports a bound that spans lines", () => {
    expect(vulnerableLinesOf('>=6.0.0 <6.2.0 || 5.x || ^7.1.0 || 9.7.x || 8.5.0 || 0.12.x || ^0.10.36 || ^4.8.2 || 4.2.x')).toEqual({
      lines: ['6.x', '5.x', '7.x', '9.x', '8.x', '0.12.x', '0.10.x', '4.x'],
      introduced: { '7.x': '7.1.0', '9.x': '9.7.0', '8.x': '8.5.0', '0.10.x': '0.10.36', '4.x': '4.2.0' },
      unmapped: [],
    });
    expect(vulnerableLinesOf('<= 10').unmapped).toEqual(['<= 10']);
    expect(vulnerableLinesOf('<4.8.2 || ^4.9.0')).toEqual({ lines: ['4.x'], introduced: {}, unmapped: ['<4.8.2'] });
  });
});

describe('one entry as an advisory', () => {
  it('keeps the first CVE as cve and the others as aliases', () => {
    const mapped = advisoryFromEntry(entry('62', { cve: ['CVE-2019-9511', 'CVE-2019-9512', 'CVE-2019-9513'] }));
    if (!('advisory' in mapped)) throw new Error(mapped.problem);
    expect(mapped.advisory.id).toBe('CVE-2019-9511');
    expect(mapped.advisory.fields).toMatchObject({ cve: 'CVE-2019-9511', aliases: ['CVE-2019-9512', 'CVE-2019-9513'] });
  });

  it('names an entry without a CVE after its number, and keeps "unknown" as unrated', () => {
    const mapped = advisoryFromEntry(entry('2', { severity: 'unknown', description: 'DoS possible in V8 object lookup' }));
    if (!('advisory' in mapped)) throw new Error(mapped.problem);
    expect(mapped.advisory.id).toBe('nodejs-sec-2');
    expect(mapped.advisory.fields).toMatchObject({ title: 'DoS possible in V8 object lookup', severity: 'unknown' });
    expect(mapped.advisory.fields.cve).toBeUndefined();
  });

  it('keeps CVSS, CWE, credits, date and original ranges, and explains a severity the vector disagrees with', () => {
    const mapped = advisoryFromEntry(
      entry('40', {
        cve: ['CVE-2015-7384'],
        vulnerable: ' 4.x',
        patched: '^4.1.2',
        cvss: '3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H',
        cvss_score: 5.9,
        type: 'CWE-400: Uncontrolled Resource Consumption',
        reported_by: 'Jane Doe',
        publish_date: '2015-10-05',
        ref: 'http://example.org/advisory',
      }),
    );
    if (!('advisory' in mapped)) throw new Error(mapped.problem);
    const { fields, notes } = mapped.advisory;
    expect(fields.cvss).toMatchObject({ vector: 'CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H' });
    expect((fields.cvss as { severityOverride: string }).severityOverride).toMatch(/rated it high.*5\.9 \(medium\)/);
    expect(fields.cwe).toEqual(['CWE-400']);
    expect(fields.credits).toEqual([{ name: 'Jane Doe', role: 'reporter' }]);
    expect(fields.references).toBeUndefined();
    expect(fields.source).toEqual({
      database: 'nodejs-security-wg',
      id: '40',
      vulnerable: '4.x',
      patched: '^4.1.2',
      published: '2015-10-05',
      ref: 'http://example.org/advisory',
    });
    expect(notes.join('\n')).toMatch(/not https/);
  });

  it('refuses a severity and a platform it does not know, saying which', () => {
    expect(advisoryFromEntry(entry('1', { severity: 'severe' }))).toEqual({
      problem: expect.stringMatching(/severity "severe" is none of/),
    });
    expect(advisoryFromEntry(entry('1', { affectedEnvironments: ['plan9'] }))).toEqual({
      problem: expect.stringMatching(/affectedEnvironments "plan9"/),
    });
  });

  it('escapes what MDX would read as JSX or expressions, and leaves code spans alone', () => {
    expect(mdxSafeText('a <b> {c} `x<y>{z}` import')).toBe('a \\<b\\> \\{c\\} `x<y>{z}` import');
    expect(mdxSafeText('export const a = 1')).toBe('&#101;xport const a = 1');
    expect(mdxSafeText('Details at <https://example.org/a.txt>.')).toBe('Details at https://example.org/a.txt.');
  });

  it('writes a body that parses as MDX and front matter the schema accepts, for every entry of the corpus', () => {
    for (const parsed of corpusEntries()) {
      if (!('entry' in parsed)) throw new Error(parsed.problem);
      const mapped = advisoryFromEntry(parsed.entry);
      if (!('advisory' in mapped)) throw new Error(mapped.problem);
      expect(findMdxBodyError(mapped.advisory.body), parsed.entry.id).toBeUndefined();
      const result = AdvisorySchema.safeParse({ ...mapped.advisory.fields, release: '2020-01-01', lines: ['20.x'] });
      expect(result.success, `${parsed.entry.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});

describe('release dates', () => {
  const data: NodeReleaseData = {
    versionDates: new Map([
      ['14.20.0', '2022-07-07'],
      ['16.20.0', '2023-03-28'],
      ['4.3.0', '2016-02-09'],
    ]),
    schedule: {},
  };

  it('reads the month an announcement address names', () => {
    expect(monthOfRef('https://nodejs.org/en/blog/vulnerability/june-2023-security-releases/')).toBe('2023-06');
    expect(monthOfRef('https://nodejs.org/en/blog/vulnerability/openssl-january-2017/')).toBe('2017-01');
    expect(monthOfRef('https://nodejs.org/en/blog/vulnerability/oct-2017-dos/')).toBe('2017-10');
    expect(monthOfRef('https://github.com/nodejs/node/pull/5507')).toBeUndefined();
  });

  it('prefers a publish date, then a fixed version released in the announced month, then estimates', () => {
    const july = 'https://nodejs.org/en/blog/vulnerability/july-2022-security-releases/';
    expect(releaseDate({ published: ['2022-07-08'], refs: [july], versions: ['14.20.0'] }, data, compareVersions)).toEqual({
      date: '2022-07-08',
      basis: 'published',
      estimated: false,
    });
    // 16.20.0 is a slip in the database: it came out months later, so it does not date a July release.
    expect(releaseDate({ published: [], refs: [july], versions: ['14.20.0', '16.20.0'] }, data, compareVersions)).toEqual({
      date: '2022-07-07',
      basis: 'version',
      estimated: false,
    });
    expect(releaseDate({ published: [], refs: [july], versions: ['18.5.1'] }, data, compareVersions)).toEqual({
      date: '2022-07-01',
      basis: 'month',
      estimated: true,
    });
    expect(releaseDate({ published: [], refs: [], versions: ['4.3.2'] }, data, compareVersions)).toEqual({
      date: '2016-02-09',
      basis: 'earlier-version',
      estimated: true,
    });
    expect(releaseDate({ published: [], refs: [], versions: ['4.3.2'] }, NO_RELEASE_DATA, compareVersions)).toBeUndefined();
  });
});

describe('importing the whole corpus', () => {
  const plan = planImport({ entries: corpusEntries(), existing: EMPTY, releaseData: RELEASE_DATA, now: NOW });

  it('imports every entry, merging the one that repeats another', () => {
    const kinds = Map.groupBy(plan.outcomes, (outcome) => outcome.kind);
    expect(kinds.get('imported')).toHaveLength(170);
    expect(kinds.get('merged')).toEqual([
      { entry: '150', kind: 'merged', advisory: 'CVE-2024-27980', reason: 'says exactly what entry 141 says' },
    ]);
    expect(kinds.get('skipped')).toBeUndefined();
    const merged = plan.files.find((file) => file.path === 'advisories/CVE-2024-27980.mdx');
    expect(readFrontMatter(merged?.text ?? '')?.source).toMatchObject({ id: '141', duplicates: ['150'] });
  });

  it('groups the June 2023 entries into one release with the lines and versions their ranges name', () => {
    const june = plan.releases.find((release) => release.entries.includes('108'));
    expect(june?.entries).toEqual(['108', '109', '110', '111', '112', '113', '114', '115', '116', '117']);
    const file = plan.files.find((candidate) => candidate.path === `releases/${june?.id}.mdx`);
    expect(readFrontMatter(file?.text ?? '')?.lines).toEqual([
      { line: '20.x', version: '20.3.1' },
      { line: '18.x', version: '18.16.1' },
      { line: '16.x', version: '16.20.1' },
    ]);
    expect(plan.lines).toContain('0.10.x');
  });

  it('reports what the data lacks instead of dropping it', () => {
    const notes = [...plan.notes].flatMap(([id, texts]) => texts.map((text) => `${id}: ${text}`));
    expect(notes).toContain('2: no CVE id: imported as nodejs-sec-2');
    expect(notes).toContain('73: stray spaces in its ranges were removed');
    expect(notes).toContain('54: vulnerable part "<= 10" names no single release line');
    expect(notes).toContain('62: 8 CVE ids: CVE-2019-9511 carries the others as aliases');
    expect(plan.releases.filter((release) => release.estimated).length).toBeGreaterThan(0);
  });

  it('keeps the fix that a vulnerable range ends at inside a line, for a line its release does not ship (entry 24)', () => {
    const file = plan.files.find((candidate) => candidate.path === 'advisories/CVE-2016-1669.mdx');
    const data = readFrontMatter(file?.text ?? '') ?? {};
    expect(data.lines).toEqual(['6.x', '5.x', '4.x']);
    expect(data.introduced).toBeUndefined();
    expect(data.source).toMatchObject({ vulnerable: '>=6.0.0 <6.2.0 || 5.x || 4.x', patched: '^4.4.6 || ^5.12.0' });
    const release = plan.files.find((candidate) => candidate.path === `releases/${data.release}.mdx`);
    const shipped = (readFrontMatter(release?.text ?? '')?.lines ?? []) as { line: string }[];
    expect(shipped.map((item) => item.line)).not.toContain('6.x');
    expect(plan.notes.get('24')).toContain('6.x was fixed in 6.2.0, where its vulnerable range ends, not by its release');
    expect(plan.notes.get('24')?.filter((text) => text.startsWith('on '))).toEqual([]);
  });

  it("says where a line's page and the entry's ranges, which the exports publish, disagree", () => {
    const notes = [...plan.notes]
      .sort(([a], [b]) => Number(a) - Number(b))
      .flatMap(([id, texts]) => texts.filter((text) => text.startsWith('on ')).map((text) => `${id}: ${text}`));
    const follow = 'OSV and the index follow the ranges';
    expect(notes).toEqual([
      `21: on 5.x the entry's ranges make 5.0.0 up to 6.0.0 affected, the advisory page 5.0.0 up to 5.12.0; ${follow}`,
      `26: on 4.x the entry's ranges make 4.0.0 up to 4.4.2 and 4.4.3 up to 5.0.0 affected, the advisory page 4.0.0 up to 4.4.2; ${follow}`,
      `42: on 8.x the entry's ranges make 8.5.0 up to 8.5.1 affected, the advisory page 8.5.0 up to 8.6.0; ${follow}`,
      `51: on 9.x the entry's ranges make 9.7.0 up to 9.8.0 affected, the advisory page 9.7.0 up to 9.11.2; ${follow}`,
      `69: on 15.x the entry's ranges make 15.0.0 up to 15.2.1 and 15.2.2 up to 16.0.0 affected, the advisory page 15.0.0 up to 15.2.1; ${follow}`,
    ]);
  });

  it('skips, with the reason, entries whose release cannot be dated at all', () => {
    const undated = planImport({ entries: corpusEntries(), existing: EMPTY, releaseData: NO_RELEASE_DATA, now: NOW });
    const skipped = undated.outcomes.filter((outcome) => outcome.kind === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped[0]).toMatchObject({ reason: expect.stringMatching(/^no date for its release/) });
  });

  it('plans nothing when run again over its own result', () => {
    const again = planImport({ entries: corpusEntries(), existing: existingAfter(plan), releaseData: RELEASE_DATA, now: NOW });
    expect(again.files).toEqual([]);
    expect(again.outcomes.every((outcome) => outcome.kind === 'unchanged')).toBe(true);
  });

  it('merges into advisories written by hand, keeping their text and release', () => {
    const names = readdirSync(join(SAMPLE_CONTENT, 'advisories'));
    const existing: ExistingContent = {
      advisories: names.map((name) => {
        const text = readFileSync(join(SAMPLE_CONTENT, 'advisories', name), 'utf-8');
        const data = readFrontMatter(text) ?? {};
        return { id: name.replace('.mdx', ''), text, cve: String(data.cve), aliases: [], release: String(data.release), source: undefined };
      }),
      releases: new Map([['2023-06-20', ['20.x', '18.x', '16.x']]]),
      lines: new Map([
        ['20.x', 'current'],
        ['18.x', 'active-lts'],
        ['16.x', 'maintenance'],
      ]),
    };
    const merged = planImport({ entries: corpusEntries(), existing, releaseData: RELEASE_DATA, now: NOW });
    const update = merged.files.find((file) => file.path === 'advisories/CVE-2023-30585.mdx');
    expect(update?.action).toBe('update');
    const original = readFileSync(join(SAMPLE_CONTENT, 'advisories', 'CVE-2023-30585.mdx'), 'utf-8');
    expect(update?.text).toContain('lines: [20.x, 18.x, 16.x]');
    expect(update?.text.endsWith(original.slice(original.indexOf('\n---\n') + 5))).toBe(true);
    expect(readFrontMatter(update?.text ?? '')?.source).toMatchObject({ id: '112', vulnerable: '16.x || 18.x || 20.x' });
    expect(merged.outcomes.filter((outcome) => outcome.kind === 'merged')).toHaveLength(11);
    expect(merged.files.some((file) => file.path.startsWith('releases/2023-06'))).toBe(false);
    expect(merged.files.some((file) => file.path === 'lines/20.x.yaml')).toBe(false);

    const again = planImport({ entries: corpusEntries(), existing: existingAfter(merged, existing), releaseData: RELEASE_DATA, now: NOW });
    expect(again.files).toEqual([]);
  });

  it('skips bad entries with the reason, and keeps a second entry for the same CVE out when it says something else', () => {
    const result = planImport({
      entries: [
        parseNodejsEntry('1', '{ not json'),
        parseNodejsEntry('2', JSON.stringify({ cve: [], patched: '^1.0.0' })),
        { entry: entry('3', { cve: ['CVE-2020-0001'], severity: 'high' }) },
        { entry: entry('4', { cve: ['CVE-2020-0001'], severity: 'low' }) },
        { entry: entry('5', { patched: 'none' }) },
        { entry: entry('6', { patched: '*' }) },
        { entry: entry('7', { vulnerable: '20.x || twenty' }) },
      ],
      existing: EMPTY,
      releaseData: { versionDates: new Map([['20.3.1', '2023-06-20']]), schedule: {} },
      now: NOW,
    });
    expect(result.outcomes.map((outcome) => [outcome.entry, outcome.kind, 'reason' in outcome ? outcome.reason : ''])).toEqual([
      ['1', 'skipped', expect.stringMatching(/^not valid JSON/)],
      ['2', 'skipped', expect.stringMatching(/^field vulnerable:/)],
      ['3', 'imported', ''],
      ['4', 'skipped', expect.stringMatching(/CVE-2020-0001 is already imported from entry 3/)],
      ['5', 'skipped', 'patched "none" is not a semver range'],
      ['6', 'skipped', 'patched range "*" names no fixed version'],
      ['7', 'skipped', 'vulnerable "20.x || twenty" is not a semver range'],
    ]);
  });
});
