import type { LineStatus } from '../schemas/line.ts';
import type { SiteConfig } from '../schemas/site.ts';

const LABELS: Record<LineStatus, string> = {
  current: 'Current',
  'active-lts': 'Active LTS',
  maintenance: 'Maintenance LTS',
  'end-of-life': 'End-of-life',
};

/**
 * A line status as the project names it (`lineStatusLabels` in site.yaml), or else in Node.js's terms: the short
 * ones of tables by default, or the caller's (a card spells them out).
 */
export function lineStatusLabel(
  status: LineStatus,
  site: Pick<SiteConfig, 'lineStatusLabels'>,
  defaults: Record<LineStatus, string> = LABELS,
): string {
  return site.lineStatusLabels[status] ?? defaults[status];
}
