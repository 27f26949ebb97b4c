import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/build-lock.ts';
import { PROJECT_ROOT, runBuild } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const NOW = '2023-07-20T00:00:00Z';

/** Every file of a folder with its SHA-256, so that "unchanged" means byte for byte. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf-8' }).sort()) {
    const full = join(dir, path);
    if (statSync(full).isFile()) out[path] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

const leftovers = (outDir: string) => readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.${basename(outDir)}.staging-`));

describe('a failed build', () => {
  // One good build, then two failures into the same folder: one stopped by the checks, one by Astro itself.
  const outDir = join(mkdtempSync(join(tmpdir(), 'bulletin-failed-build-')), 'site');
  const content = contentFixture();
  const good = runBuild(['--out', outDir], { content: content.root, now: NOW });
  const before = good.status === 0 ? snapshot(outDir) : {};

  it('starts from a good build', () => {
    expect(good.status, good.stderr).toBe(0);
    expect(Object.keys(before).length).toBeGreaterThan(20);
  });

  it('refuses an argument it does not know before building anything, rather than building into dist/', () => {
    for (const args of [['--outt', outDir], [outDir], ['--out', '--verbose'], ['--out', outDir, '--out', 'dist']]) {
      const result = runBuild(args, { content: content.root, now: NOW });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /✗ build failed: (Unknown option '--outt'|Unexpected argument '.*site'|--out needs a value|--out is given more than once; give it once)/,
      );
      expect(result.stderr).toContain('usage: npm run build [-- --out <folder>] [--full] [--verbose]');
      expect(result.stdout).not.toContain('bulletin: building for');
    }
  });

  it('stops at the checks with their report and leaves the previous site byte-identical', () => {
    const broken = contentFixture(content.root);
    appendFileSync(join(broken.root, 'advisories/CVE-2023-30583.mdx'), '\n<Note>\n\nUnclosed.\n');
    broken.write('lines/16.x.yaml', '');
    const result = runBuild(['--out', outDir], { content: broken.root, now: NOW });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${broken.root}/advisories/CVE-2023-30583.mdx`);
    expect(result.stderr).toMatch(/error {4}line \d+: MDX syntax error in the body: Expected a closing tag for `<Note>`/);
    expect(result.stderr).toContain(`${broken.root}/lines/16.x.yaml\n  error    the file is empty`);
    expect(result.stderr).toContain('✗ build failed: 2 content errors in 2 files');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    // Astro starts beside the checks and is stopped by them before it shows anything.
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\[(?:build|content|vite)\]/);
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers(outDir)).toEqual([]);
  });

  it('reports content errors at once while another build holds the lock, without waiting for it', async () => {
    const broken = contentFixture(content.root);
    broken.write('lines/16.x.yaml', '');
    // This test stands in for the other build; a build that waited for it would run into the time limit.
    const release = await acquireBuildLock(PROJECT_ROOT, () => undefined);
    try {
      const result = runBuild(['--out', outDir], { content: broken.root, now: NOW, timeoutMs: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('✗ build failed: 1 content error in 1 file');
      expect(result.stdout).not.toContain('waiting for another build');
    } finally {
      release();
    }
    expect(snapshot(outDir)).toEqual(before);
  });

  it('stops in Astro with a one-line cause and leaves the previous site byte-identical', () => {
    // Valid MDX that passes every check but cannot render: the expression names nothing defined.
    const broken = contentFixture(content.root);
    appendFileSync(join(broken.root, 'advisories/CVE-2023-30583.mdx'), '\nThe value is {notDefinedAnywhere}.\n');
    const result = runBuild(['--out', outDir], { content: broken.root, now: NOW });
    expect(result.status).toBe(1);
    // The body is first rendered for the feeds, so the cause names its file.
    expect(result.stderr).toMatch(
      /✗ build failed: astro build stopped: \S*advisories\/CVE-2023-30583\.mdx: notDefinedAnywhere is not defined/,
    );
    expect(result.stderr).toContain('the previous site, if any, is unchanged.');
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers(outDir)).toEqual([]);
  });

  it('stops on a component in a body given props it cannot draw, naming the prop and what it expects', () => {
    const broken = contentFixture(content.root);
    // Imported through the alias, which leads to the site's components from a content folder outside the project.
    appendFileSync(
      join(broken.root, 'advisories/CVE-2023-30583.mdx'),
      `\nimport SeverityBadge from '@components/SeverityBadge.astro';\n\nFirst rated <SeverityBadge severity="hgh" />.\n`,
    );
    const result = runBuild(['--out', outDir], { content: broken.root, now: NOW });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('<SeverityBadge severity=…>: expected one of low, medium, high, critical, unknown, found "hgh"');
    expect(snapshot(outDir)).toEqual(before);
  });
});
