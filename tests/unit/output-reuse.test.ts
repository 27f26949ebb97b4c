import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCacheDir,
  buildInputsDigest,
  canKeepOutput,
  linkTree,
  readOutputRecord,
  treeDigest,
  writeOutputRecord,
} from '../../scripts/lib/output-reuse.ts';

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-output-reuse-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const projectFiles = {
  'src/pages/index.astro': '<h1>Home</h1>',
  'public/robots-extra.txt': 'x',
  'scripts/build.ts': 'build',
  'astro.config.mjs': 'config',
  'package-lock.json': '{"lockfileVersion":3}',
};
const contentFiles = { 'site.yaml': 'title: Site', 'advisories/CVE-2023-0001.md': '---\ntitle: One\n---\nBody' };

describe("the digest of a build's inputs", () => {
  const project = folder(projectFiles);
  const content = folder(contentFiles);
  const base = { modelDigest: 'model-a', contentFolders: [content], projectRoot: project, env: {}, nodeVersion: 'v24.0.0' };
  const digest = buildInputsDigest(base);

  it('is the same for the same inputs, wherever they are, whatever the moment and the caches', () => {
    expect(buildInputsDigest(base)).toBe(digest);
    expect(buildInputsDigest({ ...base, contentFolders: [folder(contentFiles)], projectRoot: folder(projectFiles) })).toBe(digest);
    const env = {
      BULLETIN_NOW: '2030-01-01T00:00:00Z',
      BULLETIN_CACHE_DIR: '/tmp/a',
      BULLETIN_OG_CACHE_DIR: '/tmp/b',
      BULLETIN_SEARCH_CACHE_DIR: '/tmp/c',
    };
    expect(buildInputsDigest({ ...base, env })).toBe(digest);
  });

  it('changes with what is public at the moment', () => {
    expect(buildInputsDigest({ ...base, modelDigest: 'model-b' })).not.toBe(digest);
  });

  it('changes with one byte of content, a content file added, or a content folder added', () => {
    expect(buildInputsDigest({ ...base, contentFolders: [folder({ ...contentFiles, 'site.yaml': 'title: Site.' })] })).not.toBe(digest);
    expect(buildInputsDigest({ ...base, contentFolders: [folder({ ...contentFiles, 'lines/v20.yaml': 'id: v20' })] })).not.toBe(digest);
    expect(buildInputsDigest({ ...base, contentFolders: [content, folder({ 'advisories/CVE-2023-0002.md': 'x' })] })).not.toBe(digest);
  });

  it('changes with the code, its assets, its configuration and its locked dependencies', () => {
    for (const path of Object.keys(projectFiles)) {
      const changed = folder({ ...projectFiles, [path]: `${projectFiles[path as keyof typeof projectFiles]} ` });
      expect(buildInputsDigest({ ...base, projectRoot: changed }), path).not.toBe(digest);
    }
  });

  it('changes with a setting that shapes the site, Node, or the environment the build runs in', () => {
    expect(buildInputsDigest({ ...base, env: { BULLETIN_SEARCH_PAGES_PER_SHARD: '200' } })).not.toBe(digest);
    expect(buildInputsDigest({ ...base, env: { BULLETIN_PRIVATE_DIR: '/private' } })).not.toBe(digest);
    expect(buildInputsDigest({ ...base, env: { NODE_ENV: 'development' } })).not.toBe(digest);
    expect(buildInputsDigest({ ...base, nodeVersion: 'v24.1.0' })).not.toBe(digest);
  });

  it('follows a linked content file to what it holds', () => {
    const target = folder({ 'CVE-2023-0001.md': '---\ntitle: One\n---\nBody' });
    const linked = folder({ 'site.yaml': 'title: Site' });
    mkdirSync(join(linked, 'advisories'));
    symlinkSync(join(target, 'CVE-2023-0001.md'), join(linked, 'advisories', 'CVE-2023-0001.md'));
    expect(buildInputsDigest({ ...base, contentFolders: [linked] })).toBe(digest);
    writeFileSync(join(target, 'CVE-2023-0001.md'), '---\ntitle: One\n---\nBody, edited');
    expect(buildInputsDigest({ ...base, contentFolders: [linked] })).not.toBe(digest);
  });

  it('leaves out a private repository history and installed packages', () => {
    const withGit = folder({ ...contentFiles, '.git/HEAD': 'ref: refs/heads/main', 'node_modules/x/index.js': '' });
    expect(buildInputsDigest({ ...base, contentFolders: [withGit] })).toBe(digest);
  });
});

