import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroFailureCause } from '../../scripts/lib/astro-cause.ts';
import { newAdvisory } from '../../src/core/authoring/new-advisory.ts';
import { runCheckCommand } from '../../src/core/checks/check-command.ts';
import { wantsColour } from '../../src/core/checks/format-report.ts';
import { findBodyPlaceholders } from '../../src/core/checks/placeholder-text.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const NOW = '2023-07-20T00:00:00Z';

function check(root: string, argv: string[] = [], env: Record<string, string> = {}) {
  return runCheckCommand({
    argv,
    env: { BULLETIN_NOW: NOW, BULLETIN_CONTENT_DIR: root, ...env },
    projectRoot: PROJECT_ROOT,
    colour: false,
  });
}

const advisoryFile = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}\n`;
const CREDITED = 'summary: A complete summary.\ncredits:\n  - name: Jane Doe\n    role: reporter';

function edit(root: string, path: string, from: string, to: string) {
  const text = readFileSync(join(root, path), 'utf-8');
  if (!text.includes(from)) throw new Error(`the sample's ${path} no longer contains ${from}`);
  writeFileSync(join(root, path), text.replace(from, to));
}

describe('npm run check', () => {
  it('runs clean on the sample, before, during and after its release', () => {
    for (const now of ['2023-06-01T00:00:00Z', '2023-06-15T12:00:00Z', NOW]) {
      const result = check(SAMPLE_CONTENT, ['--strict'], { BULLETIN_NOW: now });
      expect(result.diagnostics, now).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.lines.at(-1)).toMatch(/^✓ content is valid: 0 errors, 0 warnings; \d+ content files checked for /);
    }
  });

  it('passes warnings, and fails on them only with --strict', () => {
    const fixture = contentFixture();
    edit(fixture.root, 'advisories/CVE-2023-30581.mdx', '## Impact', 'See http://example.org/notes for the background.\n\n## Impact');
    const relaxed = check(fixture.root);
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.lines.at(-1)).toMatch(/^✓ content is valid: 0 errors, 1 warning;/);
    const strict = check(fixture.root, ['--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.lines.at(-1)).toMatch(/^✗ check failed \(--strict fails on warnings\): 0 errors, 1 warning in 1 file;/);
  });

  it("reports every problem at once: a broken file hides neither its own other problems nor other files' rules", () => {
    const fixture = contentFixture();
    // A schema error in one advisory, a body syntax error in another, and a cross-entry error in the release.
    edit(fixture.root, 'advisories/CVE-2023-30581.mdx', 'severity: high', 'severity: severe');
    edit(fixture.root, 'advisories/CVE-2023-30582.mdx', '## Impact', '## Impact <Note>');
    edit(fixture.root, 'advisories/CVE-2023-30582.mdx', 'severity: medium', 'severity: medium\nsevirity: low');
    edit(fixture.root, 'releases/2023-06-20.mdx', 'version: 16.20.1', 'version: 18.20.1');
    // A release file that does not parse: references to it are not reported as dangling.
    const result = check(fixture.root);
    const found = result.diagnostics.map((diagnostic) => `${diagnostic.file.slice(fixture.root.length + 1)} ${diagnostic.field ?? ''}`);
    expect(found.sort()).toEqual(
      [
        'advisories/CVE-2023-30581.mdx severity',
        'advisories/CVE-2023-30582.mdx ',
        'advisories/CVE-2023-30582.mdx sevirity',
        'releases/2023-06-20.mdx lines[2].version',
      ].sort(),
    );
    expect(result.exitCode).toBe(1);
    expect(result.lines.at(-1)).toMatch(/^✗ check failed: 4 errors, 0 warnings in 3 files;/);
  });

  it('names the file and line of a component the body uses without importing it, which would stop the build', () => {
    const fixture = contentFixture();
    edit(fixture.root, 'advisories/CVE-2023-30581.mdx', '## Impact', '## Impact\n\n<Callout type="warning">Upgrade now.</Callout>');
    const result = check(fixture.root);
    expect(result.diagnostics).toHaveLength(1);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic?.file).toBe(join(fixture.root, 'advisories/CVE-2023-30581.mdx'));
    const lines = readFileSync(join(fixture.root, 'advisories/CVE-2023-30581.mdx'), 'utf-8').split('\n');
    expect(lines[(diagnostic?.line ?? 0) - 1]).toContain('<Callout');
    expect(diagnostic?.message).toMatch(/^the body uses <Callout>, which it does not import/);
    expect(result.exitCode).toBe(1);
  });

  it('counts what imported history lacks, and lists it only with --history', () => {
    const fixture = contentFixture();
    // A release and its advisory as the importer writes them: no pre-announcement day (history, once the release is
    // out, which is never warned of), no credits, an http link.
    fixture.write(
      'releases/2023-07-18.mdx',
      '---\ndate: 2023-07-18\nannouncedAt: 2023-07-18T00:00:00Z\nlines:\n  - line: 20.x\n    version: 20.4.1\nreleasedAt: 2023-07-18T00:00:00Z\n---\n',
    );
    fixture.write(
      'advisories/CVE-2023-39998.mdx',
      advisoryFile(
        'cve: CVE-2023-39998\ntitle: An imported issue\nrelease: 2023-07-18\nseverity: low\nlines: [20.x]\nsummary: From the database.\n' +
          'source:\n  database: nodejs-security-wg\n  id: "200"\n  vulnerable: 20.x\n  patched: ^20.4.1\n  ref: http://example.org/advisory',
        'More at http://example.org/advisory.',
      ),
    );
    const quiet = check(fixture.root);
    expect(quiet.diagnostics).toEqual([]);
    expect(quiet.lines.at(-1)).toMatch(
      /^✓ content is valid: 0 errors, 0 warnings \(and 2 gaps in imported history, listed by npm run check -- --history\);/,
    );
    expect(check(fixture.root, ['--strict']).exitCode).toBe(0);

    const listed = check(fixture.root, ['--history']);
    expect(listed.diagnostics.map((diagnostic) => [diagnostic.field, diagnostic.history]).sort()).toEqual([
      ['body', true],
      ['credits', true],
    ]);
    expect(listed.lines.at(-1)).toMatch(/^✓ content is valid: 0 errors, 2 warnings;/);
    expect(check(fixture.root, ['--history', '--strict']).exitCode).toBe(1);

    // A link added since the import is today's, even in an imported body.
    appendFileSync(
      join(fixture.root, 'advisories/CVE-2023-39998.mdx'),
      '\nAs http://example.org/advisory says, see http://example.org/update.\n',
    );
    expect(check(fixture.root).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'expected an https:// link, found http://example.org/update',
    ]);

    // An advisory written here joins the release, which is today's work from then on; the release is out, so its short
    // notice is history either way, and only the link remains.
    fixture.write(
      'advisories/CVE-2023-39997.mdx',
      advisoryFile(`cve: CVE-2023-39997\ntitle: A new issue\nrelease: 2023-07-18\nseverity: low\nlines: [20.x]\n${CREDITED}`, 'Body.'),
    );
    expect(check(fixture.root).diagnostics.map((diagnostic) => [diagnostic.field, diagnostic.history])).toEqual([['body', undefined]]);
  });

  it('does not report references to a file that failed to load', () => {
    const fixture = contentFixture();
    fixture.write('releases/2023-06-20.mdx', '---\ndate: [\n---\n');
    const result = check(fixture.root);
    expect(result.diagnostics.map((diagnostic) => diagnostic.file.slice(fixture.root.length + 1))).toEqual(['releases/2023-06-20.mdx']);
  });

  it('refuses an unknown option and a bad BULLETIN_NOW with exit code 2', () => {
    expect(check(SAMPLE_CONTENT, ['--strickt']).exitCode).toBe(2);
    const badNow = check(SAMPLE_CONTENT, [], { BULLETIN_NOW: 'tomorrow' });
    expect(badNow.exitCode).toBe(2);
    expect(badNow.lines[0]).toContain('BULLETIN_NOW="tomorrow"');
  });

  it('runs as a command with the same exit code, without colour when piped or when NO_COLOR is set', () => {
    const fixture = contentFixture();
    edit(fixture.root, 'lines/20.x.yaml', 'status: current', 'status: curent');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/check.ts'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf-8',
        env: { ...process.env, BULLETIN_NOW: NOW, BULLETIN_CONTENT_DIR: fixture.root, BULLETIN_PRIVATE_DIR: '', ...env },
      });
    const result = run({ NO_COLOR: '1' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${fixture.root}/lines/20.x.yaml\n  error    line 3: status: expected one of current`);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours only a terminal without NO_COLOR', () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '' })).toBe(true);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(undefined, {})).toBe(false);
  });
});

describe('placeholder text', () => {
  it('flags every skeleton sentence npm run advisory:new writes', () => {
    const { text } = newAdvisory({ release: '2031-03-10', title: 'A title', severity: 'high', lines: ['20.x'] });
    const body = text.split(/^---$/m).slice(2).join('---');
    const prose = body
      .split('\n')
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => line.trim() && !line.startsWith('#') && !line.startsWith('{/*'));
    const flagged = new Set(findBodyPlaceholders(body).map((placeholder) => placeholder.index));
    for (const { line, index } of prose) expect(flagged.has(index), line).toBe(true);
  });

  it('leaves code and ordinary words alone', () => {
    expect(findBodyPlaceholders('A todo list.\n\n```js\n// TODO: quoted on purpose\n```\n\nSee `XXX` in the code.')).toEqual([]);
  });
});

