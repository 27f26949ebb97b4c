import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { advisoryEditTimes, lastModifications } from '../../scripts/lib/content-history';

describe("the repository's history of advisory files", () => {
  it('keeps, per path, the newest commit that modified it; adding, deleting or moving a file is no edit', () => {
    const log = [
      '',
      '2023-07-02T10:00:00+00:00\n\nA\tcontent/advisories/CVE-2023-1.mdx\nD\tcontent/advisories/old.mdx',
      '2023-07-01T10:00:00+00:00\n\nM\tcontent/advisories/CVE-2023-2.mdx',
      '2023-06-30T10:00:00+00:00\n\nM\tcontent/advisories/CVE-2023-2.mdx\nM\tcontent/advisories/CVE-2023-1.mdx\n',
    ].join('\0');
    expect([...lastModifications(log)]).toEqual([
      ['content/advisories/CVE-2023-2.mdx', '2023-07-01T10:00:00+00:00'],
      ['content/advisories/CVE-2023-1.mdx', '2023-06-30T10:00:00+00:00'],
    ]);
  });

  const repo = mkdtempSync(join(tmpdir(), 'bulletin-history-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads real git history: an edit after the file was added counts, a move in does not', () => {
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
          GIT_AUTHOR_NAME: 'a',
          GIT_AUTHOR_EMAIL: 'a@example.org',
          GIT_COMMITTER_NAME: 'a',
          GIT_COMMITTER_EMAIL: 'a@example.org',
        },
      });
    const advisories = join(repo, 'content', 'advisories');
    mkdirSync(advisories, { recursive: true });
    git('2023-06-20T21:05:00Z', 'init', '-q');
    writeFileSync(join(advisories, 'CVE-2023-1.mdx'), 'first\n');
    writeFileSync(join(advisories, 'CVE-2023-2.mdx'), 'first\n');
    git('2023-06-20T21:05:00Z', 'add', '.');
    git('2023-06-20T21:05:00Z', 'commit', '-q', '-m', 'publish');
    writeFileSync(join(advisories, 'CVE-2023-1.mdx'), 'corrected\n');
    renameSync(join(advisories, 'CVE-2023-2.mdx'), join(advisories, 'moved.mdx'));
    git('2023-07-01T08:00:00Z', 'add', '-A');
    git('2023-07-01T08:00:00Z', 'commit', '-q', '-m', 'correct one, move the other');
    expect([...advisoryEditTimes([advisories])]).toEqual([
      [join(advisories, 'CVE-2023-1.mdx'), '2023-07-01T08:00:00Z'.replace('Z', '+00:00')],
    ]);
    expect(advisoryEditTimes([join(tmpdir(), 'not-a-repository-anywhere')]).size).toBe(0);
  });
});
