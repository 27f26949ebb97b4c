import type { AdvisoryView } from '../model/types';
import type { AdvisorySeverity } from '../severity/severity';
import { compareVersions, previousPatch } from '../versions/version';
import { countsForVersions, type LineAdvisory } from './line-advisories';

/**
 * One column of the matrix: a span of versions of the line that share the same set of open advisories. Every
 * fixing version starts a span; the oldest span holds everything before the first fix.
 */
export interface VersionSpan {
  /** The version named in the column header: a fixing version, or the last version before the oldest fix. */
  version: string | undefined;
  /** The span in words, e.g. "20.3.1 or later", "18.16.0 or earlier", "before 20.4.0", "all versions". */
  label: string;
  /** Fixing version that opens the span; undefined for the span before any fix. */
  from: string | undefined;
}

export type CellState = 'affected' | 'fixed';

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

function spansOf(fixingVersions: string[]): VersionSpan[] {
  if (fixingVersions.length === 0) return [{ version: undefined, label: 'all versions', from: undefined }];
  const spans: VersionSpan[] = fixingVersions.map((version, index) => {
    const newer = fixingVersions[index - 1];
    if (!newer) return { version, label: `${version} or later`, from: version };
    const lastInSpan = previousPatch(newer);
    return { version, label: lastInSpan ? `${version} to ${lastInSpan}` : `${version} up to ${newer}`, from: version };
  });
  const oldestFix = fixingVersions.at(-1) as string;
  const beforeFirstFix = previousPatch(oldestFix);
  spans.push({
    version: beforeFirstFix,
    label: beforeFirstFix ? `${beforeFirstFix} or earlier` : `before ${oldestFix}`,
    from: undefined,
  });
  return spans;
}

/**
 * A version span is still affected by an advisory unless the span starts at or after the advisory's fix. An
 * advisory without a fix on the line affects every span. Withdrawn advisories are left out: they were never
 * vulnerabilities.
 */
export function affectedMatrix(items: readonly LineAdvisory[]): AffectedMatrix {
  const counted = items.filter(countsForVersions);
  const fixingVersions = [...new Set(counted.flatMap((item) => (item.fixedVersion ? [item.fixedVersion] : [])))].sort((a, b) =>
    compareVersions(b, a),
  );
  const spans = spansOf(fixingVersions);
  const rows = counted.map((item) => ({
    advisory: item.advisory,
    severity: item.advisory.severity,
    fixedVersion: item.fixedVersion,
    cells: spans.map((span) => ({
      span,
      state: (item.fixedVersion && span.from && compareVersions(span.from, item.fixedVersion) >= 0 ? 'fixed' : 'affected') as CellState,
    })),
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
