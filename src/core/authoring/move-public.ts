import { join, relative } from 'node:path';
import { COMPONENTS_ALIAS, importProblem } from '../content/body-imports';
import type { Entry } from '../content/entry';
import type { ContentRoots } from '../content/load';
import { bodyImportSources } from '../content/mdx-body';
import { isOutBy } from '../lifecycle/phase';
import type { AdvisoryData } from '../schemas/advisory';
import type { ReleaseData } from '../schemas/release';
import { AuthoringError } from './authoring-error';

export interface PlannedMove {
  from: string;
  to: string;
}

/**
 * The files of a published release that still sit in the private content root, each with its place in the public
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
  if (!privateContent) throw new AuthoringError('BULLETIN_PRIVATE_DIR is not set, so there is no private content root to move from');
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
  // A path relative to the private folder leads elsewhere from the public one; the page would stop the build there.
  const brokenImports = own
    .filter((entry) => entry.private && entry.absolutePath.endsWith('.mdx'))
    .flatMap((entry) => {
      const to = join(roots.content, relative(privateContent, entry.absolutePath));
      return bodyImportSources(entry.body)
        .filter(
          ({ source }) => !importProblem(source, entry.absolutePath, roots.projectRoot) && importProblem(source, to, roots.projectRoot),
        )
        .map(({ source }) => `${entry.absolutePath}: '${source}'`);
    });
  if (brokenImports.length > 0) {
    throw new AuthoringError(
      `these imports are relative to the private folder and would not be found from the public one; import the site's components as '${COMPONENTS_ALIAS}<name>.astro', which works from both, and run this again:`,
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
