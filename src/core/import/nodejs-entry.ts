import { z } from 'zod';

/** The database's name in an imported advisory's `source` block. */
export const NODEJS_DATABASE = 'nodejs-security-wg';

/**
 * One entry of the Node.js security working group's `vuln/core/<N>.json`. Only the fields every entry has are
 * required; unknown fields are allowed here and reported by the import, so a new field is noticed, not lost silently.
 */
export const NodejsEntrySchema = z.looseObject({
  cve: z.array(z.string()),
  vulnerable: z.string(),
  patched: z.string(),
  ref: z.string().optional(),
  description: z.string().optional(),
  overview: z.string().optional(),
  affectedEnvironments: z.array(z.string()).min(1),
  severity: z.string(),
  author: z.string().optional(),
  reported_by: z.string().optional(),
  cvss: z.string().optional(),
  cvss_score: z.number().optional(),
  publish_date: z.string().optional(),
  type: z.string().optional(),
});

export type NodejsEntryData = z.output<typeof NodejsEntrySchema>;

export const KNOWN_ENTRY_FIELDS = new Set(Object.keys(NodejsEntrySchema.shape));

export interface NodejsEntry {
  /** The entry number, the file's name without `.json`. */
  id: string;
  data: NodejsEntryData;
}

export type ParsedEntry = { entry: NodejsEntry } | { id: string; problem: string };

/** Reads one entry's JSON text, naming the field and what was expected when it does not fit. */
export function parseNodejsEntry(id: string, text: string): ParsedEntry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { id, problem: `not valid JSON (${(error as Error).message})` };
  }
  const result = NodejsEntrySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(entry)';
    return { id, problem: `field ${field}: ${issue?.message.replace(/^Invalid input: /, '') ?? 'unexpected value'}` };
  }
  return { entry: { id, data: result.data } };
}

/** Entry numbers in their natural order (2 before 10). */
export function compareEntryIds(a: string, b: string): number {
  return Number(a) - Number(b) || a.localeCompare(b);
}
