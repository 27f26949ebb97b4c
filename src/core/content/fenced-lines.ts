/**
 * For each line of a body, whether Markdown reads it as fenced code, where a heading or a table is only text. A fence
 * line toggles the state before its own line is judged, as the rules have always read it.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fenced = false;
  return lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return fenced;
  });
}
