import type { Diagnostic } from '../content/diagnostic.ts';
import type { Entry } from '../content/entry.ts';
import { fencedLines } from '../content/fenced-lines.ts';
import { bodyProblem, type Rule } from './rule.ts';

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** The cells of a table row: pipes at either end are optional, and `\|` is a pipe inside a cell. */
function cellCount(row: string): number {
  const trimmed = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).length;
}

/** Header rows whose delimiter row has another number of cells, outside fenced code: `index` counts body lines. */
function brokenTables(body: string): { index: number; header: number; delimiter: number }[] {
  const out: { index: number; header: number; delimiter: number }[] = [];
  const lines = body.split('\n');
  const fenced = fencedLines(lines);
  lines.forEach((line, index) => {
    const header = lines[index - 1];
    if (fenced[index] || index === 0 || header === undefined || !DELIMITER_ROW.test(line) || !line.includes('-') || !header.includes('|'))
      return;
    // A delimiter row needs a pipe of its own too, or it is a setext underline or a thematic break.
    if (!line.includes('|')) return;
    const cells = { header: cellCount(header), delimiter: cellCount(line) };
    if (cells.header !== cells.delimiter) out.push({ index: index - 1, ...cells });
  });
  return out;
}

/**
 * A GFM table needs as many cells in its delimiter row (`| --- |`) as in its header; with another number it is no
 * table, and the page shows its rows as a paragraph of pipes and dashes, with nothing said at build time.
 */
export const bodyTablesWellFormed: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const bodies: Entry<unknown>[] = [...content.advisories, ...content.releases, ...content.reports];
  for (const entry of bodies) {
    if (!entry.body.includes('|')) continue;
    for (const { index, header, delimiter } of brokenTables(entry.body)) {
      out.push(
        bodyProblem(
          'warning',
          entry,
          index,
          `this table's header has ${header} cells and the row under it ${delimiter}; expected as many, or the page shows the rows as plain text`,
        ),
      );
    }
  }
  return out;
};
