import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatDiagnostics, plural, tally, wantsColour } from '../src/core/checks/format-report.ts';
import { splitHistoryGaps, unlistedHistoryGaps } from '../src/core/checks/imported-history.ts';
import { resolveContentRoots } from '../src/core/content/roots.ts';
import { NowError, resolveNow } from '../src/core/lifecycle/now.ts';
import { publishedSummary } from '../src/core/model/published-summary.ts';
import type { OgImagePlan } from '../src/integration/og-images.ts';
import { BUILD_PID_VARIABLE, MODEL_SNAPSHOT_VARIABLE, writeModelSnapshot } from '../src/site/model-snapshot.ts';
import { astroFailureCause } from './lib/astro-cause.ts';
import { type RouteTally, routeLog } from './lib/astro-route-log.ts';
import { acquireBuildLock, tryBuildLock } from './lib/build-lock.ts';
import { type ParsedArgs, parseCommandArgs } from './lib/cli/args.ts';
import { seconds } from './lib/elapsed.ts';
import type { OutputRecord } from './lib/output-reuse.ts';
import { removeLeftovers, stagingFolder, swapIn } from './lib/output-swap.ts';
import { PROJECT_ROOT } from './lib/project.ts';
import { pagesPerShard } from './lib/search-shards.ts';

/**
 * Checks the content, builds the site into a staging folder next to the output, runs the post-build steps on it,
 * and only then swaps it in: a build that fails at any point leaves the previous site exactly as it was. Astro
 * starts first, since its start-up takes seconds; the content is checked meanwhile, and Astro waits for the model.
 * When the content, the code, the settings and what is public are as the last build into the same folder left them,
 * Astro is stopped instead and that site is kept, with the files that print the moment written again.
 */

// The modules this script loads later, compiled once and kept by Node, as Astro keeps its own; not on CI, whose
// machine starts empty every time.
if (!process.env.CI) enableCompileCache();

const colour = wantsColour(process.stderr.isTTY, process.env);
const cleanups: (() => void)[] = [];

function fail(message: string, detail: string[] = []): never {
  for (const cleanup of cleanups.splice(0).reverse()) {
    // One cleanup that fails (a folder Pagefind is still writing into) must not keep the others, the lock's
    // release among them, from running, nor hide the reason the build stopped.
    try {
      cleanup();
    } catch (error) {
      console.error(`  (cleaning up: ${(error as Error).message})`);
    }
  }
  console.error(`\n✗ build failed: ${message}`);
  for (const line of detail) console.error(`  ${line}`);
  console.error('  the previous site, if any, is unchanged.');
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => fail(`stopped by ${signal}`));
}
// Whatever goes wrong unforeseen still releases the lock and removes the staging folder.
process.on('uncaughtException', (error) => fail(error.stack ?? error.message));
process.on('unhandledRejection', (reason) => fail(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)));

const USAGE = 'npm run build [-- --out <folder>] [--full] [--verbose]';

/**
 * The build's options, read strictly: an argument it ignored (`--outt /tmp/x`, a stray path) would build into dist/,
 * the folder that is deployed, a preview that may hold what the clock still keeps private.
 */
function parseBuildArgs(argv: string[]): { outDir: string; full: boolean; verbose: boolean } {
  let flags: ParsedArgs['flags'];
  try {
    ({ flags } = parseCommandArgs(
      argv,
      { out: { type: 'string' }, full: { type: 'boolean' }, verbose: { type: 'boolean' } },
      { min: 0, max: 0 },
    ));
  } catch (error) {
    throw new Error(`${(error as Error).message}; usage: ${USAGE}`);
  }
  const out = flags.out;
  if (out !== undefined && (typeof out !== 'string' || out === '' || out.startsWith('-'))) {
    throw new Error(`--out needs a folder, e.g. --out dist; usage: ${USAGE}`);
  }
  const folder = typeof out === 'string' ? out : 'dist';
  return {
    outDir: isAbsolute(folder) ? folder : resolve(PROJECT_ROOT, folder),
    full: flags.full === true,
    verbose: flags.verbose === true,
  };
}

