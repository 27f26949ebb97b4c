import type { LineStatus } from '../schemas/line';
import type { SiteConfig } from '../schemas/site';

const LABELS: Record<LineStatus, string> = {
  current: 'Current',
  'active-lts': 'Active LTS',
  maintenance: 'Maintenance LTS',
  'end-of-life': 'End-of-life',
};

/** A line status as the project names it (`lineStatusLabels` in site.yaml), or in Node.js's terms. */
export function lineStatusLabel(status: LineStatus, site: Pick<SiteConfig, 'lineStatusLabels'>): string {
  return site.lineStatusLabels[status] ?? LABELS[status];
}
