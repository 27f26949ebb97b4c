import { Document, parseDocument } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const YAML_OPTIONS = { lineWidth: 120 } as const;

/** An entry file as the content loader reads it: YAML front matter between --- lines, then the body. */
export function entryFileText(fields: Record<string, unknown>, body: string): string {
  const yaml = new Document(fields).toString(YAML_OPTIONS);
  return `---\n${yaml}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

export function dataFileText(fields: Record<string, unknown>): string {
  return new Document(fields).toString(YAML_OPTIONS);
}

/** The front matter of an entry file as plain data, or undefined when it has none that parses. */
export function readFrontMatter(text: string): Record<string, unknown> | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const document = parseDocument(match[1] ?? '');
  if (document.errors.length > 0) return undefined;
  const data = document.toJS() as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/**
 * Adds one field at the end of the front matter of a file someone wrote by hand, leaving every byte they wrote as it
 * was. Returns undefined when the front matter cannot be read or already has the field.
 */
export function withFrontMatterField(text: string, key: string, value: unknown): string | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const frontMatter = match[1] ?? '';
  const document = parseDocument(frontMatter);
  if (document.errors.length > 0 || document.has(key)) return undefined;
  const addition = new Document({ [key]: value }).toString(YAML_OPTIONS);
  return `---\n${frontMatter.replace(/\s+$/, '')}\n${addition}---\n${text.slice(match[0].length)}`;
}