interface AstroRun {
  finished: Promise<{ status: number; output: string; routes: RouteTally }>;
  /**
   * Astro's output is held back until the content has passed its checks, so that the checks' report comes first
   * and a build they stop shows nothing of Astro's.
   */
  showOutput: () => void;
  /** Stops Astro before it writes anything, when the last site is kept. */
  stop: () => Promise<void>;
}

/** Starts `astro build`, keeping its output to name the cause if it fails; its list of routes only with --verbose. */
function startAstro(staging: string, modelSnapshot: string, verbose: boolean): AstroRun {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // The images are drawn here, beside Astro, instead of by the integration once every page is written.
      BULLETIN_OG_IMAGES: 'external',
      [MODEL_SNAPSHOT_VARIABLE]: modelSnapshot,
      [BUILD_PID_VARIABLE]: String(process.pid),
      ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    },
  });
  // A build that fails beside Astro (a content error, an image that cannot be drawn, a signal) stops Astro too.
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  let output = '';
  let held: { to: NodeJS.WriteStream; text: string }[] | undefined = [];
  const show = (to: NodeJS.WriteStream, text: string) => {
    if (text === '') return;
    if (held) held.push({ to, text });
    else to.write(text);
  };
  const routes = routeLog(verbose);
  child.stdout.setEncoding('utf-8');
  child.stderr.setEncoding('utf-8');
  child.stdout.on('data', (chunk: string) => {
    output = (output + chunk).slice(-64 * 1024);
    show(process.stdout, routes.take(chunk));
  });
  child.stderr.on('data', (chunk: string) => {
    output = (output + chunk).slice(-64 * 1024);
    show(process.stderr, chunk);
  });
  const finished = new Promise<{ status: number; output: string; routes: RouteTally }>((done) => {
    const end = (status: number, text: string) => {
      show(process.stdout, routes.flush());
      done({ status, output: text, routes: routes.tally() });
    };
    child.on('error', (error) => end(1, `${output}\n[ERROR] ${error.message}`));
    child.on('close', (code, signal) => end(code ?? (signal ? 128 : 1), output));
  });
  return {
    finished,
    showOutput: () => {
      for (const { to, text } of held ?? []) to.write(text);
      held = undefined;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await finished;
    },
  };
}

const shown = (path: string) => (relative(PROJECT_ROOT, path).startsWith('..') ? path : relative(PROJECT_ROOT, path) || '.');

let now: Date;
let outDir: string;
let full: boolean;
let verbose: boolean;
try {
  now = resolveNow();
  ({ outDir, full, verbose } = parseBuildArgs(process.argv.slice(2)));
  // Read now, so that a mistyped setting stops the build before it starts rather than after its pages are drawn.
  pagesPerShard();
} catch (error) {
  if (error instanceof NowError || error instanceof Error) fail(error.message);
  throw error;
}
process.env.BULLETIN_NOW = now.toISOString();
console.log(`bulletin: building for ${now.toISOString()}`);
const started = performance.now();

// Not loaded before Astro has started, unless another build holds the lock.
let checksLoaded: Promise<typeof import('../src/core/load-site.ts')> | undefined;
const loadChecks = () => (checksLoaded ??= import('../src/core/load-site.ts'));

/** Checks the content and reports what it found; a content error stops the build here. */
async function checkContent() {
  const checksStarted = performance.now();
  const { loadCheckedContent } = await loadChecks();
  const checked = loadCheckedContent(resolveContentRoots(PROJECT_ROOT), now);
  const { current, history } = splitHistoryGaps(checked.diagnostics);
  const counts = tally(current);
  if (current.length > 0) console.error(`\n${formatDiagnostics(current, colour).join('\n')}`);
  if (counts.errors > 0 || !checked.content) {
    fail(`${plural(counts.errors, 'content error')} in ${plural(counts.files, 'file')} (listed above)`, [
      'fix them, then build again; npm run check lists them without building',
    ]);
  }
  const gaps = unlistedHistoryGaps(history.length);
  console.log(
    `✓ content checked: ${plural(checked.files, 'file')}, ${plural(counts.warnings, 'warning')}${gaps} (${seconds(checksStarted)})`,
  );
  return checked.content;
}

