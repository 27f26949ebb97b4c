import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { z } from 'zod';
import { siteSettingsWarnings } from '../checks/site-rules.ts';
import { AdvisorySchema } from '../schemas/advisory.ts';
import { InitiativeSchema } from '../schemas/initiative.ts';
import { LineSchema } from '../schemas/line.ts';
import { ReleaseSchema } from '../schemas/release.ts';
import { ReportSchema } from '../schemas/report.ts';
import { SiteConfigSchema } from '../schemas/site.ts';
import { importProblem } from './body-imports.ts';
import { type Diagnostic, type FieldPath, formatFieldPath } from './diagnostic.ts';
import type { CollectionName, ContentSet, Entry, PartialContentSet, SourceFile } from './entry.ts';
import { readIgnoredCommits } from './ignored-commits.ts';
import { suggestKey } from './key-suggestion.ts';
import { toProjectPath } from './project-path.ts';
import { SITE_FILES } from './site-url.ts';
import { sourceDigestOf } from './source-digest.ts';
import { type ParsedSource, parseDataFile, parseEntryFile, sizeProblem } from './source-file.ts';

export interface ContentRoots {
  projectRoot: string;
  /** The public content folder, usually `<project>/content`. */
  content: string;
  /** Optional private folder holding embargoed releases and advisories. */
  privateContent?: string | undefined;
  /**
   * Leave the modules bodies import unresolved: for a scratch copy of the content, from which a path relative to a
   * body leads elsewhere. The commands that check their change in one write no imports.
   */
  skipBodyImports?: boolean;
}

export interface LoadResult {
  /** The entries that loaded, when the site configuration did; check `diagnostics` before trusting it. */
  content: ContentSet | undefined;
  /** Whatever did load, for cross-entry rules that should still run next to the broken files. */
  partial: PartialContentSet;
  diagnostics: Diagnostic[];
  /** How many content files were read. */
  files: number;
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
} satisfies Record<CollectionName, Collection<z.ZodType>>;

export type { CollectionName };

function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = JSON.stringify(input);
  if (text === undefined) return String(input);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The kinds of YAML value in a reader's words, for type errors that no schema words itself. */
const PLAIN_TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'fields',
  record: 'fields',
  date: 'a date',
};

function issueMessage(issue: z.core.$ZodIssue): string {
  // zod's own wording for a type error ("Invalid input: expected array, received string") is replaced; a schema's
  // own message for it (a version, a line id) is kept.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input:') && issue.input !== undefined) {
    const expected = PLAIN_TYPES[issue.expected] ?? issue.expected;
    if (issue.input === null) return `expected ${expected}, found nothing (an empty value)`;
    const kind = Array.isArray(issue.input) ? 'array' : typeof issue.input;
    return `expected ${expected}, found ${PLAIN_TYPES[kind] ?? kind}: ${describeFound(issue.input)}`;
  }
  // A bad key of a record (`introduced: { 18: … }`) carries the key's own schema message one level down.
  if (issue.code === 'invalid_key') {
    const key = issue.path.at(-1);
    return `${issue.issues[0]?.message ?? 'expected another key'}, found the key ${describeFound(String(key))}`;
  }
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return `is missing; ${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')}`;
  }
  return `${issue.message.replace(/^Invalid input: /, '')}, found ${describeFound(issue.input)}`;
}

/** The keys a schema accepts at a path, for "did you mean" hints on unknown keys. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: Record<string, unknown> } | undefined)?.def;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      current = def.innerType;
      return knownKeys(current as z.ZodType, path);
    }
    if (typeof key === 'number') current = def.type === 'array' ? def.element : undefined;
    else current = def.type === 'object' ? (def.shape as Record<string, unknown>)[String(key)] : undefined;
  }
  for (;;) {
    const def = (current as { def?: Record<string, unknown> } | undefined)?.def;
    if (!def) return [];
    if (def.type === 'object') return Object.keys(def.shape as Record<string, unknown>);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
    else return [];
  }
}

/** Validates parsed data against a schema, turning every issue into a diagnostic that names the field and its line. */
export function validate<T extends z.ZodType>(
  schema: T,
  source: ParsedSource,
  file: string,
): { data: z.output<T> } | { diagnostics: Diagnostic[] } {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { data: result.data };
  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      // One message per unknown key, each with its own line and a suggestion, since each is its own typo.
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const path: FieldPath = [...issue.path, key];
        const line = source.locate(path);
        const suggestion = suggestKey(key, known);
        const expected = known.length > 0 ? `; expected one of ${known.join(', ')}` : '';
        return {
          level: 'error',
          file,
          field: formatFieldPath(path),
          ...(line ? { line } : {}),
          message: suggestion
            ? `unknown field "${key}"; did you mean "${suggestion}"?`
            : `unknown field "${key}"; check the spelling${expected}`,
        };
      });
    }
    const line = source.locate(issue.path);
    const field = formatFieldPath(issue.path);
    return [{ level: 'error', file, ...(field ? { field } : {}), ...(line ? { line } : {}), message: issueMessage(issue) }];
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

