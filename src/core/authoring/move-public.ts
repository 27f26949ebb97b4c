import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { COMPONENTS_ALIAS, COMPONENTS_FOLDER, importProblem } from '../content/body-imports.ts';
import type { Entry } from '../content/entry.ts';
import type { ContentRoots } from '../content/load.ts';
import { bodyImportSources } from '../content/mdx-body.ts';
import { toProjectPath } from '../content/project-path.ts';
import { utcMoment } from '../format/dates.ts';
import { isOutBy } from '../lifecycle/phase.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { AuthoringError } from './authoring-error.ts';
import { openEntry, serializeEntry } from './front-matter-document.ts';

export interface PlannedMove {
  from: string;
  to: string;
  /** What to write instead of a byte-for-byte copy: the file with `modified` carried over from the private history. */
  text?: string;
  /** The moment `text` records as the advisory's last modification. */
  modified?: string;
}

/**
 * The imports of a moved body that lead elsewhere once it is moved: a path relative to the private folder. A site
 * component is imported through the alias instead; any other module is private, and must move too.
 */
function importsBrokenByMove(move: PlannedMove, entries: readonly Entry<unknown>[], projectRoot: string): string[] {
  const entry = entries.find((candidate) => candidate.absolutePath === move.from);
  if (!entry || !move.from.endsWith('.mdx')) return [];
  return bodyImportSources(entry.body).flatMap(({ source, line }) => {
    const after = importProblem(source, move.to, projectRoot);
    if (importProblem(source, move.from, projectRoot) || !after) return [];
    const fileLine = line !== undefined && entry.bodyLine !== undefined ? `:${entry.bodyLine + line - 1}` : '';
    const where = `${toProjectPath(projectRoot, move.from)}${fileLine}`;
    // A package found only from the private folder: what the import check says of it from the public one.
    if (!source.startsWith('./') && !source.startsWith('../')) return [`${where} ${after}`];
    const target = toProjectPath(projectRoot, resolve(dirname(move.from), source));
    if (target.startsWith(`${COMPONENTS_FOLDER}/`))
      return [`${where} imports '${source}': write '${COMPONENTS_ALIAS}${target.slice(COMPONENTS_FOLDER.length + 1)}'`];
    // The bundler reads an import that starts with / from the project's root, wherever the importing file is.
    if (!isAbsolute(target)) return [`${where} imports '${source}': write '/${target}'`];
    return [
      `${where} imports '${source}', a module of the private folder: move it under ${COMPONENTS_FOLDER}/ and import it as '${COMPONENTS_ALIAS}…'`,
    ];
  });
}

/**
 * The files of a published release that still sit in the private content folder, each with its place in the public
 * one. Only once the release is out: before, the private root is what keeps its advisories and its release-day text
 * off the public repository. A cancelled release is never out, so its files stay where they are.
 */
export function planMovePublic(
  roots: ContentRoots,
  release: Entry<ReleaseData>,
  advisories: readonly Entry<AdvisoryData>[],
  now: Date,
  exists: (path: string) => boolean,
): PlannedMove[] {
  const { privateContent } = roots;
  if (!privateContent) throw new AuthoringError('BULLETIN_PRIVATE_DIR is not set, so there is no private content folder to move from');
  const { releasedAt, cancelled } = release.data;
  const own = [release, ...advisories.filter((advisory) => advisory.data.release === release.id)];
  const moves = own
    .filter((entry) => entry.private)
    .map((entry) => ({ from: entry.absolutePath, to: join(roots.content, relative(privateContent, entry.absolutePath)) }));
  if (moves.length === 0) throw new AuthoringError(`release ${release.id} and its advisories are all in the public content folder already`);
  if (cancelled) {
    throw new AuthoringError(
      `release ${release.id} is cancelled: its release-day text and its advisories were never published, so they stay private`,
    );
  }
  if (!isOutBy(release.data, now)) {
    throw new AuthoringError(
      `release ${release.id} is not out yet${releasedAt ? ` (releasedAt ${releasedAt})` : ' (no releasedAt; run release:publish first)'}: its files stay private until it is`,
    );
  }
  const brokenImports = moves.flatMap((move) => importsBrokenByMove(move, own, roots.projectRoot));
  if (brokenImports.length > 0) {
    throw new AuthoringError(
      'these imports are found from the private folder but would not be from the public one, so the pages would not build; change them and run this again:',
      brokenImports,
    );
  }
  const taken = moves.filter((move) => exists(move.to));
  if (taken.length > 0) {
    throw new AuthoringError(
      'the public content folder already has a file of the same name; compare the two and keep one:',
      taken.map((move) => move.to),
    );
  }
  return moves;
}

/**
 * The private repository's history says when a published advisory was last edited (or its release's fixed versions
 * corrected); the public one will only show the files arriving, which does not count as an edit. So that the OSV
 * `modified` of the record never moves back, a later edit is written into the moved file's `modified`.
 * `editedAt` maps the private files to their last counted edit, as the build reads them.
 */
export function carryModifications(
  moves: readonly PlannedMove[],
  release: Entry<ReleaseData>,
  advisories: readonly Entry<AdvisoryData>[],
  editedAt: ReadonlyMap<string, string>,
  readText: (path: string) => string,
): PlannedMove[] {
  const releasedAt = release.data.releasedAt;
  if (!releasedAt) return [...moves];
  const releaseEdit = editedAt.get(release.absolutePath);
  return moves.map((move) => {
    const advisory = advisories.find((entry) => entry.absolutePath === move.from);
    if (!advisory) return move;
    const edits = [editedAt.get(move.from), releaseEdit].filter((moment): moment is string => moment !== undefined);
    const last = edits.reduce<string | undefined>((a, b) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a), undefined);
    const recorded = Math.max(Date.parse(releasedAt), advisory.data.modified ? Date.parse(advisory.data.modified) : 0);
    if (last === undefined || Date.parse(last) <= recorded) return move;
    const modified = utcMoment(last);
    const entry = openEntry(move.from, readText(move.from));
    entry.document.set('modified', modified);
    return { ...move, text: serializeEntry(entry), modified };
  });
}
