import type { Credit } from '../schemas/advisory.ts';
import { joinList } from './severity-phrases.ts';

/** What each OSV credit role did, as readers say it. */
export const CREDIT_ROLE_LABELS: Record<Credit['role'], string> = {
  finder: 'Found by',
  reporter: 'Reported by',
  analyst: 'Analysed by',
  coordinator: 'Coordinated by',
  remediation_developer: 'Fixed by',
  remediation_reviewer: 'Fix reviewed by',
  remediation_verifier: 'Fix verified by',
  tool: 'Tool',
  sponsor: 'Sponsored by',
  other: 'Thanks to',
};

/**
 * "Reported by Jane Doe; coordinated by the Security Team": each name with what it did, in the order credited, so that
 * a coordinator is never read as the finder.
 */
export function describeCredits(credits: readonly Credit[]): string {
  const byRole = Map.groupBy(credits, (credit) => credit.role);
  return [...byRole]
    .map(([role, group], index) => {
      const label = CREDIT_ROLE_LABELS[role];
      const names = joinList(group.map((credit) => credit.name));
      return `${index === 0 ? label : label.toLowerCase()}${role === 'tool' ? ':' : ''} ${names}`;
    })
    .join('; ');
}
