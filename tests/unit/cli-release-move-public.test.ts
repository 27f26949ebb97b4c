import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { gitAt } from '../helpers/git-at.ts';
import { expectRefusal, projectPath, runCli, snapshotFolder } from '../helpers/run-cli.ts';

// Dates in the past: the command compares with the clock too, and BULLETIN_NOW can only move it earlier.
const RELEASE = (extra: string, date = '2023-07-18', announced = '2023-07-11T18:00:00Z') => `---
date: ${date}
announcedAt: ${announced}
lines:
  - line: 20.x${extra.includes('releasedAt') ? '\n    version: 20.3.2' : ''}
${extra}---

Release-day text.
`;

const ADVISORY = (cve: string, release = '2023-07-18') => `---
cve: ${cve}
title: A flaw fixed in July
release: ${release}
severity: high
lines: [20.x]
summary: A complete summary.
credits:
  - name: Jane Doe
    role: reporter
---

Body of ${cve}.
`;

const RELEASED = 'releasedAt: 2023-07-18T20:00:00Z\n';
const AFTER = '2023-07-19T09:00:00Z';

function roots(releaseExtra = RELEASED) {
  const publicRoot = contentFixture();
  const privateRoot = contentFixture(null);
  const files = {
    release: privateRoot.write('releases/2023-07-18.mdx', RELEASE(releaseExtra)),
    first: privateRoot.write('advisories/CVE-2023-39001.mdx', ADVISORY('CVE-2023-39001')),
    second: privateRoot.write('advisories/CVE-2023-39002.mdx', ADVISORY('CVE-2023-39002')),
  };
  return { publicRoot, privateRoot, files };
}

const run = (args: string[], publicRoot: string, privateRoot: string, now = AFTER) =>
  runCli('release-move-public.ts', args, { content: publicRoot, privateContent: privateRoot, now });

/** Commits everything in a folder as of `date`, so that its history has the times a test needs. */
function commitAll(folder: string, date: string, message: string) {
  const git = gitAt(folder);
  if (!existsSync(join(folder, '.git'))) git(date, 'init', '-q');
  git(date, 'add', '-A');
  git(date, 'commit', '-q', '-m', message);
}

