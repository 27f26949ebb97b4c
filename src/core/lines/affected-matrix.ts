import type { AdvisoryView } from '../model/types.ts';
import type { AdvisorySeverity } from '../severity/severity.ts';
import { compareVersions, previousPatch } from '../versions/version.ts';
import { countsForVersions, type LineAdvisory } from './line-advisories.ts';

/**
 * One column of the matrix: a span of versions of the line that share the same set of open advisories. Every
 * fixing version, and every version that introduced a flaw, starts a span; the oldest span holds everything before.
 */
export interface VersionSpan {
  /** The version named in the column header: the version that opens the span, or the last one before the oldest. */
  version: string | undefined;
  /** The span in words, e.g. "20.3.1 or later", "18.16.0 or earlier", "before 20.4.0", "all versions". */
  label: string;
  /** The fixing or introducing version that opens the span; undefined for the oldest span. */
  from: string | undefined;
}

/** `unaffected`: the span is older than the version that introduced the flaw on this line. */
export type CellState = 'affected' | 'fixed' | 'unaffected';

export interface MatrixCell {
  span: VersionSpan;
  state: CellState;
}

export interface MatrixRow {
  advisory: AdvisoryView;
  severity: AdvisorySeverity;
  /** The line's fixed version; undefined when the line got no fix. */
  fixedVersion: string | undefined;
  cells: MatrixCell[];
}

/** Which versions of one line each advisory affects, newest span first, as curl's vulnerability table shows it. */
export interface AffectedMatrix {
  spans: VersionSpan[];
  rows: MatrixRow[];
}

/** Spans from the versions that open them, newest first. */
function spansOf(boundaries: string[]): VersionSpan[] {
  if (boundaries.length === 0) return [{ version: undefined, label: 'all versions', from: undefined }];
  const spans: VersionSpan[] = boundaries.map((version, index) => {
    const newer = boundaries[index - 1];
    if (!newer) return { version, label: `${version} or later`, from: version };
    const lastInSpan = previousPatch(newer);
    if (lastInSpan === version) return { version, label: version, from: version };
    return { version, label: lastInSpan ? `${version} to ${lastInSpan}` : `${version} up to ${newer}`, from: version };
  });
  const oldest = boundaries.at(-1) as string;
  const beforeOldest = previousPatch(oldest);
  spans.push({
    version: beforeOldest,
    label: beforeOldest ? `${beforeOldest} or earlier` : `before ${oldest}`,
    from: undefined,
  });
  return spans;
}

function stateOf(item: LineAdvisory, span: VersionSpan): CellState {
  if (item.introduced && (!span.from || compareVersions(span.from, item.introduced) < 0)) return 'unaffected';
  return item.fixedVersion && span.from && compareVersions(span.from, item.fixedVersion) >= 0 ? 'fixed' : 'affected';
}

/**
 * A version span is affected by an advisory from the version that introduced the flaw (the line's start when none
 * is given) until the advisory's fix. An advisory without a fix on the line affects every span from there on.
 * Withdrawn advisories are left out: they were never vulnerabilities.
 */
export function affectedMatrix(items: readonly LineAdvisory[]): AffectedMatrix {
  const counted = items.filter(countsForVersions);
  const opening = counted.flatMap((item) => [item.fixedVersion, item.introduced].filter((version) => version !== undefined));
  const spans = spansOf([...new Set(opening)].sort((a, b) => compareVersions(b, a)));
  const rows = counted.map((item) => ({
    advisory: item.advisory,
    severity: item.advisory.severity,
    fixedVersion: item.fixedVersion,
    cells: spans.map((span) => ({ span, state: stateOf(item, span) })),
  }));
  return { spans, rows };
}

/** The span a version of the line falls in: the newest span whose fixing version it has reached. */
export function spanOf(matrix: AffectedMatrix, version: string): number {
  const index = matrix.spans.findIndex((span) => span.from !== undefined && compareVersions(version, span.from) >= 0);
  return index >= 0 ? index : matrix.spans.length - 1;
}

/** The advisories that still affect a version of the line: the question "is my version affected?". */
export function advisoriesAffecting(matrix: AffectedMatrix, version: string): AdvisoryView[] {
  const index = spanOf(matrix, version);
  return matrix.rows.filter((row) => row.cells[index]?.state === 'affected').map((row) => row.advisory);
}
