import { type Diagnostic, formatDiagnostic } from '../src/core/content/diagnostic';
import { resolveContentRoots } from '../src/core/content/roots';
import { resolveNow } from '../src/core/lifecycle/now';
import { loadCheckedContent } from '../src/core/load-site';
import { PROJECT_ROOT } from './lib/project';

const strict = process.argv.includes('--strict');
const now = resolveNow();
const roots = resolveContentRoots(PROJECT_ROOT);
const { diagnostics } = loadCheckedContent(roots, now);

const byFile = Map.groupBy(diagnostics, (diagnostic: Diagnostic) => diagnostic.file);
for (const [file, problems] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  console.error(`\n${file}`);
  for (const diagnostic of problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) console.error(`  ${formatDiagnostic(diagnostic)}`);
}
const errors = diagnostics.filter((d) => d.level === 'error').length;
const warnings = diagnostics.length - errors;
const failed = errors > 0 || (strict && warnings > 0);
console.log(`${failed ? '✗' : '✓'} checked content at ${now.toISOString()}: ${errors} error(s), ${warnings} warning(s)`);
process.exitCode = failed ? 1 : 0;
