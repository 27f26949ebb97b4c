import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../src/core/content/diagnostic';
import { resolveContentRoots } from '../src/core/content/roots';
import { NowError, resolveNow } from '../src/core/lifecycle/now';
import { loadCheckedContent } from '../src/core/load-site';
import { withBuildLock } from './lib/build-lock';
import { runPostBuildSteps } from './lib/post-build';
import { PROJECT_ROOT } from './lib/project';

/**
 * Builds the site into a temporary folder next to the output and swaps it in only when everything succeeded, so a
 * failed build never touches the last good site.
 */
function parseOutDir(argv: string[]): string {
  const index = argv.indexOf('--out');
  const value = index >= 0 ? argv[index + 1] : undefined;
  if (index >= 0 && !value) throw new Error('--out needs a folder, e.g. --out dist');
  const out = value ?? 'dist';
  return isAbsolute(out) ? out : resolve(PROJECT_ROOT, out);
}

function fail(message: string): never {
  console.error(`\n✗ build failed: ${message}`);
  console.error('  the previous site, if any, is unchanged.');
  process.exit(1);
}

let now: Date;
let outDir: string;
try {
  now = resolveNow();
  outDir = parseOutDir(process.argv.slice(2));
} catch (error) {
  if (error instanceof NowError || error instanceof Error) fail(error.message);
  throw error;
}
process.env.BULLETIN_NOW = now.toISOString();
console.log(`bulletin: building for ${now.toISOString()}`);

const { diagnostics } = loadCheckedContent(resolveContentRoots(PROJECT_ROOT), now);
for (const diagnostic of diagnostics) console.error(`  ${formatDiagnostic(diagnostic)}`);
const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error');
if (errors.length > 0)
  fail(`${errors.length} content error(s) above; fix them, then build again (npm run check lists them without building)`);

const staging = join(dirname(outDir), `.${relative(dirname(outDir), outDir)}.staging-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const astro = withBuildLock(PROJECT_ROOT, () =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: process.env,
  }),
);
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  fail('astro build stopped (see its message above)');
}

try {
  await runPostBuildSteps({ outDir: staging, now });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail((error as Error).message);
}

const previous = `${staging}.previous`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ site for ${now.toISOString()} written to ${relative(PROJECT_ROOT, outDir) || '.'}/`);
