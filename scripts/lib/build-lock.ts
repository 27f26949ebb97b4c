import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Astro keeps per-project state in .astro/, so two builds of one project at once would overwrite each other's
 * content modules. Builds take turns; a lock left by a process that died is taken over.
 */
export function withBuildLock<T>(projectRoot: string, fn: () => T, log: (message: string) => void = console.log): T {
  const lock = join(projectRoot, 'node_modules', '.cache', 'bulletin', 'build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf-8'));
      } catch {}
      if (Number.isFinite(holder) && !alive(holder)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`waiting for another build of this project (pid ${Number.isFinite(holder) ? holder : '?'}) to finish`);
      announced = true;
      sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
