import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/core/checks/check-command.ts';
import { SITE_SECTIONS } from '../../src/core/checks/link-rules.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const PAGES = join(PROJECT_ROOT, 'src/pages');

/** The address of every page in src/pages that is not drawn per entry or value (no [param] in its path). */
function staticPages(): string[] {
  return readdirSync(PAGES, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.astro') && !file.includes('[') && file !== '404.astro')
    .map((file) => `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
}

describe('the pages the link check knows', () => {
  it('are the sections of src/pages, so that a new page is not reported as a broken link', () => {
    const sections = readdirSync(PAGES, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('['))
      .flatMap((entry) => {
        if (entry.isFile()) return entry.name.endsWith('.astro') ? [entry.name.replace(/\.astro$/, '')] : [];
        const files = readdirSync(join(PAGES, entry.name), { recursive: true }).map(String);
        return files.some((file) => file.endsWith('.astro')) ? [entry.name] : [];
      })
      .filter((name) => name !== 'index' && name !== '404');
    expect([...SITE_SECTIONS].sort()).toEqual(sections.sort());
  });

  it('take a link from a report to every page of src/pages that is not drawn per entry', () => {
    const pages = staticPages();
    expect(pages).toContain('/advisories/by-severity/');
    const content = contentFixture();
    const links = pages.map((page, index) => `[page ${index}](${page})`).join('\n');
    content.write('reports/2023-06.mdx', `${content.read('reports/2023-06.mdx')}\n${links}\n`);
    const result = runCheckCommand({
      argv: [],
      env: { BULLETIN_NOW: '2023-07-20T00:00:00Z', BULLETIN_CONTENT_DIR: content.root, BULLETIN_PRIVATE_DIR: '' },
      projectRoot: PROJECT_ROOT,
      colour: false,
    });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.message.startsWith('links to'))).toEqual([]);
  });
});
