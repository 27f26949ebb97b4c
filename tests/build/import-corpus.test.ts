import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { loadCheckedContent } from '../../src/core/load-site.ts';
import { buildSite, PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { osvWgDisagreements } from '../helpers/osv-wg-agreement.ts';

const CORPUS = resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'nodejs-security-wg', 'vuln', 'core');
const NOW = '2026-11-29T00:00:00Z';

interface WgEntry {
  cve: string[];
  vulnerable: string;
  patched: string;
  severity: string;
  affectedEnvironments: string[];
}

const input = Object.fromEntries(
  readdirSync(CORPUS)
    .filter((name) => /^\d+\.json$/.test(name))
    .map((name) => [name.replace('.json', ''), JSON.parse(readFileSync(join(CORPUS, name), 'utf-8')) as WgEntry]),
);

function runImport(out: string) {
  const result = spawnSync(process.execPath, ['scripts/import-nodejs.ts', CORPUS, '--out', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf-8',
    env: { ...process.env, BULLETIN_NOW: NOW },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(root: string): string {
  const hash = createHash('sha256');
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf-8' }).sort()) {
    if (statSync(join(root, path)).isFile()) hash.update(path).update(readFileSync(join(root, path)));
  }
  return hash.digest('hex');
}

const normalized = (range: string) => range.trim().replace(/\s+/g, ' ');

describe('the Node.js security working group corpus, imported and built', () => {
  const fixture = contentFixture(null);
  copyFileSync(join(SAMPLE_CONTENT, 'site.yaml'), join(fixture.root, 'site.yaml'));
  const first = runImport(fixture.root);
  const afterFirst = snapshot(fixture.root);
  const second = runImport(fixture.root);
  const afterSecond = snapshot(fixture.root);
  const site = buildSite({ name: 'import-corpus', now: NOW, content: fixture.root });

  it('imports all 171 entries and says what it merged', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('imported 170, merged 1, unchanged 0, skipped 0 of 171 entries');
    expect(first.stdout).toContain('merged  150 → CVE-2024-27980: says exactly what entry 141 says');
    expect(first.stdout).toMatch(/estimated release dates \(the database records no day; fix by hand\)/);
  });

  it('changes nothing on a second run', () => {
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('imported 0, merged 0, unchanged 171, skipped 0 of 171 entries');
    expect(second.stdout).toContain('wrote 0 new and 0 updated file(s)');
    expect(afterSecond).toBe(afterFirst);
  });

  it('passes the content checks, with warnings only for what the database lacks', () => {
    const { diagnostics } = loadCheckedContent(resolveContentRoots(PROJECT_ROOT, { BULLETIN_CONTENT_DIR: fixture.root }), new Date(NOW));
    expect(diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    const kinds = new Set(
      diagnostics.map((diagnostic) => `${diagnostic.field}: ${diagnostic.message.replace(/\d{4}-\d{2}-\d{2}|entry \d+/g, '…')}`),
    );
    // lines[i].version: a release whose estimated date puts it before one that fixed the line later.
    for (const kind of kinds) expect(kind).toMatch(/^(credits|cve|announcedAt|body|lines\[\d+\]\.version): /);
    // Each is a gap in the imported history, which the check and the build count without listing, but for one link
    // that entry 37's body quotes from elsewhere than its reference.
    expect(diagnostics.filter((diagnostic) => !diagnostic.history).map((diagnostic) => diagnostic.message)).toEqual([
      'expected an https:// link, found http://openssl.org/news/secadv/20151203.txt',
    ]);
    expect(site.stdout).toMatch(
      /✓ content checked: \d+ files, 1 warning \(and \d+ gaps in imported history, listed by npm run check -- --history\)/,
    );
  });

  it('builds a site where every entry has its advisory page', () => {
    expect(site.status, site.stderr).toBe(0);
    for (const [id, entry] of Object.entries(input)) {
      const page = `advisories/${entry.cve[0] ?? `nodejs-sec-${id}`}/index.html`;
      expect(site.exists(page), `entry ${id}: ${page}`).toBe(true);
    }
    expect(site.read('advisories/nodejs-sec-2/index.html')).toContain('badge sev-unknown');
    // Every imported release fixes something, rated or not: none may read as fixing nothing.
    const releasePages = site.files().filter((file) => /^releases\/[\d-]+\/index\.html$/.test(file));
    expect(releasePages.length).toBeGreaterThan(50);
    expect(releasePages.filter((file) => site.read(file).includes('fixes no known issues'))).toEqual([]);
  });

  it('shows command-line flags written in prose exactly as written', () => {
    // Entry 109's overview names the flag outside a code span: "when the --allow-fs-read flag is used".
    const page = site.read('advisories/CVE-2023-30582/index.html');
    expect(page).toContain('when the --allow-fs-read flag is used');
    for (const file of site.files().filter((path) => /^advisories\/[^/]+\/index\.html$/.test(path))) {
      expect(site.read(file), file).not.toMatch(/[–—](?:allow-fs|experimental|inspect|debug|permission)/);
    }
  });

  it('exports a vuln/core/index.json that agrees with the input on every entry', () => {
    const index = JSON.parse(site.read('vuln/core/index.json')) as Record<string, WgEntry>;
    for (const [id, entry] of Object.entries(input)) {
      const exported = index[entry.cve[0] ?? `nodejs-sec-${id}`];
      expect(exported, `entry ${id}`).toBeDefined();
      expect(
        {
          cve: exported?.cve,
          vulnerable: normalized(exported?.vulnerable ?? ''),
          patched: normalized(exported?.patched ?? ''),
          severity: exported?.severity,
          affectedEnvironments: exported?.affectedEnvironments,
        },
        `entry ${id}`,
      ).toEqual({
        cve: entry.cve,
        vulnerable: normalized(entry.vulnerable),
        patched: normalized(entry.patched),
        severity: entry.severity,
        affectedEnvironments: entry.affectedEnvironments,
      });
    }
  });

  it('publishes OSV records and index entries that give every version the same answer', () => {
    const index = JSON.parse(site.read('vuln/core/index.json')) as Record<string, WgEntry>;
    const disagreements = Object.entries(index).flatMap(([id, entry]) => {
      const versions = osvWgDisagreements(JSON.parse(site.read(`osv/x_NODE-${id}.json`)), entry);
      return versions.length ? [`${id}: ${versions.join(', ')}`] : [];
    });
    expect(disagreements).toEqual([]);
    // Entry 24 is vulnerable on ">=6.0.0 <6.2.0": 6.x was fixed in 6.2.0, before its release.
    const row = /<th scope="row">6\.x<\/th>\s*<td>(.*?)<\/td>/s.exec(site.read('advisories/CVE-2016-1669/index.html'))?.[1];
    expect(row).toContain('6.2.0');
  });

  it('exports OSV records that validate against the OSV schema, with every CVE id', () => {
    const schema = JSON.parse(readFileSync(resolve(PROJECT_ROOT, '..', 'shared', 'schemas', 'osv-schema.json'), 'utf-8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const records = site.files().filter((file) => /^osv\/.+\.json$/.test(file) && !file.endsWith('all.json'));
    expect(records).toHaveLength(170);
    for (const file of records) {
      const record = JSON.parse(site.read(file));
      expect(validate(record), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // One entry, eight HTTP/2 flaws closed by one fix: the record's own CVE is its alias, the other seven are related.
    const http2 = JSON.parse(site.read('osv/x_NODE-CVE-2019-9511.json'));
    expect(http2.aliases).toEqual(['CVE-2019-9511']);
    expect(http2.related).toHaveLength(7);
    expect(http2.related).toContain('CVE-2019-9518');
    const page = site.read('advisories/CVE-2019-9511/index.html');
    expect(page).toContain('The same fix closes <code data-pagefind-weight="10">CVE-2019-9512</code>, ');
    // In August 2019 11.x had just ended, 9.x and older long before; the advisory names 8.x, 10.x and 12.x.
    expect(page.replace(/\s+/g, ' ')).toMatch(
      /data-ended-lines> Lines already past their end of life get no fix from this release, and this advisory does not say whether they are affected: 11\.x, 9\.x, 7\.x, 6\.x, 5\.x, 4\.x, 0\.12\.x and 0\.10\.x\./,
    );
    const api = JSON.parse(site.read('api/advisories.json')) as { advisories: { id: string; otherCves: string[] }[] };
    expect(api.advisories.find((advisory) => advisory.id === 'CVE-2019-9511')?.otherCves).toHaveLength(7);
  });
});
