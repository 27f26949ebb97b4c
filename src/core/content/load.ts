import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { AdvisorySchema } from '../schemas/advisory';
import { InitiativeSchema } from '../schemas/initiative';
import { LineSchema } from '../schemas/line';
import { ReleaseSchema } from '../schemas/release';
import { ReportSchema } from '../schemas/report';
import { SiteConfigSchema } from '../schemas/site';
import { type Diagnostic, type FieldPath, formatFieldPath } from './diagnostic';
import type { ContentSet, Entry } from './entry';
import { type ParsedSource, parseDataFile, parseEntryFile } from './source-file';

export interface ContentRoots {
  projectRoot: string;
  /** The public content folder, usually `<project>/content`. */
  content: string;
  /** Optional private folder holding embargoed releases and advisories. */
  privateContent?: string | undefined;
}

export interface LoadResult {
  content: ContentSet | undefined;
  diagnostics: Diagnostic[];
}

const ENTRY_EXTENSIONS = ['.mdx', '.md'];
const DATA_EXTENSIONS = ['.yaml', '.yml'];

interface Collection<T extends z.ZodType> {
  folder: string;
  schema: T;
  extensions: string[];
  privateAllowed: boolean;
}

const COLLECTIONS = {
  lines: { folder: 'lines', schema: LineSchema, extensions: DATA_EXTENSIONS, privateAllowed: false },
  initiatives: { folder: 'initiatives', schema: InitiativeSchema, extensions: DATA_EXTENSIONS, privateAllowed: false },
  releases: { folder: 'releases', schema: ReleaseSchema, extensions: ENTRY_EXTENSIONS, privateAllowed: true },
  advisories: { folder: 'advisories', schema: AdvisorySchema, extensions: ENTRY_EXTENSIONS, privateAllowed: true },
  reports: { folder: 'reports', schema: ReportSchema, extensions: ENTRY_EXTENSIONS, privateAllowed: false },
} satisfies Record<string, Collection<z.ZodType>>;

export type CollectionName = keyof typeof COLLECTIONS;

export function toProjectPath(projectRoot: string, absolutePath: string): string {
  return relative(projectRoot, absolutePath).split(sep).join('/');
}

function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = JSON.stringify(input);
  if (text === undefined) return String(input);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is required (${issue.message.replace(/^Invalid input: /, '')})`;
  return `${issue.message.replace(/^Invalid input: /, '')}, found ${describeFound(issue.input)}`;
}

/** Validates parsed data against a schema, turning every issue into a diagnostic that names the field and its line. */
export function validate<T extends z.ZodType>(
  schema: T,
  source: ParsedSource,
  file: string,
): { data: z.output<T> } | { diagnostics: Diagnostic[] } {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { data: result.data };
  const diagnostics = result.error.issues.map((issue): Diagnostic => {
    const path: FieldPath = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    const line = source.locate(path);
    const field = formatFieldPath(issue.code === 'unrecognized_keys' ? issue.path : issue.path);
    return {
      level: 'error',
      file,
      ...(field ? { field } : {}),
      ...(line ? { line } : {}),
      message: issueMessage(issue),
    };
  });
  return { diagnostics };
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function stemOf(path: string, extensions: string[]): string | undefined {
  const name = path.split(sep).pop() ?? '';
  const extension = extensions.find((candidate) => name.endsWith(candidate));
  return extension ? name.slice(0, -extension.length) : undefined;
}

function loadCollection<K extends CollectionName>(
  name: K,
  roots: ContentRoots,
  diagnostics: Diagnostic[],
): Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[] {
  const collection: Collection<z.ZodType> = COLLECTIONS[name];
  const folders: { folder: string; private: boolean }[] = [{ folder: join(roots.content, collection.folder), private: false }];
  if (roots.privateContent) folders.push({ folder: join(roots.privateContent, collection.folder), private: true });
  const entries: Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[] = [];
  for (const { folder, private: isPrivate } of folders) {
    if (isPrivate && !collection.privateAllowed) continue;
    for (const absolutePath of listFiles(folder)) {
      const file = toProjectPath(roots.projectRoot, absolutePath);
      const id = stemOf(absolutePath, collection.extensions);
      if (id === undefined) {
        diagnostics.push({
          level: 'error',
          file,
          message: `unexpected file in ${collection.folder}/; expected ${collection.extensions.join(' or ')} files`,
        });
        continue;
      }
      const bytes = readFileSync(absolutePath);
      const parsed = collection.extensions === DATA_EXTENSIONS ? parseDataFile(file, bytes) : parseEntryFile(file, bytes);
      if ('level' in parsed) {
        diagnostics.push(parsed);
        continue;
      }
      const result = validate(collection.schema, parsed, file);
      if ('diagnostics' in result) {
        diagnostics.push(...result.diagnostics);
        continue;
      }
      entries.push({
        id,
        data: result.data as z.output<(typeof COLLECTIONS)[K]['schema']>,
        body: parsed.body,
        file,
        absolutePath,
        private: isPrivate,
        locate: parsed.locate,
      });
    }
  }
  return entries;
}

function loadSite(roots: ContentRoots, diagnostics: Diagnostic[]) {
  const candidates = ['site.yaml', 'site.yml'].map((name) => join(roots.content, name));
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) {
    diagnostics.push({
      level: 'error',
      file: toProjectPath(roots.projectRoot, candidates[0] ?? roots.content),
      message: 'the site configuration is missing; expected content/site.yaml',
    });
    return undefined;
  }
  const file = toProjectPath(roots.projectRoot, path);
  const parsed = parseDataFile(file, readFileSync(path));
  if ('level' in parsed) {
    diagnostics.push(parsed);
    return undefined;
  }
  const result = validate(SiteConfigSchema, parsed, file);
  if ('diagnostics' in result) {
    diagnostics.push(...result.diagnostics);
    return undefined;
  }
  return result.data;
}

/** Reads every content file under the roots and validates each against its schema. Cross-entry rules run separately. */
export function loadContent(roots: ContentRoots): LoadResult {
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(roots.content)) {
    diagnostics.push({
      level: 'error',
      file: toProjectPath(roots.projectRoot, roots.content),
      message: 'the content folder does not exist',
    });
    return { content: undefined, diagnostics };
  }
  if (roots.privateContent && !existsSync(roots.privateContent)) {
    diagnostics.push({
      level: 'error',
      file: roots.privateContent,
      message: 'the private content folder named by BULLETIN_PRIVATE_DIR does not exist',
    });
  }
  const site = loadSite(roots, diagnostics);
  const content = {
    lines: loadCollection('lines', roots, diagnostics),
    initiatives: loadCollection('initiatives', roots, diagnostics),
    releases: loadCollection('releases', roots, diagnostics),
    advisories: loadCollection('advisories', roots, diagnostics),
    reports: loadCollection('reports', roots, diagnostics),
  };
  return { content: site ? { site, ...content } : undefined, diagnostics };
}
