import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { expectRefusal, projectPath, runCli } from '../helpers/run-cli.ts';

const NOW = '2031-02-01T00:00:00Z';

const RELEASE = `---
date: 2031-03-10
announcedAt: 2031-03-03T18:00:00Z
lines:
  - line: 20.x
  - line: 18.x
---
`;

/** The release, and a line still supported in 2031 that it does not ship (the sample's lines have ended by then). */
function withRelease() {
  const fixture = contentFixture();
  fixture.write('releases/2031-03-10.mdx', RELEASE);
  fixture.write('lines/30.x.yaml', 'id: 30.x\nlabel: Node.js 30\nstatus: current\nendOfLife: 2034-04-30\n');
  return fixture;
}

const required = ['--release', '2031-03-10', '--title', 'Path traversal: in fs.readFile', '--severity', 'high', '--lines', '20.x'];

describe('npm run advisory:new', () => {
  it('writes a CVE-named advisory with every given field and a body skeleton', async () => {
    const { root } = withRelease();
    const result = await runCli(
      'advisory-new.ts',
      [
        ...required,
        '--cve',
        'CVE-2031-0001',
        '--summary',
        'Reading a crafted path escapes the root.',
        '--cvss',
        'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
      ],
      { content: root, now: NOW },
    );
    expect(result.status, result.stderr).toBe(0);
    const path = join(root, 'advisories', 'CVE-2031-0001.mdx');
    expect(result.lastLine).toBe(projectPath(path));
    const text = readFileSync(path, 'utf-8');
    expect(text).toMatch(/^cve: CVE-2031-0001$/m);
    expect(text).toMatch(/^title: "Path traversal: in fs.readFile"$/m);
    expect(text).toMatch(/^release: 2031-03-10$/m);
    expect(text).toMatch(/^severity: high$/m);
    expect(text).toMatch(/^ {2}vector: CVSS:3\.1\/AV:N/m);
    expect(text).toMatch(/^summary: Reading a crafted path escapes the root\.$/m);
    const body = text.slice(text.indexOf('\n---\n'));
    // Only what the page does not show already: its summary, lines and credits have places of their own.
    expect(body.match(/^## .*$/gm)).toEqual(['## Impact', '## Workarounds']);
    // Without a private folder the advisory lands in the public one, and the command says what that means.
    expect(result.stderr).toBe(
      `! warning: ${projectPath(root)}/ is the public content folder: whoever reads this repository reads the advisory before its release; unless the repository is private, keep embargoed work in a private folder (BULLETIN_PRIVATE_DIR)\n`,
    );
  });

  it('names an advisory without a CVE id after its release, and warns about what publishing will need', async () => {
    const { root } = withRelease();
    const first = await runCli('advisory-new.ts', required, { content: root, now: NOW });
    const second = await runCli('advisory-new.ts', [...required.slice(0, 3), 'Second', ...required.slice(4)], { content: root, now: NOW });
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(first.lastLine).toBe(projectPath(join(root, 'advisories', '2031-03-10-1.mdx')));
    expect(second.lastLine).toBe(projectPath(join(root, 'advisories', '2031-03-10-2.mdx')));
    expect(first.stderr).toContain('no --cve yet');
    expect(first.stderr).toContain('no --summary yet');
  });

  it('refuses an advisory with the title of one already in the release, as when the command runs twice', async ({ expect }) => {
    const { root } = withRelease();
    const first = await runCli('advisory-new.ts', required, { content: root, now: NOW });
    expect(first.status, first.stderr).toBe(0);
    const again = [...required.slice(0, 3), 'PATH TRAVERSAL: in fs.readFile ', ...required.slice(4)];
    await expectRefusal(
      expect,
      'advisory-new.ts',
      again,
      { content: root, now: NOW },
      `release 2031-03-10 already has an advisory titled "Path traversal: in fs.readFile" (${projectPath(join(root, 'advisories', '2031-03-10-1.mdx'))}); if this is another issue, give it a title of its own`,
    );
  });

  it('warns that the published counts change when the release is already pre-announced', async () => {
    const { root } = withRelease();
    const result = await runCli('advisory-new.ts', required, { content: root, now: '2031-03-05T00:00:00Z' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('already pre-announced');
  });

  it('writes to the private content folder when there is one', async () => {
    const { root } = withRelease();
    const privateRoot = contentFixture(null).root;
    const result = await runCli('advisory-new.ts', [...required, '--cve', 'CVE-2031-0001'], {
      content: root,
      privateContent: privateRoot,
      now: NOW,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.lastLine).toBe(projectPath(join(privateRoot, 'advisories', 'CVE-2031-0001.mdx')));
    expect(existsSync(join(root, 'advisories', 'CVE-2031-0001.mdx'))).toBe(false);
    expect(result.stderr).not.toContain('public content folder');
  });

  it('keeps the advisory of a private release private, refusing --public, and names the variable when the release is not found', async ({
    expect,
  }) => {
    const content = contentFixture();
    const privateRoot = contentFixture(null);
    privateRoot.write('releases/2031-03-10.mdx', RELEASE);
    const options = { content: content.root, privateContent: privateRoot.root, now: NOW };
    await expectRefusal(
      expect,
      'advisory-new.ts',
      [...required, '--public'],
      options,
      'release 2031-03-10 is in the private content folder',
    );
    await expectRefusal(
      expect,
      'advisory-new.ts',
      required,
      { content: content.root, now: NOW },
      'there is no release 2031-03-10 (if it is in a private content folder, set BULLETIN_PRIVATE_DIR)',
    );
  });

  it('refuses a release already out, which would publish the advisory at once, and a cancelled one', async ({ expect }) => {
    const fixture = withRelease();
    fixture.write(
      'releases/2031-04-10.mdx',
      `${RELEASE.replace('2031-03-10', '2031-04-10')
        .replace('2031-03-03', '2031-01-03')
        .replace(/---\n$/, 'cancelled:\n  at: 2031-01-20T10:00:00Z\n  note: The fixes ship with the next release.\n---\n')}`,
    );
    const options = { content: fixture.root, now: NOW };
    await expectRefusal(
      expect,
      'advisory-new.ts',
      ['--release', '2023-06-20', ...required.slice(2)],
      options,
      'release 2023-06-20 is already out (releasedAt 2023-06-20T21:00:00Z): an advisory added to it would be published at once',
    );
    await expectRefusal(
      expect,
      'advisory-new.ts',
      ['--release', '2031-04-10', ...required.slice(2)],
      options,
      'release 2031-04-10 is cancelled (2031-01-20T10:00:00Z); add the advisory to the release that ships its fix',
    );
  });

  it.concurrent.for([
    { args: required.filter((_, index) => index !== 4 && index !== 5), message: '--severity is required' },
    { args: [...required.slice(0, 5), 'urgent', ...required.slice(6)], message: '"urgent" is not a severity' },
    { args: [...required, '--cve', 'CVE-31-1'], message: '"CVE-31-1" is not a CVE id' },
    { args: ['--release', '2031-04-01', ...required.slice(2)], message: 'there is no release 2031-04-01' },
    { args: [...required.slice(0, 7), '30.x'], message: 'found "30.x"' },
    { args: [...required, '--cve', 'CVE-2023-30581'], message: 'advisory CVE-2023-30581 already exists' },
    { args: [...required, '--cvss', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N'], message: 'cvss.severityOverride' },
    { args: [...required, '--cvss', 'not-a-vector'], message: 'cvss.vector' },
  ])('refuses $message without touching any file', async ({ args, message }, { expect }) => {
    const { root } = withRelease();
    await expectRefusal(expect, 'advisory-new.ts', args, { content: root, now: NOW }, message);
  });
});
