/** "14.x", "14.x and 12.x", "14.x and 17 older lines": a long history shortened to the line a reader is most likely on. */
export function endedLinesPhrase(lines: readonly string[]): string {
  const [newest, second] = lines;
  if (newest === undefined) return '';
  if (second === undefined) return newest;
  if (lines.length === 2) return `${newest} and ${second}`;
  return `${newest} and ${lines.length - 1} older lines`;
}
