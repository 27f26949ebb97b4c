import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyDigest, findLockfiles } from '../../src/site/dependency-digest.ts';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-deps-'));
  const project = join(root, 'packages', 'site');
  mkdirSync(project, { recursive: true });
  return { root, project };
}

describe('the digest of the installed dependencies', () => {
  it('reads the lockfiles of the nearest folder that has any, as a workspace keeps them above the project', () => {
    const { root, project } = workspace();
    // A lockfile above the temporary folder, on some machines, is what a project without one of its own finds.
    expect(findLockfiles(project)).toEqual(findLockfiles(tmpdir()));
    writeFileSync(join(root, 'pnpm-lock.yaml'), 'lockfileVersion: 9\n');
    expect(findLockfiles(project)).toEqual([join(root, 'pnpm-lock.yaml')]);
    writeFileSync(join(project, 'package-lock.json'), '{}');
    expect(findLockfiles(project)).toEqual([join(project, 'package-lock.json')]);
  });

  it('changes when a lockfile does, so that bodies rendered by the old dependencies are rendered again', () => {
    const { root, project } = workspace();
    expect(dependencyDigest(project)).toBe(dependencyDigest(tmpdir()));
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/remark-gfm":{"version":"4.0.1"}}}');
    const before = dependencyDigest(project);
    expect(dependencyDigest(project)).toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/remark-gfm":{"version":"4.0.2"}}}');
    const after = dependencyDigest(project);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(after).toMatch(/^[0-9a-f]{16}$/);
    expect(after).not.toBe(before);
  });
});
