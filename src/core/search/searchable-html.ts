const IGNORED_TABLE = /<table\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/table>/g;

/**
 * The part of a built page the search index reads: its title and the element marked `data-pagefind-body`, without
 * the tables marked `data-pagefind-ignore`. The indexer would skip the rest anyway, but only after parsing it, and
 * on list and release line pages the skipped tables are most of the bytes. A page without a marked body is kept
 * whole, so that the indexer decides as it would have.
 */
export function searchableHtml(html: string): string {
  const open = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close < open.index) return html;
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const body = html.slice(open.index, close + '</main>'.length).replace(IGNORED_TABLE, (table) => {
    // A table holding another table cannot be cut out by a pattern; leave it for the indexer.
    return table.indexOf('<table', 1) >= 0 ? table : '';
  });
  return `<!DOCTYPE html><html lang="${lang}"><head>${title}</head><body>${body}</body></html>`;
}
