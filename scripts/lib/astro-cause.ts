const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * The one line that says why an Astro build stopped, picked from its output: Astro prints the cause on an
 * `[ERROR]` line (or an `error` line in older formats) followed by hints and a stack trace that bury it.
 */
export function astroFailureCause(output: string): string | undefined {
  const lines = output
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^\d{2}:\d{2}:\d{2}\s+/, ''));
  const errorLine = lines.find((line) => /^(\[ERROR\]|error\b|✘)/i.test(line));
  const picked = errorLine ?? lines.findLast((line) => /(Error|error):\s/.test(line) && !line.startsWith('at ')) ?? undefined;
  if (!picked) return undefined;
  const cause = picked
    .replace(/^\[ERROR\]\s*(?:\[[\w:@/.-]+\]\s*)?/, '')
    .replace(/^error\s+/i, '')
    .replace(/^✘\s*/, '')
    .trim();
  return cause.length > 300 ? `${cause.slice(0, 297)}...` : cause || undefined;
}
