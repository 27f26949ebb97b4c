// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { bulletin, readSiteUrl } from './src/integration/bulletin.ts';

export default defineConfig({
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // remark-gfm is the one GFM implementation, for .md and .mdx alike.
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [bulletin(), mdx(), sitemap()],
  devToolbar: { enabled: false },
});
