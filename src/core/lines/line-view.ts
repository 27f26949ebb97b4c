import { impactOn } from '../model/release-view.ts';
import type { AnnouncedRelease, CancelledRelease, LineImpact, LineView, SiteModel } from '../model/types.ts';
import { type AffectedMatrix, affectedMatrix } from './affected-matrix.ts';
import { advisoriesForLine, type LineAdvisory } from './line-advisories.ts';
import { type MinimumSecureVersion, minimumSecureVersion } from './minimum-secure-version.ts';

/** A pre-announced release that includes the line: only its date and counts, which is all the gate lets through. */
export interface UpcomingForLine {
  release: AnnouncedRelease;
  impact: LineImpact | undefined;
}

/**
 * A cancelled release whose announced issues for the line no later release has fixed yet: its readers were told of
 * them, and the cancellation does not make them go away.
 */
export interface CancelledForLine {
  release: CancelledRelease;
  impact: LineImpact;
}

/** Everything a release line's page shows, derived from the site model only. */
export interface LinePage {
  line: LineView;
  endOfLife: boolean;
  advisories: LineAdvisory[];
  minimum: MinimumSecureVersion;
  matrix: AffectedMatrix;
  upcoming: UpcomingForLine[];
  cancelled: CancelledForLine[];
  /** Whether another line listed here is still supported: the one place the advice to move can send readers. */
  canMove: boolean;
}

export function linePage(model: Pick<SiteModel, 'advisories' | 'releases' | 'lines'>, line: LineView): LinePage {
  const advisories = advisoriesForLine(model.advisories, line.id);
  const upcoming = model.releases
    .filter((release): release is AnnouncedRelease => release.phase === 'announced' && release.lines.includes(line.id))
    .map((release) => ({ release, impact: impactOn(release, line.id) }));
  const cancelled = model.releases.flatMap((release) => {
    if (release.phase !== 'cancelled') return [];
    const impact = impactOn(release, line.id);
    if (!impact || impact.summary.total === 0) return [];
    const fixedLater = model.releases.some(
      (other) =>
        other.phase === 'released' && other.lines.includes(line.id) && Date.parse(other.releasedAt) > Date.parse(release.cancelled.at),
    );
    return fixedLater ? [] : [{ release, impact }];
  });
  return {
    line,
    endOfLife: line.status === 'end-of-life',
    advisories,
    minimum: minimumSecureVersion(advisories),
    matrix: affectedMatrix(advisories),
    upcoming,
    cancelled,
    canMove: model.lines.some((other) => other.id !== line.id && other.status !== 'end-of-life'),
  };
}

export function linePages(model: Pick<SiteModel, 'advisories' | 'releases' | 'lines'>): LinePage[] {
  return model.lines.map((line) => linePage(model, line));
}
