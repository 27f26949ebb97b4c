import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { seconds } from './elapsed';
import type { PostBuildContext } from './post-build';

/** Where the index and Pagefind's own scripts land in the site: /pagefind/pagefind-ui.js, … */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Indexes the staged site for full-text search. It reads only the built pages, which the site model already
 * limited to what is public at the build's moment, so the index sits inside the embargo gate. Pagefind reads the
 * folder itself, on all cores, and indexes only pages whose main content is marked `data-pagefind-body`: lists
 * that repeat other pages and pages with nothing to find leave it off (BaseLayout's `searchable`).
 */
/** Pages in the index, from Pagefind's own entry file: it reads every page but keeps only the marked ones. */
function indexedPages(outDir: string): number {
  const entry = JSON.parse(readFileSync(join(outDir, PAGEFIND_FOLDER, 'pagefind-entry.json'), 'utf-8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export async function indexForSearch({ outDir }: PostBuildContext): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`search index: pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_FOLDER) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    console.log(`bulletin: search index of ${indexedPages(outDir)} pages written to ${PAGEFIND_FOLDER}/ (${seconds(started)})`);
  } finally {
    await pagefind.close();
  }
}
