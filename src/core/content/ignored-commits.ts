import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { toProjectPath } from './project-path.ts';

/**
 * Commits whose edits do not modify advisories, one id per line, for a bulk change committed without the
 * `Bulletin-Modified: no` trailer: a commit's message cannot be changed once it is on the deployed branch. Like git's
 * own `.git-blame-ignore-revs`, it sits next to what it speaks of, in the content folder.
 */
export const IGNORED_COMMITS_FILE = '.modified-ignore-revs';

const COMMIT_ID = /^[0-9a-f]{7,40}$/;

export interface IgnoredCommits {
  /** Full or abbreviated commit ids, lower case. */
  commits: string[];
  diagnostics: Diagnostic[];
}

/** Blank lines and `#` comments are skipped, as in git's file; anything else must be a commit id. */
export function parseIgnoredCommits(text: string, file: string): IgnoredCommits {
  const commits: string[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.replace(/#.*/, '').trim().toLowerCase();
    if (entry === '') return;
    if (COMMIT_ID.test(entry)) commits.push(entry);
    else
      diagnostics.push({
        level: 'error',
        file,
        line: index + 1,
        message: `"${raw.trim()}" is not a commit id; expected 7 to 40 hexadecimal digits (\`git log --format=%H\` prints them), one per line, with # for comments`,
      });
  });
  return { commits, diagnostics };
}

/** Whether a full commit id is one of the listed ones, which may be abbreviated. */
export function isIgnoredCommit(commit: string, ignored: readonly string[]): boolean {
  const id = commit.toLowerCase();
  return ignored.some((prefix) => id.startsWith(prefix));
}

/** The content folder's list, if it has one; its problems are named by the file's path in the project. */
export function readIgnoredCommits(contentFolder: string, projectRoot: string): IgnoredCommits {
  const path = join(contentFolder, IGNORED_COMMITS_FILE);
  if (!existsSync(path)) return { commits: [], diagnostics: [] };
  return parseIgnoredCommits(readFileSync(path, 'utf-8'), toProjectPath(projectRoot, path));
}
