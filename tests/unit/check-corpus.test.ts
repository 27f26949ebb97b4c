import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/core/checks/check-command.ts';
import type { Diagnostic } from '../../src/core/content/diagnostic.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { type ContentFixture, contentFixture } from '../helpers/content-fixture.ts';

/** After the sample's release day and the June report's publication. */
const NOW = '2023-07-20T00:00:00Z';
const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad-content');

interface Expectation {
  /** Path inside the content root (or the private root). */
  file: string;
  field?: string;
  line?: number;
  message: string | RegExp;
  level?: 'error' | 'warning';
  /** Exit code of `npm run check`; 1 for errors, 0 when only warnings. */
  exit?: number;
}

interface Case extends Expectation {
  name: string;
  edit: (content: ContentFixture, privateContent: ContentFixture) => void;
  /** Whether the case needs BULLETIN_PRIVATE_DIR. */
  usesPrivate?: boolean;
  /** Whether `file` is in the private folder. */
  inPrivate?: boolean;
}

/** A release due on `date`, announced a week before and not yet published, with one advisory still in draft. */
function draftDueOn(c: ContentFixture, date: string, advisoryPath: string, cve: string) {
  const week = new Date(Date.parse(`${date}T18:00:00Z`) - 7 * 24 * 60 * 60 * 1000).toISOString().replace('.000Z', 'Z');
  c.write(`releases/${date}.mdx`, `---\ndate: ${date}\nannouncedAt: ${week}\nlines:\n  - line: 20.x\n---\n`);
  c.write(
    advisoryPath,
    `---\n${cve}title: A flaw\nrelease: ${date}\nseverity: high\nlines: [20.x]\nsummary: One paragraph.\n` +
      'credits:\n  - name: Jane Doe\n    role: reporter\n---\n\n## Impact\n\nWho is affected, under which conditions, and what an attacker can achieve.\n',
  );
}

