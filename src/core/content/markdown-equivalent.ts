import { MDX_SIGNIFICANT } from './mdx-significant.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INDENTED = /^(?: {4}|\t)\S/;

/**
 * Whether an MDX body means exactly what the same text means as Markdown. MDX differs from Markdown only through
 * `<`, braces, import/export lines, and indented code, which it does not have: outside fenced code, a line
 * indented four spaces is a code block in Markdown but a paragraph in MDX. Such bodies can be rendered once by the
 * Markdown processor and kept with the content, instead of being compiled into a module on every build.
 */
export function readsTheSameAsMarkdown(body: string): boolean {
  if (MDX_SIGNIFICANT.test(body)) return false;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.slice(line.indexOf(marker) + marker.length).trim()) {
        fence = undefined;
      }
      continue;
    }
    if (marker) fence = marker;
    else if (INDENTED.test(line)) return false;
  }
  return true;
}
