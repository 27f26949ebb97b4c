import { type Document, parseDocument } from 'yaml';
import { AuthoringError } from './authoring-error';

/** A Markdown/MDX file opened for editing: its front matter as a YAML document, so comments and field order survive. */
export interface EditableEntry {
  document: Document;
  body: string;
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
  return { document, body: text.slice(match[0].length) };
}

/**
 * How front matter is written: long values on one line, and flow lists as authors write them (`[20.x, 18.x]`), not
 * padded (`[ 20.x, 18.x ]`), so that an edit changes only the lines it means to.
 */
export const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Writes the entry back: untouched fields keep their comments, order and quoting. */
export function serializeEntry(entry: EditableEntry): string {
  const frontMatter = entry.document.toString(YAML_OUTPUT).replace(/\n+$/, '');
  return `---\n${frontMatter}\n---\n${entry.body}`;
}
