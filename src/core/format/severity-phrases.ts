import type { SeveritySummary } from '../model/types.ts';
import { type AdvisorySeverity, SEVERITIES, UNRATED } from '../severity/severity.ts';

/**
 * "High": a severity standing on its own, as badges, fact lists, tables, filters and feed items all show it. An
 * imported advisory its database never rated reads "Unrated", not "Unknown", which would sound like a secret.
 */
export function severityLabel(severity: AdvisorySeverity | 'none'): string {
  if (severity === UNRATED) return 'Unrated';
  return `${severity[0]?.toUpperCase() ?? ''}${severity.slice(1)}`;
}

/** "3 high severity issues and 7 medium severity issues", highest first. */
export function describeSeverityCounts(summary: SeveritySummary): string {
  const parts = [...SEVERITIES]
    .reverse()
    .filter((severity) => summary.counts[severity] > 0)
    .map((severity) => `${summary.counts[severity]} ${severity} severity ${summary.counts[severity] === 1 ? 'issue' : 'issues'}`);
  if (summary.unrated > 0) parts.push(`${summary.unrated} unrated ${summary.unrated === 1 ? 'issue' : 'issues'}`);
  if (parts.length === 0) return 'no known issues';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "20.x, 18.x and 16.x". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "a new version of the 20.x release line", "new versions of the 20.x and 18.x release lines". */
export function newVersionsOf(lines: readonly string[]): string {
  return lines.length === 1 ? `a new version of the ${lines[0]} release line` : `new versions of the ${joinList(lines)} release lines`;
}

/** "high severity", or "unrated" for an advisory its database never rated, as image texts and alt texts say it. */
export function severityPhrase(severity: AdvisorySeverity): string {
  return severity === UNRATED ? 'unrated' : `${severity} severity`;
}