/** Reads a file, refusing it before reading when it is too large, and turning I/O failures into diagnostics. */
function readSource(absolutePath: string, file: string): Uint8Array | Diagnostic {
  try {
    const tooBig = sizeProblem(file, statSync(absolutePath).size);
    if (tooBig) return tooBig;
    return readFileSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { level: 'error', file, message: `the file cannot be read (${code ?? (error as Error).message}); check its permissions` };
  }
}

function parseSource(
  absolutePath: string,
  file: string,
  data: boolean,
  roots: ContentRoots,
): (ParsedSource & { sourceDigest: string }) | Diagnostic {
  const bytes = readSource(absolutePath, file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const parsed = data
    ? parseDataFile(file, bytes)
    : parseEntryFile(file, bytes, {
        mdx: absolutePath.endsWith('.mdx'),
        ...(roots.skipBodyImports ? {} : { importProblem: (source: string) => importProblem(source, absolutePath, roots.projectRoot) }),
      });
  return 'level' in parsed ? parsed : { ...parsed, sourceDigest: sourceDigestOf(bytes) };
}

interface LoadState {
  roots: ContentRoots;
  diagnostics: Diagnostic[];
  sources: SourceFile[];
}

function loadCollection<K extends CollectionName>(name: K, state: LoadState): Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[] {
  const { roots, diagnostics } = state;
  const collection: Collection<z.ZodType> = COLLECTIONS[name];
  const folders: { folder: string; private: boolean }[] = [{ folder: join(roots.content, collection.folder), private: false }];
  if (roots.privateContent && collection.privateAllowed)
    folders.push({ folder: join(roots.privateContent, collection.folder), private: true });
  const entries: Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[] = [];
  for (const { folder, private: isPrivate } of folders) {
    for (const absolutePath of listFiles(folder)) {
      const file = toProjectPath(roots.projectRoot, absolutePath);
      const id = stemOf(absolutePath, collection.extensions);
      if (id === undefined) {
        diagnostics.push({
          level: 'error',
          file,
          message: `unexpected file in ${collection.folder}/; expected ${collection.extensions.join(' or ')} files (rename it, or start its name with _ to keep it aside)`,
        });
        continue;
      }
      const source: SourceFile = { collection: name, id, file, private: isPrivate, valid: false };
      state.sources.push(source);
      const parsed = parseSource(absolutePath, file, collection.extensions === DATA_EXTENSIONS, roots);
      if ('level' in parsed) {
        diagnostics.push(parsed);
        continue;
      }
      if (parsed.bodyProblem) diagnostics.push(parsed.bodyProblem);
      diagnostics.push(...parsed.warnings);
      const result = validate(collection.schema, parsed, file);
      if ('diagnostics' in result) {
        diagnostics.push(...result.diagnostics);
        continue;
      }
      source.valid = !parsed.bodyProblem;
      entries.push({
        id,
        data: result.data as z.output<(typeof COLLECTIONS)[K]['schema']>,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        file,
        absolutePath,
        sourceDigest: parsed.sourceDigest,
        private: isPrivate,
        locate: parsed.locate,
      });
    }
  }
  return entries;
}

function loadSite(roots: ContentRoots, diagnostics: Diagnostic[]) {
  const candidates = SITE_FILES.map((name) => join(roots.content, name));
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) {
    diagnostics.push({
      level: 'error',
      file: toProjectPath(roots.projectRoot, candidates[0] ?? roots.content),
      message: 'the site configuration is missing; expected a site.yaml file in the content folder',
    });
    return undefined;
  }
  const file = toProjectPath(roots.projectRoot, path);
  const parsed = parseSource(path, file, true, roots);
  if ('level' in parsed) {
    diagnostics.push(parsed);
    return undefined;
  }
  diagnostics.push(...parsed.warnings);
  const result = validate(SiteConfigSchema, parsed, file);
  if ('diagnostics' in result) {
    diagnostics.push(...result.diagnostics);
    return undefined;
  }
  diagnostics.push(...siteSettingsWarnings(result.data, file, parsed.locate));
  return result.data;
}

