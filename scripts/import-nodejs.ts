import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readFrontMatter } from '../src/core/import/content-files.ts';
import { importReport } from '../src/core/import/import-report.ts';
import { loadNodeReleaseData, NO_RELEASE_DATA, type NodeReleaseData } from '../src/core/import/node-release-data.ts';
import { compareEntryIds, parseNodejsEntry } from '../src/core/import/nodejs-entry.ts';
import { type ExistingAdvisory, type ExistingContent, planImport } from '../src/core/import/plan-import.ts';
import { NowError, resolveNow } from '../src/core/lifecycle/now.ts';
import { lineStatusAt } from '../src/core/lines/line-status.ts';
import type { LineStatus } from '../src/core/schemas/line.ts';
import { PROJECT_ROOT } from './lib/project.ts';

/** Imports the Node.js security working group's vuln/core/<N>.json entries into a content folder. */
function shown(path: string): string {
  const relativePath = relative(process.cwd(), path);
  return relativePath.startsWith('..') ? path : relativePath || '.';
}

function fail(message: string): never {
  console.error(`✗ import:nodejs: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { folder: string; out: string } {
  const usage = 'usage: npm run import:nodejs -- <folder with N.json files> [--out content]';
  const outIndex = argv.indexOf('--out');
  const outValue = outIndex >= 0 ? argv[outIndex + 1] : 'content';
  if (!outValue) fail(`--out needs a folder\n${usage}`);
  const positional = argv.filter((_, index) => index !== outIndex && index !== outIndex + 1);
  const folder = positional[0];
  if (!folder || positional.length > 1) fail(usage);
  const from = (path: string) => (isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? PROJECT_ROOT, path));
  return { folder: from(folder), out: from(outValue) };
}

function filesIn(folder: string, pattern: RegExp): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => pattern.test(name)) : [];
}

function readExisting(out: string): ExistingContent {
  const advisories: ExistingAdvisory[] = filesIn(join(out, 'advisories'), /^[^._].*\.mdx?$/).map((name) => {
    const text = readFileSync(join(out, 'advisories', name), 'utf-8');
    const data = readFrontMatter(text) ?? {};
    const source = data.source as ExistingAdvisory['source'];
    return {
      id: name.replace(/\.mdx?$/, ''),
      text,
      cve: typeof data.cve === 'string' ? data.cve : undefined,
      aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
      release: data.release === undefined ? undefined : String(data.release),
      source: source && typeof source === 'object' ? { ...source, id: String(source.id) } : undefined,
    };
  });
  const releases = new Map(
    filesIn(join(out, 'releases'), /^[^._].*\.mdx?$/).map((name) => {
      const data = readFrontMatter(readFileSync(join(out, 'releases', name), 'utf-8')) ?? {};
      const lines = Array.isArray(data.lines) ? data.lines.map((item) => String((item as { line?: unknown }).line)) : [];
      return [name.replace(/\.mdx?$/, ''), lines] as const;
    }),
  );
  const lines = new Map(
    filesIn(join(out, 'lines'), /^[^._].*\.ya?ml$/).map((name) => {
      const text = readFileSync(join(out, 'lines', name), 'utf-8');
      const status = /^status:\s*(\S+)/m.exec(text)?.[1] ?? '';
      const endOfLife = /^endOfLife:\s*(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
      // As the site reads it: from its end-of-life date on, a line is end-of-life whatever its file still says.
      const current = endOfLife ? lineStatusAt({ status: status as LineStatus, endOfLife }, now) : status;
      return [name.replace(/\.ya?ml$/, ''), current] as const;
    }),
  );
  return { advisories, releases, lines };
}

function nodeReleaseData(): NodeReleaseData {
  const data = loadNodeReleaseData();
  if (data) return data;
  console.warn('  node-releases is not installed: release dates and line schedules come from the database alone');
  return NO_RELEASE_DATA;
}

const { folder, out } = parseArgs(process.argv.slice(2));
let now: Date;
try {
  now = resolveNow();
} catch (error) {
  if (error instanceof NowError) fail(error.message);
  throw error;
}
if (!existsSync(folder)) fail(`${folder} does not exist; expected the folder holding the database's N.json files`);
const names = filesIn(folder, /^\d+\.json$/).sort((a, b) => compareEntryIds(a.replace('.json', ''), b.replace('.json', '')));
if (names.length === 0) fail(`${folder} holds no N.json entry files (1.json, 2.json, …)`);
console.log(`import:nodejs: ${names.length} entries from ${shown(folder)} into ${shown(out)}/`);

const entries = names.map((name) => parseNodejsEntry(name.replace('.json', ''), readFileSync(join(folder, name), 'utf-8')));
const plan = planImport({ entries, existing: readExisting(out), releaseData: nodeReleaseData(), now });

let created = 0;
let updated = 0;
for (const file of plan.files) {
  const target = join(out, file.path);
  if (existsSync(target) && readFileSync(target, 'utf-8') === file.text) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  if (file.action === 'create') created += 1;
  else updated += 1;
}
for (const line of importReport(plan, { created, updated }, shown(out))) console.log(line);
const skipped = plan.outcomes.filter((outcome) => outcome.kind === 'skipped').length;
console.log(
  `${skipped ? '!' : '✓'} import:nodejs done${skipped ? `: ${skipped} entr${skipped === 1 ? 'y' : 'ies'} skipped, see above` : ''}; run npm run check -- --history next, to see what the database lacks`,
);
