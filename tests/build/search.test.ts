import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite, runBuild, siteAt } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { outputTexts } from '../helpers/read-output-text.ts';

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

const started = new Map<string, Promise<{ search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }> }>>();

/** Pagefind as the search page starts it: the first bundle, and the bundles of the other parts merged into it. */
function pagefindOf(outDir: string) {
  let pagefind = started.get(outDir);
  if (!pagefind) {
    pagefind = (async () => {
      const folder = pathToFileURL(join(outDir, 'pagefind/')).href;
      const instance = await import(/* @vite-ignore */ `${folder}pagefind.js`);
      await instance.options({ basePath: folder, baseUrl: '/' });
      const { bundles } = JSON.parse(readFileSync(join(outDir, 'pagefind', 'shards.json'), 'utf-8')) as { bundles: string[] };
      for (const bundle of bundles) await instance.mergeIndex(pathToFileURL(join(outDir, bundle)).href, { baseUrl: '/' });
      return instance;
    })();
    started.set(outDir, pagefind);
  }
  return pagefind;
}

/** Runs a query through the built index exactly as the search page does, returning the results in rank order. */
async function search(outDir: string, query: string): Promise<PagefindResult[]> {
  const response = await (await pagefindOf(outDir)).search(query);
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
    expect(JSON.parse(site.read('pagefind/shards.json'))).toEqual({ bundles: [] });
  });

  it('finds the advisory first for a CVE id, whatever its case', async () => {
    for (const query of ['CVE-2023-30581', 'cve-2023-30585', 'CVE-2023-30590']) {
      const results = await search(site.outDir, query);
      expect(results.length, query).toBeGreaterThan(0);
      expect(results[0]?.url, query).toMatch(new RegExp(`/advisories/${query.toUpperCase()}/$`));
      // The key is the label the search page shows beside each result: "CVE", not Pagefind's "Cve" made of "cve".
      expect(results[0]?.meta.CVE).toBe(query.toUpperCase());
    }
  });

  it('finds a fixed version whether or not it is written with the site\'s "v" prefix', async () => {
    const pages = async (query: string) => (await search(site.outDir, query)).map((result) => result.url).sort();
    const prefixed = await pages('v16.20.1');
    expect(prefixed).toContain('/lines/16.x/');
    expect(prefixed).toContain('/advisories/CVE-2023-30581/');
    expect(await pages('16.20.1')).toEqual(prefixed);
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

describe('a search index in parts', () => {
  // Eight pages a part: the sample's 28 searchable pages make three parts, as about 600 pages would by default.
  const cacheDir = mkdtempSync(join(tmpdir(), 'bulletin-search-parts-cache-'));
  const outRoot = mkdtempSync(join(tmpdir(), 'bulletin-search-parts-out-'));
  const fixture = contentFixture();
  const env = {
    BULLETIN_SEARCH_PAGES_PER_SHARD: '8',
    BULLETIN_CACHE_DIR: join(cacheDir, 'astro'),
    BULLETIN_SEARCH_CACHE_DIR: join(cacheDir, 'search'),
  };
  const build = (name: string): BuiltSite => {
    const outDir = join(outRoot, name);
    return siteAt(outDir, runBuild(['--out', outDir], { now: '2023-07-20T00:00:00Z', content: fixture.root, env }));
  };
  const whole = buildSite({ name: 'search-released', now: '2023-07-20T00:00:00Z' });
  const first = build('first');
  appendFileSync(join(fixture.root, 'advisories/CVE-2023-30589.mdx'), '\nThe quokka parser is affected too.\n');
  const edited = build('edited');

  afterAll(() => {
    fixture.remove('');
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outRoot, { recursive: true, force: true });
  });

  it('splits the pages between the parts, each a bundle of its own that the search page merges', () => {
    expect(first.status, first.stderr).toBe(0);
    const summary = /search index of (\d+) pages written to pagefind\/ in 3 parts \(3 built, 0 reused/.exec(first.stdout);
    expect(summary, first.stdout).not.toBeNull();
    const pages = Number(/search index of (\d+) pages/.exec(whole.stdout)?.[1]);
    expect(Number(summary?.[1])).toBe(pages);
    expect(JSON.parse(first.read('pagefind/shards.json'))).toEqual({ bundles: ['/pagefind/shard-1/', '/pagefind/shard-2/'] });
    for (const bundle of ['pagefind', 'pagefind/shard-1', 'pagefind/shard-2'])
      expect(first.exists(`${bundle}/pagefind-entry.json`)).toBe(true);
    expect(first.read('search/index.html')).toContain("fetch('/pagefind/shards.json', { cache: 'no-cache' })");
  });

  it('finds every advisory first for its CVE id, whichever part holds it', async () => {
    const ids = first.files().flatMap((file) => /^advisories\/(CVE-[^/]+)\/index\.html$/.exec(file)?.[1] ?? []);
    expect(ids).toHaveLength(10);
    for (const id of ids) {
      const results = await search(first.outDir, id.toLowerCase());
      expect(results[0]?.url, id).toBe(`/advisories/${id}/`);
    }
    expect((await search(first.outDir, 'openAsBlob'))[0]?.url).toMatch(/\/advisories\/CVE-2023-30583\/$/);
  });

  it('builds again only the part of a page that changed', async () => {
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/in 3 parts \(1 built, 2 reused: their pages are as an earlier build left them/);
    expect((await search(edited.outDir, 'quokka'))[0]?.url).toMatch(/\/advisories\/CVE-2023-30589\/$/);
    // The parts taken from the cache answer as before, merged with the one built again.
    for (let n = 30581; n <= 30590; n++) expect((await search(edited.outDir, `CVE-2023-${n}`))[0]?.url).toBe(`/advisories/CVE-2023-${n}/`);
  });
});
