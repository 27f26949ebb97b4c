import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MDX_SIGNIFICANT } from './mdx-significant.ts';

export interface BodyLink {
  url: string;
  /** 1-based line within the body. */
  line: number;
}

const HTML_HREF = /\bhref\s*=\s*["']([^"']*)["']/g;
/** A URL written out in text, which GFM makes a link of. */
const BARE_URL = /https?:\/\/[^\s<>()"'\]]+[^\s<>()"'\].,;:!?]/g;

/**
 * Every link target a body writes: Markdown links and autolinks, reference definitions, URLs written out in text
 * (which GFM links), and `href`s of HTML and of MDX components. A body with MDX syntax is read as MDX, the others as Markdown, as the build renders them. A body
 * that does not parse gives none: its syntax error is reported on its own.
 */
export function bodyLinks(body: string, mdx: boolean): BodyLink[] {
  let tree: Nodes;
  try {
    tree =
      mdx && MDX_SIGNIFICANT.test(body)
        ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
        : fromMarkdown(body);
  } catch {
    return [];
  }
  const out: BodyLink[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') {
      out.push({ url: node.url, line });
      return;
    }
    if (node.type === 'text') {
      for (const match of node.value.matchAll(BARE_URL)) {
        out.push({ url: match[0], line: line + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0) });
      }
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_HREF)) out.push({ url: match[1] ?? '', line });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          out.push({ url: attribute.value, line });
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return out;
}
