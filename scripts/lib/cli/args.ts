import { parseArgs } from 'node:util';
import { AuthoringError } from '../../../src/core/authoring/authoring-error.ts';

/** A command line that cannot be understood; the command prints its usage along with the reason. */
export class UsageError extends AuthoringError {}

export interface FlagSpec {
  type: 'string' | 'boolean';
}

export interface ParsedArgs {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Strict flag parsing shared by the steward commands: an unknown flag, a missing value or a stray argument is an
 * error that names it, never a silent default.
 */
export function parseCommandArgs(
  argv: string[],
  spec: Record<string, FlagSpec>,
  positionals: { min: number; max: number; name?: string },
): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: spec, strict: true, allowPositionals: positionals.max > 0, tokens: true });
  } catch (error) {
    const message = (error as Error).message;
    // Node's own wording suggests `--out=-XYZ` for `--out --verbose`; what was meant is a value that is missing.
    const valueMissing = /^Option '(--[\w-]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message);
    if (valueMissing) throw new UsageError(`${valueMissing[1]} needs a value`);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  // Given twice, the last value would win without a word: `--date 2031-03-10 … --date 2031-03-12` is a slip to name.
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once`);
    seen.add(token.name);
  }
  if (parsed.positionals.length < positionals.min) throw new UsageError(`missing ${positionals.name ?? 'argument'}`);
  if (parsed.positionals.length > positionals.max) throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}"`);
  return { flags: parsed.values as ParsedArgs['flags'], positionals: parsed.positionals };
}

export function requiredString(args: ParsedArgs, flag: string, example: string): string {
  const value = args.flags[flag];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${flag} is required, e.g. --${flag} ${example}`);
  return value.trim();
}

export function optionalString(args: ParsedArgs, flag: string): string | undefined {
  const value = args.flags[flag];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${flag} needs a value`);
  return value.trim();
}
