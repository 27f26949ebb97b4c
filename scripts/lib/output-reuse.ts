import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { writeAtomically } from '../../src/integration/cached-file.ts';
import { filesUnder, linkFiles } from './folder-files.ts';

/*
 * A site built on a timer is mostly rebuilt with nothing new: the same content, the same code, and at the new moment
 * the same things public. Such a build would write the same site but for the few files that print the moment, so it
 * keeps the last one instead. What the build records after each build into a folder decides it: a digest of its
 * inputs, and one of the folder as it left it, so that a folder changed since by hand is never taken for its own.
 */

const RECORD_VERSION = 1;

/** The files the site is made from besides the content: its code, assets, configuration and locked dependencies. */
const CODE_FOLDERS = ['src', 'public', 'scripts'];
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Folders inside a content or code folder that no build reads; a private content folder may be a repository. */
const NOT_READ = new Set(['.git', 'node_modules']);

/**
 * Settings that do not change what is written: the moment (the model's digest stands for what it makes public), the
 * caches, and what the build passes to its own steps.
 */
const NOT_OUTPUT_SETTINGS = new Set([
  'BULLETIN_NOW',
  'BULLETIN_CACHE_DIR',
  'BULLETIN_OG_CACHE_DIR',
  'BULLETIN_SEARCH_CACHE_DIR',
  'BULLETIN_MODEL_SNAPSHOT',
  'BULLETIN_BUILD_PID',
  'BULLETIN_OG_IMAGES',
  'BULLETIN_DEBUG',
]);

export interface OutputRecord {
  version: number;
  outDir: string;
  /** The moment the site in the folder was built for. */
  builtFor: string;
  inputs: string;
  tree: string;
}

/** The same order on every machine, whatever its locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function hashFolder(hash: Hash, root: string, folder: string): void {
  if (!existsSync(folder)) {
    hash.update(`missing ${relative(root, folder)}\0`);
    return;
  }
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name))) {
    if (NOT_READ.has(entry.name)) continue;
    const path = join(folder, entry.name);
    // A link is hashed as what it points to, which is what the build reads.
    const kind = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (kind?.isDirectory()) hashFolder(hash, root, path);
    else if (kind?.isFile())
      hash
        .update(`${relative(root, path)}\0`)
        .update(readFileSync(path))
        .update('\0');
  }
}

/**
 * Everything a build's output depends on: what is public at its moment (the model's digest, which leaves the moment
 * out), every content file byte for byte, the project's code and locked dependencies, the settings that shape the
 * site, and Node's version.
 */
export function buildInputsDigest(options: {
  modelDigest: string;
  contentFolders: readonly string[];
  projectRoot: string;
  env: Record<string, string | undefined>;
  nodeVersion?: string;
}): string {
  const hash = createHash('sha256');
  hash.update(`model ${options.modelDigest}\0node ${options.nodeVersion ?? process.version}\0`);
  const settings = Object.entries(options.env)
    .filter(([name]) => (name.startsWith('BULLETIN_') && !NOT_OUTPUT_SETTINGS.has(name)) || name === 'NODE_ENV')
    .sort(([a], [b]) => byCodeUnits(a, b));
  for (const [name, value] of settings) hash.update(`setting ${name}=${value ?? ''}\0`);
  for (const [index, folder] of options.contentFolders.entries()) {
    hash.update(`content folder ${index}\0`);
    hashFolder(hash, folder, folder);
  }
  for (const folder of CODE_FOLDERS) hashFolder(hash, options.projectRoot, join(options.projectRoot, folder));
  for (const file of CODE_FILES) {
    const path = join(options.projectRoot, file);
    hash
      .update(`${file}\0`)
      .update(existsSync(path) ? readFileSync(path) : 'missing')
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * The folder as it stands: every file's path, size, modification time and inode. A file edited, replaced or removed
 * since the build wrote it changes the digest; undefined when there is no folder. Not the change time: linking a
 * file elsewhere, as the image and search caches do, changes it.
 */
export function treeDigest(folder: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  const hash = createHash('sha256');
  for (const file of filesUnder(folder)) {
    const stat = lstatSync(join(folder, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}\0`);
  }
  return hash.digest('hex');
}

/** Links every file of one folder into another, which must not exist yet; returns how many. */
export function linkTree(from: string, to: string): number {
  const files = filesUnder(from);
  linkFiles(from, to, files);
  return files.length;
}

/** Astro's cache folder, where the record is kept too: a cold build, its caches emptied, keeps nothing. */
export function buildCacheDir(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env.BULLETIN_CACHE_DIR;
  return configured ? resolve(projectRoot, configured) : join(projectRoot, 'node_modules', '.astro');
}

function recordPath(cacheDir: string, outDir: string): string {
  return join(cacheDir, 'bulletin-output', `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

export function readOutputRecord(cacheDir: string, outDir: string): OutputRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordPath(cacheDir, outDir), 'utf-8')) as OutputRecord;
    return record.version === RECORD_VERSION && record.outDir === resolve(outDir) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeOutputRecord(cacheDir: string, record: Omit<OutputRecord, 'version'>): void {
  mkdirSync(join(cacheDir, 'bulletin-output'), { recursive: true });
  writeAtomically(
    recordPath(cacheDir, record.outDir),
    JSON.stringify({ version: RECORD_VERSION, ...record, outDir: resolve(record.outDir) }),
  );
}

/**
 * Whether the folder holds the site the last build wrote into it from the same inputs: then this build would write
 * the same files but those that print the moment.
 */
export function canKeepOutput(record: OutputRecord | undefined, inputs: string, outDir: string): record is OutputRecord {
  return record !== undefined && record.inputs === inputs && record.tree === treeDigest(outDir);
}
