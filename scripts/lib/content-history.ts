import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isIgnoredCommit, readIgnoredCommits } from '../../src/core/content/ignored-commits.ts';
import { parseDataFile, parseEntryFile } from '../../src/core/content/source-file.ts';

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
    const history = folderHistory(contentFolder, 'advisories', projectRoot);
    if (!history) continue;
    for (const [path, time] of lastModifications(history.log, history.ignored)) out.set(join(history.folder, path), time);
  }
  return out;
}

/** A file that one commit modified (status M), with the commit's first parent and committer time. */
interface Modification {
  commit: string;
  parent: string | undefined;
  time: string;
  path: string;
}

/**
 * The log of one content subfolder on the deployed branch (see advisoryEditTimes), with the listed commits that do not
 * count, resolved; undefined without a repository.
 */
function folderHistory(contentFolder: string, subfolder: string, projectRoot: string) {
  const folder = join(contentFolder, subfolder);
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
    `--format=%x00%H%x01%cI%x01%(trailers:key=${MODIFICATION_TRAILER},valueonly,separator=%x20)%x01%P`,
    '--',
    '.',
  ]);
  if (log === undefined) return undefined;
  return { folder, log, ignored: resolvedCommits(folder, readIgnoredCommits(contentFolder, projectRoot).commits) };
}

/**
 * From `git log --name-status --format=%x00<commit>%x01<time>%x01<Bulletin-Modified trailer>%x01<parents>` (newest
 * commit first): every modification (status M) by a commit that counts, leaving out those whose trailer says `no` and
 * the ones listed as ignored.
 */
function countedModifications(log: string, ignored: readonly string[]): Modification[] {
  const out: Modification[] = [];
  for (const entry of log.split('\0').slice(1)) {
    const [header = '', ...changes] = entry.split('\n');
    const [commit = '', time = '', trailer = '', parents = ''] = header.split('\x01');
    if (trailer.trim().toLowerCase() === 'no' || isIgnoredCommit(commit, ignored)) continue;
    const parent = parents.trim().split(' ')[0] || undefined;
    for (const change of changes) {
      const [status, path] = change.split('\t');
      if (status === 'M' && path) out.push({ commit, parent, time: time.trim(), path });
    }
  }
  return out;
}

/** For each path in such a log, the time of the newest modification that counts. */
export function lastModifications(log: string, ignored: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const { path, time } of countedModifications(log, ignored)) if (!out.has(path)) out.set(path, time);
  return out;
}

/**
 * The full ids of listed commits, which may be abbreviated: a short id matched as a prefix could take in other
 * commits as the history grows, so each is resolved once, and one that names no commit, or more than one, is left out.
 */
function resolvedCommits(cwd: string, listed: readonly string[]): string[] {
  return listed.flatMap((id) => git(cwd, ['rev-parse', '--verify', '--quiet', `${id}^{commit}`])?.trim() ?? []);
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** What a release file says that its advisories' records show: when it went out and the version fixing each line. */
function recordFacts(text: string | undefined): { releasedAt?: unknown; fixes: string } | undefined {
  if (text === undefined) return undefined;
  const parsed = parseEntryFile('release', new TextEncoder().encode(text), { mdx: false });
  if ('level' in parsed || typeof parsed.data !== 'object' || parsed.data === null) return undefined;
  const data = parsed.data as { releasedAt?: unknown; lines?: unknown };
  const lines = Array.isArray(data.lines) ? data.lines : [];
  return { releasedAt: data.releasedAt, fixes: JSON.stringify(lines.map((item) => [item?.line, item?.version])) };
}

/**
 * When each release file last changed what its advisories' records show, by the repository's history: a fixed
 * version or the moment of release corrected after the release was published. Publishing itself (the commit that
 * first sets `releasedAt`) is no such change, nor is an edit of the release's text, nor a commit left out as in
 * advisoryEditTimes. The build counts it as a modification of every advisory of the release.
 */
export function releaseFixEditTimes(contentFolders: readonly string[], projectRoot: string): Map<string, string> {
  return factChangeTimes(contentFolders, projectRoot, 'releases', (before, after) => {
    const was = recordFacts(before);
    const is = recordFacts(after);
    if (!was || !is || was.releasedAt === undefined) return false;
    return is.fixes !== was.fixes || is.releasedAt !== was.releasedAt;
  });
}

/** A line's last release, as its file says: where the OSV ranges of the line's unfixed advisories end. */
function lastVersionOf(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const parsed = parseDataFile('line', new TextEncoder().encode(text));
  return 'level' in parsed ? undefined : (parsed.data as { lastVersion?: unknown }).lastVersion;
}

/**
 * When each line file last changed its `lastVersion`, by the repository's history (commits left out as in
 * advisoryEditTimes). The build counts it as a modification of every published advisory that leaves the line unfixed,
 * since the line's OSV range ends there.
 */
export function lineEndEditTimes(contentFolders: readonly string[], projectRoot: string): Map<string, string> {
  return factChangeTimes(
    contentFolders,
    projectRoot,
    'lines',
    (before, after) => before !== undefined && after !== undefined && lastVersionOf(before) !== lastVersionOf(after),
  );
}

/** For each file of a content subfolder, the time of the newest counted commit whose change `changed` says matters. */
function factChangeTimes(
  contentFolders: readonly string[],
  projectRoot: string,
  subfolder: string,
  changed: (before: string | undefined, after: string | undefined) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const contentFolder of contentFolders) {
    const history = folderHistory(contentFolder, subfolder, projectRoot);
    const prefix = history && git(history.folder, ['rev-parse', '--show-prefix'])?.trim();
    if (!history || prefix === undefined) continue;
    // A commit without a parent adds every file; only modifications by commits with one can change a fact.
    const candidates = countedModifications(history.log, history.ignored).filter(
      (change): change is Modification & { parent: string } => change.parent !== undefined,
    );
    const texts = blobs(
      history.folder,
      candidates.flatMap(({ commit, parent, path }) => [`${commit}:${prefix}${path}`, `${parent}:${prefix}${path}`]),
    );
    // Newest first: the first change found for a path is its last.
    candidates.forEach(({ time, path }, index) => {
      const key = join(history.folder, path);
      if (!out.has(key) && changed(texts[index * 2 + 1], texts[index * 2])) out.set(key, time);
    });
  }
  return out;
}

/** The contents of many `<commit>:<path>` objects in one call; undefined for any that does not exist. */
function blobs(cwd: string, objects: string[]): (string | undefined)[] {
  if (objects.length === 0) return [];
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd, input: `${objects.join('\n')}\n`, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) return objects.map(() => undefined);
  const output: Buffer = result.stdout;
  const out: (string | undefined)[] = [];
  let offset = 0;
  for (let index = 0; index < objects.length; index++) {
    const end = output.indexOf(10, offset);
    const header = output.subarray(offset, end).toString('utf-8');
    offset = end + 1;
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      out.push(undefined);
      continue;
    }
    out.push(output.subarray(offset, offset + Number(size)).toString('utf-8'));
    offset += Number(size) + 1;
  }
  return out;
}
