import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftovers, stagingFolder, swapIn } from '../../scripts/lib/output-swap.ts';

function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

// Process ids far above any real one: the builds that used them are gone.
const GONE = [4_000_001, 4_000_002];

describe('swapping a finished build into the output folder', () => {
  it('puts the new site in place and keeps the replaced one beside it', () => {
    const root = mkdtempSync(join(tmpdir(), 'bulletin-swap-'));
    const outDir = join(root, 'dist');
    site(outDir, 'old');
    const staging = stagingFolder(outDir, GONE[0]);
    site(staging, 'new');
    swapIn(staging, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf-8')).toBe('new');
    expect(readFileSync(join(`${staging}.previous`, 'index.html'), 'utf-8')).toBe('old');
    expect(existsSync(staging)).toBe(false);
  });

  it('works when there is no previous site', () => {
    const root = mkdtempSync(join(tmpdir(), 'bulletin-swap-'));
    const outDir = join(root, 'dist');
    const staging = stagingFolder(outDir, GONE[0]);
    site(staging, 'first');
    swapIn(staging, outDir);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('removes replaced sites, abandoned staging folders and model snapshots, but not those of a running build or other folders', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bulletin-swap-'));
    const outDir = join(root, 'dist');
    site(outDir, 'live');
    site(`${stagingFolder(outDir, GONE[0])}.previous`, 'replaced');
    site(stagingFolder(outDir, GONE[1]), 'killed halfway');
    // Its model snapshot, whole and half-written.
    writeFileSync(`${stagingFolder(outDir, GONE[1])}.model`, 'model');
    writeFileSync(`${stagingFolder(outDir, GONE[1])}.model.tmp`, 'mod');
    // The pages of a search index part, linked beside the staging folder while Pagefind read them.
    site(`${stagingFolder(outDir, GONE[1])}.search.1`, 'a part of the index');
    site(stagingFolder(outDir, process.pid), 'this build');
    site(stagingFolder(outDir, process.ppid), 'another build, still running');
    site(join(root, '.other.staging-4000001'), 'another output');
    await removeLeftovers(outDir);
    expect(readdirSync(root).sort()).toEqual(
      [`.dist.staging-${process.pid}`, `.dist.staging-${process.ppid}`, '.other.staging-4000001', 'dist'].sort(),
    );
  });
});
