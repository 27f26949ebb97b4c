import { compareEntryIds } from './nodejs-entry.ts';
import type { ImportPlan, Outcome } from './plan-import.ts';

function list(ids: string[]): string {
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length})` : ids.join(', ');
}

/**
 * The import's summary for the terminal: counts first, then every merged and skipped entry with its reason, then
 * what to review, grouped so that one kind of gap in the data reads as one line.
 */
export function importReport(plan: ImportPlan, written: { created: number; updated: number }, outDir: string): string[] {
  const of = (kind: Outcome['kind']) => plan.outcomes.filter((outcome) => outcome.kind === kind);
  const imported = of('imported');
  const merged = of('merged');
  const unchanged = of('unchanged');
  const skipped = of('skipped');
  const out: string[] = [];
  out.push(
    `  imported ${imported.length}, merged ${merged.length}, unchanged ${unchanged.length}, skipped ${skipped.length} of ${plan.outcomes.length} entries`,
  );
  out.push(
    `  wrote ${written.created} new and ${written.updated} updated file(s) in ${outDir}/: ${plan.releases.length} release(s), ${plan.lines.length} line(s)${plan.lines.length ? ` (${plan.lines.join(', ')})` : ''}`,
  );
  for (const outcome of merged)
    if (outcome.kind === 'merged') out.push(`  merged  ${outcome.entry} → ${outcome.advisory}: ${outcome.reason}`);
  for (const outcome of skipped) if (outcome.kind === 'skipped') out.push(`  skipped ${outcome.entry}: ${outcome.reason}`);

  const estimated = plan.releases.filter((release) => release.estimated);
  if (estimated.length) {
    out.push(
      `  estimated release dates (the database records no day; fix by hand): ${estimated.map((release) => `${release.id} (entries ${list(release.entries)})`).join('; ')}`,
    );
  }
  const byNote = new Map<string, string[]>();
  // Notes concern what this run wrote; a second run over the same folder stays quiet.
  const fresh = new Set([...imported, ...merged].map((outcome) => outcome.entry));
  for (const [entry, notes] of [...plan.notes].filter(([entry]) => fresh.has(entry))) {
    for (const text of notes) {
      // Group notes that differ only in the advisory id they name.
      const kind = text.replace(/nodejs-sec-\d+|CVE-\d{4}-\d+/g, '…');
      byNote.set(kind, [...(byNote.get(kind) ?? []), entry]);
    }
  }
  if (byNote.size) out.push('  to review:');
  for (const [text, entries] of [...byNote].sort(([, a], [, b]) => b.length - a.length)) {
    out.push(`    ${text}: entries ${list(entries.sort(compareEntryIds))}`);
  }
  for (const text of plan.general) out.push(`    ${text}`);
  return out;
}
