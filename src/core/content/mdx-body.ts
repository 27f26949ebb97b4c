import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { findUndefinedComponent } from './mdx-components.ts';
import { MDX_SIGNIFICANT } from './mdx-significant.ts';

export interface MdxBodyError {
  /** 1-based line within the body. */
  line: number | undefined;
  message: string;
}

// The estree of import and export statements tells which components the body defines.
const syntaxExtensions = [mdxjs({ addResult: true })];
const treeExtensions = [mdxFromMarkdown()];

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

/** Each module a body's import and export statements load, with its line in the body; none when it does not parse. */
export function bodyImportSources(body: string): { source: string; line: number | undefined }[] {
  if (!MDX_SIGNIFICANT.test(body)) return [];
  try {
    return importedSources(fromMarkdown(body, { extensions: syntaxExtensions, mdastExtensions: treeExtensions }));
  } catch {
    return [];
  }
}

function importedSources(tree: ReturnType<typeof fromMarkdown>): { source: string; line: number | undefined }[] {
  const out: { source: string; line: number | undefined }[] = [];
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = (node.data as { estree?: { body?: EstreeStatement[] } | null } | undefined)?.estree;
    for (const statement of program?.body ?? []) {
      const source = statement.source?.value;
      if (typeof source === 'string') out.push({ source, line: statement.loc?.start.line ?? node.position?.start.line });
    }
  }
  return out;
}

interface EstreeStatement {
  source?: { value?: unknown } | null;
  loc?: { start: { line: number } };
}

/**
 * Parses a body as Astro's MDX integration will, without Astro, and returns the first syntax error, or else the first
 * import that `importProblem` cannot find (body-imports.ts; imports are not looked at without it), or else the first
 * component it uses without importing it. Bodies without MDX syntax can hold none of these, and skipping the parser
 * for them keeps a check of thousands of files fast.
 */
export function findMdxBodyError(body: string, importProblem?: (source: string) => string | undefined): MdxBodyError | undefined {
  if (!MDX_SIGNIFICANT.test(body)) return undefined;
  let tree: ReturnType<typeof fromMarkdown>;
  try {
    tree = fromMarkdown(body, { extensions: syntaxExtensions, mdastExtensions: treeExtensions });
  } catch (error) {
    const problem = error as ParserMessage;
    const raw = problem.reason ?? problem.message ?? String(error);
    const position = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(raw);
    const reason = position ? raw.slice(0, position.index) : raw;
    const line = problem.line ?? problem.place?.line ?? problem.place?.start?.line ?? (position ? Number(position[1]) : undefined);
    return { line, message: `MDX syntax error in the body: ${reason}${hintFor(reason)}` };
  }
  for (const { source, line } of importProblem ? importedSources(tree) : []) {
    const problem = importProblem?.(source);
    if (problem) return { line, message: `the body ${problem}` };
  }
  const missing = findUndefinedComponent(tree);
  return (
    missing && {
      line: missing.line,
      message:
        `the body uses <${missing.name}>, which it does not import: no component is given to bodies, so import it ` +
        `at the top of the body, or write the text in Markdown or HTML; a literal < is written \\<`,
    }
  );
}
