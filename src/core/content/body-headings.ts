/**
 * Where a collection's bodies sit on their page: an advisory's body under the page's "Details" heading and a report's
 * under "The report" (both h2), so their own headings start at h3; a release's body follows the page title, so its
 * headings start at h2. Authors write `##` for a body's sections whatever the page does with them.
 */
export const BODY_TOP_HEADING: Readonly<Record<string, number>> = { advisories: 3, reports: 3, releases: 2 };

interface HastNode {
  type: string;
  tagName?: string;
  children?: HastNode[];
}

const HEADING = /^h([1-6])$/;

function headingsIn(node: HastNode, found: HastNode[] = []): HastNode[] {
  if (node.type === 'element' && node.tagName && HEADING.test(node.tagName)) found.push(node);
  for (const child of node.children ?? []) headingsIn(child, found);
  return found;
}

const levelOf = (heading: HastNode) => Number(HEADING.exec(heading.tagName ?? '')?.[1]);

/** The collection a content file belongs to: the folder it sits in (`content/advisories/CVE-….mdx`). */
function collectionOf(path: string | undefined): string | undefined {
  return path?.split(/[\\/]/).at(-2);
}

/**
 * Moves a body's headings so that its top level is the one its page expects, keeping their order and gaps: a body
 * written with `##` under an h2 section would otherwise put its sections beside that section instead of inside it.
 * Moving again changes nothing, so the plugin may run in both the Markdown and the MDX pipeline.
 */
export function nestBodyHeadings(tree: HastNode, path: string | undefined): void {
  const top = BODY_TOP_HEADING[collectionOf(path) ?? ''];
  if (top === undefined) return;
  const headings = headingsIn(tree);
  if (headings.length === 0) return;
  const shift = top - Math.min(...headings.map(levelOf));
  if (shift === 0) return;
  for (const heading of headings) heading.tagName = `h${Math.min(6, levelOf(heading) + shift)}`;
}

/** The rehype plugin around nestBodyHeadings; the file's path says which collection the body is from. */
export function rehypeNestBodyHeadings() {
  return (tree: HastNode, file: { path?: string }) => nestBodyHeadings(tree, file.path);
}
