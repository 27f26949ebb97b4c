import type { InitiativeStatusValue } from '../schemas/report.ts';

const LABELS: Record<InitiativeStatusValue, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

/** An initiative's status as readers see it: "In progress" for `in-progress`. */
export function initiativeStatusLabel(status: InitiativeStatusValue): string {
  return LABELS[status];
}
