export type DiagnosticLevel = 'error' | 'warning';

export interface Diagnostic {
  level: DiagnosticLevel;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Dotted field path such as `lines[1].version`; absent when the problem is the file itself. */
  field?: string;
  line?: number;
  message: string;
  /**
   * A warning about what a database imported from never recorded (see src/core/checks/imported-history.ts): counted,
   * and listed only by `npm run check -- --history`.
   */
  history?: boolean;
}

export type FieldPath = readonly PropertyKey[];

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
  const field = diagnostic.field ? ` ${diagnostic.field}:` : '';
  return `${diagnostic.level} ${where}${field} ${diagnostic.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.level === 'error');
}
