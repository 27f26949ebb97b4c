import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MDX_SIGNIFICANT } from './mdx-significant';

export interface MdxSyntaxError {
  /** 1-based line within the body. */
  line: number | undefined;
  reason: string;
}

const syntax = [mdxjs({ addResult: false })];
const tree = [mdxFromMarkdown()];

interface ParserMessage {
  reason?: string;
  message?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

function hintFor(reason: string): string {
  if (/closing tag/i.test(reason)) return '; close every tag, and write void elements as <br />';
  if (/before name/i.test(reason) && reason.includes('!')) return '';
  if (/expression|brace/i.test(reason)) return '; write a literal { or } as \\{ or \\}';
  if (/before name/i.test(reason)) return '; write a literal < as \\< or &lt;';
  return '';
}

/**
 * Parses a body as Astro's MDX integration will, without Astro, and returns the first syntax error if any. Bodies
 * without MDX syntax cannot hold an MDX syntax error, and skipping the parser for them keeps a check of thousands of
 * files fast.
 */
export function findMdxSyntaxError(body: string): MdxSyntaxError | undefined {
  if (!MDX_SIGNIFICANT.test(body)) return undefined;
  try {
    fromMarkdown(body, { extensions: syntax, mdastExtensions: tree });
    return undefined;
  } catch (error) {
    const problem = error as ParserMessage;
    const raw = problem.reason ?? problem.message ?? String(error);
    const position = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(raw);
    const reason = position ? raw.slice(0, position.index) : raw;
    const line = problem.line ?? problem.place?.line ?? problem.place?.start?.line ?? (position ? Number(position[1]) : undefined);
    return { line, reason: `${reason}${hintFor(reason)}` };
  }
}
