import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBaselineProject } from './lib/bench/baseline-project.ts';
import { type Measurement, measure } from './lib/bench/measure.ts';
import { sizeFor, writeSyntheticContent } from './lib/bench/synthetic-content.ts';
import { PROJECT_ROOT } from './lib/project.ts';

/*
 * Measures Bulletin against a plain Astro build of the same pages on this machine: cold, warm (the last site kept, and
 * with --full every page gone through) and after one advisory changed, plus `npm run check`. Prints ratios, since
 * absolute times depend on the machine.
 */

/** `--flag N`, or the fallback; anything but a whole number of at least `least` stops the benchmark. */
function wholeNumberFlag(argv: string[], flag: string, fallback: number, least: number, example: string): number {
  const index = argv.indexOf(flag);
  if (index < 0) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < least) {
    console.error(`${flag} takes a whole number of at least ${least}, e.g. ${flag} ${example}`);
    process.exit(2);
  }
  return value;
}

function countHtml(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf-8' })) {
    if (name.endsWith('.html') && statSync(join(dir, name)).isFile()) count++;
  }
  return count;
}

function fail(step: Measurement): never {
  console.error(`\n✗ ${step.label} failed (exit ${step.exitCode}):\n${step.output.split('\n').slice(-30).join('\n')}`);
  process.exit(1);
}

const argv = process.argv.slice(2);
const advisories = wholeNumberFlag(argv, '--advisories', 1000, 10, '1000');
// The baseline, the warm build and the one-advisory change are each run this many times and their median kept:
// on a shared machine one build can take a third longer than the next, and a ratio moves with both of its terms.
const runs = wholeNumberFlag(argv, '--runs', 3, 1, '3');
if (runs >= advisories) {
  // Each one-advisory run changes another advisory, and the title change one more.
  console.error(`--runs must be below --advisories (${advisories})`);
  process.exit(2);
}
const size = sizeFor(advisories);
const work = mkdtempSync(join(tmpdir(), 'bulletin-bench-'));
const content = join(work, 'content');
const baseline = join(work, 'baseline');
const node = process.execPath;
const astroCli = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

console.log(`bench: ${size.advisories} advisories, ${size.releases} releases over 5 lines, ${size.reports} reports`);
console.log(`bench: machine ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, work folder ${work}`);
writeSyntheticContent(content, size);
writeBaselineProject(baseline, content, PROJECT_ROOT);

