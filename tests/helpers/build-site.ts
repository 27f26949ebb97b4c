import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const SAMPLE_CONTENT = join(PROJECT_ROOT, 'content');
const OUTPUT_ROOT = join(PROJECT_ROOT, 'tests', '.output');

export interface BuildOptions {
  /** Folder with site.yaml, lines/, releases/, …; defaults to the sample content. */
  content?: string;
  privateContent?: string;
  /** BULLETIN_NOW for the build. */
  now: string;
  /** Names the output folder; builds with the same name and inputs are reused within a test run. */
  name: string;
  env?: Record<string, string>;
  /** Stops the build after this long, which then counts as failed; by default it may take as long as it needs. */
  timeoutMs?: number;
}

export interface BuiltSite {
  outDir: string;
  status: number;
  stdout: string;
  stderr: string;
  read: (path: string) => string;
  exists: (path: string) => boolean;
  files: () => string[];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

function hashInputs(options: BuildOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ now: options.now, env: options.env ?? {} }));
  for (const root of [options.content ?? SAMPLE_CONTENT, options.privateContent].filter(Boolean) as string[]) {
    for (const file of listFiles(root)) hash.update(file).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

export function siteAt(outDir: string, result: { status: number; stdout: string; stderr: string }): BuiltSite {
  return {
    outDir,
    ...result,
    read: (path) => readFileSync(join(outDir, path), 'utf-8'),
    exists: (path) => existsSync(join(outDir, path)),
    files: () => listFiles(outDir),
  };
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderIsAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf-8')), 0);
    return true;
  } catch (error) {
    // A missing pid file is a lock still being taken; EPERM is a live process of another user.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'EPERM';
  }
}

/** Test files run in parallel workers: the first to ask for a site builds it, the others wait and reuse it. */
function withOutputLock<T>(outDir: string, fn: () => T): T {
  const lock = `${outDir}.lock`;
  mkdirSync(OUTPUT_ROOT, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsAlive(lock)) sleep(250);
      else rmSync(lock, { recursive: true, force: true });
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs the real build (`npm run build`'s script) over a content folder at a fixed moment, once per run and inputs. */
export function buildSite(options: BuildOptions): BuiltSite {
  const outDir = join(OUTPUT_ROOT, `${options.name}-${hashInputs(options)}`);
  const marker = join(outDir, '.bulletin-test-build.json');
  return withOutputLock(outDir, () => {
    if (existsSync(marker)) return siteAt(outDir, JSON.parse(readFileSync(marker, 'utf-8')));
    const result = runBuild(['--out', outDir], options);
    if (result.status === 0) writeFileSync(marker, JSON.stringify(result));
    return siteAt(outDir, result);
  });
}

/** Runs scripts/build.ts with the given arguments and content, returning its exit status and output. */
export function runBuild(args: string[], options: Omit<BuildOptions, 'name'>) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf-8',
    timeout: options.timeoutMs,
    env: {
      ...process.env,
      BULLETIN_NOW: options.now,
      BULLETIN_CONTENT_DIR: options.content ?? SAMPLE_CONTENT,
      BULLETIN_PRIVATE_DIR: options.privateContent ?? '',
      ...(options.env ?? {}),
    },
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
