import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isIgnoredCommit, readIgnoredCommits } from '../../src/core/content/ignored-commits';

/** A commit whose message carries `Bulletin-Modified: no` edits no advisory: a bulk change tools need not fetch again. */
const MODIFICATION_TRAILER = 'Bulletin-Modified';

/**
 * When each advisory file was last edited, by the repository's history: the committer time of the newest commit on the
 * deployed branch that modified it. A branch's commits count when they were merged, not when they were written
 * (first parents only, a merge compared with the branch it joined), since that is when readers and tools could see
 * the change. A commit that adds a file is not an edit (publishing moves an advisory in from the private folder), nor
 * is a rename, nor a commit with the trailer `Bulletin-Modified: no` or listed in the content folder's
 * `.modified-ignore-revs`. Without a repository, or without history (a shallow clone shows its first commit adding
 * every file), the map is empty and `modified` comes from the front matter alone.
 */
export function advisoryEditTimes(contentFolders: readonly string[], projectRoot: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const contentFolder of contentFolders) {
    const folder = join(contentFolder, 'advisories');
    const ignored = readIgnoredCommits(contentFolder, projectRoot).commits;
    // Paths relative to the folder itself, unquoted: joined to it, they are the paths the content was read from,
    // whatever links lie between the folder and the repository's top.
    const log = git(folder, [
      '-c',
      'core.quotePath=false',
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '--no-renames',
      '--relative',
      '--name-status',
      `--format=%x00%H%x01%cI%x01%(trailers:key=${MODIFICATION_TRAILER},valueonly,separator=%x20)`,
      '--',
      '.',
    ]);
    if (log === undefined) continue;
    for (const [path, time] of lastModifications(log, ignored)) out.set(join(folder, path), time);
  }
  return out;
}

/**
 * From `git log --name-status --format=%x00<commit>%x01<time>%x01<Bulletin-Modified trailer>` (newest commit first):
 * for each path, the time of the newest commit whose status for it is M, leaving out commits whose trailer says `no`
 * and the ones listed as ignored.
 */
export function lastModifications(log: string, ignored: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of log.split('\0').slice(1)) {
    const [header = '', ...changes] = entry.split('\n');
    const [commit = '', time = '', trailer = ''] = header.split('\x01');
    if (trailer.trim().toLowerCase() === 'no' || isIgnoredCommit(commit, ignored)) continue;
    for (const change of changes) {
      const [status, path] = change.split('\t');
      if (status === 'M' && path && !out.has(path)) out.set(path, time.trim());
    }
  }
  return out;
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}