describe('npm run release:move-public', () => {
  it("writes an advisory's last edit in the private repository into its modified, which the move would lose", async () => {
    const { publicRoot, privateRoot } = roots();
    commitAll(privateRoot.root, '2023-07-18T19:00:00Z', 'Release 2023-07-18');
    appendFileSync(join(privateRoot.root, 'advisories/CVE-2023-39001.mdx'), '\nA correction after the release.\n');
    commitAll(privateRoot.root, '2023-07-19T08:00:00Z', 'Correct CVE-2023-39001');
    const untouched = readFileSync(join(privateRoot.root, 'advisories/CVE-2023-39002.mdx'), 'utf-8');
    const result = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(result.status, result.stderr).toBe(0);
    const corrected = readFileSync(join(publicRoot.root, 'advisories/CVE-2023-39001.mdx'), 'utf-8');
    expect(corrected).toMatch(/^modified: 2023-07-19T08:00:00Z\n---\n/m);
    expect(corrected).toContain('A correction after the release.');
    expect(readFileSync(join(publicRoot.root, 'advisories/CVE-2023-39002.mdx'), 'utf-8')).toBe(untouched);
    expect(result.stdout).toContain(
      "(modified: 2023-07-19T08:00:00Z, its last edit in the private repository, so that its record's modified never moves back)",
    );
  });

  it('carries no edit made before the release, and carries a correction of the fixed versions to every advisory', async () => {
    const { publicRoot, privateRoot } = roots();
    commitAll(privateRoot.root, '2023-07-18T19:00:00Z', 'Release 2023-07-18');
    appendFileSync(join(privateRoot.root, 'advisories/CVE-2023-39001.mdx'), '\nReworded before the release.\n');
    commitAll(privateRoot.root, '2023-07-18T19:30:00Z', 'Reword CVE-2023-39001');
    const before = readFileSync(join(privateRoot.root, 'advisories/CVE-2023-39001.mdx'), 'utf-8');
    const release = join(privateRoot.root, 'releases/2023-07-18.mdx');
    writeFileSync(release, readFileSync(release, 'utf-8').replace('version: 20.3.2', 'version: 20.3.3'));
    commitAll(privateRoot.root, '2023-07-19T08:30:00Z', 'Correct the fixed version');
    const result = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(result.status, result.stderr).toBe(0);
    for (const id of ['CVE-2023-39001', 'CVE-2023-39002']) {
      expect(readFileSync(join(publicRoot.root, `advisories/${id}.mdx`), 'utf-8'), id).toMatch(/^modified: 2023-07-19T08:30:00Z$/m);
    }
    expect(readFileSync(join(publicRoot.root, 'advisories/CVE-2023-39001.mdx'), 'utf-8')).toBe(
      before.replace('\n---\n', '\nmodified: 2023-07-19T08:30:00Z\n---\n'),
    );
  });

  it('carries nothing when the only edit came before the release', async () => {
    const { publicRoot, privateRoot } = roots();
    commitAll(privateRoot.root, '2023-07-18T19:00:00Z', 'Release 2023-07-18');
    appendFileSync(join(privateRoot.root, 'advisories/CVE-2023-39001.mdx'), '\nReworded before the release.\n');
    commitAll(privateRoot.root, '2023-07-18T19:30:00Z', 'Reword CVE-2023-39001');
    const before = readFileSync(join(privateRoot.root, 'advisories/CVE-2023-39001.mdx'), 'utf-8');
    const result = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(publicRoot.root, 'advisories/CVE-2023-39001.mdx'), 'utf-8')).toBe(before);
    expect(result.stdout).not.toContain('modified:');
  });

  it('moves a published release and its advisories into the public content folder, byte for byte', async () => {
    const { publicRoot, privateRoot, files } = roots();
    const before = snapshotFolder(privateRoot.root);
    const result = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('✓ release 2023-07-18, out since 2023-07-18T20:00:00Z: 3 file(s) moved');
    expect(result.stdout).toContain('commit them to the public repository, and their removal to the private one');
    expect(result.lastLine).toBe(projectPath(join(publicRoot.root, 'releases/2023-07-18.mdx')));
    for (const [path, text] of Object.entries(before)) expect(readFileSync(join(publicRoot.root, path), 'utf-8'), path).toBe(text);
    for (const path of Object.values(files)) expect(existsSync(path), path).toBe(false);
    expect(snapshotFolder(privateRoot.root)).toEqual({});
    // The merged content is the same, so the site built from it is too: check passes on the public root alone.
    const check = await runCli('check.ts', [], { content: publicRoot.root, now: AFTER });
    expect(check.status, check.stdout).toBe(0);
  });

  it.concurrent.for([
    { extra: '', now: AFTER, message: 'is not out yet (no releasedAt; run release:publish first)' },
    { extra: RELEASED, now: '2023-07-18T19:00:00Z', message: 'is not out yet (releasedAt 2023-07-18T20:00:00Z)' },
    {
      extra: 'cancelled:\n  at: 2023-07-17T10:00:00Z\n  note: Not needed.\n',
      now: AFTER,
      message: 'is cancelled: its release-day text and its advisories were never published',
    },
  ])('keeps the files private when the release $message', async ({ extra, now, message }, { expect }) => {
    const { publicRoot, privateRoot } = roots(extra);
    const options = { content: publicRoot.root, privateContent: privateRoot.root, now };
    await expectRefusal(expect, 'release-move-public.ts', ['2023-07-18'], options, `release 2023-07-18 ${message}`);
  });

  it('keeps the files private when BULLETIN_NOW is past release day but the clock is not', async () => {
    const publicRoot = contentFixture();
    const privateRoot = contentFixture(null);
    privateRoot.write(
      'releases/2999-03-10.mdx',
      RELEASE(RELEASED.replace('2023-07-18', '2999-03-10'), '2999-03-10', '2999-03-03T18:00:00Z'),
    );
    privateRoot.write('advisories/CVE-2999-0001.mdx', ADVISORY('CVE-2999-0001', '2999-03-10'));
    const before = snapshotFolder(privateRoot.root);
    const result = await run(['2999-03-10'], publicRoot.root, privateRoot.root, '2999-03-11T00:00:00Z');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('release 2999-03-10 is not out yet by the clock (releasedAt 2999-03-10T20:00:00Z, and it is 20');
    expect(result.stderr).toContain('BULLETIN_NOW may hold files back but never move them early');
    expect(snapshotFolder(privateRoot.root)).toEqual(before);
    expect(existsSync(join(publicRoot.root, 'advisories/CVE-2999-0001.mdx'))).toBe(false);
  });

  it('refuses to move a body whose import is found only from the private folder, and moves one using the alias', async () => {
    const { publicRoot, privateRoot, files } = roots();
    privateRoot.write('parts/Chart.astro', '<figure>A chart.</figure>\n');
    const relativeImport = "import Chart from '../parts/Chart.astro';\n\n<Chart />\n";
    privateRoot.write('advisories/CVE-2023-39001.mdx', `${ADVISORY('CVE-2023-39001')}\n${relativeImport}`);
    const before = [snapshotFolder(publicRoot.root), snapshotFolder(privateRoot.root)];
    const refused = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'these imports are found from the private folder but would not be from the public one, so the pages would not build',
    );
    expect(refused.stderr).toContain(
      `${projectPath(files.first)}:15 imports '../parts/Chart.astro', a module of the private folder: move it under src/components/ and import it as '@components/…'`,
    );
    expect([snapshotFolder(publicRoot.root), snapshotFolder(privateRoot.root)]).toEqual(before);

    const aliasImport = 'import SeverityBadge from \'@components/SeverityBadge.astro\';\n\n<SeverityBadge severity="high" />\n';
    privateRoot.write('advisories/CVE-2023-39001.mdx', `${ADVISORY('CVE-2023-39001')}\n${aliasImport}`);
    const moved = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(moved.status, moved.stderr).toBe(0);
    expect(readFileSync(join(publicRoot.root, 'advisories/CVE-2023-39001.mdx'), 'utf-8')).toContain(aliasImport);
  });

  it('moves nothing while a file does not load, since it may be an advisory of the release that would be left behind', async ({
    expect,
  }) => {
    const { publicRoot, privateRoot } = roots();
    privateRoot.write('advisories/CVE-2023-39003.mdx', ADVISORY('CVE-2023-39003').replace('severity: high\n', ''));
    const options = { content: publicRoot.root, privateContent: privateRoot.root, now: AFTER };
    await expectRefusal(
      expect,
      'release-move-public.ts',
      ['2023-07-18'],
      options,
      '1 release or advisory file(s) do not load; one may be an advisory of this release, which would be left behind in the private folder',
    );
  });

  it('refuses when a file of the same name is already public, and when there is nothing left to move', async () => {
    const { publicRoot, privateRoot } = roots();
    publicRoot.write('advisories/CVE-2023-39002.mdx', ADVISORY('CVE-2023-39002'));
    const before = [snapshotFolder(publicRoot.root), snapshotFolder(privateRoot.root)];
    const taken = await run(['2023-07-18'], publicRoot.root, privateRoot.root);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('the public content folder already has a file of the same name; compare the two and keep one:');
    expect(taken.stderr).toContain(`  ${projectPath(join(publicRoot.root, 'advisories/CVE-2023-39002.mdx'))}`);
    expect([snapshotFolder(publicRoot.root), snapshotFolder(privateRoot.root)]).toEqual(before);

    const sample = await runCli('release-move-public.ts', ['2023-06-20'], {
      content: contentFixture().root,
      privateContent: contentFixture(null).root,
      now: AFTER,
    });
    expect(sample.stderr).toContain('release 2023-06-20 and its advisories are all in the public content folder already');
    // A public release not yet out has nothing private to wait for either.
    const publicDraft = contentFixture();
    publicDraft.write('releases/2023-07-18.mdx', RELEASE(''));
    const draft = await runCli('release-move-public.ts', ['2023-07-18'], {
      content: publicDraft.root,
      privateContent: contentFixture(null).root,
      now: AFTER,
    });
    expect(draft.stderr).toContain('release 2023-07-18 and its advisories are all in the public content folder already');
    const noPrivate = await runCli('release-move-public.ts', ['2023-06-20'], { content: contentFixture().root, now: AFTER });
    expect(noPrivate.stderr).toContain('BULLETIN_PRIVATE_DIR is not set');
  });
});