// Another build of this project holds the lock: the content is checked before waiting for it, so that its errors
// show at once. Otherwise Astro starts first and the checks run beside its start-up.
const free = tryBuildLock(PROJECT_ROOT);
const checkedBeforeWaiting = free ? undefined : await checkContent();
const release = free ?? (await acquireBuildLock(PROJECT_ROOT));
cleanups.push(release);
try {
  // The staging folder and the model are written beside the output, so its folder must exist first.
  mkdirSync(dirname(outDir), { recursive: true });
} catch (error) {
  fail(`the folder for ${shown(outDir)} could not be made: ${(error as Error).message}`);
}
const leftoversRemoved = removeLeftovers(outDir);
const staging = stagingFolder(outDir);
const snapshot = `${staging}.model`;
rmSync(staging, { recursive: true, force: true });
rmSync(snapshot, { force: true });
cleanups.push(() => rmSync(staging, { recursive: true, force: true, maxRetries: 3 }));
cleanups.push(() => rmSync(snapshot, { force: true }));
const astroRun = startAstro(staging, snapshot, verbose);
// Loaded only once Astro has started, as the checks are: its start-up is the longest step of most builds, and
// these modules (the schemas, the YAML reader) are most of this script's own. import() loads a module's files
// before it returns.
const historyLoaded = import('./lib/content-history.ts');
const outputReuseLoaded = import('./lib/output-reuse.ts');
const content = checkedBeforeWaiting ?? (await checkContent());

// The model is built once, from the content just checked; Astro's pages and the Open Graph images both read it. An
// advisory edited after its release, or whose release's fixed versions were corrected, is modified then, as the
// repository's history tells.
const { buildSiteModel } = await import('../src/core/model/build-site-model.ts');
const { advisoryEditTimes, lineEndEditTimes, releaseFixEditTimes } = await historyLoaded;
const { buildCacheDir, buildInputsDigest, canKeepOutput, linkTree, readOutputRecord, treeDigest, writeOutputRecord } =
  await outputReuseLoaded;
const roots = resolveContentRoots(PROJECT_ROOT);
const contentFolders = [roots.content, ...(roots.privateContent ? [roots.privateContent] : [])];
const editedAt = new Map([
  ...advisoryEditTimes(contentFolders, PROJECT_ROOT),
  ...releaseFixEditTimes(contentFolders, PROJECT_ROOT),
  // Lines live in the public folder only.
  ...lineEndEditTimes([roots.content], PROJECT_ROOT),
]);
const model = buildSiteModel(content, now, editedAt);
console.log(`bulletin: public at this moment: ${publishedSummary(model)}`);
const { paths } = await import('../src/site/urls.ts');
const { modelDigest } = await import('../src/core/model/model-digest.ts');
const cacheDir = buildCacheDir(PROJECT_ROOT);
const inputs = buildInputsDigest({ modelDigest: modelDigest(model), contentFolders, projectRoot: PROJECT_ROOT, env: process.env });
const record = full ? undefined : readOutputRecord(cacheDir, outDir);
const summary = canKeepOutput(record, inputs, outDir) ? await keepLastSite(record) : await drawSite();

await leftoversRemoved;
try {
  swapIn(staging, outDir);
} catch (error) {
  fail(`the new site could not replace ${shown(outDir)}: ${(error as Error).message}`);
}
cleanups.splice(0);
try {
  writeOutputRecord(cacheDir, { outDir, builtFor: now.toISOString(), inputs, tree: treeDigest(outDir) ?? '' });
} catch (error) {
  // The site is in place; without a record the next build draws every page instead of keeping it.
  console.error(`! warning: the record of this build could not be kept in ${shown(cacheDir)}: ${(error as Error).message}`);
}
release();
console.log(`✓ site for ${now.toISOString()} written to ${shown(outDir)}/ in ${seconds(started)}${summary}`);
// A moment set ahead shows what the clock still keeps under embargo: fine to look at, never to deploy.
const { aheadOfClock, describeAheadOfClock } = await import('../src/core/model/ahead-of-clock.ts');
const ahead = aheadOfClock(model, new Date());
const shownAhead = describeAheadOfClock(ahead);
if (shownAhead) {
  console.error(
    `! warning: ${shown(outDir)}/ is a preview for ${now.toISOString()}: it shows ${shownAhead} that the clock keeps private until ${ahead.until}; do not deploy it before then`,
  );
}

