export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Advisories imported from older databases may never have been rated. They say so rather than borrow a rating, sort
 * below every rated one, and stay out of severity counts.
 */
export const UNRATED = 'unknown' as const;
export type AdvisorySeverity = Severity | typeof UNRATED;
export const ADVISORY_SEVERITIES = [...SEVERITIES, UNRATED] as const;

export function isRated(severity: AdvisorySeverity): severity is Severity {
  return severity !== UNRATED;
}

const RANK: Record<AdvisorySeverity, number> = { unknown: -1, low: 0, medium: 1, high: 2, critical: 3 };

export function compareSeverityDescending(a: AdvisorySeverity, b: AdvisorySeverity): number {
  return RANK[b] - RANK[a];
}

export function highestSeverity(severities: Iterable<Severity>): Severity | undefined {
  let highest: Severity | undefined;
  for (const severity of severities) {
    if (highest === undefined || RANK[severity] > RANK[highest]) highest = severity;
  }
  return highest;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(severities: Iterable<Severity>): SeverityCounts {
  const counts: SeverityCounts = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const severity of severities) counts[severity] += 1;
  return counts;
}

/** Qualitative rating bands shared by CVSS 3.x and 4.0. A score of 0 is "none", which no advisory may carry. */
export function severityForScore(score: number): Severity | 'none' {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
