import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { linkOrCopy } from '../../src/integration/cached-file.ts';
import { seconds } from './elapsed.ts';
import type { PostBuildContext } from './post-build.ts';
import { PROJECT_ROOT } from './project.ts';
import {
  ENTRIES_KEPT,
  keepSearchIndex,
  pagesKey,
  restoreSearchIndex,
  type SitePage,
  searchCacheDir,
  sitePages,
} from './search-index-cache.ts';
import { pagesPerShard, shardCount, shardFolder, shardOf } from './search-shards.ts';

/** Where the index and Pagefind's own scripts land in the site: /pagefind/pagefind-ui.js, … */
export const PAGEFIND_FOLDER = 'pagefind';
/** Lists the bundles of the index's other parts, which the search page merges into the first: `{ "bundles": [] }`. */
export const SHARDS_FILE = 'shards.json';

const INDEX_OPTIONS = { forceLanguage: 'en' } as const;
const PAGES = { glob: '**/*.html', pattern: /\.html$/ };
/** Pagefind indexes only pages whose main content carries this mark (BaseLayout's `searchable`). */
const SEARCHABLE = Buffer.from('data-pagefind-body');

function pagefindSettings(): string {
  // Pagefind's exports leave out its package.json; it sits one folder above the entry point.
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  const { version } = JSON.parse(readFileSync(manifest, 'utf-8')) as { version: string };
  return `pagefind@${version} ${JSON.stringify(INDEX_OPTIONS)} ${PAGES.glob}`;
}

/** Pages in a bundle, from Pagefind's own entry file. */
function bundlePages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf-8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function writeIndex(source: string, target: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`search index: pagefind did not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: source, glob: PAGES.glob });
  if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
}

interface Part {
  /** Its place among the parts: 0 for the first. */
  position: number;
  /** The bundle's folder inside pagefind/; '' for the first. */
  folder: string;
  key: string;
  /** Where Pagefind reads the part's pages: the site itself when whole, else a folder of links to them. */
  pages: SitePage[] | 'whole site';
}

/**
 * A site of a few hundred pages has one index, keyed by every page. A larger one is split by page (search-shards.ts):
 * each part is keyed by its own pages, so a changed page rebuilds only the index of its part.
 */
function planParts(pages: SitePage[], settings: string): Part[] {
  const searchable = pages.filter((page) => page.bytes.includes(SEARCHABLE));
  const count = shardCount(searchable.length, pagesPerShard());
  // Whole, Pagefind reads every page as before: it keeps only marked pages, unless none is marked.
  if (count === 1) return [{ position: 0, folder: '', key: pagesKey(pages, settings), pages: 'whole site' }];
  const shards = Array.from({ length: count }, () => [] as SitePage[]);
  for (const page of searchable) shards[shardOf(page.path, count)]?.push(page);
  // A part left empty (possible only with very few pages a part) would be a bundle without a language to merge.
  return shards
    .map((own, shard) => ({ own, key: pagesKey(own, `${settings} part ${shard} of ${count}`) }))
    .filter(({ own }) => own.length > 0)
    .map(({ own, key }, position) => ({ position, folder: shardFolder(position), key, pages: own }));
}

async function buildPart(part: Part, outDir: string, target: string): Promise<void> {
  if (part.pages === 'whole site') return writeIndex(outDir, target);
  // Links to the part's pages, beside the staging folder and named after it, so that if this build dies, the next
  // one removes them with its other leftovers (output-swap.ts).
  const source = `${outDir}.search.${part.position}`;
  rmSync(source, { recursive: true, force: true });
  try {
    for (const folder of new Set(part.pages.map((page) => dirname(join(source, page.path))))) mkdirSync(folder, { recursive: true });
    for (const page of part.pages) linkOrCopy(join(outDir, page.path), join(source, page.path));
    await writeIndex(source, target);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

/**
 * Indexes the staged site for full-text search. It reads only the built pages, which the site model already
 * limited to what is public at the build's moment, so the index sits inside the embargo gate. Pagefind reads the
 * pages itself, on all cores, and indexes only pages whose main content is marked `data-pagefind-body`: lists
 * that repeat other pages and pages with nothing to find leave it off (BaseLayout's `searchable`). An index, or a
 * part of one, whose pages are the same as in an earlier build is taken from that build (search-index-cache.ts).
 */
export async function indexForSearch({ outDir }: PostBuildContext): Promise<void> {
  const started = performance.now();
  const cacheDir = searchCacheDir(PROJECT_ROOT);
  const parts = planParts(sitePages(outDir, PAGES.pattern), pagefindSettings());
  const root = join(outDir, PAGEFIND_FOLDER);
  let reused = 0;
  let keptFailure: string | undefined;
  try {
    // The first part first: it is kept from pagefind/ itself, before the other parts' folders appear inside it.
    for (const part of parts) {
      const target = join(root, part.folder);
      if (restoreSearchIndex(cacheDir, part.key, target)) {
        reused += 1;
        continue;
      }
      await buildPart(part, outDir, target);
      try {
        keepSearchIndex(cacheDir, part.key, target, ENTRIES_KEPT * parts.length);
      } catch (error) {
        keptFailure = (error as Error).message;
      }
    }
  } finally {
    await pagefind.close();
  }
  const bundles = parts.slice(1).map((part) => `/${PAGEFIND_FOLDER}/${part.folder}/`);
  writeFileSync(join(root, SHARDS_FILE), `${JSON.stringify({ bundles })}\n`);
  const pages = parts.reduce((sum, part) => sum + bundlePages(join(root, part.folder)), 0);
  const split = parts.length > 1 ? ` in ${parts.length} parts` : '';
  const how =
    parts.length === 1
      ? reused === 1
        ? 'reused: every page is as an earlier build left it'
        : undefined
      : `${parts.length - reused} built, ${reused} reused: their pages are as an earlier build left them`;
  console.log(
    `bulletin: search index of ${pages} pages written to ${PAGEFIND_FOLDER}/${split} (${how ? `${how}, ` : ''}${seconds(started)})`,
  );
  // The site is complete without it; only the next build's chance to reuse the index is lost.
  if (keptFailure) console.warn(`bulletin: the search index could not be kept for the next build: ${keptFailure}`);
}
