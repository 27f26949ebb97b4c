import type { Diagnostic, DiagnosticLevel, FieldPath } from '../content/diagnostic';
import { formatFieldPath } from '../content/diagnostic';
import type { CollectionName, Entry, PartialContentSet } from '../content/entry';

export interface RuleContext {
  /** What loaded; files that failed their schema are absent from the collections but listed in `sources`. */
  content: PartialContentSet;
  now: Date;
}

export type Rule = (context: RuleContext) => Diagnostic[];

/** A problem on one line of an entry's body: `index` counts lines from the body's first. */
export function bodyProblem(level: DiagnosticLevel, entry: Entry<unknown>, index: number, message: string): Diagnostic {
  const line = entry.bodyLine === undefined ? undefined : entry.bodyLine + index;
  return { level, file: entry.file, field: 'body', ...(line ? { line } : {}), message };
}

export function problem(level: DiagnosticLevel, entry: Entry<unknown>, path: FieldPath, message: string): Diagnostic {
  const line = entry.locate(path);
  const field = formatFieldPath(path);
  return { level, file: entry.file, ...(field ? { field } : {}), ...(line ? { line } : {}), message };
}

/**
 * Whether a file with this id exists but failed to load. A reference to it is not reported as dangling: the file's
 * own error already says what is wrong, and a second message would only mislead.
 */
export function isBroken(content: PartialContentSet, collection: CollectionName, id: string): boolean {
  return content.sources.some((source) => source.collection === collection && source.id === id && !source.valid);
}

/** Midnight UTC at the start of a YYYY-MM-DD date. */
export const startOfDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
