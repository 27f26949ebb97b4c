import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A plain Astro project with the same Markdown bodies as the synthetic advisories, one page template, no images and
 * no feeds: what any team would get from Astro alone. Bulletin's times are reported as ratios to this.
 */
export function writeBaselineProject(root: string, syntheticContent: string, projectRoot: string): void {
  mkdirSync(join(root, 'src', 'pages', 'advisories'), { recursive: true });
  mkdirSync(join(root, 'pages'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      // node_modules is the project's own, linked: Astro's default cache in it would hold the data store of the
      // project's last build or of an earlier baseline, and the baseline would not be cold.
      "export default defineConfig({ site: 'https://baseline.example.org', cacheDir: './.cache' });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }) }) };",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'pages', 'advisories', '[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  const advisories = join(syntheticContent, 'advisories');
  for (const name of readdirSync(advisories)) {
    const text = readFileSync(join(advisories, name), 'utf-8');
    const title = /^title: (.*)$/m.exec(text)?.[1] ?? name;
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    writeFileSync(join(root, 'pages', name.replace(/\.mdx$/, '.md')), `---\ntitle: "${title}"\n---\n${body}`);
  }
}
