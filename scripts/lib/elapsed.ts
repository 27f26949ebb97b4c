/** Time between two `performance.now()` readings, as the build's messages show it: "2.4 s". */
export function seconds(from: number, to = performance.now()): string {
  return `${((to - from) / 1000).toFixed(1)} s`;
}
