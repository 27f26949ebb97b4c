import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveFiles } from '../../scripts/lib/cli/move-files.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { snapshotFolder } from '../helpers/run-cli.ts';

describe('moving files between content roots', () => {
  function setUp() {
    const from = contentFixture(null);
    const to = contentFixture(null);
    const moves = ['releases/2023-07-18.mdx', 'advisories/CVE-2023-39001.mdx', 'advisories/CVE-2023-39002.mdx'].map((path) => ({
      from: from.write(path, `text of ${path}\n`),
      to: join(to.root, path),
    }));
    return { from, to, moves };
  }

  it('copies every file into place, then removes the originals', () => {
    const { from, to, moves } = setUp();
    moveFiles(moves, String);
    expect(snapshotFolder(from.root)).toEqual({});
    for (const move of moves) expect(readFileSync(move.to, 'utf-8')).toMatch(/^text of /);
    expect(Object.keys(snapshotFolder(to.root))).toHaveLength(3);
  });

  it('takes back the copies already made when one fails, leaving both roots as they were', () => {
    const { from, to, moves } = setUp();
    const before = snapshotFolder(from.root);
    let copies = 0;
    const failingThird = (source: string, target: string) => {
      copies += 1;
      if (copies === 3) throw new Error('no space left on device');
      copyFileSync(source, target);
    };
    expect(() => moveFiles(moves, String, failingThird)).toThrow('nothing was moved: no space left on device');
    expect(snapshotFolder(from.root)).toEqual(before);
    expect(snapshotFolder(to.root)).toEqual({});
    for (const move of moves) expect(existsSync(move.to)).toBe(false);
  });
});
