import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../src/core/search/searchable-html';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CVE-2023-30581 · Node.js Security</title>` +
  `<link rel="alternate" href="/feed.xml"></head><body><header><nav>Releases Advisories</nav></header>${main}` +
  `<footer>Report a vulnerability</footer></body></html>`;

describe('searchableHtml', () => {
  it('keeps the title and the marked body, and drops the header, footer and head links', () => {
    const html = searchableHtml(page('<main id="main" data-pagefind-body><h1>Policy bypass</h1><p>Details.</p></main>'));
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><title>CVE-2023-30581 · Node.js Security</title></head>' +
        '<body><main id="main" data-pagefind-body><h1>Policy bypass</h1><p>Details.</p></main></body></html>',
    );
  });

  it('drops tables the index ignores, and keeps the others and the metadata the index reads', () => {
    const html = searchableHtml(
      page(
        '<main data-pagefind-body><code data-pagefind-meta="cve">CVE-2023-30581</code>' +
          '<table class="affected-matrix" data-pagefind-ignore><tr><td class="affected">affected</td></tr></table>' +
          '<table class="facts"><tr><td>Fixed in 20.3.1</td></tr></table></main>',
      ),
    );
    expect(html).toContain('<code data-pagefind-meta="cve">CVE-2023-30581</code>');
    expect(html).not.toContain('affected-matrix');
    expect(html).toContain('Fixed in 20.3.1');
  });

  it('leaves a page without a marked body whole', () => {
    const html = page('<main id="main"><h1>Not found</h1></main>');
    expect(searchableHtml(html)).toBe(html);
  });
});
