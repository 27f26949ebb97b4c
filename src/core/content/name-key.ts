/**
 * How names written by hand are compared: "Fixes completed" and " fixes  completed" are one figure, and a talk's
 * title is one talk whatever the spacing or case it was typed with at each venue.
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
