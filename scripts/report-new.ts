import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  defaultPublished,
  parsePublished,
  parseReportMonth,
  ReportScaffoldError,
  reportPath,
  scaffoldCutoff,
  scaffoldReport,
} from '../src/core/authoring/report-scaffold.ts';
import { formatDiagnostic } from '../src/core/content/diagnostic.ts';
import { validate } from '../src/core/content/load.ts';
import { resolveContentRoots } from '../src/core/content/roots.ts';
import { parseEntryFile } from '../src/core/content/source-file.ts';
import { countOf } from '../src/core/format/count-of.ts';
import { formatMonth, previousMonthOf } from '../src/core/format/dates.ts';
import { clockOrLater, NowError, publicWriteMoment, resolveNow } from '../src/core/lifecycle/now.ts';
import { loadCheckedContent } from '../src/core/load-site.ts';
import { buildSiteModel } from '../src/core/model/build-site-model.ts';
import { ReportSchema } from '../src/core/schemas/report.ts';
import { missingContentFolder } from './lib/cli/command.ts';
import { PROJECT_ROOT } from './lib/project.ts';

/** npm run report:new -- --month 2023-07 [--published 2023-08-10]: writes the next report, ready to fill in. */
function fail(message: string): never {
  console.error(`✗ report:new: ${message}`);
  console.error('  nothing was written.');
  process.exit(1);
}

function run(): void {
  let values: { month?: string | undefined; published?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { month: { type: 'string' }, published: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new ReportScaffoldError(`${(error as Error).message}; usage: npm run report:new -- --month YYYY-MM [--published YYYY-MM-DD]`);
  }
  const now = resolveNow();
  const month = parseReportMonth(values.month, now);
  // A shell left at an earlier BULLETIN_NOW must not date the report in the past.
  const today = clockOrLater(now).toISOString().slice(0, 10);
  const published = parsePublished(values.published ?? defaultPublished(month, today), month, today);
  const roots = resolveContentRoots(PROJECT_ROOT);
  const missing = missingContentFolder(roots);
  if (missing) throw new ReportScaffoldError(missing);
  const target = join(roots.content, reportPath(month));
  const shown = (path: string) => relative(PROJECT_ROOT, path).split('\\').join('/');
  for (const existing of [target, target.replace(/\.mdx$/, '.md')]) {
    if (existsSync(existing)) throw new ReportScaffoldError(`${shown(existing)} already exists; edit it, or move it away to start again`);
  }

  const { content, diagnostics } = loadCheckedContent(roots, now);
  if (!content) {
    for (const diagnostic of diagnostics.filter((item) => item.level === 'error')) console.error(`  ${formatDiagnostic(diagnostic)}`);
    throw new ReportScaffoldError('the content has errors (above); fix them first, since the report is built from it');
  }
  // The report lists the month's advisories in a file of the public folder: only those released by the clock.
  const cutoff = scaffoldCutoff(month, now);
  const listedBy = scaffoldCutoff(month, publicWriteMoment(now));
  const model = buildSiteModel(content, listedBy);
  const scaffold = scaffoldReport({
    month,
    published,
    model,
    reports: content.reports,
    initiatives: content.initiatives.map((entry) => entry.data),
  });

  // The file must pass the same checks as any report, or the next build would stop on it.
  const file = shown(target);
  const parsed = parseEntryFile(file, new TextEncoder().encode(scaffold.text));
  const problems = 'level' in parsed ? [parsed] : 'diagnostics' in validate(ReportSchema, parsed, file) ? ['invalid'] : [];
  if (problems.length > 0) throw new Error(`the scaffold for ${month} does not pass the report schema; please report this`);

  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, scaffold.text, { flag: 'wx' });

  const releases = countOf(scaffold.releases.length, 'release');
  console.log(`report:new: ${formatMonth(month)}, to be published ${published}`);
  console.log(
    `  ${releases} and ${countOf(scaffold.advisoryCount, 'advisory', 'advisories')} of the month listed for reference (released by ${listedBy.toISOString()})`,
  );
  if (listedBy.getTime() < cutoff.getTime()) {
    console.log(
      `  note: BULLETIN_NOW is later than the clock; advisories are listed as released by the clock, since this file goes to the public repository now`,
    );
  }
  console.log(
    scaffold.previousMonth
      ? `  ${scaffold.initiativeCount} initiatives and ${scaffold.headingCount} headings carried over from ${scaffold.previousMonth}`
      : `  ${scaffold.initiativeCount} initiatives listed; no earlier report, so the body has the default headings`,
  );
  const monthBefore = previousMonthOf(month);
  if (scaffold.previousMonth && scaffold.previousMonth !== monthBefore) {
    console.log(
      `  note: there is no report for ${formatMonth(monthBefore)}; was it forgotten? Without it, this report's figures are compared with no month`,
    );
  }
  console.log('  fill in every null figure, the summary and the body, then run npm run check');
  console.log(file);
}

try {
  run();
} catch (error) {
  if (error instanceof ReportScaffoldError || error instanceof NowError) fail(error.message);
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail('the report was created meanwhile by something else');
  throw error;
}
