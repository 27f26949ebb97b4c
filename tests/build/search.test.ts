import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site';
import { outputTexts } from '../helpers/read-output-text';

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
}

// Pagefind's browser script fetches its index relative to itself; in Node, file URLs stand in for the web server.
const originalFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) throw new Error(`tests use no network, asked for ${url}`);
    return new Response(await readFile(fileURLToPath(url)), { status: 200 });
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = originalFetch;
});

/** Runs a query through the built index exactly as the search page does, returning the results in rank order. */
async function search(outDir: string, query: string): Promise<PagefindResult[]> {
  const folder = pathToFileURL(join(outDir, 'pagefind/')).href;
  const pagefind = await import(/* @vite-ignore */ `${folder}pagefind.js`);
  await pagefind.options({ basePath: folder, baseUrl: '/' });
  const response = await pagefind.search(query);
  return Promise.all(response.results.map((result: { data: () => Promise<PagefindResult> }) => result.data()));
}

describe('full-text search of the released sample', () => {
  const site = buildSite({ name: 'search-released', now: '2023-07-20T00:00:00Z' });

  it('builds the index and a search page that works as a link without JavaScript', () => {
    expect(site.status, site.stderr).toBe(0);
    // Pagefind reads every page but indexes only those marked searchable: not the lists, the search page or 404.
    const all = site.files().filter((file) => file.endsWith('.html')).length;
    const indexed = Number(/search index of (\d+) pages written to pagefind\//.exec(site.stdout)?.[1]);
    expect(indexed).toBeGreaterThan(10);
    expect(indexed).toBeLessThan(all);
    expect(site.exists('pagefind/pagefind.js')).toBe(true);
    expect(site.exists('pagefind/pagefind-ui.js')).toBe(true);
    const home = site.read('index.html');
    expect(home).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"[^>]*method="get"/);
    expect(home).toMatch(/<input[^>]*name="q"/);
    expect(home).toContain('data-pagefind-body');
    const page = site.read('search/index.html');
    expect(page).toContain('src="/pagefind/pagefind-ui.js"');
    expect(page).toMatch(/<noscript>[\s\S]*href="\/advisories\/"/);
    expect(page).not.toMatch(/https?:\/\/[^"]*pagefind/);
  });

  it('finds the advisory first for a CVE id, whatever its case', async () => {
    for (const query of ['CVE-2023-30581', 'cve-2023-30585', 'CVE-2023-30590']) {
      const results = await search(site.outDir, query);
      expect(results.length, query).toBeGreaterThan(0);
      expect(results[0]?.url, query).toMatch(new RegExp(`/advisories/${query.toUpperCase()}/$`));
      expect(results[0]?.meta.cve).toBe(query.toUpperCase());
    }
  });

  it('finds advisories by words of their details, and leaves filtered lists out of the index', async () => {
    const results = await search(site.outDir, 'openAsBlob');
    expect(results[0]?.url).toMatch(/\/advisories\/CVE-2023-30583\/$/);
    const everything = await search(site.outDir, 'advisory');
    expect(
      everything.map((result) => result.url).filter((url) => /\/advisories\/(severity|line|year|platform|by-severity)\//.test(url)),
    ).toEqual([]);
  });
});

describe('the search index while the release is only announced', () => {
  const site = buildSite({ name: 'search-announced', now: '2023-06-15T12:00:00Z' });

  it('holds no advisory detail, even inside the compressed index files', async () => {
    expect(site.status, site.stderr).toBe(0);
    const index = outputTexts(site.outDir).filter((file) => file.path.startsWith('pagefind/') && /\.pf_/.test(file.path));
    expect(index.length).toBeGreaterThan(1);
    // Not vacuous: the index does hold the public pre-announcement.
    expect(index.some((file) => file.text.includes('20 June 2023'))).toBe(true);
    for (const file of outputTexts(site.outDir)) {
      expect(file.text, file.path).not.toMatch(/CVE-2023-30|mainModule|openAsBlob|X509|DiffieHellman|llhttp/);
    }
    // Parts of a query ("CVE", "open") still match public pages; none may lead to an advisory or quote its details.
    for (const query of ['CVE-2023-30581', 'openAsBlob', 'mainModule']) {
      for (const result of await search(site.outDir, query)) {
        expect(result.url, query).not.toMatch(/\/advisories\/CVE-/);
        expect(JSON.stringify(result), query).not.toMatch(/CVE-2023-30|openAsBlob|mainModule/);
      }
    }
  });
});
