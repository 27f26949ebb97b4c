import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site';

/** Each test run starts from no built sites, so a build never comes from older code. */
export default function setup() {
  rmSync(join(PROJECT_ROOT, 'tests', '.output'), { recursive: true, force: true });
}
