import type { AdvisoryView } from '../model/types.ts';
import { compareSeverityDescending } from '../severity/severity.ts';

/** Highest severity first; within a severity the newest first, so recent serious issues lead. */
export function compareBySeverityThenNewest(a: AdvisoryView, b: AdvisoryView): number {
  return (
    compareSeverityDescending(a.severity, b.severity) ||
    Date.parse(b.published) - Date.parse(a.published) ||
    (a.cve ?? a.id).localeCompare(b.cve ?? b.id)
  );
}

export function sortBySeverity(advisories: readonly AdvisoryView[]): AdvisoryView[] {
  return [...advisories].sort(compareBySeverityThenNewest);
}
