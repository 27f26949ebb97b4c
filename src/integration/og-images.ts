import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DAY_MS } from '../core/format/dates.ts';
import { fontsHash as hashFonts, ogCacheKey } from '../core/og/cache-key.ts';
import type { OgCard } from '../core/og/card.ts';
import { cardElement, TEMPLATE_VERSION } from '../core/og/card-element.ts';
import type { OgElement } from '../core/og/element.ts';
import { ogCards } from '../core/og/page-cards.ts';
import { FONT_FAMILY } from '../core/og/templates/frame.ts';
import { siteModelReady } from '../site/site-model.ts';
import { paths } from '../site/urls.ts';
import { linkOrCopy, writeAtomically } from './cached-file.ts';
import { ogImageMiddleware } from './og-dev-images.ts';
import { failure, type Rendering, type RenderJob, startRendering } from './og-pool.ts';
import type { FontFile } from './og-render.mjs';
import { PNG_ENCODING } from './png-encode.mjs';

const localRequire = createRequire(import.meta.url);

export interface OgImageSummary {
  rendered: number;
  cached: number;
  /** Cached images no build had used for OG_CACHE_KEEP_DAYS, removed from the cache. */
  pruned: number;
}

/** The build's line about its images: "12 rendered, 1151 from cache (drawn in 9.1 s); 3 unused …". */
export function describeOgImages(summary: OgImageSummary, timing = ''): string {
  const pruned = summary.pruned > 0 ? `; ${summary.pruned} unused for ${OG_CACHE_KEEP_DAYS} days removed from the cache` : '';
  return `${summary.rendered} rendered, ${summary.cached} from cache${timing}${pruned}`;
}

/** Inter from @fontsource: satori reads .woff but not .woff2, and the fonts ship with the project, never fetched. */
export function interFonts(): FontFile[] {
  return [
    { name: FONT_FAMILY, weight: 400, path: localRequire.resolve('@fontsource/inter/files/inter-latin-400-normal.woff') },
    { name: FONT_FAMILY, weight: 700, path: localRequire.resolve('@fontsource/inter/files/inter-latin-700-normal.woff') },
  ];
}

/**
 * The renderers draw the same tree differently across versions, so their versions are part of every cache key; so
 * is the PNG encoding's, so that a cached image has the bytes a new one would have, not only the same pixels.
 */
function templateVersion(): string {
  const satori = JSON.parse(readFileSync(localRequire.resolve('satori/package.json'), 'utf-8')).version;
  const resvg = JSON.parse(readFileSync(join(dirname(localRequire.resolve('@resvg/resvg-js')), 'package.json'), 'utf-8')).version;
  return `${TEMPLATE_VERSION}+satori@${satori}+resvg@${resvg}+png@${PNG_ENCODING}`;
}

interface PlannedImage {
  card: OgCard;
  cached: string;
}

/** The images of a site: where each one's PNG is cached, and the drawing still to be done for those not cached. */
export interface OgImagePlan {
  cacheDir: string;
  images: PlannedImage[];
  missing: (PlannedImage & { job: RenderJob })[];
  fonts: FontFile[];
}

export function planOgImages(cards: OgCard[], cacheDir: string, fonts: FontFile[] = interFonts()): OgImagePlan {
  const fontsHash = hashFonts(fonts.map((font) => readFileSync(font.path)));
  const version = templateVersion();
  const images: PlannedImage[] = [];
  const missing: OgImagePlan['missing'] = [];
  for (const card of cards) {
    let element: OgElement;
    try {
      element = cardElement(card);
    } catch (error) {
      throw failure(card.page, (error as Error).message);
    }
    const cached = join(cacheDir, `${ogCacheKey({ card, element, templateVersion: version, fontsHash })}.png`);
    images.push({ card, cached });
    if (!existsSync(cached)) missing.push({ card, cached, job: { page: card.page, element } });
  }
  return { cacheDir, images, missing, fonts };
}

/** Draws the plan's missing images into the cache, each one stored as soon as it is drawn. */
export function drawMissing(plan: OgImagePlan, workers: number, inWorkers = false): Rendering {
  if (plan.missing.length > 0) mkdirSync(plan.cacheDir, { recursive: true });
  return startRendering(
    plan.missing.map((item) => item.job),
    plan.fonts,
    workers,
    (index, png) => {
      const item = plan.missing[index];
      if (item) writeAtomically(item.cached, png);
    },
    inWorkers,
  );
}

