import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { advisoryEditTimes, lastModifications, lineEndEditTimes, releaseFixEditTimes } from '../../scripts/lib/content-history.ts';
import { gitAt } from '../helpers/git-at.ts';

describe("the repository's history of advisory files", () => {
  it('keeps, per path, the newest commit that modified it; adding, deleting or moving a file is no edit, nor a commit that says so or is listed', () => {
    const log = [
      '',
      `${'e'.repeat(40)}\x012023-07-04T10:00:00+00:00\x01\n\nM\tCVE-2023-1.mdx`,
      `${'d'.repeat(40)}\x012023-07-03T10:00:00+00:00\x01no\n\nM\tCVE-2023-2.mdx`,
      `${'c'.repeat(40)}\x012023-07-02T10:00:00+00:00\x01\n\nA\tCVE-2023-1.mdx\nD\told.mdx`,
      `${'b'.repeat(40)}\x012023-07-01T10:00:00+00:00\x01\n\nM\tCVE-2023-2.mdx`,
      `${'a'.repeat(40)}\x012023-06-30T10:00:00+00:00\x01\n\nM\tCVE-2023-2.mdx\nM\tCVE-2023-1.mdx\n`,
    ].join('\0');
    expect([...lastModifications(log, ['eeeeeee'])]).toEqual([
      ['CVE-2023-2.mdx', '2023-07-01T10:00:00+00:00'],
      ['CVE-2023-1.mdx', '2023-06-30T10:00:00+00:00'],
    ]);
    expect(lastModifications(log).get('CVE-2023-1.mdx')).toBe('2023-07-04T10:00:00+00:00');
  });

  const repo = mkdtempSync(join(tmpdir(), 'bulletin-history-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads real git history: an edit counts when it reached the branch, a move or a marked bulk edit does not', () => {
    const git = gitAt(repo);
    const advisories = join(repo, 'content', 'advisories');
    const file = (name: string, text: string) => writeFileSync(join(advisories, name), text);
    mkdirSync(advisories, { recursive: true });
    git('2023-06-20T21:05:00Z', 'init', '-q');
    file('CVE-2023-1.mdx', 'first\n');
    file('CVE-2023-2.mdx', 'first\n');
    file('CVE-2023-3.mdx', 'first\n');
    git('2023-06-20T21:05:00Z', 'add', '.');
    git('2023-06-20T21:05:00Z', 'commit', '-q', '-m', 'publish');
    // A correction written on a branch on 1 July and merged on 10 July: tools could see it from the 10th.
    git('2023-07-01T08:00:00Z', 'checkout', '-q', '-b', 'fix');
    file('CVE-2023-1.mdx', 'corrected\n');
    git('2023-07-01T08:00:00Z', 'commit', '-q', '-am', 'correct one');
    git('2023-07-02T08:00:00Z', 'checkout', '-q', 'main');
    file('CVE-2023-3.mdx', 'reworded\n');
    git('2023-07-02T08:00:00Z', 'commit', '-q', '-am', 'reword', '-m', 'Bulletin-Modified: no');
    renameSync(join(advisories, 'CVE-2023-2.mdx'), join(advisories, 'moved.mdx'));
    git('2023-07-03T08:00:00Z', 'add', '-A');
    git('2023-07-03T08:00:00Z', 'commit', '-q', '-m', 'move');
    git('2023-07-10T08:00:00Z', 'merge', '-q', '--no-ff', '-m', 'merge the correction', 'fix');
    // A bulk edit that went in without the trailer, listed afterwards.
    file('CVE-2023-3.mdx', 'reformatted\n');
    git('2023-07-11T08:00:00Z', 'commit', '-q', '-am', 'reformat');
    const content = join(repo, 'content');
    const edited = () => [...advisoryEditTimes([content], repo)];
    expect(edited()).toEqual([
      [join(advisories, 'CVE-2023-3.mdx'), '2023-07-11T08:00:00+00:00'],
      [join(advisories, 'CVE-2023-1.mdx'), '2023-07-10T08:00:00+00:00'],
    ]);
    const reformat = git('2023-07-11T08:00:00Z', 'rev-parse', '--short=10', 'HEAD').toString().trim();
    writeFileSync(join(content, '.modified-ignore-revs'), `# reformatting\n${reformat}\n`);
    expect(edited()).toEqual([[join(advisories, 'CVE-2023-1.mdx'), '2023-07-10T08:00:00+00:00']]);
    expect(advisoryEditTimes([join(tmpdir(), 'not-a-repository-anywhere')], repo).size).toBe(0);
  });

  it("dates a release file's correction of what its records show, not its publication or an edit of its text", () => {
    const repository = mkdtempSync(join(tmpdir(), 'bulletin-release-history-'));
    try {
      const git = gitAt(repository);
      const content = join(repository, 'content');
      const releases = join(content, 'releases');
      mkdirSync(releases, { recursive: true });
      const release = (name: string, fields: string, text = 'Release-day text.') =>
        writeFileSync(join(releases, name), `---\ndate: 2023-06-20\nannouncedAt: 2023-06-13T20:00:00Z\n${fields}---\n\n${text}\n`);
      const commit = (date: string, message: string) => {
        git(date, 'add', '-A');
        git(date, 'commit', '-q', '-m', message);
      };
      git('2023-06-13T20:00:00Z', 'init', '-q');
      release('a.mdx', 'lines:\n  - line: 20.x\n');
      release('b.mdx', 'lines:\n  - line: 20.x\n');
      commit('2023-06-13T20:00:00Z', 'announce');
      release('a.mdx', 'lines:\n  - line: 20.x\n    version: 20.3.1\nreleasedAt: 2023-06-20T21:00:00Z\n');
      release('b.mdx', 'lines:\n  - line: 20.x\n    version: 20.3.1\nreleasedAt: 2023-06-20T21:00:00Z\n');
      commit('2023-06-20T21:10:00Z', 'publish');
      release('a.mdx', 'lines:\n  - line: 20.x\n    version: 20.3.2\nreleasedAt: 2023-06-20T21:00:00Z\n');
      commit('2023-06-22T09:00:00Z', 'correct the fixed version');
      release('a.mdx', 'lines:\n  - line: 20.x\n    version: 20.3.2\nreleasedAt: 2023-06-20T21:00:00Z\n', 'Reworded.');
      release('b.mdx', 'lines:\n  - line: 20.x\n    version: 20.3.1\nreleasedAt: 2023-06-20T21:00:00Z\n', 'Reworded.');
      commit('2023-06-23T09:00:00Z', 'reword');
      expect([...releaseFixEditTimes([content], repository)]).toEqual([[join(releases, 'a.mdx'), '2023-06-22T09:00:00+00:00']]);
      expect(releaseFixEditTimes([join(tmpdir(), 'not-a-repository-anywhere')], repository).size).toBe(0);
    } finally {
      rmSync(repository, { recursive: true, force: true });
    }
  });

  it("dates a line file's change of its last version, not an edit of its label", () => {
    const repository = mkdtempSync(join(tmpdir(), 'bulletin-line-history-'));
    try {
      const git = gitAt(repository);
      const content = join(repository, 'content');
      const lines = join(content, 'lines');
      mkdirSync(lines, { recursive: true });
      const line = (fields: string) =>
        writeFileSync(join(lines, '16.x.yaml'), `id: 16.x\nstatus: end-of-life\nendOfLife: 2023-09-11\n${fields}`);
      const commit = (date: string, message: string) => {
        git(date, 'add', '-A');
        git(date, 'commit', '-q', '-m', message);
      };
      git('2023-01-01T00:00:00Z', 'init', '-q');
      line('label: Node.js 16\n');
      commit('2023-01-01T00:00:00Z', 'add the line');
      line('label: Node.js 16\nlastVersion: 16.20.2\n');
      commit('2023-09-12T09:00:00Z', 'the line has ended');
      line('label: Node.js 16 (Gallium)\nlastVersion: 16.20.2\n');
      commit('2023-09-13T09:00:00Z', 'rename');
      expect([...lineEndEditTimes([content], repository)]).toEqual([[join(lines, '16.x.yaml'), '2023-09-12T09:00:00+00:00']]);
    } finally {
      rmSync(repository, { recursive: true, force: true });
    }
  });
});
