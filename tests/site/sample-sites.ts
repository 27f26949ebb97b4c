import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuiltSite, buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';

/**
 * The two moments the output checks look at: a week before the sample release (pre-announcement banner, announced
 * release page) and two days after it (release banner, every advisory page).
 */
export const SAMPLE_MOMENTS = {
  announced: '2023-06-15T12:00:00Z',
  released: '2023-06-22T00:00:00Z',
} as const;

export type SampleMoment = keyof typeof SAMPLE_MOMENTS;

const OUTPUT_ROOT = join(PROJECT_ROOT, 'tests', '.output');

/** Builds the sample at one moment once per test run, however many test files ask for it. */
export function sampleSite(moment: SampleMoment): Promise<BuiltSite> {
  // A failed build is remembered for the rest of the run, so the other files report it at once instead of each
  // spending a build on the same failure.
  const failure = join(OUTPUT_ROOT, `.failed-sample-${moment}.log`);
  if (existsSync(failure)) return Promise.reject(new Error(readFileSync(failure, 'utf-8')));
  const site = buildSite({ name: `sample-${moment}`, now: SAMPLE_MOMENTS[moment] });
  if (site.status !== 0) {
    const message = `the sample site for ${SAMPLE_MOMENTS[moment]} did not build:\n${site.stdout}\n${site.stderr}`;
    mkdirSync(OUTPUT_ROOT, { recursive: true });
    writeFileSync(failure, message);
    return Promise.reject(new Error(message));
  }
  return Promise.resolve(site);
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