describe('the cause of an Astro failure', () => {
  it('is the [ERROR] line without its time and tag', () => {
    const output = [
      '11:13:54 [vite] ✓ built in 38ms',
      '\u001b[31m11:13:55 [ERROR] [build] Caught error rendering /advisories/CVE-1/: ReferenceError: x is not defined\u001b[39m',
      '  Hint:',
      '    at render (file.js:1:1)',
    ].join('\n');
    expect(astroFailureCause(output)).toBe('Caught error rendering /advisories/CVE-1/: ReferenceError: x is not defined');
  });

  it('skips a bare "Build failed" line for the reason after it', () => {
    const output =
      '11:39:17 [ERROR] [vite] ✗ Build failed in 2.21s\n[vite]: Rolldown failed to resolve import "x" from "y".\n  Stack trace:';
    expect(astroFailureCause(output)).toBe('Rolldown failed to resolve import "x" from "y".');
  });

  it('is the message above the Hint or Stack trace block of an error printed bare', () => {
    const output = [
      ' generating static routes ',
      '/tmp/c/advisories/CVE-2023-30583.mdx: notDefinedAnywhere is not defined',
      '  Stack trace:',
      '    at renderCollection (file:///feeds.mjs:787:10)',
    ].join('\n');
    expect(astroFailureCause(output)).toBe('/tmp/c/advisories/CVE-2023-30583.mdx: notDefinedAnywhere is not defined');
    expect(astroFailureCause('x is not defined\n  Hint:\n    This issue often occurs…\n  Location:\n    jsx.js:1:1')).toBe(
      'x is not defined',
    );
  });

  it('falls back to the last error message, or nothing', () => {
    expect(astroFailureCause('building\nTypeError: boom\n    at x (y.js:1:1)')).toBe('TypeError: boom');
    expect(astroFailureCause('nothing useful')).toBeUndefined();
  });
});
