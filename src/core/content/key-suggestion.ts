/** Edit distance between two short keys, for "did you mean" hints; small keys make the quadratic cost irrelevant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known key an unknown one was most likely meant to be, if any is close enough to be a typo. */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  let best: { key: string; cost: number } | undefined;
  for (const key of known) {
    const cost = distance(lower, key.toLowerCase());
    if (!best || cost < best.cost) best = { key, cost };
  }
  if (!best) return undefined;
  return best.cost <= Math.max(1, Math.floor(best.key.length / 3)) ? best.key : undefined;
}
