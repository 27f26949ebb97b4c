// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeNestBodyHeadings } from './src/core/content/body-headings.ts';
import { bulletin, readSiteUrl } from './src/integration/bulletin.ts';
import { ogImages } from './src/integration/og-images.ts';

export default defineConfig({
  site: readSiteUrl(),
  // A separate cache folder lets the benchmark measure cold and warm builds without touching the project's own cache.
  cacheDir: process.env.BULLETIN_CACHE_DIR || undefined,
  // HTML-aware compression keeps the single space between a line of text and the element that follows it;
  // JSX-style compression would glue "shortly after" to the date on the next line.
  compressHTML: true,
  trailingSlash: 'always',
  // Pages are written one at a time; a few in flight keep the CPU busy while earlier pages reach the disk.
  build: { format: 'directory', concurrency: 4 },
  // remark-gfm is the one GFM implementation, for .md and .mdx alike. Typographic quotes and dashes are off: they
  // turn a flag written in prose, `--allow-fs-read`, into "—allow-fs-read", which no shell accepts. A body's
  // headings are nested under the page section that holds it.
  markdown: {
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeNestBodyHeadings] }),
  },
  integrations: [bulletin(), mdx(), sitemap(), ogImages()],
  devToolbar: { enabled: false },
  // Pages whose cache key (src/site/page-cache-key.ts) is unchanged are copied from the last build, not drawn again.
  experimental: { incrementalBuild: true },
  vite: {
    // Bodies import the site's components as '@components/…' (src/core/content/body-imports.ts). The same path in
    // tsconfig.json serves editors, but reaches only files inside the project; a private content folder is outside.
    resolve: { alias: { '@components': fileURLToPath(new URL('./src/components', import.meta.url)) } },
    build: {
      rollupOptions: {
        // Every MDX body carries Astro's own head-injection directive; the bundler's note about it says nothing a
        // steward can act on and would bury the build's real messages.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
