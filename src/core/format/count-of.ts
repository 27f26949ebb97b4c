/** "1 advisory", "3 advisories": a count with its noun, the plural given where adding an s would be wrong. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
