import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

function reportNew(content: string, args: string[], now = '2023-08-02T00:00:00Z') {
  const result = spawnSync(process.execPath, ['scripts/report-new.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf-8',
    env: { ...process.env, BULLETIN_NOW: now, BULLETIN_CONTENT_DIR: content, BULLETIN_PRIVATE_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run report:new', () => {
  it('writes the report of the month into BULLETIN_CONTENT_DIR and prints its path last', () => {
    const fixture = contentFixture();
    fixture.remove('reports/2023-06.mdx');
    const result = reportNew(fixture.root, ['--month', '2023-06']);
    expect(result.status, result.stderr).toBe(0);
    const written = join(fixture.root, 'reports/2023-06.mdx');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(relative(PROJECT_ROOT, written));
    expect(result.stdout).toContain('1 release and 10 advisories');
    // July 1st, the day after the month, has passed, by BULLETIN_NOW and by the clock: a report published then would
    // go out with its figures empty at the next real build. So it is dated the day after the clock's today.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(result.stdout).toContain(`report:new: June 2023, to be published ${tomorrow}`);
    const text = readFileSync(written, 'utf-8');
    expect(text).toMatch(new RegExp(`^published: ${tomorrow} #`, 'm'));
    expect(text).toContain('#     - CVE-2023-30581 (high): ');
    expect(text).toContain('  reportsClosed: null # 2023-05: 2\n');
    expect(text).toContain('## Reports and response times');
  });

  it('lists no advisory whose release is not out yet when run during the month', () => {
    const fixture = contentFixture();
    fixture.remove('reports/2023-06.mdx');
    const result = reportNew(fixture.root, ['--month', '2023-06'], '2023-06-15T12:00:00Z');
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(fixture.root, 'reports/2023-06.mdx'), 'utf-8');
    expect(text).not.toMatch(/CVE-2023-305|mainModule/);
  });

  it('refuses a publication day the clock has reached, whatever BULLETIN_NOW says, since the next build would publish it', () => {
    const fixture = contentFixture();
    fixture.remove('reports/2023-06.mdx');
    const result = reportNew(fixture.root, ['--month', '2023-06', '--published', '2023-07-13'], '2023-06-15T12:00:00Z');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ report:new: --published 2023-07-13 is not after today');
    expect(existsSync(join(fixture.root, 'reports/2023-06.mdx'))).toBe(false);
  });

  it('lists no advisory whose release is out by BULLETIN_NOW but not by the clock, since the file is committed now', () => {
    const fixture = contentFixture();
    fixture.write('lines/98.x.yaml', 'id: 98.x\nlabel: Node.js 98\nstatus: current\nendOfLife: 2101-04-30\n');
    fixture.write(
      'releases/2099-06-20.mdx',
      '---\ndate: 2099-06-20\nannouncedAt: 2099-06-13T20:00:00Z\nlines:\n  - line: 98.x\n    version: 98.0.1\nreleasedAt: 2099-06-20T20:00:00Z\n---\n',
    );
    fixture.write(
      'advisories/CVE-2099-0001.mdx',
      '---\ncve: CVE-2099-0001\ntitle: A flaw still under embargo\nrelease: 2099-06-20\nseverity: high\nlines: [98.x]\nsummary: One paragraph.\n' +
        'credits:\n  - name: Jane Doe\n    role: reporter\n---\n\n## Impact\n\nA server that parses hostile input crashes.\n',
    );
    const result = reportNew(fixture.root, ['--month', '2099-06'], '2099-07-02T00:00:00Z');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('BULLETIN_NOW is later than the clock');
    expect(readFileSync(join(fixture.root, 'reports/2099-06.mdx'), 'utf-8')).not.toMatch(/CVE-2099-0001|still under embargo/);
  });

  it('says when the month before has no report, since the new one is then compared with none', () => {
    const fixture = contentFixture();
    const result = reportNew(fixture.root, ['--month', '2023-08'], '2023-09-02T00:00:00Z');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('carried over from 2023-06');
    expect(result.stdout).toContain('note: there is no report for July 2023; was it forgotten?');
    const next = reportNew(fixture.root, ['--month', '2023-07'], '2023-09-02T00:00:00Z');
    expect(next.stdout).not.toContain('there is no report for');
  });

  it('refuses a content folder that does not exist, which it would otherwise create', () => {
    const missing = join(contentFixture(null).root, 'typo');
    const result = reportNew(missing, ['--month', '2023-06']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ report:new: BULLETIN_CONTENT_DIR names ${missing}, which does not exist`);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses to overwrite an existing report, writing nothing', () => {
    const fixture = contentFixture();
    const before = readFileSync(join(fixture.root, 'reports/2023-06.mdx'), 'utf-8');
    const result = reportNew(fixture.root, ['--month', '2023-06']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('reports/2023-06.mdx already exists');
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(fixture.root, 'reports/2023-06.mdx'), 'utf-8')).toBe(before);
  });

  it('refuses a month that is not YYYY-MM, naming the flag and the expected form', () => {
    const fixture = contentFixture();
    const result = reportNew(fixture.root, ['--month', '2023-13']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--month "2023-13" is not a month; expected YYYY-MM');
    expect(existsSync(join(fixture.root, 'reports/2023-13.mdx'))).toBe(false);
    expect(reportNew(fixture.root, []).stderr).toContain('--month is required');
  });
});
