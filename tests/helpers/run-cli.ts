import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExpectStatic } from 'vitest';
import { toProjectPath } from '../../src/core/content/project-path.ts';
import { PROJECT_ROOT } from './build-site.ts';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  /** The last line printed on stdout: the commands print the path they wrote there. */
  lastLine: string;
}

/**
 * Runs one of the steward commands under scripts/ as `npm run` would, over the given content roots at a fixed moment.
 * Asynchronous, so that independent runs can overlap: each one starts a TypeScript runtime.
 */
export function runCli(
  script: string,
  args: string[],
  options: { content: string; privateContent?: string; now: string },
): Promise<CliResult> {
  const child = spawn(process.execPath, [join('scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      BULLETIN_NOW: options.now,
      BULLETIN_CONTENT_DIR: options.content,
      BULLETIN_PRIVATE_DIR: options.privateContent ?? '',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf-8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf-8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ status: code ?? 1, stdout, stderr, lastLine: stdout.trimEnd().split('\n').at(-1) ?? '' });
    });
  });
}

/** Every file under a folder with its text, to prove that a refused command changed nothing. */
export function snapshotFolder(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf-8' })) {
    const absolute = join(root, path);
    if (statSync(absolute).isFile()) out[relative(root, absolute)] = readFileSync(absolute, 'utf-8');
  }
  return out;
}

/** How the commands name a file: relative to the project root when inside it, else as it is. */
export function projectPath(absolutePath: string): string {
  return toProjectPath(PROJECT_ROOT, absolutePath);
}

/**
 * Runs a command that must refuse: exit status 1, its name and `reason` on stderr, nothing on stdout, and every file
 * of the content roots as it was. `release-cancel.ts` is named `release:cancel`.
 */
export async function expectRefusal(
  expect: ExpectStatic,
  script: string,
  args: string[],
  options: { content: string; privateContent?: string; now: string },
  reason: string,
): Promise<void> {
  const roots = [options.content, ...(options.privateContent ? [options.privateContent] : [])];
  const before = roots.map(snapshotFolder);
  const result = await runCli(script, args, options);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`✗ ${script.replace(/\.ts$/, '').replace('-', ':')}:`);
  expect(result.stderr).toContain(reason);
  expect(result.stdout).toBe('');
  expect(roots.map(snapshotFolder)).toEqual(before);
}
