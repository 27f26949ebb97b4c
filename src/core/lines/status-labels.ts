import type { LineStatus } from '../schemas/line';

const LABELS: Record<LineStatus, string> = {
  current: 'Current',
  'active-lts': 'Active LTS',
  maintenance: 'Maintenance LTS',
  'end-of-life': 'End-of-life',
};

export function lineStatusLabel(status: LineStatus): string {
  return LABELS[status];
}
