import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_MS } from '../../../src/core/format/dates.ts';

export interface SyntheticSize {
  advisories: number;
  releases: number;
  reports: number;
}

export function sizeFor(advisories: number): SyntheticSize {
  return { advisories, releases: Math.max(1, Math.round(advisories / 10)), reports: Math.max(1, Math.round(advisories / 20)) };
}

const LINES = [20, 21, 22, 23, 24];
const SEVERITIES = ['low', 'medium', 'medium', 'high', 'critical'] as const;
const WORDS =
  'the parser accepts a crafted header that lets an attacker bypass the permission model and read files outside the allowed path while the server keeps running with elevated privileges under load'.split(
    ' ',
  );

/** Deterministic filler text, so that every run measures the same bytes. */
function paragraph(seed: number, words = 70): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'text');
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/**
 * A realistic advisory body: the sections a security team writes, a table and a code sample. None repeats what the
 * page draws from the front matter (the fixed versions, the credits), which `npm run check` would warn of.
 */
export function advisoryBody(index: number): string {
  return [
    '## Impact',
    '',
    paragraph(index),
    '',
    paragraph(index + 1),
    '',
    '## Affected configurations',
    '',
    '| Configuration | Exposed |',
    '| --- | --- |',
    `| ${LINES[index % 5]}.x with the permission model | yes |`,
    '',
    '## Workarounds',
    '',
    paragraph(index + 2, 40),
    '',
    '```js',
    "const server = require('node:http').createServer();",
    '```',
    '',
    '## Timeline',
    '',
    paragraph(index + 3, 25),
    '',
  ].join('\n');
}

function isoDay(start: number, days: number): string {
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

/** Writes a complete Bulletin content folder with N advisories, N/10 releases over five lines and N/20 reports. */
export function writeSyntheticContent(root: string, size: SyntheticSize): void {
  for (const folder of ['lines', 'initiatives', 'releases', 'advisories', 'reports']) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(
    join(root, 'site.yaml'),
    [
      'name: Example Security',
      'project: Example',
      'description: Security releases of the Example project.',
      'url: https://security.example.org',
      'projectUrl: https://example.org',
      'security:',
      '  policy: https://example.org/security',
      '  reporting: https://example.org/report',
      '  contact: [security@example.org]',
      'osv:',
      '  prefix: x_EXAMPLE',
      '  ecosystem: Example',
      '  package: example',
      'releaseTiming: Releases ship on or shortly after the announced date.',
      '',
    ].join('\n'),
  );
  for (const major of LINES) {
    writeFileSync(
      join(root, 'lines', `${major}.x.yaml`),
      `id: ${major}.x\nlabel: Example ${major}\nstatus: active-lts\nendOfLife: 2045-04-30\n`,
    );
  }
  writeFileSync(
    join(root, 'initiatives', 'hardening.yaml'),
    'id: hardening\nname: Hardening\nchampions: ["@example"]\nsummary: Make the defaults safer.\nlinks: []\n',
  );

  const start = Date.parse('2010-01-05T00:00:00Z');
  const releaseIds: string[] = [];
  const releaseLines: number[][] = [];
  for (let r = 0; r < size.releases; r++) {
    const date = isoDay(start, r * 14);
    const lines = [LINES[r % 5], LINES[(r + 1) % 5], LINES[(r + 2) % 5]] as number[];
    releaseIds.push(date);
    releaseLines.push(lines);
    const announced = `${isoDay(start, r * 14 - 7)}T18:00:00Z`;
    writeFileSync(
      join(root, 'releases', `${date}.mdx`),
      [
        '---',
        `date: ${date}`,
        `announcedAt: ${announced}`,
        'lines:',
        ...lines.map((major) => `  - line: ${major}.x\n    version: ${major}.${Math.floor(r / 5)}.${(r % 5) + 1}`),
        `releasedAt: ${date}T20:00:00Z`,
        '---',
        '',
        paragraph(r, 40),
        '',
      ].join('\n'),
    );
  }
  for (let a = 0; a < size.advisories; a++) {
    const r = a % size.releases;
    const lines = releaseLines[r] ?? [20];
    const affected = lines.slice(0, 1 + (a % lines.length));
    const cve = `CVE-${2010 + Math.floor(r / 26)}-${String(10000 + a).padStart(5, '0')}`;
    writeFileSync(
      join(root, 'advisories', `${cve}.mdx`),
      [
        '---',
        `cve: ${cve}`,
        `title: Permission bypass number ${a} in the request parser`,
        `release: ${releaseIds[r]}`,
        `severity: ${SEVERITIES[a % SEVERITIES.length]}`,
        `lines: [${affected.map((major) => `${major}.x`).join(', ')}]`,
        'platforms: [all]',
        'credits:',
        `  - name: Researcher ${a % 37}`,
        '    role: reporter',
        'references:',
        `  - type: web`,
        `    url: https://www.cve.org/CVERecord?id=${cve}`,
        `summary: ${paragraph(a, 30)}`,
        '---',
        '',
        advisoryBody(a),
      ].join('\n'),
    );
  }
  for (let m = 0; m < size.reports; m++) {
    const year = 2010 + Math.floor(m / 12);
    const month = `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
    const next = m % 12 === 11 ? `${year + 1}-01-10` : `${year}-${String((m % 12) + 2).padStart(2, '0')}-10`;
    writeFileSync(
      join(root, 'reports', `${month}.mdx`),
      [
        '---',
        `month: ${month}`,
        `published: ${next}`,
        'authors: [Example Security Team]',
        `summary: ${paragraph(m, 15)}`,
        'metrics:',
        `  reportsReceived: ${10 + (m % 7)}`,
        `  reportsClosed: ${5 + (m % 11)}`,
        `  firstResponseHours: ${2 + (m % 9)}`,
        '  firstResponseGoalHours: 48',
        `  reportsInTriage: ${m % 4}`,
        `  hackersParticipating: ${3 + (m % 5)}`,
        'initiatives:',
        '  - initiative: hardening',
        '    status: in-progress',
        '---',
        '',
        '## Highlights',
        '',
        paragraph(m + 5),
        '',
      ].join('\n'),
    );
  }
}
