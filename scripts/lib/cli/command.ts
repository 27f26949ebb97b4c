import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AuthoringError } from '../../../src/core/authoring/authoring-error.ts';
import { momentFromDateOrMoment } from '../../../src/core/authoring/calendar.ts';
import { type PlannedWrite, previewChange } from '../../../src/core/authoring/preview-change.ts';
import { formatDiagnostic } from '../../../src/core/content/diagnostic.ts';
import type { ContentRoots } from '../../../src/core/content/load.ts';
import { toProjectPath } from '../../../src/core/content/project-path.ts';
import { resolveContentRoots } from '../../../src/core/content/roots.ts';
import { formatMoment, isCalendarDate } from '../../../src/core/format/dates.ts';
import { clockOrLater, NowError, resolveNow } from '../../../src/core/lifecycle/now.ts';
import { PROJECT_ROOT } from '../project.ts';
import { UsageError } from './args.ts';

export interface CommandContext {
  roots: ContentRoots;
  /** BULLETIN_NOW when set, else the clock: the default moment of what a command records. */
  now: Date;
  warn: (message: string) => void;
  info: (message: string) => void;
  /** Where a file sits, relative to the project root, as the commands print it. */
  display: (absolutePath: string) => string;
}

/**
 * Why the content folders cannot be written to, if so: a mistyped folder would otherwise be created by the first
 * command that writes to it, and embargoed work would go where no build looks.
 */
export function missingContentFolder(roots: ContentRoots, env: Record<string, string | undefined> = process.env): string | undefined {
  if (!existsSync(roots.content)) {
    return env.BULLETIN_CONTENT_DIR?.trim()
      ? `BULLETIN_CONTENT_DIR names ${roots.content}, which does not exist; check the spelling, or create the folder to start one`
      : `the content folder ${roots.content} does not exist; run the command from the project, or set BULLETIN_CONTENT_DIR`;
  }
  if (roots.privateContent && !existsSync(roots.privateContent)) {
    return `BULLETIN_PRIVATE_DIR names ${roots.privateContent}, which does not exist; check the spelling, or create the folder to start one`;
  }
  return undefined;
}

export function contextFromEnvironment(): CommandContext {
  let now: Date;
  try {
    now = resolveNow();
  } catch (error) {
    if (error instanceof NowError) throw new AuthoringError(error.message);
    throw error;
  }
  const roots = resolveContentRoots(PROJECT_ROOT);
  const missing = missingContentFolder(roots);
  if (missing) throw new AuthoringError(missing);
  return {
    roots,
    now,
    warn: (message) => console.error(`! warning: ${message}`),
    info: (message) => console.log(message),
    display: (absolutePath) => toProjectPath(PROJECT_ROOT, absolutePath),
  };
}

/**
 * The moment by which anything scheduled counts as out: the later of the command's moment and the clock. A
 * BULLETIN_NOW or --at in the past must never take back, move or reopen a release that is out.
 */
export function outByMoment(context: CommandContext): Date {
  return clockOrLater(context.now);
}

/** Warns of an --at given more than an hour in the past, saying what it dates before anyone could see it. */
export function warnIfBackdated(context: CommandContext, given: unknown, at: string, consequence: string): void {
  if (typeof given === 'string' && isBackdated(at, context.now)) context.warn(`--at ${at} has passed: ${consequence}`);
}

/**
 * The moment a flag gives, or now. A date alone means midnight UTC, unless `needsTime` says why that would be wrong
 * (a release published at midnight goes out hours before its binaries).
 */
export function momentFlag(flag: string, value: string | undefined, now: Date, needsTime?: string): string {
  if (value === undefined) return formatMoment(now);
  if (needsTime && isCalendarDate(value)) {
    throw new AuthoringError(`--${flag}: "${value}" is a date without a time; ${needsTime}, e.g. ${value}T20:00:00Z`);
  }
  const moment = momentFromDateOrMoment(value);
  if (!moment) throw new AuthoringError(`--${flag}: "${value}" is not a moment; expected an ISO time such as 2031-03-10T20:00:00Z`);
  return moment;
}

/** An --at this far before now dates a step in the past; less is the time it took to type the command. */
const BACKDATED_MS = 60 * 60 * 1000;

/** Whether a moment given with --at lies in the past, so that feeds would date the step before anyone could see it. */
function isBackdated(at: string, now: Date): boolean {
  return Date.parse(at) < now.getTime() - BACKDATED_MS;
}

/**
 * Checks the planned writes against all content first and writes only when they introduce no error. Each file is
 * written to a temporary name and renamed into place, so an interrupted command never leaves half a file.
 */
export function validateAndWrite(
  context: CommandContext,
  writes: PlannedWrite[],
  options: { quietFields?: string[]; existingErrorsStop?: string } = {},
): void {
  const preview = previewChange(context.roots, writes, context.now);
  if (preview.remainingErrors.length > 0 && options.existingErrorsStop) {
    throw new AuthoringError(
      `the content has ${preview.remainingErrors.length} error(s), and ${options.existingErrorsStop}; fix them first, so nothing was written:`,
      preview.remainingErrors.map((diagnostic) => formatDiagnostic(diagnostic)),
    );
  }
  if (preview.existingErrors.length > 0) {
    context.warn(`the content already has ${preview.existingErrors.length} error(s) unrelated to this change; run npm run check`);
  }
  if (preview.errors.length > 0) {
    // A file the command would create exists nowhere yet: its fields are the flags, which is what to correct.
    const created = new Set(writes.filter((write) => !existsSync(write.absolutePath)).map((write) => context.display(write.absolutePath)));
    const fromFlags = preview.errors.some((diagnostic) => created.has(diagnostic.file));
    throw new AuthoringError(
      fromFlags
        ? 'the file it would write does not pass the checks, so nothing was written; its fields come from the flags given:'
        : 'the change would break the content, so nothing was written:',
      preview.errors.map((diagnostic) => formatDiagnostic(diagnostic)),
    );
  }
  for (const warning of preview.warnings) {
    if (warning.field && options.quietFields?.includes(warning.field)) continue;
    context.warn(formatDiagnostic(warning).replace(/^warning /, ''));
  }
  for (const write of writes) placeFile(write.absolutePath, (temporary) => writeFileSync(temporary, write.text));
}

/**
 * Puts a file in place whole: `fill` writes it under a temporary name beside the target, which is then renamed over
 * it, so an interrupted command never leaves half a file.
 */
export function placeFile(target: string, fill: (temporary: string) => void): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${process.pid}.bulletin-write`);
  try {
    fill(temporary);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Runs a command body: a refusal prints its reason and exits 1 with nothing written. */
export function runCommand(name: string, usage: string, body: (context: CommandContext) => void): void {
  try {
    body(contextFromEnvironment());
  } catch (error) {
    if (!(error instanceof AuthoringError)) throw error;
    console.error(`✗ ${name}: ${error.message}`);
    for (const detail of error.details) console.error(`  ${detail}`);
    if (error instanceof UsageError) console.error(`  usage: ${usage}`);
    process.exitCode = 1;
  }
}
