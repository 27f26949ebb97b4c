import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';

/**
 * When each advisory file was last edited, by the repository's history: the committer time of the newest commit that
 * modified it. A commit that adds a file is not an edit (publishing moves an advisory in from the private folder), nor
 * is a rename, so an advisory is "modified" only by a change to its text. Without a repository, or without history
 * (a shallow clone shows its first commit adding every file), the map is empty and `modified` comes from the front
 * matter alone.
 */
export function advisoryEditTimes(folders: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of folders) {
    const top = git(folder, ['rev-parse', '--show-toplevel']);
    if (top === undefined) continue;
    const log = git(folder, ['log', '--no-renames', '--name-status', '--format=%x00%cI', '--', '.']);
    if (log === undefined) continue;
    for (const [path, time] of lastModifications(log)) {
      const absolute = join(top.trim(), path);
      if (relative(folder, absolute).startsWith('..')) continue;
      const known = out.get(absolute);
      if (!known || Date.parse(time) > Date.parse(known)) out.set(absolute, time);
    }
  }
  return out;
}

/**
 * From `git log --name-status --format=%x00%cI` (newest commit first): for each path (relative to the repository's
 * top, with forward slashes), the time of the newest commit whose status for it is M.
 */
export function lastModifications(log: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [timeLine = '', ...changes] = commit.split('\n');
    const time = timeLine.trim();
    for (const change of changes) {
      const [status, path] = change.split('\t');
      if (status === 'M' && path && !out.has(path)) out.set(path, time);
    }
  }
  return out;
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}
