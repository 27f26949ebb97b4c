import { type Document, parseDocument } from 'yaml';
import { AuthoringError } from './authoring-error.ts';

/** A Markdown/MDX file opened for editing: its front matter as a YAML document, so comments and field order survive. */
export interface EditableEntry {
  document: Document;
  body: string;
  /** The file's own line ending and byte order mark, kept so that an edit changes only the lines it means to. */
  newline?: '\n' | '\r\n';
  bom?: string;
}

const FRONT_MATTER = /^(\uFEFF?)---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function openEntry(file: string, text: string): EditableEntry {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    throw new AuthoringError(`${file} does not start with front matter between --- lines; fix it by hand, then run the command again`);
  const document = parseDocument(match[2] ?? '', { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new AuthoringError(`${file} has malformed front matter (${document.errors[0]?.message.split('\n')[0]}); run npm run check`);
  }
  const newline = match[0].includes('\r\n') ? '\r\n' : '\n';
  return { document, body: text.slice(match[0].length), newline, bom: match[1] ?? '' };
}

/**
 * How front matter is written: long values on one line, and flow lists as authors write them (`[20.x, 18.x]`), not
 * padded (`[ 20.x, 18.x ]`), so that an edit changes only the lines it means to.
 */
export const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Writes the entry back: untouched fields keep their comments, order and quoting. */
export function serializeEntry(entry: EditableEntry): string {
  const newline = entry.newline ?? '\n';
  const frontMatter = entry.document.toString(YAML_OUTPUT).replace(/\n+$/, '').replace(/\r?\n/g, newline);
  return `${entry.bom ?? ''}---${newline}${frontMatter}${newline}---${newline}${entry.body}`;
}
