import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function lockPath(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.cache', 'bulletin', 'build.lock');
}

/** One attempt: true when taken; a lock left by a process that died is cleared so that the next attempt wins. */
function tryLock(lock: string): { taken: true } | { taken: false; holder: number; cleared: boolean } {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return { taken: true };
  } catch {
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf-8'));
    } catch {}
    const cleared = Number.isFinite(holder) && !processIsAlive(holder);
    if (cleared) rmSync(lock, { recursive: true, force: true });
    return { taken: false, holder, cleared };
  }
}

const releaseOf = (lock: string) => () => rmSync(lock, { recursive: true, force: true });

/** The lock if no live build holds it, without waiting: its release, or undefined. */
export function tryBuildLock(projectRoot: string): (() => void) | undefined {
  const lock = lockPath(projectRoot);
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    const attempt = tryLock(lock);
    if (attempt.taken) return releaseOf(lock);
    if (!attempt.cleared) return undefined;
  }
}

/**
 * Astro keeps per-project state in .astro/, so two builds of one project at once would overwrite each other's
 * content modules. Builds take turns; a lock left by a process that died is taken over. Returns the release.
 */
export async function acquireBuildLock(projectRoot: string, log: (message: string) => void = console.log): Promise<() => void> {
  const lock = lockPath(projectRoot);
  mkdirSync(join(lock, '..'), { recursive: true });
  let announced = false;
  for (;;) {
    const attempt = tryLock(lock);
    if (attempt.taken) break;
    // A dead build is no one to wait for.
    if (attempt.cleared) continue;
    if (!announced)
      log(`waiting for another build of this project (pid ${Number.isFinite(attempt.holder) ? attempt.holder : '?'}) to finish`);
    announced = true;
    await sleep(250);
  }
  return releaseOf(lock);
}
