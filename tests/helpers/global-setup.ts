import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

/**
 * Each test run starts from no built sites, so a build never comes from older code. The throwaway folders tests
 * make (content fixtures, caches, browser profiles) go into one temporary folder of the run's own, outside the
 * project like any steward's content, and the run removes it at its end.
 */
export default function setup() {
  rmSync(join(PROJECT_ROOT, 'tests', '.output'), { recursive: true, force: true });
  const temporary = mkdtempSync(join(tmpdir(), 'bulletin-test-run-'));
  process.env.TMPDIR = temporary;
  return () => rmSync(temporary, { recursive: true, force: true });
}
