import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { fontsHash as hashFonts, ogCacheKey } from '../core/og/cache-key';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type OgCard } from '../core/og/card';
import { cardElement, TEMPLATE_VERSION } from '../core/og/card-element';
import type { OgElement } from '../core/og/element';
import { ogCards } from '../core/og/page-cards';
import { FONT_FAMILY } from '../core/og/templates/frame';
import { getSiteModel } from '../site/site-model';
import { paths } from '../site/urls';
import { type FontFile, renderPng } from './og-render.mjs';

/** Below this many images, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 8;

const SIZE = { width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT };
const localRequire = createRequire(import.meta.url);

export interface RenderJob {
  page: string;
  element: OgElement;
}

export interface OgImageSummary {
  rendered: number;
  cached: number;
}

/** Inter from @fontsource: satori reads .woff but not .woff2, and the fonts ship with the project, never fetched. */
export function interFonts(): FontFile[] {
  return [
    { name: FONT_FAMILY, weight: 400, path: localRequire.resolve('@fontsource/inter/files/inter-latin-400-normal.woff') },
    { name: FONT_FAMILY, weight: 700, path: localRequire.resolve('@fontsource/inter/files/inter-latin-700-normal.woff') },
  ];
}

/** The renderers draw the same tree differently across versions, so their versions are part of every cache key. */
function templateVersion(): string {
  const satori = JSON.parse(readFileSync(localRequire.resolve('satori/package.json'), 'utf-8')).version;
  const resvg = JSON.parse(readFileSync(join(dirname(localRequire.resolve('@resvg/resvg-js')), 'package.json'), 'utf-8')).version;
  return `${TEMPLATE_VERSION}+satori@${satori}+resvg@${resvg}`;
}

function failure(page: string, message: string): Error {
  return new Error(`og image for page ${page} could not be drawn: ${message}`);
}

async function renderInThread(jobs: RenderJob[], fonts: FontFile[]): Promise<Uint8Array[]> {
  const pngs: Uint8Array[] = [];
  for (const job of jobs) {
    try {
      pngs.push(await renderPng(job.element, fonts, SIZE));
    } catch (error) {
      throw failure(job.page, (error as Error).message);
    }
  }
  return pngs;
}

/** Each worker takes the next job as soon as it is free; the first failure stops the pool. */
function renderInPool(jobs: RenderJob[], fonts: FontFile[], size: number): Promise<Uint8Array[]> {
  const pngs: Uint8Array[] = new Array(jobs.length);
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./og-worker.mjs', import.meta.url), { workerData: { fonts, size: SIZE } }),
  );
  const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
  return new Promise<Uint8Array[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop().then(() => reject(error));
    };
    const feed = (worker: Worker) => {
      if (failed || next >= jobs.length) return;
      const id = next++;
      worker.postMessage({ id, element: jobs[id]?.element });
    };
    for (const worker of workers) {
      worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
        const page = jobs[message.id]?.page ?? '?';
        if (message.error !== undefined || !message.png) return fail(failure(page, message.error ?? 'no image returned'));
        pngs[message.id] = message.png;
        done += 1;
        if (done === jobs.length) void stop().then(() => resolve(pngs));
        else feed(worker);
      });
      worker.on('error', (error) => fail(new Error(`og image worker stopped: ${error.message}`)));
      feed(worker);
    }
  });
}

/** Renders every job, in a pool of workers when there are many; the result is in the order of the jobs. */
export function renderJobs(jobs: RenderJob[], fonts: FontFile[]): Promise<Uint8Array[]> {
  if (jobs.length <= POOL_THRESHOLD) return renderInThread(jobs, fonts);
  return renderInPool(jobs, fonts, Math.min(availableParallelism(), jobs.length));
}

/** Written beside its final name, then renamed, so a build that stops halfway never leaves a broken cached image. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

function writeInto(outDir: string, card: OgCard, from: { bytes: Uint8Array } | { file: string }): void {
  const target = join(outDir, card.image);
  mkdirSync(dirname(target), { recursive: true });
  if ('file' in from) copyFileSync(from.file, target);
  else writeFileSync(target, from.bytes);
}

/**
 * Puts the image of every card into outDir, drawing only those whose cache key has no cached PNG yet. Cached
 * images are copied as they are, so a rebuild with unchanged content draws nothing.
 */
export async function writeOgImages(options: {
  cards: OgCard[];
  outDir: string;
  cacheDir: string;
  fonts?: FontFile[];
}): Promise<OgImageSummary> {
  const fonts = options.fonts ?? interFonts();
  const fontsHash = hashFonts(fonts.map((font) => readFileSync(font.path)));
  const version = templateVersion();
  mkdirSync(options.cacheDir, { recursive: true });

  const missing: { card: OgCard; cached: string; job: RenderJob }[] = [];
  let cached = 0;
  for (const card of options.cards) {
    let element: OgElement;
    try {
      element = cardElement(card);
    } catch (error) {
      throw failure(card.page, (error as Error).message);
    }
    const file = join(options.cacheDir, `${ogCacheKey({ card, element, templateVersion: version, fontsHash })}.png`);
    if (existsSync(file)) {
      writeInto(options.outDir, card, { file });
      cached += 1;
    } else {
      missing.push({ card, cached: file, job: { page: card.page, element } });
    }
  }

  const pngs = await renderJobs(
    missing.map((item) => item.job),
    fonts,
  );
  missing.forEach((item, index) => {
    const bytes = pngs[index];
    if (!bytes) throw failure(item.card.page, 'no image returned');
    writeAtomically(item.cached, bytes);
    writeInto(options.outDir, item.card, { bytes });
  });
  return { rendered: missing.length, cached };
}

/** Where rendered images are kept between builds; BULLETIN_OG_CACHE_DIR moves it, e.g. to a CI cache folder. */
export function ogCacheDir(root: string): string {
  return process.env.BULLETIN_OG_CACHE_DIR || join(root, 'node_modules', '.cache', 'bulletin-og');
}

/** Draws the Open Graph image of every page once the pages are built, from the same model the pages read. */
export function ogImages(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bulletin:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = ogCards(getSiteModel(), paths);
        const summary = await writeOgImages({ cards, outDir: fileURLToPath(dir), cacheDir: ogCacheDir(root) });
        logger.info(`og images: ${summary.rendered} rendered, ${summary.cached} from cache`);
      },
    },
  };
}