/**
 * The content, the code, the settings and what is public are all as the last build into this folder left them, and
 * the folder is as it wrote it: the site is kept, its files linked into the staging folder, and only the files that
 * print the moment are written again. Astro is stopped before it is handed the model.
 */
async function keepLastSite(last: OutputRecord): Promise<string> {
  await astroRun.stop();
  rmSync(staging, { recursive: true, force: true });
  const { momentOutputs } = await import('../src/core/exports/moment-outputs.ts');
  const { siteLinks } = await import('../src/core/feeds/site-links.ts');
  const { writeAtomically } = await import('../src/integration/cached-file.ts');
  const outputs = momentOutputs(model, siteLinks(model.site.url, paths));
  let files: number;
  try {
    files = linkTree(outDir, staging);
    for (const output of outputs) writeAtomically(join(staging, output.path), output.body);
  } catch (error) {
    fail(`the last site could not be kept: ${(error as Error).message}`, ['npm run build -- --full draws every page instead']);
  }
  const written = outputs.map((output) => output.path.slice(1));
  console.log(
    `bulletin: nothing has changed since the build for ${last.builtFor} but the moment: its ${plural(files, 'file')} kept; ${written.slice(0, -1).join(', ')} and ${written.at(-1)} written for this moment`,
  );
  return ' (the last site kept; npm run build -- --full draws every page)';
}

/** Astro draws the pages, the images are drawn beside it, and the search index is built once it is done. */
async function drawSite(): Promise<string> {
  writeModelSnapshot(snapshot, model);
  astroRun.showOutput();

  // Astro renders pages on one core; the images are drawn on the others meanwhile, and on all of them once it is done.
  const { describeOgImages, drawMissing, ogCacheDir, placeOgImages, planOgImages } = await import('../src/integration/og-images.ts');
  const { ogCards } = await import('../src/core/og/page-cards.ts');

  let images: OgImagePlan;
  try {
    images = planOgImages(ogCards(model, paths), ogCacheDir(PROJECT_ROOT));
  } catch (error) {
    fail((error as Error).message);
  }
  const drawingStarted = performance.now();
  const drawing = drawMissing(images, availableParallelism() - 1);
  const drawingEnded = drawing.done.then(
    () => performance.now(),
    () => performance.now(),
  );
  cleanups.push(() => void drawing.stop());
  const astro = await astroRun.finished;
  rmSync(snapshot, { force: true });
  if (astro.status !== 0) {
    const cause = astroFailureCause(astro.output);
    fail(`astro build stopped${cause ? `: ${cause}` : ''}`, [
      'its output is above; npm run build -- --verbose adds its list of every page',
    ]);
  }
  const { routes, copied } = astro.routes;
  console.log(`bulletin: ${routes} pages and data files written by Astro: ${routes - copied} drawn, ${copied} copied from the last build`);
  drawing.grow(availableParallelism());
  // The post-build steps read only the pages, so they run while the last images are drawn and placed.
  const { runPostBuildSteps } = await import('./lib/post-build.ts');
  const postBuild = runPostBuildSteps({ outDir: staging, now }).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  try {
    await drawing.done;
    const summary = placeOgImages(images, staging);
    const drawn = summary.rendered > 0 ? ` (drawn in ${seconds(drawingStarted, await drawingEnded)}, beside Astro and after it)` : '';
    console.log(`bulletin: og images: ${describeOgImages(summary, drawn)}`);
  } catch (error) {
    fail((error as Error).message);
  }
  const postBuildFailure = await postBuild;
  if (postBuildFailure !== undefined) fail(`a post-build step failed: ${postBuildFailure}`);
  return '';
}
