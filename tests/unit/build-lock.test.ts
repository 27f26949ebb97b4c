import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/build-lock.ts';

const lockIn = (root: string) => join(root, 'node_modules', '.cache', 'bulletin', 'build.lock');

describe('the build lock', () => {
  it('takes over, without waiting or saying so, a lock whose build died', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bulletin-lock-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(lockIn(root), { recursive: true });
    writeFileSync(join(lockIn(root), 'pid'), String(dead));
    const said: string[] = [];
    const release = await acquireBuildLock(root, (message) => said.push(message));
    expect(said).toEqual([]);
    expect(readFileSync(join(lockIn(root), 'pid'), 'utf-8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockIn(root))).toBe(false);
  });

  it('says which build it waits for while that build is alive', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bulletin-lock-'));
    mkdirSync(lockIn(root), { recursive: true });
    // This process stands in for another build that holds the lock, and lets it go a moment later.
    writeFileSync(join(lockIn(root), 'pid'), String(process.pid));
    const said: string[] = [];
    const waiting = acquireBuildLock(root, (message) => said.push(message));
    setTimeout(() => writeFileSync(join(lockIn(root), 'pid'), String(spawnSync(process.execPath, ['-e', '0']).pid)), 300);
    (await waiting)();
    expect(said).toEqual([`waiting for another build of this project (pid ${process.pid}) to finish`]);
  });
});
