import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { expectRefusal, projectPath, runCli } from '../helpers/run-cli.ts';

const NOW = '2031-02-01T00:00:00Z';
/** The sample, with its 20.x and 18.x lines still supported in 2031 (the sample's lines have ended by then). */
const fixture = () => {
  const content = contentFixture();
  for (const line of ['20.x', '18.x']) {
    const path = `lines/${line}.yaml`;
    content.write(path, content.read(path).replace(/^endOfLife: .*$/m, 'endOfLife: 2034-04-30'));
  }
  return content;
};

describe('npm run release:new', () => {
  it('creates a release pre-announced seven days ahead, prints the checklist and ends with the path', async () => {
    const { root } = fixture();
    const result = await runCli('release-new.ts', ['--date', '2031-03-10', '--lines', '20.x,18.x'], { content: root, now: NOW });
    expect(result.status, result.stderr).toBe(0);
    const path = join(root, 'releases', '2031-03-10.mdx');
    expect(result.lastLine).toBe(projectPath(path));
    const text = readFileSync(path, 'utf-8');
    expect(text).toMatch(/^date: 2031-03-10$/m);
    expect(text).toMatch(/^announcedAt: 2031-03-03T00:00:00Z$/m);
    expect(text).toMatch(/lines:\n {2}- line: 20\.x\n {2}- line: 18\.x/);
    expect(text).toContain('New versions of the 20.x and 18.x release lines fix the vulnerabilities');
    expect(result.stdout).toContain('npm run advisory:new -- --release 2031-03-10');
    expect(result.stdout).toContain('npm run release:publish -- 2031-03-10 --versions 20.y.z,18.y.z');
    expect(result.stdout).toMatch(/^ {2}1\. /m);
    expect(result.stderr).toBe('');
  });

  it('takes an explicit pre-announcement time and warns when it leaves less than seven days', async () => {
    const { root } = fixture();
    const result = await runCli('release-new.ts', ['--date', '2031-03-10', '--lines', '20.x', '--announce', '2031-03-07T18:00:00Z'], {
      content: root,
      now: NOW,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(root, 'releases', '2031-03-10.mdx'), 'utf-8')).toMatch(/^announcedAt: 2031-03-07T18:00:00Z$/m);
    expect(result.stderr).toContain('warning: the pre-announcement comes 3 days before the release; users expect 7');
    expect(result.stderr.match(/warning/g)).toHaveLength(1);
  });

  it('warns of a line that will have ended by the release date', async () => {
    const { root } = contentFixture();
    const result = await runCli('release-new.ts', ['--date', '2031-03-10', '--lines', '20.x'], { content: root, now: NOW });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("20.x reaches its end of life on 2026-04-30, before this release's date 2031-03-10");
  });

  it('refuses a private folder that does not exist, which a mistyped BULLETIN_PRIVATE_DIR would create unseen', async () => {
    const { root } = fixture();
    const missing = join(contentFixture(null).root, 'typo');
    const result = await runCli('release-new.ts', ['--date', '2031-03-10', '--lines', '20.x'], {
      content: root,
      privateContent: missing,
      now: NOW,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `✗ release:new: BULLETIN_PRIVATE_DIR names ${missing}, which does not exist; check the spelling, or create the folder to start one`,
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('writes to the private content folder when there is one, unless --public', async () => {
    const { root } = fixture();
    const privateRoot = contentFixture(null).root;
    const result = await runCli('release-new.ts', ['--date', '2031-03-10', '--lines', '20.x'], {
      content: root,
      privateContent: privateRoot,
      now: NOW,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.lastLine).toBe(projectPath(join(privateRoot, 'releases', '2031-03-10.mdx')));
    expect(readFileSync(join(privateRoot, 'releases', '2031-03-10.mdx'), 'utf-8')).toContain('New versions of the 20.x release line fix');
    expect(existsSync(join(root, 'releases', '2031-03-10.mdx'))).toBe(false);
    expect(result.stdout).toContain('BULLETIN_PRIVATE_DIR');

    const open = await runCli('release-new.ts', ['--date', '2031-04-10', '--lines', '20.x', '--public'], {
      content: root,
      privateContent: privateRoot,
      now: NOW,
    });
    expect(open.status, open.stderr).toBe(0);
    expect(open.lastLine).toBe(projectPath(join(root, 'releases', '2031-04-10.mdx')));
  });

  it.concurrent.for([
    { args: ['--lines', '20.x'], message: '--date is required' },
    { args: ['--date', '2031-02-30', '--lines', '20.x'], message: '"2031-02-30" is not a date' },
    { args: ['--date', '2031-03-10', '--lines', '20'], message: '"20" is not a release line id' },
    { args: ['--date', '2031-03-10', '--lines', '20.x', '--color', 'red'], message: "Unknown option '--color'" },
    { args: ['--date', '2031-03-10', '--lines', '20.x', '--date', '2031-03-12'], message: '--date is given more than once; give it once' },
    { args: ['--date', '2031-03-10', '--lines', '20.x', '--announce', '2031-03-11'], message: 'must come before the release date' },
    { args: ['--date', '2023-06-20', '--lines', '20.x'], message: '--date: 2023-06-20 has passed (today is 2031-02-01)' },
    { args: ['--date', '2031-06-20', '--lines', '20.x'], message: 'release 2031-06-20 already exists' },
    {
      args: ['--date', '2031-03-10', '--lines', '21.x'],
      message: 'the file it would write does not pass the checks, so nothing was written; its fields come from the flags given:\n  error ',
    },
    { args: ['--date', '2031-03-10', '--lines', '21.x'], message: 'found "21.x"' },
  ])('refuses $args without touching any file', async ({ args, message }, { expect }) => {
    const { root, write } = fixture();
    write('releases/2031-06-20.mdx', '---\ndate: 2031-06-20\nannouncedAt: 2031-06-13T00:00:00Z\nlines:\n  - line: 20.x\n---\n');
    await expectRefusal(expect, 'release-new.ts', args, { content: root, now: NOW }, message);
  });
});
