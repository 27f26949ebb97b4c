import type { Diagnostic } from '../content/diagnostic.ts';
import { resolveContentRoots } from '../content/roots.ts';
import { NowError, resolveNow } from '../lifecycle/now.ts';
import { loadCheckedContent } from '../load-site.ts';
import { formatDiagnostics, paint, plural, tally } from './format-report.ts';
import { splitHistoryGaps, unlistedHistoryGaps } from './imported-history.ts';

export interface CheckCommandOptions {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  projectRoot: string;
  colour: boolean;
}

export interface CheckCommandResult {
  /** 0: clean (or only warnings without --strict); 1: content problems; 2: the command itself could not run. */
  exitCode: 0 | 1 | 2;
  lines: string[];
  /** What was listed: without --history, the gaps in imported history are left out. */
  diagnostics: Diagnostic[];
}

const OPTIONS = ['--strict', '--history', '--help', '-h'];
const USAGE = [
  'usage: npm run check [-- [--strict] [--history]]   (BULLETIN_NOW, BULLETIN_CONTENT_DIR and BULLETIN_PRIVATE_DIR are honoured)',
  '  --strict   fail on warnings too',
  '  --history  also list what imported history lacks (CVE ids, credits, pre-announcements), which is only counted otherwise',
].join('\n');

/** `npm run check`: every content problem at once, grouped by file, then a one-line verdict. Never starts Astro. */
export function runCheckCommand(options: CheckCommandOptions): CheckCommandResult {
  const p = paint(options.colour);
  const unknown = options.argv.filter((arg) => !OPTIONS.includes(arg));
  if (options.argv.includes('--help') || options.argv.includes('-h')) return { exitCode: 0, lines: [USAGE], diagnostics: [] };
  if (unknown.length > 0) return { exitCode: 2, lines: [`${p.error('✗')} unknown option ${unknown.join(' ')}`, USAGE], diagnostics: [] };
  const strict = options.argv.includes('--strict');
  const withHistory = options.argv.includes('--history');

  let now: Date;
  try {
    now = resolveNow(options.env);
  } catch (error) {
    if (error instanceof NowError) return { exitCode: 2, lines: [`${p.error('✗')} ${error.message}`], diagnostics: [] };
    throw error;
  }
  const started = performance.now();
  const checked = loadCheckedContent(resolveContentRoots(options.projectRoot, options.env), now);
  const ms = Math.round(performance.now() - started);
  const { current, history } = splitHistoryGaps(checked.diagnostics);
  const diagnostics = withHistory ? checked.diagnostics : current;
  const { errors, warnings, files: withProblems } = tally(diagnostics);
  const failed = errors > 0 || (strict && warnings > 0);

  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${unlistedHistoryGaps(withHistory ? 0 : history.length)}`;
  const scope = `${plural(checked.files, 'content file')} checked for ${now.toISOString()} in ${ms} ms`;
  let verdict: string;
  if (failed) {
    const why = errors === 0 ? ' (--strict fails on warnings)' : '';
    verdict = `${p.error('✗')} check failed${why}: ${counts} in ${plural(withProblems, 'file')}; ${scope}`;
  } else {
    verdict = `${p.ok('✓')} content is valid: ${counts}; ${scope}`;
  }
  return { exitCode: failed ? 1 : 0, lines: [...formatDiagnostics(diagnostics, options.colour), verdict], diagnostics };
}
