import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../../src/core/search/searchable-html';
import type { PostBuildContext } from './post-build';

/** Where the index and Pagefind's own scripts land in the site: /pagefind/pagefind-ui.js, … */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Pages left out of the index: filtered and re-sorted lists repeat the advisories they list, and the search and
 * not-found pages have nothing to find.
 */
const UNINDEXED = [/^404\.html$/, /^search\/index\.html$/, /^advisories\/by-severity\//, /^advisories\/(severity|line|year|platform)\//];

export function isIndexed(path: string): boolean {
  return path.endsWith('.html') && !UNINDEXED.some((pattern) => pattern.test(path));
}

const IN_FLIGHT = 64;

function urlOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Indexes the staged site for full-text search. It reads only the built pages, which the site model already
 * limited to what is public at the build's moment, so the index sits inside the embargo gate.
 */
export async function indexForSearch({ outDir }: PostBuildContext): Promise<void> {
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf-8' })
    .map((path) => path.split('\\').join('/'))
    .filter(isIndexed)
    .sort();
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`search index: pagefind did not start: ${errors.join('; ')}`);
    // Pagefind indexes on its own threads; pages sent in batches keep them busy instead of waiting on each answer.
    for (let start = 0; start < pages.length; start += IN_FLIGHT) {
      await Promise.all(
        pages.slice(start, start + IN_FLIGHT).map(async (path) => {
          const content = searchableHtml(readFileSync(join(outDir, path), 'utf-8'));
          const added = await index.addHTMLFile({ url: urlOf(path), content });
          if (added.errors.length > 0) throw new Error(`search index: ${path}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_FOLDER) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`bulletin: search index of ${pages.length} pages written to ${PAGEFIND_FOLDER}/ (${seconds} s)`);
  } finally {
    await pagefind.close();
  }
}
