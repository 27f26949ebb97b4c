import type { ReleaseView, SiteModel } from '../model/types.ts';

/** The shape of /api/releases.json, documented in docs/feeds-and-data.md. */
export interface ReleasesApi {
  releases: ReleaseApiEntry[];
}

export interface ReleaseApiEntry {
  id: string;
  url: string;
  phase: ReleaseView['phase'];
  title: string;
  originalDate: string;
  targetDate: string;
  announcedAt: string;
  dateChanges: { at: string; to: string; note: string }[];
  lines: string[];
  dependencies: { name: string; version: string; lines: string[]; links: string[] }[];
  severity: { total: number; counts: Record<string, number>; highest: string | null };
  lineImpacts: { line: string; total: number; counts: Record<string, number>; highest: string | null }[];
  releasedAt: string | null;
  fixedVersions: { line: string; version: string }[];
  advisories: string[];
  cancelled: { at: string; note: string } | null;
}

/** Every public release, newest first. Before release day only counts are known, exactly as on the release page. */
export function releasesApi(model: SiteModel, releaseUrl: (id: string) => string): ReleasesApi {
  return {
    releases: model.releases.map((release) => ({
      id: release.id,
      url: releaseUrl(release.id),
      phase: release.phase,
      title: release.title,
      originalDate: release.originalDate,
      targetDate: release.targetDate,
      announcedAt: release.announcedAt,
      dateChanges: [...release.dateChanges].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
      lines: release.lines,
      dependencies: release.dependencies,
      severity: { ...release.summary, highest: release.summary.highest ?? null },
      lineImpacts: release.lineImpacts.map((impact) => ({ line: impact.line, ...impact.summary, highest: impact.summary.highest ?? null })),
      releasedAt: release.phase === 'released' ? release.releasedAt : null,
      fixedVersions: release.phase === 'released' ? release.fixedVersions : [],
      advisories: release.phase === 'released' ? release.advisories.map((advisory) => advisory.id) : [],
      cancelled: release.phase === 'cancelled' ? release.cancelled : null,
    })),
  };
}
