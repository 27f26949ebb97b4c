import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BuiltSite, buildSite, PROJECT_ROOT } from '../helpers/build-site';

/**
 * The two moments the output checks look at: a week before the sample release (pre-announcement banner, announced
 * release page) and two days after it (release banner, every advisory page).
 */
export const SAMPLE_MOMENTS = {
  announced: '2023-06-15T12:00:00Z',
  released: '2023-06-22T00:00:00Z',
} as const;

export type SampleMoment = keyof typeof SAMPLE_MOMENTS;

const LOCK_ROOT = join(PROJECT_ROOT, 'tests', '.output');

/**
 * Astro's .astro/content-modules.mjs can still name the files of the previous build's content folder; when that
 * folder was a deleted fixture, the next build fails once to resolve them and leaves the state clean behind it.
 */
const STALE_CONTENT_MODULE = /failed to resolve import "astro:content-layer-deferred-module/;

function holderIsAlive(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf-8'));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else. A missing pid file is a lock still being taken.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EPERM' || code === 'ENOENT';
  }
}

/**
 * Builds the sample at one moment once per test run, however many test files ask for it at the same time: files run
 * in parallel workers, and two builds into one folder would swap it away under a test that is reading it.
 */
export async function sampleSite(moment: SampleMoment): Promise<BuiltSite> {
  mkdirSync(LOCK_ROOT, { recursive: true });
  const lock = join(LOCK_ROOT, `.lock-sample-${moment}`);
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderIsAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  // A failed build is remembered for the rest of the run, so the other files report it at once instead of each
  // spending a build on the same failure.
  const failure = join(LOCK_ROOT, `.failed-sample-${moment}.log`);
  try {
    if (existsSync(failure)) throw new Error(readFileSync(failure, 'utf-8'));
    let site = buildSite({ name: `sample-${moment}`, now: SAMPLE_MOMENTS[moment] });
    if (site.status !== 0 && STALE_CONTENT_MODULE.test(site.stdout + site.stderr)) {
      console.warn(`sample-sites: the ${moment} build met Astro content modules of an earlier build's content folder; building again`);
      site = buildSite({ name: `sample-${moment}`, now: SAMPLE_MOMENTS[moment] });
    }
    if (site.status !== 0) {
      const message = `the sample site for ${SAMPLE_MOMENTS[moment]} did not build:\n${site.stdout}\n${site.stderr}`;
      writeFileSync(failure, message);
      throw new Error(message);
    }
    return site;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Every HTML page of a built site, as paths relative to its root. */
export function htmlPages(site: BuiltSite): string[] {
  return site.files().filter((file) => file.endsWith('.html'));
}

/**
 * One page per kind: pages whose paths differ only below the first folder (two advisories, two reports) are the
 * same template, so checking one of each covers every template, including pages added later.
 */
export function pageKinds(site: BuiltSite): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const file of htmlPages(site)) {
    const segments = file.split('/').slice(0, -1);
    const kind = segments.length === 0 ? file : segments.map((segment, index) => (index === 0 ? segment : '*')).join('/');
    if (!kinds.has(kind)) kinds.set(kind, file);
  }
  return kinds;
}

/** The URL path a page file is served at. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
