import type { Diagnostic, DiagnosticLevel, FieldPath } from '../content/diagnostic';
import { formatFieldPath } from '../content/diagnostic';
import type { ContentSet, Entry } from '../content/entry';

export interface RuleContext {
  content: ContentSet;
  now: Date;
}

export type Rule = (context: RuleContext) => Diagnostic[];

export function problem(level: DiagnosticLevel, entry: Entry<unknown>, path: FieldPath, message: string): Diagnostic {
  const line = entry.locate(path);
  const field = formatFieldPath(path);
  return { level, file: entry.file, ...(field ? { field } : {}), ...(line ? { line } : {}), message };
}
