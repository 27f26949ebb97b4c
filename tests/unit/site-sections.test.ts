import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_SECTIONS } from '../../src/core/checks/link-rules';
import { PROJECT_ROOT } from '../helpers/build-site';

describe('the pages the link check knows', () => {
  it('are the pages of src/pages, so that a new page is not reported as a broken link', () => {
    const pages = join(PROJECT_ROOT, 'src/pages');
    const sections = readdirSync(pages, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('['))
      .flatMap((entry) => {
        if (entry.isFile()) return entry.name.endsWith('.astro') ? [entry.name.replace(/\.astro$/, '')] : [];
        const files = readdirSync(join(pages, entry.name), { recursive: true }).map(String);
        return files.some((file) => file.endsWith('.astro')) ? [entry.name] : [];
      })
      .filter((name) => name !== 'index' && name !== '404');
    expect([...SITE_SECTIONS].sort()).toEqual(sections.sort());
  });
});