const env = {
  ...process.env,
  BULLETIN_NOW: '2045-01-01T00:00:00Z',
  BULLETIN_CONTENT_DIR: content,
  BULLETIN_PRIVATE_DIR: '',
  BULLETIN_CACHE_DIR: join(work, 'bulletin-cache'),
  BULLETIN_OG_CACHE_DIR: join(work, 'og-cache'),
  BULLETIN_SEARCH_CACHE_DIR: join(work, 'search-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const bulletinBuild = (label: string, now = env.BULLETIN_NOW, ...args: string[]) =>
  measure(label, node, ['scripts/build.ts', '--out', join(work, 'dist'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...env, BULLETIN_NOW: now },
  });

const spread: string[] = [];

/**
 * Runs a step `runs` times and keeps the run of median time; its peak memory is the highest of all runs. A failed
 * run stops the benchmark.
 */
async function median(label: string, run: (index: number) => Promise<Measurement>): Promise<Measurement> {
  const all: Measurement[] = [];
  for (let index = 0; index < runs; index++) {
    const step = await run(index);
    if (step.exitCode !== 0) fail(step);
    all.push(step);
  }
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as Measurement;
  if (runs > 1) spread.push(`${label}: ${all.map((step) => step.seconds.toFixed(2)).join(', ')} s, median ${middle.seconds.toFixed(2)} s`);
  return { ...middle, label, peakRssMiB: Math.max(...all.map((step) => step.peakRssMiB)) };
}

const results: { step: Measurement; pages: number }[] = [];
const base = await median('baseline (plain Astro, cold)', () => {
  // Cold every time: no data store, no optimised dependencies, no output.
  for (const folder of ['.cache', '.astro', 'dist']) rmSync(join(baseline, folder), { recursive: true, force: true });
  return measure('baseline', node, [astroCli, 'build'], { cwd: baseline, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
});
results.push({ step: base, pages: countHtml(join(baseline, 'dist')) });

const cold = await bulletinBuild('bulletin cold');
if (cold.exitCode !== 0) fail(cold);
const pages = countHtml(join(work, 'dist'));
results.push({ step: cold, pages });

// Nothing changed, so the build keeps the last site; --full has Astro go through every page, copying those it has.
const warm = await median('bulletin warm', () => bulletinBuild('bulletin warm'));
results.push({ step: warm, pages });
const warmFull = await median('bulletin warm, every page gone through (--full)', () =>
  bulletinBuild('bulletin warm, every page gone through (--full)', env.BULLETIN_NOW, '--full'),
);
results.push({ step: warmFull, pages });

const advisoryFiles = readdirSync(join(content, 'advisories')).sort();
// Each run changes another advisory's body since the build before it.
const one = await median('bulletin one advisory changed', (index) => {
  const changedPath = join(content, 'advisories', advisoryFiles[index] as string);
  writeFileSync(changedPath, `${readFileSync(changedPath, 'utf-8')}\nOne more sentence after review.\n`);
  return bulletinBuild('bulletin one advisory changed');
});
results.push({ step: one, pages });

// What a site built on a timer does most: a later moment at which nothing new became public.
const later = await bulletinBuild('bulletin an hour later, nothing new', '2045-01-01T01:00:00Z');
if (later.exitCode !== 0) fail(later);
results.push({ step: later, pages });

// A fact, not a body: the advisory's page, its release's page and the lists change; the other advisories do not.
const retitledPath = join(content, 'advisories', advisoryFiles[runs] as string);
writeFileSync(retitledPath, readFileSync(retitledPath, 'utf-8').replace(/^title: (.*)$/m, 'title: $1, retitled'));
const retitled = await bulletinBuild("bulletin one advisory's title changed", '2045-01-01T01:00:00Z');
if (retitled.exitCode !== 0) fail(retitled);
results.push({ step: retitled, pages });

const check = await measure('npm run check', node, ['scripts/check.ts'], { cwd: PROJECT_ROOT, env });
if (check.exitCode !== 0) fail(check);

const ratio = (value: number, of: number) => (value / of).toFixed(2);
console.log('');
console.log('| step | wall s | pages | pages/s | peak RSS MiB | time ratio | RSS ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { step, pages: count } of results) {
  console.log(
    `| ${step.label} | ${step.seconds.toFixed(2)} | ${count} | ${(count / step.seconds).toFixed(0)} | ${step.peakRssMiB.toFixed(0)} | ${ratio(step.seconds, base.seconds)} | ${ratio(step.peakRssMiB, base.peakRssMiB)} |`,
  );
}
console.log(`| npm run check | ${check.seconds.toFixed(2)} | | | ${check.peakRssMiB.toFixed(0)} | | |`);
console.log('');
for (const step of [cold, warm, warmFull, one, later, retitled]) {
  const searchLine = step.output.split('\n').find((line) => line.includes('search index of'));
  if (searchLine) console.log(`${step.label}: ${searchLine.replace(/^bulletin: /, '').trim()}`);
}
const ogLine = one.output.split('\n').find((line) => line.includes('og images:'));
if (ogLine) console.log(`${one.label}: ${ogLine.replace(/^bulletin: /, '').trim()}`);
if (spread.length > 0) console.log('');
for (const line of spread) console.log(line);
console.log('');
const peakRss = Math.max(cold.peakRssMiB, warm.peakRssMiB, warmFull.peakRssMiB, one.peakRssMiB);
console.log(
  `ratio cold=${ratio(cold.seconds, base.seconds)} warm=${ratio(warm.seconds, base.seconds)} one-change=${ratio(one.seconds, base.seconds)} rss=${ratio(peakRss, base.peakRssMiB)}`,
);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