/** Files and folders the loader would silently skip: a misnamed folder must not hide content from the checks. */
function strayItems(roots: ContentRoots, diagnostics: Diagnostic[]) {
  const folders = Object.values(COLLECTIONS).map((collection) => collection.folder);
  const visible = (folder: string) =>
    existsSync(folder) ? readdirSync(folder).filter((name) => !name.startsWith('.') && !name.startsWith('_')) : [];
  for (const name of visible(roots.content)) {
    const path = join(roots.content, name);
    const isFolder = statSync(path).isDirectory();
    if (isFolder ? folders.includes(name) : SITE_FILES.includes(name)) continue;
    diagnostics.push({
      level: 'warning',
      file: toProjectPath(roots.projectRoot, path),
      message: isFolder
        ? `unknown folder, so its files are not published; expected one of ${folders.join(', ')} (start its name with _ to keep it aside)`
        : 'unknown file next to site.yaml, so it is not published; content files belong in their folder',
    });
  }
  if (!roots.privateContent) return;
  const allowed = Object.values(COLLECTIONS)
    .filter((collection) => collection.privateAllowed)
    .map((collection) => collection.folder);
  for (const name of visible(roots.privateContent)) {
    if (allowed.includes(name)) continue;
    diagnostics.push({
      level: 'error',
      file: toProjectPath(roots.projectRoot, join(roots.privateContent, name)),
      message: `only ${allowed.join(' and ')} may live in the private folder (BULLETIN_PRIVATE_DIR); move this into the public content folder or remove it`,
    });
  }
}

/** Reads every content file under the roots and validates each against its schema. Cross-entry rules run separately. */
export function loadContent(roots: ContentRoots): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const state: LoadState = { roots, diagnostics, sources: [] };
  const empty: PartialContentSet = { site: undefined, lines: [], initiatives: [], releases: [], advisories: [], reports: [], sources: [] };
  if (!existsSync(roots.content)) {
    diagnostics.push({
      level: 'error',
      file: toProjectPath(roots.projectRoot, roots.content),
      message: 'the content folder does not exist; create it or point BULLETIN_CONTENT_DIR at it',
    });
    return { content: undefined, partial: empty, diagnostics, files: 0 };
  }
  if (roots.privateContent && !existsSync(roots.privateContent)) {
    diagnostics.push({
      level: 'error',
      file: roots.privateContent,
      message: 'the private content folder named by BULLETIN_PRIVATE_DIR does not exist',
    });
  }
  strayItems(roots, diagnostics);
  for (const folder of [roots.content, ...(roots.privateContent ? [roots.privateContent] : [])]) {
    diagnostics.push(...readIgnoredCommits(folder, roots.projectRoot).diagnostics);
  }
  const site = loadSite(roots, diagnostics);
  const partial: PartialContentSet = {
    site,
    lines: loadCollection('lines', state),
    initiatives: loadCollection('initiatives', state),
    releases: loadCollection('releases', state),
    advisories: loadCollection('advisories', state),
    reports: loadCollection('reports', state),
    sources: state.sources,
    privateFolder: roots.privateContent !== undefined,
  };
  const { lines, initiatives, releases, advisories, reports } = partial;
  return {
    // As before any rule runs: the entries that loaded, whenever the site configuration did. load-site.ts decides
    // whether the whole is fit to build.
    content: site ? { site, lines, initiatives, releases, advisories, reports } : undefined,
    partial,
    diagnostics,
    files: state.sources.length + (site ? 1 : 0),
  };
}
