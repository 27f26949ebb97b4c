import type { Diagnostic } from '../content/diagnostic.ts';

export interface Paint {
  error: (text: string) => string;
  warning: (text: string) => string;
  ok: (text: string) => string;
  file: (text: string) => string;
  dim: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Paint = { error: ansi(31, 39), warning: ansi(33, 39), ok: ansi(32, 39), file: ansi(1, 22), dim: ansi(2, 22) };
const PLAIN: Paint = { error: String, warning: String, ok: String, file: String, dim: String };

export const paint = (colour: boolean): Paint => (colour ? COLOURS : PLAIN);

/** Colour only for a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function wantsColour(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true;
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1);
}

/**
 * Every problem, grouped under its file, files in path order and problems in line order:
 *
 *   content/releases/2023-06-20.mdx
 *     error    line 7: lines[1].version: expected a 18.x version, found 20.3.1
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], colour: boolean): string[] {
  const p = paint(colour);
  const out: string[] = [];
  const byFile = Map.groupBy(diagnostics, (diagnostic) => diagnostic.file);
  for (const file of [...byFile.keys()].sort((a, b) => a.localeCompare(b))) {
    out.push(p.file(file));
    for (const diagnostic of [...(byFile.get(file) ?? [])].sort(compare)) {
      const level = diagnostic.level === 'error' ? p.error('error  ') : p.warning('warning');
      const line = diagnostic.line ? `${p.dim(`line ${diagnostic.line}`)}: ` : '';
      const field = diagnostic.field ? `${diagnostic.field}: ` : '';
      out.push(`  ${level}  ${line}${field}${diagnostic.message}`);
    }
    out.push('');
  }
  return out;
}

export interface Tally {
  errors: number;
  warnings: number;
  /** Files with at least one problem. */
  files: number;
}

export function tally(diagnostics: readonly Diagnostic[]): Tally {
  const errors = diagnostics.filter((diagnostic) => diagnostic.level === 'error').length;
  return { errors, warnings: diagnostics.length - errors, files: new Set(diagnostics.map((diagnostic) => diagnostic.file)).size };
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