/** Puts every planned image into outDir from the cache, then prunes the cache; run once drawMissing is done. */
export function placeOgImages(plan: OgImagePlan, outDir: string): OgImageSummary {
  const folders = new Set(plan.images.map(({ card }) => dirname(join(outDir, card.image))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const { card, cached } of plan.images) {
    if (!existsSync(cached)) throw failure(card.page, 'its image was not drawn');
    linkOrCopy(cached, join(outDir, card.image));
  }
  return { rendered: plan.missing.length, cached: plan.images.length - plan.missing.length, pruned: pruneQuietly(plan) };
}

/**
 * How long an image may stay in the cache without a build using it. Edited content leaves its old cards behind, and
 * a cache kept by a CI service would otherwise only grow; a month keeps what a steward switching between content
 * folders or moments still uses.
 */
export const OG_CACHE_KEEP_DAYS = 30;

/**
 * When each cached image was last used, by file name. Kept beside the images rather than as their modification
 * times: a placed image is a hard link to its cached file, and touching it would touch the published copy too.
 */
const USAGE_FILE = 'last-used.json';

/**
 * Records every image of the plan as used now (by the real clock: this is housekeeping, not content), then removes
 * the cached files, half-written ones included, that no build has used for OG_CACHE_KEEP_DAYS; a file with no
 * record yet counts from when it was written. Returns how many went.
 */
export function pruneOgCache(plan: OgImagePlan, now: Date = new Date()): number {
  if (!existsSync(plan.cacheDir)) return 0;
  const usagePath = join(plan.cacheDir, USAGE_FILE);
  let lastUsed: Record<string, number> = {};
  try {
    lastUsed = JSON.parse(readFileSync(usagePath, 'utf-8')) as Record<string, number>;
  } catch {
    // No record yet, or one cut short: every file then counts from when it was written.
  }
  for (const { cached } of plan.images) lastUsed[basename(cached)] = now.getTime();
  const cutoff = now.getTime() - OG_CACHE_KEEP_DAYS * DAY_MS;
  const kept: Record<string, number> = {};
  let removed = 0;
  for (const name of readdirSync(plan.cacheDir)) {
    if (!/\.(png|tmp)$/.test(name)) continue;
    const path = join(plan.cacheDir, name);
    const used = lastUsed[name] ?? statSync(path).mtimeMs;
    if (used >= cutoff) {
      kept[name] = used;
      continue;
    }
    rmSync(path, { force: true });
    removed++;
  }
  writeAtomically(usagePath, JSON.stringify(kept));
  return removed;
}

/** Pruning is housekeeping: a cache it cannot tidy (read-only, shared and tidied meanwhile) never fails a build. */
function pruneQuietly(plan: OgImagePlan): number {
  try {
    return pruneOgCache(plan);
  } catch (error) {
    console.warn(`bulletin: the Open Graph image cache could not be pruned: ${(error as Error).message}`);
    return 0;
  }
}

/**
 * Puts the image of every card into outDir, drawing only those whose cache key has no cached PNG yet. Cached
 * images are reused as they are, so a rebuild with unchanged content draws nothing.
 */
export async function writeOgImages(options: {
  cards: OgCard[];
  outDir: string;
  cacheDir: string;
  fonts?: FontFile[];
}): Promise<OgImageSummary> {
  const plan = planOgImages(options.cards, options.cacheDir, options.fonts);
  await drawMissing(plan, availableParallelism()).done;
  return placeOgImages(plan, options.outDir);
}

/**
 * The PNG of the card published at `pathname` ("/og/advisories/CVE-2023-30581.png"), drawn into the cache when it
 * is not there yet, so that a build afterwards reuses it; undefined for any other path. The dev server's way in.
 */
export async function ogImageAt(pathname: string, cards: readonly OgCard[], cacheDir: string): Promise<Uint8Array | undefined> {
  const card = cards.find((candidate) => candidate.image === pathname);
  if (!card) return undefined;
  const plan = planOgImages([card], cacheDir);
  await drawMissing(plan, 1, true).done;
  const [image] = plan.images;
  return image ? readFileSync(image.cached) : undefined;
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
      'astro:server:setup': ({ server }) => {
        const imageAt = async (pathname: string) => ogImageAt(pathname, ogCards(await siteModelReady(), paths), ogCacheDir(root));
        server.middlewares.use(ogImageMiddleware(imageAt));
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` draws the images itself, beside Astro's own work, and places them after it.
        if (process.env.BULLETIN_OG_IMAGES === 'external') return;
        const cards = ogCards(await siteModelReady(), paths);
        const summary = await writeOgImages({ cards, outDir: fileURLToPath(dir), cacheDir: ogCacheDir(root) });
        logger.info(`og images: ${describeOgImages(summary)}`);
      },
    },
  };
}
