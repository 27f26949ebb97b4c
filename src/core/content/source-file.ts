import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { commentCutValues } from './comment-cut-values.ts';
import type { Diagnostic, FieldPath } from './diagnostic.ts';
import { findMdxBodyError } from './mdx-body.ts';
import { positionalYaml } from './positional-yaml.ts';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface ParsedSource {
  data: unknown;
  body: string;
  /** Line in the file where the body starts, for messages about it. */
  bodyLine: number;
  locate: (path: FieldPath) => number | undefined;
  /** A syntax error in the body; the front matter may still be used. */
  bodyProblem?: Diagnostic;
  /** What parsed, but not as the writer likely meant (see comment-cut-values.ts). */
  warnings: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Checked before reading, so that a huge file is refused without loading it. */
export function sizeProblem(file: string, size: number): Diagnostic | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return {
    level: 'error',
    file,
    message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; expected a content file of at most 1 MB (move large data or images elsewhere)`,
  };
}

function decode(file: string, bytes: Uint8Array, empty: string): string | Diagnostic {
  if (bytes.byteLength === 0) return { level: 'error', file, message: `the file is empty; expected ${empty}` };
  const tooBig = sizeProblem(file, bytes.byteLength);
  if (tooBig) return tooBig;
  if (bytes.includes(0)) return { level: 'error', file, message: 'the file is binary (it contains NUL bytes); expected UTF-8 text' };
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { level: 'error', file, message: 'the file is not valid UTF-8 text; save it with UTF-8 encoding' };
  }
}

function locator(document: Document, lineCounter: LineCounter, lineOffset: number) {
  return (path: FieldPath): number | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
}

/** Parses with positions: slower, so used only for a message's line number or when the fast parser refuses. */
function parseYamlWithPositions(file: string, text: string, lineOffset: number): Omit<ParsedSource, 'body' | 'bodyLine'> | Diagnostic {
  const { LineCounter, parseDocument } = positionalYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line ?? (problem.pos ? lineCounter.linePos(problem.pos[0]).line : undefined);
    const message = problem.message.split('\n')[0] ?? problem.message;
    return { level: 'error', file, ...(line ? { line: line + lineOffset } : {}), message: `malformed YAML: ${message}` };
  }
  return { data: document.toJS(), locate: locator(document, lineCounter, lineOffset), warnings: commentCutValues(text, file, lineOffset) };
}

/**
 * YAML 1.2's core schema, as both parsers read it: dates stay strings, duplicate keys are errors. Most files are
 * valid and most messages need no line, so the fast parser reads the values and the line map is built on demand.
 */
function parseYaml(file: string, text: string, lineOffset: number): Omit<ParsedSource, 'body' | 'bodyLine'> | Diagnostic {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    return parseYamlWithPositions(file, text, lineOffset);
  }
  let located: ParsedSource['locate'] | undefined;
  return {
    data,
    warnings: commentCutValues(text, file, lineOffset),
    locate: (path) => {
      if (!located) {
        const precise = parseYamlWithPositions(file, text, lineOffset);
        located = 'locate' in precise ? precise.locate : () => undefined;
      }
      return located(path);
    },
  };
}

/** Reads a YAML data file (site config, lines, initiatives). */
export function parseDataFile(file: string, bytes: Uint8Array): ParsedSource | Diagnostic {
  const text = decode(file, bytes, 'YAML fields');
  if (typeof text !== 'string') return text;
  if (!text.trim()) return { level: 'error', file, message: 'the file holds only white space; expected YAML fields' };
  const parsed = parseYaml(file, text, 0);
  if ('level' in parsed) return parsed;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { level: 'error', file, message: 'expected a YAML mapping of fields' };
  }
  return { ...parsed, body: '', bodyLine: 0 };
}

/** Reads a Markdown or MDX file: YAML front matter between --- lines, then the body (checked as MDX when `mdx`). */
export function parseEntryFile(
  file: string,
  bytes: Uint8Array,
  options: { mdx: boolean; importProblem?: (source: string) => string | undefined } = { mdx: true },
): ParsedSource | Diagnostic {
  const text = decode(file, bytes, 'front matter between --- lines');
  if (typeof text !== 'string') return text;
  if (!text.trim()) return { level: 'error', file, message: 'the file holds only white space; expected front matter between --- lines' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    const message = /^---[ \t]*\r?\n/.test(text)
      ? 'the front matter is not closed; expected a line holding only --- after the fields'
      : 'expected the file to start with front matter between --- lines';
    return { level: 'error', file, line: 1, message };
  }
  const frontMatter = match[1] ?? '';
  const parsed = parseYaml(file, frontMatter, 1);
  if ('level' in parsed) return parsed;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { level: 'error', file, line: 2, message: 'expected the front matter to be a YAML mapping of fields' };
  }
  const bodyLine = match[0].split('\n').length;
  const body = text.slice(match[0].length);
  const problem = options.mdx ? findMdxBodyError(body, options.importProblem) : undefined;
  // The front matter is still good, so the file goes on to its schema and the cross-entry rules.
  const bodyProblem: Diagnostic | undefined = problem && {
    level: 'error',
    file,
    ...(problem.line ? { line: bodyLine + problem.line - 1 } : {}),
    message: problem.message,
  };
  return { ...parsed, body, bodyLine, ...(bodyProblem ? { bodyProblem } : {}) };
}
