const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * The one line that says why an Astro build stopped, picked from its output: Astro prints the cause on an
 * `[ERROR]` line (or an `error` line in older formats) followed by hints and a stack trace that bury it.
 */
export function astroFailureCause(output: string): string | undefined {
  const raw = output.replace(ANSI, '').split(/\r?\n/);
  const lines = raw.map((line) => line.trim().replace(/^\d{2}:\d{2}:\d{2}\s+/, ''));
  const at = lines.findIndex((line) => /^(\[ERROR\]|error\b|✘)/i.test(line));
  // "✗ Build failed in 1.2s" only says that it failed; the reason is on the next line.
  const generic = at >= 0 && /Build failed in [\d.]+m?s$/.test(lines[at] ?? '');
  const errorLine = generic ? lines.slice(at + 1).find((line) => line !== '') : lines[at];
  // An error thrown while Astro collects a route's paths is printed bare: its message on a line of its own, then an
  // indented "Hint:", "Location:" or "Stack trace:" block. The last such message is the one that stopped the build.
  const opening = raw.findLastIndex(
    (line, index) => /^\s+(Hint|Location|Stack trace):$/.test(line) && index > 0 && !/^\s/.test(raw[index - 1] ?? ''),
  );
  const hinted = opening > 0 ? lines[opening - 1] || undefined : undefined;
  const picked = errorLine ?? hinted ?? lines.findLast((line) => /(Error|error):\s/.test(line) && !line.startsWith('at '));
  if (!picked) return undefined;
  const cause = picked
    .replace(/^\[ERROR\]\s*(?:\[[\w:@/.-]+\]\s*)?/, '')
    .replace(/^error\s+/i, '')
    .replace(/^✘\s*/, '')
    .replace(/^\[vite\]:\s*/, '')
    .trim();
  return cause.length > 300 ? `${cause.slice(0, 297)}...` : cause || undefined;
}
