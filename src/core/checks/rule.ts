import type { Diagnostic, DiagnosticLevel, FieldPath } from '../content/diagnostic.ts';
import { formatFieldPath } from '../content/diagnostic.ts';
import type { CollectionName, Entry, PartialContentSet, SourceFile } from '../content/entry.ts';

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
  let broken = brokenBySources.get(content.sources);
  if (!broken) {
    broken = new Set(content.sources.filter((source) => !source.valid).map((source) => `${source.collection}/${source.id}`));
    brokenBySources.set(content.sources, broken);
  }
  return broken.has(`${collection}/${id}`);
}

// Rules ask once per reference; the sources of one content set are read into a set once.
const brokenBySources = new WeakMap<readonly SourceFile[], Set<string>>();

/** Midnight UTC at the start of a YYYY-MM-DD date. */
export const startOfDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
