import { type Diagnostic, formatFieldPath } from './diagnostic.ts';
import { positionalYaml } from './positional-yaml.ts';

/** ` #` then a character other than a space: the only text in which a value can have been cut. */
const SUSPECT = /[ \t]#[^\s#]/;

/**
 * Unquoted values that YAML cut at ` #`: `label: Issue #859` is the label "Issue" and a comment "859". A comment is
 * almost always written `# like this`, with a space; a `#` right before a word or number is meant as text. Files
 * without such a `#` are not parsed again.
 */
export function commentCutValues(text: string, file: string, lineOffset: number): Diagnostic[] {
  if (!SUSPECT.test(text)) return [];
  const { LineCounter, isPair, isScalar, isSeq, parseDocument, visit } = positionalYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) return [];
  const out: Diagnostic[] = [];
  visit(document, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== 'PLAIN' || !node.range) return;
      // The rest of the value's own line: a comment on a line of its own is no cut.
      const after = /^[^\n]*/.exec(text.slice(node.range[1]))?.[0] ?? '';
      const cutText = /^[ \t]+#(\S.*)$/.exec(after)?.[1];
      if (cutText === undefined) return;
      const field: PropertyKey[] = [];
      let child: unknown = node;
      for (let index = ancestors.length - 1; index >= 0; index--) {
        const parent = ancestors[index];
        if (isPair(parent) && isScalar(parent.key)) field.unshift(String(parent.key.value));
        else if (isSeq(parent)) field.unshift(parent.items.indexOf(child as never));
        child = parent;
      }
      // Up to a comment written as one, with a space after its #.
      const cut = cutText.split(/\s#\s/)[0]?.trimEnd() ?? cutText;
      const value = String(node.value);
      const last = field.at(-1);
      const example = typeof last === 'string' ? `${last}: "${value} #${cut}"` : `"${value} #${cut}"`;
      out.push({
        level: 'warning',
        file,
        field: formatFieldPath(field),
        line: lineCounter.linePos(node.range[0]).line + lineOffset,
        message: `read as "${value}": YAML takes " #" as the start of a comment and drops "#${cut}"; put the value in quotes to keep it, e.g. ${example}`,
      });
    },
  });
  return out;
}
