import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { seconds } from './elapsed';
import type { PostBuildContext } from './post-build';
import { PROJECT_ROOT } from './project';
import { keepSearchIndex, restoreSearchIndex, searchCacheDir, searchIndexKey } from './search-index-cache';

/** Where the index and Pagefind's own scripts land in the site: /pagefind/pagefind-ui.js, … */
export const PAGEFIND_FOLDER = 'pagefind';

const INDEX_OPTIONS = { forceLanguage: 'en' } as const;
const PAGES = { glob: '**/*.html', pattern: /\.html$/ };

/** Pages in the index, from Pagefind's own entry file: it reads every page but keeps only the marked ones. */
function indexedPages(outDir: string): number {
  const entry = JSON.parse(readFileSync(join(outDir, PAGEFIND_FOLDER, 'pagefind-entry.json'), 'utf-8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function pagefindSettings(): string {
  // Pagefind's exports leave out its package.json; it sits one folder above the entry point.
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  const { version } = JSON.parse(readFileSync(manifest, 'utf-8')) as { version: string };
  return `pagefind@${version} ${JSON.stringify(INDEX_OPTIONS)} ${PAGES.glob}`;
}

async function writeIndex(outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  try {
    if (!index) throw new Error(`search index: pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: PAGES.glob });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_FOLDER) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the staged site for full-text search. It reads only the built pages, which the site model already
 * limited to what is public at the build's moment, so the index sits inside the embargo gate. Pagefind reads the
 * folder itself, on all cores, and indexes only pages whose main content is marked `data-pagefind-body`: lists
 * that repeat other pages and pages with nothing to find leave it off (BaseLayout's `searchable`). When every page
 * is the same as in an earlier build, that build's index is reused (search-index-cache.ts).
 */
export async function indexForSearch({ outDir }: PostBuildContext): Promise<void> {
  const started = performance.now();
  const cacheDir = searchCacheDir(PROJECT_ROOT);
  const key = searchIndexKey(outDir, PAGES.pattern, pagefindSettings());
  const target = join(outDir, PAGEFIND_FOLDER);
  if (restoreSearchIndex(cacheDir, key, target)) {
    console.log(
      `bulletin: search index of ${indexedPages(outDir)} pages written to ${PAGEFIND_FOLDER}/ (reused: every page is as an earlier build left it, ${seconds(started)})`,
    );
    return;
  }
  await writeIndex(outDir);
  console.log(`bulletin: search index of ${indexedPages(outDir)} pages written to ${PAGEFIND_FOLDER}/ (${seconds(started)})`);
  try {
    keepSearchIndex(cacheDir, key, target);
  } catch (error) {
    // The site is complete without it; only the next build's chance to reuse the index is lost.
    console.warn(`bulletin: the search index could not be kept for the next build: ${(error as Error).message}`);
  }
}