describe('the digest of a built folder', () => {
  it('changes when a file is edited, replaced, added or removed', () => {
    const site = folder({ 'index.html': '<h1>Home</h1>', 'feed.xml': '<rss/>' });
    const before = treeDigest(site);
    expect(treeDigest(site)).toBe(before);

    const edited = folder({ 'index.html': '<h1>Home</h1>', 'feed.xml': '<rss/>' });
    const editedBefore = treeDigest(edited);
    const time = statSync(join(edited, 'index.html')).mtime;
    writeFileSync(join(edited, 'index.html'), '<h1>Hone</h1>');
    utimesSync(join(edited, 'index.html'), time, new Date(time.getTime() + 1000));
    expect(treeDigest(edited)).not.toBe(editedBefore);

    writeFileSync(join(site, 'extra.html'), '');
    expect(treeDigest(site)).not.toBe(before);
    rmSync(join(site, 'extra.html'));
    expect(treeDigest(site)).toBe(before);
    rmSync(join(site, 'feed.xml'));
    expect(treeDigest(site)).not.toBe(before);
  });

  it('does not change when its files are linked elsewhere', () => {
    const site = folder({ 'index.html': '<h1>Home</h1>', 'a/b/page.html': 'page' });
    const before = treeDigest(site);
    const copy = join(folder({}), 'copy');
    expect(linkTree(site, copy)).toBe(2);
    expect(readFileSync(join(copy, 'a/b/page.html'), 'utf-8')).toBe('page');
    expect(treeDigest(site)).toBe(before);
  });

  it('is undefined for a folder that is not there', () => {
    expect(treeDigest(join(folder({}), 'dist'))).toBeUndefined();
  });
});

describe('the record of the last build into a folder', () => {
  it('lets the next build keep the folder only with the same inputs and the folder as it was left', () => {
    const cacheDir = folder({});
    const site = folder({ 'index.html': 'home' });
    writeOutputRecord(cacheDir, { outDir: site, builtFor: '2030-01-01T00:00:00.000Z', inputs: 'inputs-a', tree: treeDigest(site) ?? '' });
    const record = readOutputRecord(cacheDir, site);
    expect(record?.builtFor).toBe('2030-01-01T00:00:00.000Z');
    expect(canKeepOutput(record, 'inputs-a', site)).toBe(true);
    expect(canKeepOutput(record, 'inputs-b', site)).toBe(false);
    writeFileSync(join(site, 'index.html.tmp'), 'x');
    expect(canKeepOutput(record, 'inputs-a', site)).toBe(false);
  });

  it('is kept for each output folder apart', () => {
    const cacheDir = folder({});
    const one = folder({ 'index.html': 'one' });
    const other = folder({ 'index.html': 'other' });
    writeOutputRecord(cacheDir, { outDir: one, builtFor: '2030-01-01T00:00:00.000Z', inputs: 'inputs-a', tree: treeDigest(one) ?? '' });
    expect(readOutputRecord(cacheDir, other)).toBeUndefined();
    expect(canKeepOutput(readOutputRecord(cacheDir, other), 'inputs-a', other)).toBe(false);
  });

  it('is not read when it is damaged', () => {
    const cacheDir = folder({});
    const site = folder({ 'index.html': 'home' });
    writeOutputRecord(cacheDir, { outDir: site, builtFor: '2030-01-01T00:00:00.000Z', inputs: 'a', tree: 't' });
    const [file] = readdirSync(join(cacheDir, 'bulletin-output'));
    writeFileSync(join(cacheDir, 'bulletin-output', file as string), '{"version":1,');
    expect(readOutputRecord(cacheDir, site)).toBeUndefined();
  });

  it('lives in the Astro cache folder, so that emptying the caches keeps nothing', () => {
    expect(buildCacheDir('/project', {})).toBe('/project/node_modules/.astro');
    expect(buildCacheDir('/project', { BULLETIN_CACHE_DIR: 'cache/astro' })).toBe('/project/cache/astro');
    expect(buildCacheDir('/project', { BULLETIN_CACHE_DIR: '/ci/cache' })).toBe('/ci/cache');
  });
});