/** Replaces text in a copied sample file, failing loudly if the sample no longer holds it. */
function replace(fixture: ContentFixture, path: string, from: string | RegExp, to: string) {
  const file = join(fixture.root, path);
  const text = readFileSync(file, 'utf-8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the sample's ${path} no longer contains ${String(from)}; update this case`);
  writeFileSync(file, next);
}

const SOURCES = `credits:
  - name: Jane Doe
    role: reporter
summary: A complete summary.`;

function advisory(frontMatter: string, body = 'Body.') {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

const RELEASED_ADVISORY = (cve: string, extra: string) =>
  advisory(`cve: ${cve}\ntitle: A new issue\nrelease: 2023-06-20\nseverity: low\nlines: [20.x]\n${extra}`);

/** A case where a front-matter field names CVE-2023-32002, whose release (9 August 2023) is not yet published. */
function namesEmbargoedCve(name: string, file: string, from: string | RegExp, to: string, field: string): Case {
  return {
    name,
    edit: (c) => {
      draftDueOn(c, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
      replace(c, file, from, to);
    },
    file,
    field,
    message: 'names CVE-2023-32002 at this moment, before its advisory is public',
  };
}

/** The figures as the report scaffold writes them, every one present and still to be filled in. */
const FIGURES_WRITTEN_NULL =
  'metrics:\n  reportsReceived: null\n  reportsClosed: null\n  firstResponseHours: null\n  firstResponseGoalHours: null\n' +
  '  reportsInTriage: null\n  hackersParticipating: null\n  extra: []\n';

const CASES: Case[] = [
  {
    name: 'misspelt front-matter key',
    edit: (c) => replace(c, 'advisories/CVE-2023-30581.mdx', 'severity: high', 'severty: high'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'severty',
    line: 5,
    message: 'unknown field "severty"; did you mean "severity"?',
  },
  {
    name: 'fixed version that YAML reads as a number',
    edit: (c) => replace(c, 'releases/2023-06-20.mdx', 'version: 18.16.1', 'version: 18.16'),
    file: 'releases/2023-06-20.mdx',
    field: 'lines[1].version',
    line: 8,
    message: 'expected a version such as 20.3.1, found 18.16',
  },
  {
    name: 'advisory lines written as text, not a list',
    edit: (c) => replace(c, 'advisories/CVE-2023-30581.mdx', 'lines: [20.x, 18.x, 16.x]', 'lines: 20.x, 18.x, 16.x'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'lines',
    line: 6,
    message: 'expected a list of release lines such as [20.x, 18.x], found "20.x, 18.x, 16.x"',
  },
  {
    name: 'introduced written as a list',
    edit: (c) =>
      replace(c, 'advisories/CVE-2023-30581.mdx', 'lines: [20.x, 18.x, 16.x]\n', 'lines: [20.x, 18.x, 16.x]\nintroduced: [18.x]\n'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced',
    line: 7,
    message: 'expected lines with their first affected version, such as 18.x: 18.17.0, found ["18.x"]',
  },
  {
    name: 'report figure written as words',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'reportsClosed: 17', 'reportsClosed: seventeen'),
    file: 'reports/2023-06.mdx',
    field: 'metrics.reportsClosed',
    line: 11,
    message: 'expected a number, found "seventeen"',
  },
  {
    name: 'report count that is not whole',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'reportsClosed: 17', 'reportsClosed: 17.5'),
    file: 'reports/2023-06.mdx',
    field: 'metrics.reportsClosed',
    line: 11,
    message: 'expected a whole number, found 17.5',
  },
  {
    name: 'report hours below zero',
    edit: (c) => replace(c, 'reports/2023-06.mdx', /firstResponseHours: [\d.]+/, 'firstResponseHours: -5'),
    file: 'reports/2023-06.mdx',
    field: 'metrics.firstResponseHours',
    message: 'expected a number of zero or more, found -5',
  },
  {
    name: 'credits left empty',
    edit: (c) => replace(c, 'advisories/CVE-2023-30581.mdx', /^credits:\n(?: {2}.*\n)+/m, 'credits:\n'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'credits',
    message: 'expected a list, found nothing (an empty value)',
  },
  {
    name: 'withdrawal written as a word',
    edit: (c) => replace(c, 'advisories/CVE-2023-30581.mdx', 'lines: [20.x, 18.x, 16.x]\n', 'lines: [20.x, 18.x, 16.x]\nwithdrawn: yes\n'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'withdrawn',
    line: 7,
    message: 'expected fields, found text: "yes"',
  },
  {
    name: 'fixed version of another line',
    edit: (c) => replace(c, 'releases/2023-06-20.mdx', 'version: 18.16.1', 'version: 20.16.1'),
    file: 'releases/2023-06-20.mdx',
    field: 'lines[1].version',
    line: 8,
    message: 'expected a 18.x version, found 20.16.1',
  },
  {
    name: 'released release without a fixed version',
    edit: (c) => replace(c, 'releases/2023-06-20.mdx', '    version: 16.20.1\n', ''),
    file: 'releases/2023-06-20.mdx',
    field: 'lines[2].version',
    line: 9,
    message: 'expected the fixed 16.x version',
  },
  {
    name: 'release line that does not exist',
    edit: (c) => replace(c, 'releases/2023-06-20.mdx', '- line: 16.x', '- line: 15.x'),
    file: 'releases/2023-06-20.mdx',
    field: 'lines[2].line',
    line: 9,
    message: 'expected a known release line (16.x, 18.x, 20.x), found "15.x"',
  },
  {
    name: "advisory line outside its release's lines",
    edit: (c) => {
      // An end-of-life line may be named outside the release (affected, never fixed); a maintained one may not.
      c.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: maintenance\nendOfLife: 2024-04-30\n');
      replace(c, 'advisories/CVE-2023-30582.mdx', /^lines: .*$/m, 'lines: [20.x, 14.x]');
    },
    file: 'advisories/CVE-2023-30582.mdx',
    field: 'lines[1]',
    line: 6,
    message: "expected one of release 2023-06-20's lines",
  },
  {
    name: 'introduced version for a line the advisory does not name',
    edit: (c) => replace(c, 'advisories/CVE-2023-30582.mdx', 'lines: [20.x]\n', 'lines: [20.x]\nintroduced:\n  18.x: 18.17.0\n'),
    file: 'advisories/CVE-2023-30582.mdx',
    field: 'introduced.18.x',
    line: 8,
    message: 'expected one of the advisory\'s lines (20.x), found "18.x"',
  },
  {
    name: 'introduced version of another line',
    edit: (c) =>
      replace(
        c,
        'advisories/CVE-2023-30581.mdx',
        'lines: [20.x, 18.x, 16.x]\n',
        'lines: [20.x, 18.x, 16.x]\nintroduced:\n  18.x: 20.1.0\n',
      ),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced.18.x',
    line: 8,
    message: 'expected a version of 18.x, found "20.1.0"',
  },
  {
    name: 'introduced at or after the fix on its line',
    edit: (c) =>
      replace(
        c,
        'advisories/CVE-2023-30581.mdx',
        'lines: [20.x, 18.x, 16.x]\n',
        'lines: [20.x, 18.x, 16.x]\nintroduced:\n  20.x: 20.3.1\n',
      ),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced.20.x',
    line: 8,
    message: 'expected a version before the fix on 20.x (20.3.1), found "20.3.1"',
  },
  {
    name: 'introduced at the start of its line',
    edit: (c) =>
      replace(
        c,
        'advisories/CVE-2023-30581.mdx',
        'lines: [20.x, 18.x, 16.x]\n',
        'lines: [20.x, 18.x, 16.x]\nintroduced:\n  18.x: 18.0.0-rc.1\n',
      ),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced.18.x',
    line: 8,
    message: 'expected a version after 18.0.0, where 18.x starts',
  },
  {
    name: 'introduced under a key that is not a line',
    edit: (c) =>
      replace(c, 'advisories/CVE-2023-30581.mdx', 'lines: [20.x, 18.x, 16.x]\n', 'lines: [20.x, 18.x, 16.x]\nintroduced:\n  18: 18.17.0\n'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced.18',
    line: 8,
    message: 'expected a release line id such as 20.x (or 4.2.x, a line of one minor version), found the key "18"',
  },
  {
    name: 'introduced version that is not a version',
    edit: (c) =>
      replace(
        c,
        'advisories/CVE-2023-30581.mdx',
        'lines: [20.x, 18.x, 16.x]\n',
        'lines: [20.x, 18.x, 16.x]\nintroduced:\n  20.x: 20.1.x\n',
      ),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced.20.x',
    line: 8,
    message: 'expected a version such as 20.3.1',
  },
  {
    name: 'advisory of a release that does not exist',
    edit: (c) => replace(c, 'advisories/CVE-2023-30583.mdx', 'release: 2023-06-20', 'release: 2023-06-21'),
    file: 'advisories/CVE-2023-30583.mdx',
    field: 'release',
    line: 4,
    message: 'found "2023-06-21"',
  },
  {
    name: 'one CVE in two advisories',
    edit: (c) => {
      c.write('advisories/CVE-2023-39999.mdx', RELEASED_ADVISORY('CVE-2023-39999', SOURCES));
      c.write('advisories/new-issue.mdx', RELEASED_ADVISORY('CVE-2023-39999', SOURCES));
    },
    file: 'advisories/new-issue.mdx',
    field: 'cve',
    line: 2,
    message: 'CVE id "CVE-2023-39999" is also claimed by',
  },
  {
    name: 'id used in the public and the private folder',
    usesPrivate: true,
    inPrivate: true,
    edit: (c, p) => p.write('advisories/CVE-2023-30581.mdx', readFileSync(join(c.root, 'advisories/CVE-2023-30581.mdx'), 'utf-8')),
    file: 'advisories/CVE-2023-30581.mdx',
    message: /advisory id "CVE-2023-30581" is also used by .*public and private/,
  },
  {
    name: 'advisory under embargo in the public folder while a private one is in use',
    usesPrivate: true,
    level: 'warning',
    exit: 0,
    edit: (c) => draftDueOn(c, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n'),
    file: 'advisories/CVE-2023-32002.mdx',
    field: 'release',
    message:
      'this advisory is in the public content folder before it is public (its release 2023-08-09 is not yet published): anyone who reads the public repository sees it now; move it to the private folder (BULLETIN_PRIVATE_DIR), from which release:move-public brings it back once the release is out',
  },
  {
    name: "public draft report naming the CVE id of a private advisory whose release comes before the report's day",
    usesPrivate: true,
    level: 'warning',
    exit: 0,
    edit: (c, p) => {
      draftDueOn(p, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
      replace(p, 'releases/2023-08-09.mdx', '  - line: 20.x\n', '  - line: 20.x\n    version: 20.5.1\nreleasedAt: 2023-08-09T20:00:00Z\n');
      replace(p, 'advisories/CVE-2023-32002.mdx', /Who is affected.*achieve\./, 'A crafted request crashes the server.');
      c.write(
        'reports/2023-08.mdx',
        `${c.read('reports/2023-06.mdx').replace('month: 2023-06', 'month: 2023-08').replace('published: 2023-07-13', 'published: 2023-09-12')}\nCVE-2023-32002 was fixed on 9 August.\n`,
      );
    },
    file: 'reports/2023-08.mdx',
    field: 'body',
    message:
      'names CVE-2023-32002 in the public content folder before its advisory is public (its release goes out at 2023-08-09T20:00:00Z): anyone who reads the public repository sees it now; keep this text in the private folder (BULLETIN_PRIVATE_DIR) until the release is out',
  },
  {
    name: 'report in the private folder',
    usesPrivate: true,
    inPrivate: true,
    edit: (_c, p) => p.write('reports/2023-07.mdx', '---\nmonth: 2023-07\n---\n'),
    file: 'reports',
    message: 'only releases and advisories may live in the private folder',
  },
  {
    name: 'line id that disagrees with its file name',
    edit: (c) => replace(c, 'lines/20.x.yaml', 'id: 20.x', 'id: 21.x'),
    file: 'lines/20.x.yaml',
    field: 'id',
    line: 1,
    message: 'expected "20.x" to match the file name, found "21.x"',
  },
  {
    name: 'release date that disagrees with its file name',
    edit: (c) => replace(c, 'releases/2023-06-20.mdx', 'date: 2023-06-20', 'date: 2023-06-22'),
    file: 'releases/2023-06-20.mdx',
    field: 'date',
    line: 2,
    message: 'record the move in dateChanges',
  },
  {
    name: 'malformed CVE id',
    edit: (c) => c.write('advisories/new-issue.mdx', RELEASED_ADVISORY('CVE-23-1', SOURCES)),
    file: 'advisories/new-issue.mdx',
    field: 'cve',
    line: 2,
    message: 'expected a CVE id such as CVE-2023-30581, found "CVE-23-1"',
  },
  {
    name: 'CVE id from a year that cannot be',
    edit: (c) => c.write('advisories/CVE-2093-0001.mdx', RELEASED_ADVISORY('CVE-2093-0001', SOURCES)),
    file: 'advisories/CVE-2093-0001.mdx',
    field: 'cve',
    line: 2,
    message: 'expected a CVE year from 1999 to 2024',
  },
  {
    name: 'malformed CWE id',
    edit: (c) => c.write('advisories/CVE-2023-39997.mdx', RELEASED_ADVISORY('CVE-2023-39997', `cwe: [CWE-22, CWE22]\n${SOURCES}`)),
    file: 'advisories/CVE-2023-39997.mdx',
    field: 'cwe[1]',
    line: 7,
    message: 'expected a CWE id such as CWE-22',
  },
  {
    name: 'CVSS vector that does not parse',
    edit: (c) =>
      c.write('advisories/CVE-2023-39996.mdx', RELEASED_ADVISORY('CVE-2023-39996', `cvss:\n  vector: CVSS:3.1/AV:N/AC:L\n${SOURCES}`)),
    file: 'advisories/CVE-2023-39996.mdx',
    field: 'cvss.vector',
    line: 8,
    message: 'lacks the base metric(s) PR, UI, S, C, I, A',
  },
  {
    name: 'CVSS vector that disagrees with the severity',
    edit: (c) =>
      c.write(
        'advisories/CVE-2023-39995.mdx',
        RELEASED_ADVISORY('CVE-2023-39995', `cvss:\n  vector: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n${SOURCES}`),
      ),
    file: 'advisories/CVE-2023-39995.mdx',
    field: 'severity',
    line: 5,
    message: 'expected "critical" to agree with the CVSS vector (score 9.8), found "low"',
  },
  {
    name: 'severity override where none is needed',
    edit: (c) =>
      c.write(
        'advisories/CVE-2023-39994.mdx',
        RELEASED_ADVISORY(
          'CVE-2023-39994',
          `cvss:\n  vector: CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N\n  severityOverride: We think so.\n${SOURCES}`,
        ),
      ),
    file: 'advisories/CVE-2023-39994.mdx',
    field: 'cvss.severityOverride',
    line: 9,
    level: 'warning',
    exit: 0,
    message: 'remove the override',
  },
  {
    name: 'advisory without a CVE id a day before its release',
    edit: (c) => draftDueOn(c, '2023-07-21', 'advisories/2023-07-21-1.mdx', ''),
    file: 'advisories/2023-07-21-1.mdx',
    field: 'cve',
    level: 'warning',
    exit: 0,
    message: 'release 2023-07-21 is due on 2023-07-21, and release:publish refuses: no CVE id',
  },
  {
    name: 'skeleton text in an advisory on its release day',
    edit: (c) => draftDueOn(c, '2023-07-20', 'advisories/CVE-2023-39999.mdx', 'cve: CVE-2023-39999\n'),
    file: 'advisories/CVE-2023-39999.mdx',
    field: 'body',
    line: 15,
    level: 'warning',
    exit: 0,
    message:
      'release 2023-07-20 is due today (2023-07-20), and release:publish refuses: the scaffold text "Who is affected, under which conditions, and what an attacker can achieve."',
  },
  {
    name: 'plain http reference',
    edit: (c) => replace(c, 'advisories/CVE-2023-30581.mdx', 'url: https://nodejs.org/', 'url: http://nodejs.org/'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'references[0].url',
    line: 13,
    message: 'expected an absolute https:// URL',
  },
  {
    name: 'pre-announcement after the release date',
    edit: (c) => replace(c, 'releases/2023-06-20.mdx', 'announcedAt: 2023-06-13T20:00:00Z', 'announcedAt: 2023-06-21T20:00:00Z'),
    file: 'releases/2023-06-20.mdx',
    field: 'announcedAt',
    line: 3,
    message: 'expected the pre-announcement before the release date 2023-06-20',
  },
  {
    name: 'pre-announcement less than a week ahead',
    edit: (c) => {
      draftDueOn(c, '2023-07-25', 'advisories/CVE-2023-39001.mdx', 'cve: CVE-2023-39001\n');
      replace(c, 'releases/2023-07-25.mdx', 'announcedAt: 2023-07-18T18:00:00Z', 'announcedAt: 2023-07-21T18:00:00Z');
    },
    file: 'releases/2023-07-25.mdx',
    field: 'announcedAt',
    line: 3,
    level: 'warning',
    exit: 0,
    message: 'comes 4 day(s) before the release date 2023-07-25',
  },
  {
    name: 'date change that moves the release earlier',
    edit: (c) =>
      replace(
        c,
        'releases/2023-06-20.mdx',
        'releasedAt:',
        'dateChanges:\n  - at: 2023-06-14T10:00:00Z\n    to: 2023-06-19\n    note: Sooner.\nreleasedAt:',
      ),
    file: 'releases/2023-06-20.mdx',
    field: 'dateChanges[0].to',
    line: 29,
    message: 'expected a date later than 2023-06-20',
  },
  {
    name: 'date change before the pre-announcement',
    edit: (c) =>
      replace(
        c,
        'releases/2023-06-20.mdx',
        'releasedAt:',
        'dateChanges:\n  - at: 2023-06-10T10:00:00Z\n    to: 2023-06-21\n    note: Later.\nreleasedAt:',
      ),
    file: 'releases/2023-06-20.mdx',
    field: 'dateChanges[0].at',
    line: 28,
    message: 'expected the date change after the pre-announcement',
  },
  {
    name: 'date change made with the pre-announcement',
    edit: (c) =>
      replace(
        c,
        'releases/2023-06-20.mdx',
        'releasedAt:',
        'dateChanges:\n  - at: 2023-06-13T20:00:00Z\n    to: 2023-06-21\n    note: Later.\nreleasedAt:',
      ),
    file: 'releases/2023-06-20.mdx',
    field: 'dateChanges[0].at',
    line: 28,
    message:
      'expected the date change after the pre-announcement (2023-06-13T20:00:00Z), found 2023-06-13T20:00:00Z; to announce another date, change date',
  },
  {
    name: 'released and cancelled at once',
    edit: (c) =>
      replace(c, 'releases/2023-06-20.mdx', 'releasedAt:', 'cancelled:\n  at: 2023-06-15T10:00:00Z\n  note: Dropped.\nreleasedAt:'),
    file: 'releases/2023-06-20.mdx',
    field: 'cancelled',
    line: 28,
    message: 'expected either releasedAt or cancelled, found both',
  },
  {
    name: 'released advisory without a CVE id',
    edit: (c) =>
      c.write('advisories/2023-06-20-1.mdx', advisory(`title: A new issue\nrelease: 2023-06-20\nseverity: low\nlines: [20.x]\n${SOURCES}`)),
    file: 'advisories/2023-06-20-1.mdx',
    field: 'cve',
    message: 'expected a CVE id since release 2023-06-20 has releasedAt',
  },
  {
    name: 'released advisory without a summary',
    edit: (c) =>
      c.write('advisories/CVE-2023-39993.mdx', RELEASED_ADVISORY('CVE-2023-39993', 'credits:\n  - name: Jane Doe\n    role: reporter')),
    file: 'advisories/CVE-2023-39993.mdx',
    field: 'summary',
    message: 'expected a summary since release 2023-06-20 has releasedAt',
  },
  {
    name: 'released advisory without credits',
    edit: (c) => c.write('advisories/CVE-2023-39992.mdx', RELEASED_ADVISORY('CVE-2023-39992', 'summary: A summary.')),
    file: 'advisories/CVE-2023-39992.mdx',
    field: 'credits',
    message: 'expected at least one credit',
  },
  {
    name: 'advisory modified before it was published',
    edit: (c) =>
      c.write('advisories/CVE-2023-39991.mdx', RELEASED_ADVISORY('CVE-2023-39991', `${SOURCES}\nmodified: 2023-06-01T00:00:00Z`)),
    file: 'advisories/CVE-2023-39991.mdx',
    field: 'modified',
    line: 11,
    message: 'expected a moment after the advisory was published (2023-06-20T21:00:00Z)',
  },
  {
    name: 'advisory modified at a moment still to come',
    edit: (c) =>
      c.write('advisories/CVE-2023-39989.mdx', RELEASED_ADVISORY('CVE-2023-39989', `${SOURCES}\nmodified: 2024-07-20T00:00:00Z`)),
    file: 'advisories/CVE-2023-39989.mdx',
    field: 'modified',
    line: 11,
    level: 'warning',
    exit: 0,
    message: '2024-07-20T00:00:00Z has not come yet (it is 2023-07-20T00:00:00.000Z): the site and its records show it only from then on',
  },
  {
    name: 'advisory body with a section the page draws from the front matter',
    edit: (c) =>
      c.write(
        'advisories/CVE-2023-39988.mdx',
        advisory(
          RELEASED_ADVISORY('CVE-2023-39988', SOURCES).split('---')[1]?.trim() ?? '',
          '## Impact\n\nWho is affected.\n\n```md\n## Credits in a code sample are fine\n```\n\n### Fixed versions\n\n| Line | Fixed in |\n| --- | --- |\n| 20.x | 20.3.1 |\n',
        ),
      ),
    file: 'advisories/CVE-2023-39988.mdx',
    field: 'body',
    line: 21,
    level: 'warning',
    exit: 0,
    message:
      'the section "Fixed versions" repeats the affected lines and their fixed versions, which the page shows from the front matter; remove it, or keep in it only what the front matter cannot say',
  },
  {
    name: "line's last version before one of its fixes",
    edit: (c) => c.write('lines/16.x.yaml', `${c.read('lines/16.x.yaml')}lastVersion: 16.20.0\n`),
    file: 'lines/16.x.yaml',
    field: 'lastVersion',
    line: 5,
    message: 'expected a version at or after every fix of 16.x, found 16.20.0 before 16.20.1 (release 2023-06-20)',
  },
  {
    name: "line's last version named before the line has ended",
    edit: (c) => c.write('lines/16.x.yaml', `${c.read('lines/16.x.yaml')}lastVersion: 16.20.2\n`),
    file: 'lines/16.x.yaml',
    field: 'lastVersion',
    line: 5,
    level: 'warning',
    exit: 0,
    message: '16.x has not reached its end of life (2023-09-11): a later release may still come after 16.20.2',
  },
  {
    name: "advisory introduced on a line after the line's last release",
    edit: (c) => {
      c.write(
        'lines/16.x.yaml',
        `${c.read('lines/16.x.yaml').replace('endOfLife: 2023-09-11', 'endOfLife: 2023-07-01')}lastVersion: 16.20.2\n`,
      );
      replace(
        c,
        'advisories/CVE-2023-30581.mdx',
        'lines: [20.x, 18.x, 16.x]\n',
        'lines: [20.x, 18.x, 16.x]\nintroduced:\n  16.x: 16.20.5\n',
      );
    },
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'introduced.16.x',
    message: 'expected a version at or before 16.20.2, the last release of 16.x, found "16.20.5"',
  },
  {
    name: 'ended line left unfixed without its last version',
    edit: (c) => {
      c.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\n');
      replace(c, 'advisories/CVE-2023-30581.mdx', 'lines: [20.x, 18.x, 16.x]\n', 'lines: [20.x, 18.x, 16.x, 14.x]\n');
      replace(c, 'advisories/CVE-2023-30585.mdx', /lines: \[(.*)\]\n/, 'lines: [$1, 14.x]\n');
    },
    file: 'lines/14.x.yaml',
    field: 'lastVersion',
    line: 1,
    level: 'warning',
    exit: 0,
    message:
      '14.x has ended, and CVE-2023-30581, CVE-2023-30585 leave it unfixed: without its last release their OSV ranges end at "fixed: 15.0.0", which scanners offer as the upgrade; give lastVersion',
  },
  {
    name: 'imported advisory whose database range is not a semver range',
    edit: (c) =>
      c.write(
        'advisories/CVE-2023-39992.mdx',
        RELEASED_ADVISORY(
          'CVE-2023-39992',
          `${SOURCES}\nsource:\n  database: nodejs-security-wg\n  id: "300"\n  vulnerable: 20.x\n  patched: "fixed in 20.3.1"`,
        ),
      ),
    file: 'advisories/CVE-2023-39992.mdx',
    field: 'source.patched',
    message: 'expected a semver range such as ">=14.0.0 <14.21.2 || ^16.19.1"',
  },
  {
    name: "line's last version of another line",
    edit: (c) => c.write('lines/16.x.yaml', `${c.read('lines/16.x.yaml')}lastVersion: 18.0.0\n`),
    file: 'lines/16.x.yaml',
    field: 'lastVersion',
    line: 5,
    message: 'expected a version of 16.x, found "18.0.0"',
  },
  {
    name: 'CVE id in an advisory not yet released, under another name',
    edit: (c) => draftDueOn(c, '2023-07-27', 'advisories/http-header-overflow.mdx', 'cve: CVE-2023-39986\n'),
    file: 'advisories/http-header-overflow.mdx',
    field: 'cve',
    line: 2,
    message:
      'expected the file to be named CVE-2023-39986.mdx once the CVE id is assigned, found "http-header-overflow"; once released, the name stays',
  },
  {
    name: 'TODO in a released advisory body',
    edit: (c) =>
      c.write(
        'advisories/CVE-2023-39990.mdx',
        advisory(RELEASED_ADVISORY('CVE-2023-39990', SOURCES).split('---')[1]?.trim() ?? '', '## Impact\n\nTODO: describe the impact.'),
      ),
    file: 'advisories/CVE-2023-39990.mdx',
    field: 'body',
    line: 15,
    message: 'found a TODO marker',
  },
  {
    name: 'scaffold text in a published report',
    edit: (c) =>
      replace(c, 'reports/2023-06.mdx', /^summary: >-\n(?: {2}.*\n)+/m, 'summary: "To be written: one sentence on June 2023."\n'),
    file: 'reports/2023-06.mdx',
    field: 'summary',
    line: 6,
    message: 'found the scaffold text "To be written"',
  },
  {
    name: 'TBD in a line label',
    edit: (c) => replace(c, 'lines/20.x.yaml', 'label: Node.js 20', 'label: Node.js 20 (TBD)'),
    file: 'lines/20.x.yaml',
    field: 'label',
    line: 2,
    message: 'found a TBD marker',
  },
  {
    name: 'report of a month in the future',
    edit: (c) =>
      c.write(
        'reports/2023-09.mdx',
        readFileSync(join(c.root, 'reports/2023-06.mdx'), 'utf-8')
          .replace('month: 2023-06', 'month: 2023-09')
          .replace('published: 2023-07-13', 'published: 2023-10-12'),
      ),
    file: 'reports/2023-09.mdx',
    field: 'month',
    line: 2,
    level: 'warning',
    exit: 0,
    message:
      'expected a month up to 2023-08 (next month, for a report started early), found 2023-09, which is in the future; the report stays unpublished until 2023-10-12',
  },
  {
    name: 'published report of a month in the future',
    edit: (c) =>
      c.write(
        'reports/2023-08.mdx',
        readFileSync(join(c.root, 'reports/2023-06.mdx'), 'utf-8').replace('month: 2023-06', 'month: 2023-08'),
      ),
    file: 'reports/2023-08.mdx',
    field: 'month',
    line: 2,
    message: 'expected a month up to 2023-07 (the current one), found 2023-08, which is in the future',
  },
  {
    name: 'published report with a figure still empty',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'reportsClosed: 17', 'reportsClosed: null'),
    file: 'reports/2023-06.mdx',
    field: 'metrics.reportsClosed',
    line: 11,
    message: 'expected a number, since the report is published (2023-07-13), and reports give it from 2023-05 on; found null',
  },
  {
    name: 'one month reported twice',
    edit: (c) => c.write('reports/2023-07.mdx', readFileSync(join(c.root, 'reports/2023-06.mdx'), 'utf-8')),
    file: 'reports/2023-07.mdx',
    field: 'month',
    line: 2,
    message: 'report month "2023-06" is also used by',
  },
  {
    name: 'report published before its month',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'published: 2023-07-13', 'published: 2023-05-30'),
    file: 'reports/2023-06.mdx',
    field: 'published',
    line: 3,
    message: 'before the month it reports on',
  },
  {
    name: 'initiative that does not exist',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'initiative: permission-model', 'initiative: permision-model'),
    file: 'reports/2023-06.mdx',
    field: 'initiatives[0].initiative',
    line: 20,
    message: 'found "permision-model"',
  },
  {
    name: 'empty file',
    edit: (c) => c.write('advisories/CVE-2023-30584.mdx', ''),
    file: 'advisories/CVE-2023-30584.mdx',
    message: 'the file is empty',
  },
  {
    name: 'binary file',
    edit: (c) =>
      writeFileSync(
        join(c.root, 'advisories/CVE-2023-30584.mdx'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      ),
    file: 'advisories/CVE-2023-30584.mdx',
    message: 'the file is binary',
  },
  {
    name: 'file that is not UTF-8',
    edit: (c) =>
      writeFileSync(
        join(c.root, 'lines/20.x.yaml'),
        Buffer.from('id: 20.x\nlabel: Node.js 20 \xe9t\xe9\nstatus: current\nendOfLife: 2026-04-30\n', 'latin1'),
      ),
    file: 'lines/20.x.yaml',
    message: 'not valid UTF-8',
  },
  {
    name: '10 MB file',
    edit: (c) => c.write('advisories/CVE-2023-30584.mdx', `---\ntitle: x\n---\n${'A'.repeat(10 * 1024 * 1024)}\n`),
    file: 'advisories/CVE-2023-30584.mdx',
    message: 'the file is 10.0 MB; expected a content file of at most 1 MB',
  },
  {
    name: 'missing site configuration',
    edit: (c) => c.remove('site.yaml'),
    file: 'site.yaml',
    message: 'the site configuration is missing',
  },
  {
    name: 'a branch name among the commits that modify no advisory',
    edit: (c) => c.write('.modified-ignore-revs', '# bulk edits\nc7e2792\nmain\n'),
    file: '.modified-ignore-revs',
    line: 3,
    message: '"main" is not a commit id; expected 7 to 40 hexadecimal digits',
  },
  {
    name: 'report body linking to an advisory that does not exist',
    edit: (c) => c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nSee [the fix](/advisories/CVE-2023-30580/).\n`),
    file: 'reports/2023-06.mdx',
    field: 'body',
    message: /^links to \/advisories\/CVE-2023-30580\/, but there is no advisory "CVE-2023-30580"; did you mean CVE-2023-3058\d\?$/,
  },
  {
    name: 'report body linking to a list of advisories by a misspelt severity',
    edit: (c) => c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nSee [the worst](/advisories/severity/hgh/).\n`),
    file: 'reports/2023-06.mdx',
    field: 'body',
    message:
      'links to /advisories/severity/hgh/, but there is no list of advisories by severity "hgh"; expected one of low, medium, high, critical, unknown: did you mean /advisories/severity/high/?',
  },
  {
    name: 'report body linking to a list of advisories by a release line the site does not have',
    edit: (c) => c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nSee [21](/advisories/line/21.x/).\n`),
    file: 'reports/2023-06.mdx',
    field: 'body',
    message: /^links to \/advisories\/line\/21\.x\/, but there is no list of advisories by line "21\.x"; expected one of [^:]*20\.x/,
  },
  {
    name: 'report body linking to a list of advisories by a year written in words',
    edit: (c) => c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nSee [this year](/advisories/year/this-year/).\n`),
    file: 'reports/2023-06.mdx',
    field: 'body',
    message: 'links to /advisories/year/this-year/, but there is no list of advisories by year "this-year"; expected a year, such as 2023',
  },
  {
    name: 'report body linking to a page of the site that does not exist',
    edit: (c) => c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nSee [the figures](/metric/).\n`),
    file: 'reports/2023-06.mdx',
    field: 'body',
    level: 'warning',
    exit: 0,
    message: 'links to /metric/, which is not a page of this site; did you mean /metrics/? (a page you added under public/ is not checked)',
  },
  {
    name: 'published report body linking to an advisory still under embargo',
    edit: (c) => {
      draftDueOn(c, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
      c.write(
        'reports/2023-06.mdx',
        `${c.read('reports/2023-06.mdx')}\nSee <a href="../../advisories/CVE-2023-32002/">the next fix</a>.\n`,
      );
    },
    file: 'reports/2023-06.mdx',
    field: 'body',
    message: 'links to /advisories/CVE-2023-32002/, which is not public at this moment (its release 2023-08-09 is not yet published)',
  },
  {
    name: 'fixed version of a line at or before one an earlier release shipped',
    edit: (c) => {
      c.write(
        'releases/2023-07-18.mdx',
        '---\ndate: 2023-07-18\nannouncedAt: 2023-07-11T18:00:00Z\nlines:\n  - line: 20.x\n    version: 20.3.1\nreleasedAt: 2023-07-18T20:00:00Z\n---\n\nRelease-day text.\n',
      );
      c.write(
        'advisories/CVE-2023-39990.mdx',
        RELEASED_ADVISORY('CVE-2023-39990', SOURCES).replace('release: 2023-06-20', 'release: 2023-07-18'),
      );
    },
    file: 'releases/2023-07-18.mdx',
    field: 'lines[0].version',
    line: 6,
    message: 'expected a version of 20.x after 20.3.1, which release 2023-06-20 shipped before it, found 20.3.1',
  },
  {
    name: 'advisory naming only lines its release ships no version of',
    edit: (c) => {
      c.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\n');
      c.write('advisories/CVE-2023-39991.mdx', RELEASED_ADVISORY('CVE-2023-39991', SOURCES).replace('lines: [20.x]', 'lines: [14.x]'));
    },
    file: 'advisories/CVE-2023-39991.mdx',
    field: 'lines',
    message: 'expected at least one line that release 2023-06-20 fixes (16.x, 18.x, 20.x), found only 14.x, which it ships no version of',
  },
  {
    name: 'release still to come naming a line that has ended by its date',
    edit: (c) =>
      c.write(
        'releases/2023-09-20.mdx',
        '---\ndate: 2023-09-20\nannouncedAt: 2023-09-13T18:00:00Z\nlines:\n  - line: 20.x\n  - line: 16.x\n---\n',
      ),
    file: 'releases/2023-09-20.mdx',
    field: 'lines[1].line',
    line: 6,
    level: 'warning',
    exit: 0,
    message: "16.x reaches its end of life on 2023-09-11, before this release's date 2023-09-20, and gets no more releases",
  },
  {
    name: 'release still to come naming a line ended by its status, with no end-of-life date',
    edit: (c) => {
      c.write('lines/16.x.yaml', 'id: 16.x\nlabel: Node.js 16\nstatus: end-of-life\nlastVersion: 16.20.2\n');
      c.write(
        'releases/2023-07-20.mdx',
        '---\ndate: 2023-07-20\nannouncedAt: 2023-07-13T18:00:00Z\nlines:\n  - line: 20.x\n  - line: 16.x\n---\n',
      );
    },
    file: 'releases/2023-07-20.mdx',
    field: 'lines[1].line',
    level: 'warning',
    exit: 0,
    message: '16.x has reached its end of life, and gets no more releases',
  },
  {
    name: 'release past its day, neither published, postponed nor cancelled',
    edit: (c) => draftDueOn(c, '2023-07-18', 'advisories/CVE-2023-39003.mdx', 'cve: CVE-2023-39003\n'),
    file: 'releases/2023-07-18.mdx',
    field: 'date',
    line: 2,
    level: 'warning',
    exit: 0,
    message:
      'release 2023-07-18 was due on 2023-07-18 and is neither published, postponed nor cancelled, while the site still announces that date',
  },
  {
    name: 'initiative listed twice in one report',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'talks:\n', '  - initiative: permission-model\n    status: blocked\ntalks:\n'),
    file: 'reports/2023-06.mdx',
    field: 'initiatives[4].initiative',
    message: '"permission-model" is listed again (first as initiatives[0]); expected each initiative once',
  },
  {
    name: 'extra figure that has a field of its own',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'name: Permission model CVE fixes completed', 'name: Reports closed'),
    file: 'reports/2023-06.mdx',
    field: 'metrics.extra[0].name',
    level: 'warning',
    exit: 0,
    message: '"Reports closed" has a field of its own: give it as metrics.reportsClosed',
  },
  {
    name: 'talk dated outside the month reported on',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'date: 2023-06-15', 'date: 2021-06-15'),
    file: 'reports/2023-06.mdx',
    field: 'talks[0].date',
    level: 'warning',
    exit: 0,
    message: 'expected a date in 2023-06, the month reported on (or 2023-07, announced ahead), found 2021-06-15',
  },
  {
    name: 'body importing a component that is not there',
    edit: (c) =>
      replace(
        c,
        'reports/2023-06.mdx',
        '\nEvery security figure',
        "\nimport SeverityBadge from '@components/SeverityBage.astro';\n\nEvery security figure",
      ),
    file: 'reports/2023-06.mdx',
    line: 61,
    message:
      "the body imports '@components/SeverityBage.astro', which is not there (looked for src/components/SeverityBage.astro); did you mean '@components/SeverityBadge.astro'?",
  },
  {
    name: 'engagement dated outside the month reported on',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'date: 2023-07-06', 'date: 2022-07-06'),
    file: 'reports/2023-06.mdx',
    field: 'engagements[2].date',
    level: 'warning',
    exit: 0,
    message: 'expected a date in 2023-06, the month reported on (or 2023-07, announced ahead), found 2022-07-06',
  },
  {
    name: 'engagement listed twice',
    edit: (c) =>
      replace(c, 'reports/2023-06.mdx', 'engagements:\n', 'engagements:\n  - kind: event\n    title: the node.js collab summit\n'),
    file: 'reports/2023-06.mdx',
    field: 'engagements[1]',
    level: 'warning',
    exit: 0,
    message: '"The Node.js Collab Summit" is listed twice',
  },
  {
    name: 'engagement of unknown kind',
    edit: (c) => replace(c, 'reports/2023-06.mdx', 'kind: post', 'kind: blog'),
    file: 'reports/2023-06.mdx',
    field: 'engagements[1].kind',
    message: 'expected one of event, meeting, post, podcast',
  },
  {
    name: 'report published a year after its month',
    edit: (c) => {
      const june = c.read('reports/2023-06.mdx');
      c.write(
        'reports/2023-07.mdx',
        june.replace('month: 2023-06', 'month: 2023-07').replace('published: 2023-07-13', 'published: 2024-08-01'),
      );
    },
    file: 'reports/2023-07.mdx',
    field: 'published',
    level: 'warning',
    exit: 0,
    message: '2024-08-01 is more than two months after 2023-07, the month reported on; is the year right?',
  },
  {
    name: 'advisory with a CVE id and a reason for having none',
    edit: (c) => replace(c, 'advisories/CVE-2023-30581.mdx', 'severity: high', 'severity: high\nnoCve: Not assigned in time.'),
    file: 'advisories/CVE-2023-30581.mdx',
    field: 'noCve',
    message: 'expected no reason for a missing CVE id, since the advisory has one (CVE-2023-30581); remove noCve',
  },
  {
    name: 'table whose delimiter row has fewer cells than its header',
    edit: (c) =>
      c.write(
        'reports/2023-06.mdx',
        `${c.read('reports/2023-06.mdx')}\n| Figure | May | June |\n| --- | --- |\n| Closed | 2 | 17 |\n\n\`\`\`\n| a | b |\n| - |\n\`\`\`\n`,
      ),
    file: 'reports/2023-06.mdx',
    field: 'body',
    level: 'warning',
    exit: 0,
    message: "this table's header has 3 cells and the row under it 2; expected as many, or the page shows the rows as plain text",
  },
  namesEmbargoedCve(
    "report engagement's note naming the CVE id of an advisory still under embargo",
    'reports/2023-06.mdx',
    'note: A blog post on one',
    'note: CVE-2023-32002 and a blog post on one',
    'engagements[1].note',
  ),
  namesEmbargoedCve(
    "release's dependency link naming the CVE id of an advisory still under embargo, from the announcement",
    'releases/2023-06-20.mdx',
    '      - https://www.openssl.org/news/vulnerabilities.html\n',
    '      - https://www.openssl.org/news/vulnerabilities.html\n      - https://example.org/CVE-2023-32002\n',
    'dependencies[0].links[1]',
  ),
  namesEmbargoedCve(
    "advisory's reference to the site's own page of an advisory of a later release",
    'advisories/CVE-2023-30581.mdx',
    /^references:\n/m,
    'references:\n  - url: https://security.example.org/advisories/CVE-2023-32002/\n',
    'references[0].url',
  ),
  namesEmbargoedCve(
    "report engagement's address naming an embargoed CVE id in lower case",
    'reports/2023-06.mdx',
    '    title: The Node.js Collab Summit\n',
    '    title: The Node.js Collab Summit\n    url: https://blog.example.org/cve-2023-32002-explained\n',
    'engagements[0].url',
  ),
  namesEmbargoedCve(
    "advisory's credit naming the CVE id of an advisory of a later release",
    'advisories/CVE-2023-30581.mdx',
    /^credits:\n/m,
    'credits:\n  - name: Finder of CVE-2023-32002 too\n    role: finder\n',
    'credits[0].name',
  ),
  {
    name: "published report linking to another site's advisory page named by an embargoed CVE id",
    edit: (c) => {
      draftDueOn(c, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
      c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nSee https://vendor.example/advisories/CVE-2023-32002 too.\n`);
    },
    file: 'reports/2023-06.mdx',
    field: 'body',
    message: 'names CVE-2023-32002 at this moment, before its advisory is public',
  },
  {
    name: 'published report naming the CVE id of an advisory still under embargo',
    edit: (c) => {
      draftDueOn(c, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
      c.write('reports/2023-06.mdx', `${c.read('reports/2023-06.mdx')}\nA fix for CVE-2023-32002 is on its way.\n`);
    },
    file: 'reports/2023-06.mdx',
    field: 'body',
    message:
      'names CVE-2023-32002 at this moment, before its advisory is public (its release 2023-08-09 is not yet published): the text would reveal it',
  },
  {
    name: 'date-change note naming the CVE id of an advisory of a later release',
    edit: (c) => {
      draftDueOn(c, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
      draftDueOn(c, '2023-07-25', 'advisories/CVE-2023-39004.mdx', 'cve: CVE-2023-39004\n');
      c.write(
        'releases/2023-07-25.mdx',
        c
          .read('releases/2023-07-25.mdx')
          .replace('---\n', '')
          .replace(
            /---\n$/,
            'dateChanges:\n  - at: 2023-07-19T10:00:00Z\n    to: 2023-07-27\n    note: The fix for CVE-2023-32002 moved here.\n---\n',
          )
          .replace(/^/, '---\n'),
      );
    },
    file: 'releases/2023-07-25.mdx',
    field: 'dateChanges[0].note',
    message: 'names CVE-2023-32002 at this moment, before its advisory is public',
  },
  {
    name: 'misnamed content folder',
    edit: (c) => c.write('advisory/CVE-2023-39989.mdx', RELEASED_ADVISORY('CVE-2023-39989', SOURCES)),
    file: 'advisory',
    level: 'warning',
    exit: 0,
    message: 'unknown folder, so its files are not published',
  },
];

interface Outcome {
  exitCode: number;
  text: string;
  diagnostics: Diagnostic[];
}

function check(content: ContentFixture, privateContent?: ContentFixture): Outcome {
  const result = runCheckCommand({
    argv: [],
    env: { BULLETIN_NOW: NOW, BULLETIN_CONTENT_DIR: content.root, BULLETIN_PRIVATE_DIR: privateContent?.root ?? '' },
    projectRoot: PROJECT_ROOT,
    colour: false,
  });
  return { exitCode: result.exitCode, text: result.lines.join('\n'), diagnostics: result.diagnostics };
}

/** The case's problem is reported, with its file, field and line, both as data and in the printed report. */
function expectReported(outcome: Outcome, root: string, expected: Expectation) {
  const file = `${root}/${expected.file}`;
  const matches = outcome.diagnostics.filter(
    (diagnostic) =>
      diagnostic.file === file &&
      (typeof expected.message === 'string' ? diagnostic.message.includes(expected.message) : expected.message.test(diagnostic.message)),
  );
  expect(matches, `no diagnostic for ${file} matching ${String(expected.message)}:\n${outcome.text}`).toHaveLength(1);
  const [found] = matches as [Diagnostic];
  expect(found.level).toBe(expected.level ?? 'error');
  expect(found.field).toBe(expected.field);
  if (expected.line !== undefined) expect(found.line).toBe(expected.line);
  expect(outcome.exitCode).toBe(expected.exit ?? 1);

  // The printed report groups by file and names the field and line on the problem's own line.
  const printed = outcome.text.split('\n');
  const header = printed.indexOf(file);
  expect(header, `no group for ${file} in:\n${outcome.text}`).toBeGreaterThanOrEqual(0);
  const own = printed.slice(header + 1).find((line) => line.includes(found.message));
  expect(own).toBeDefined();
  if (found.field) expect(own).toContain(`${found.field}: `);
  if (found.line) expect(own).toContain(`line ${found.line}: `);
}

describe('npm run check over bad content', () => {
  it('has a corpus of at least 30 cases', () => {
    expect(CASES.length + readdirSync(FIXTURES).length).toBeGreaterThanOrEqual(30);
  });

  it('asks a figure of reports from the first month that gives it on, not of the months before it was counted', () => {
    const content = contentFixture();
    const june = readFileSync(join(content.root, 'reports/2023-06.mdx'), 'utf-8');
    replace(content, 'reports/2023-06.mdx', 'reportsInTriage: null', 'reportsInTriage: 4');
    const counted = check(content);
    expect(counted.diagnostics.filter((diagnostic) => diagnostic.field === 'metrics.reportsInTriage')).toEqual([]);
    expect(counted.exitCode).toBe(0);

    // A later report that leaves the figure out is still held to it.
    content.write(
      'reports/2023-07.mdx',
      june.replace('month: 2023-06', 'month: 2023-07').replace('published: 2023-07-13', 'published: 2023-07-19'),
    );
    const forgotten = check(content).diagnostics.filter((diagnostic) => diagnostic.field === 'metrics.reportsInTriage');
    expect(forgotten.map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([
      [
        `${content.root}/reports/2023-07.mdx`,
        'expected a number, since the report is published (2023-07-19), and reports give it from 2023-06 on; found null, still to be filled in',
      ],
    ]);
    // Left out of a later report, it is missed all the same.
    replace(content, 'reports/2023-07.mdx', '  reportsInTriage: null\n', '');
    expect(
      check(content)
        .diagnostics.filter((diagnostic) => diagnostic.field === 'metrics.reportsInTriage')
        .map((diagnostic) => diagnostic.message),
    ).toEqual(['expected a number, since the report is published (2023-07-19), and reports give it from 2023-06 on; found nothing']);
  });

  it('holds a published report to the figures the team counts, not to those it leaves out, and stops an untouched scaffold', () => {
    const content = contentFixture();
    const may = content.read('reports/2023-05.mdx');
    const metrics = /^metrics:\n(?: {2}.*\n)+/m;
    // A team that counts only its own figure leaves the six out.
    content.write('reports/2023-05.mdx', may.replace(metrics, 'metrics:\n  extra:\n    - name: Fixes shipped\n      value: 3\n'));
    content.write('reports/2023-06.mdx', content.read('reports/2023-06.mdx').replace(metrics, 'metrics: {}\n'));
    expect(check(content).diagnostics.filter((diagnostic) => diagnostic.field?.startsWith('metrics'))).toEqual([]);

    content.write('reports/2023-05.mdx', may.replace(metrics, FIGURES_WRITTEN_NULL));
    const untouched = check(content).diagnostics.filter((diagnostic) => diagnostic.file.endsWith('2023-05.mdx'));
    expect(untouched.map((diagnostic) => diagnostic.field)).toEqual([
      'metrics.reportsReceived',
      'metrics.reportsClosed',
      'metrics.firstResponseHours',
      'metrics.firstResponseGoalHours',
      'metrics.reportsInTriage',
      'metrics.hackersParticipating',
    ]);
  });

  it("reads a withdrawal's reason from its own moment, so it may name an advisory released before it", () => {
    const content = contentFixture();
    draftDueOn(content, '2023-07-10', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
    replace(content, 'releases/2023-07-10.mdx', 'lines:\n', 'releasedAt: 2023-07-10T20:00:00Z\nlines:\n');
    replace(content, 'releases/2023-07-10.mdx', '  - line: 20.x\n', '  - line: 20.x\n    version: 20.4.1\n');
    const withdrawal = (at: string) => `lines: [20.x, 18.x, 16.x]\nwithdrawn:\n  at: ${at}\n  reason: A duplicate of CVE-2023-32002.\n`;
    const named = () => check(content).diagnostics.filter((diagnostic) => diagnostic.field === 'withdrawn.reason');
    replace(content, 'advisories/CVE-2023-30581.mdx', 'lines: [20.x, 18.x, 16.x]\n', withdrawal('2023-07-11T09:00:00Z'));
    expect(named()).toEqual([]);
    replace(content, 'advisories/CVE-2023-30581.mdx', 'at: 2023-07-11T09:00:00Z', 'at: 2023-07-01T09:00:00Z');
    expect(named().map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/^names CVE-2023-32002 at this moment/)]);
  });

  it('takes a line ended by its status alone as ended, so its last version is no longer early', () => {
    const content = contentFixture();
    content.write('lines/16.x.yaml', 'id: 16.x\nlabel: Node.js 16\nstatus: end-of-life\nlastVersion: 16.20.2\n');
    expect(check(content).diagnostics.filter((diagnostic) => diagnostic.file.endsWith('16.x.yaml'))).toEqual([]);
  });

  it('reports a link to an embargoed advisory once, as a link, though its address holds the CVE id', () => {
    const content = contentFixture();
    draftDueOn(content, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
    content.write('reports/2023-06.mdx', `${content.read('reports/2023-06.mdx')}\nSee [the next fix](/advisories/CVE-2023-32002/).\n`);
    const messages = check(content)
      .diagnostics.filter((diagnostic) => diagnostic.field === 'body')
      .map((diagnostic) => diagnostic.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^links to \/advisories\/CVE-2023-32002\//);
  });

  it('lets through body links that lead to public pages, and compares a draft with when its target goes public', () => {
    const content = contentFixture();
    draftDueOn(content, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
    const links = [
      '[May](../2023-05/)',
      '[a fix](/advisories/CVE-2023-30581/)',
      '[high](/advisories/severity/high/)',
      '[2023](/advisories/year/2023/)',
      '[feed](/lines/20.x/feed.xml)',
      '[Windows](/advisories/platform/win32/)',
      '[unrated](/advisories/severity/unknown/)',
      '[lists](/advisories/by-severity)',
      '[figures, no slash](/metrics)',
      '[20](/advisories/line/20.x/)',
      '[by severity](/advisories/by-severity/)',
      '[figures](/metrics/)',
      '[feeds](/subscribe/)',
      '[search](/search/?q=undici)',
      '[home](/)',
      '[stylesheet](/feed.xsl)',
      '[record](/osv/CVE-2023-30581.json)',
      '[release](https://security.example.org/releases/2023-06-20/#credits)',
      '[figures](#figures)',
      '[elsewhere](https://nodejs.org/advisories/CVE-2023-1/)',
    ];
    content.write('reports/2023-06.mdx', `${content.read('reports/2023-06.mdx')}\n${links.join('\n')}\n`);
    const july = (published: string) =>
      `${content.read('reports/2023-06.mdx').replace('month: 2023-06', 'month: 2023-07').replace('published: 2023-07-13', `published: ${published}`)}\n[next](/advisories/CVE-2023-32002/)\n`;
    const bodyProblems = () =>
      check(content).diagnostics.filter((diagnostic) => diagnostic.field === 'body' && diagnostic.message.startsWith('links to'));

    // The release is not yet scheduled: it may be by the time the draft goes out.
    content.write('reports/2023-07.mdx', july('2023-08-10'));
    expect(bodyProblems().map((diagnostic) => [diagnostic.level, diagnostic.message])).toEqual([
      [
        'warning',
        'links to /advisories/CVE-2023-32002/, which is not public when this goes out (2023-08-10T00:00:00Z) (its release 2023-08-09 is not yet published): the link would lead nowhere and name what is not yet published; add it once that page is out',
      ],
    ]);
    // Scheduled before the draft goes out: nothing to say.
    replace(
      content,
      'releases/2023-08-09.mdx',
      '  - line: 20.x\n',
      '  - line: 20.x\n    version: 20.5.1\nreleasedAt: 2023-08-09T20:00:00Z\n',
    );
    expect(bodyProblems()).toEqual([]);
    // Scheduled after it: the draft would go out first and leak, so it is stopped now, not on its day.
    content.write('reports/2023-07.mdx', july('2023-08-05'));
    expect(bodyProblems().map((diagnostic) => diagnostic.level)).toEqual(['error']);
  });

  it('leaves history alone: a report published long after its month, an imported advisory of only unfixed lines', () => {
    const content = contentFixture();
    const may = content.read('reports/2023-05.mdx');
    content.write(
      'reports/2022-01.mdx',
      may.replace('month: 2023-05', 'month: 2022-01').replace('published: 2023-06-12', 'published: 2022-06-10'),
    );
    content.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\n');
    content.write(
      'advisories/CVE-2023-39992.mdx',
      RELEASED_ADVISORY(
        'CVE-2023-39992',
        `${SOURCES}\nsource:\n  database: nodejs-security-wg\n  id: "300"\n  vulnerable: 14.x\n  patched: ^14.21.4`,
      ).replace('lines: [20.x]', 'lines: [14.x]'),
    );
    const outcome = check(content);
    expect(outcome.diagnostics.filter((diagnostic) => !diagnostic.history)).toEqual([]);
    expect(outcome.exitCode).toBe(0);
  });

  it('names no advisory still under embargo in the warning of an ended line without its last version', () => {
    const content = contentFixture();
    content.write('lines/14.x.yaml', 'id: 14.x\nlabel: Node.js 14\nstatus: end-of-life\nendOfLife: 2023-04-30\n');
    draftDueOn(content, '2023-08-09', 'advisories/CVE-2023-32002.mdx', 'cve: CVE-2023-32002\n');
    replace(content, 'advisories/CVE-2023-32002.mdx', 'lines: [20.x]', 'lines: [20.x, 14.x]');
    const outcome = check(content);
    expect(outcome.text).not.toContain('CVE-2023-32002');
    expect(outcome.diagnostics.filter((diagnostic) => diagnostic.file.endsWith('lines/14.x.yaml'))).toEqual([]);
  });

  it('reports a published release file that does not load once, and says why its public advisories are warned of', () => {
    const content = contentFixture();
    replace(content, 'releases/2023-06-20.mdx', 'releasedAt: 2023-06-20T21:00:00Z\n', 'releasedAt: 2023-06-20T21:00:00Z\nreleasedat: x\n');
    content.write('reports/2023-06.mdx', `${content.read('reports/2023-06.mdx')}\nSee [CVE-2023-30581](/advisories/CVE-2023-30581/).\n`);
    const outcome = check(content, contentFixture(null));
    const shown = (level: string) =>
      outcome.diagnostics
        .filter((diagnostic) => diagnostic.level === level)
        .map((diagnostic) => `${diagnostic.file.slice(content.root.length)} ${diagnostic.message}`);
    // No link or CVE id of the report is called early: when the release goes out is not known, not "never".
    expect(shown('error')).toEqual(['/releases/2023-06-20.mdx unknown field "releasedat"; did you mean "releasedAt"?']);
    // The public folder is what a public repository holds, whatever the build does: there it fails safe, saying why.
    const warnings = shown('warning');
    expect(warnings).toHaveLength(10);
    for (const warning of warnings) {
      expect(warning).toMatch(
        /^\/advisories\/CVE-2023-\d+\.mdx this advisory is in the public content folder before it is public \(its release file 2023-06-20 does not load, so it counts as not yet out\)/,
      );
    }
  });

  it('says nothing of short notice or a late release once the release is out: nothing can be done about it then', () => {
    const content = contentFixture();
    replace(content, 'releases/2023-06-20.mdx', 'announcedAt: 2023-06-13T20:00:00Z', 'announcedAt: 2023-06-16T20:00:00Z');
    replace(content, 'releases/2023-06-20.mdx', 'releasedAt: 2023-06-20T21:00:00Z', 'releasedAt: 2023-06-21T09:00:00Z');
    const outcome = check(content);
    expect(outcome.diagnostics.filter((diagnostic) => diagnostic.file.endsWith('releases/2023-06-20.mdx'))).toEqual([]);
    expect(outcome.exitCode).toBe(0);
  });

  for (const testCase of CASES) {
    it(`reports ${testCase.name}`, () => {
      const content = contentFixture();
      const privateContent = contentFixture(null);
      testCase.edit(content, privateContent);
      const outcome = check(content, testCase.usesPrivate ? privateContent : undefined);
      expectReported(outcome, testCase.inPrivate ? privateContent.root : content.root, testCase);
    });
  }

  for (const name of readdirSync(FIXTURES).sort()) {
    it(`reports the fixture ${name}`, () => {
      const content = contentFixture();
      const overlay = join(FIXTURES, name);
      for (const path of readdirSync(overlay, { recursive: true, encoding: 'utf-8' })) {
        if (path === 'expect.json' || !path.includes('.')) continue;
        content.write(path.split('\\').join('/'), readFileSync(join(overlay, path), 'utf-8'));
      }
      const expected = JSON.parse(readFileSync(join(overlay, 'expect.json'), 'utf-8')) as Expectation;
      expectReported(check(content), content.root, expected);
    });
  }
});
