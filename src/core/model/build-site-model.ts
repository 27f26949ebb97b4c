import type { ContentSet, Entry } from '../content/entry.ts';
import { DAY_MS, formatDate, utcDay } from '../format/dates.ts';
import { releasePhase } from '../lifecycle/phase.ts';
import { lineEndsSoon, lineStatusAt, linesEndedBy } from '../lines/line-status.ts';
import { compareLinesDescending } from '../versions/version.ts';
import { compareAdvisoriesBySeverity, compareAdvisoriesNewestFirst, releasedAdvisoryView } from './advisory-view.ts';
import { compareReleasesNewestFirst, publicReleaseBase } from './release-view.ts';
import { isReportPublished, reportView } from './report-view.ts';
import type {
  AdvisoryView,
  AnnouncedRelease,
  Banner,
  InitiativeView,
  ReleasedRelease,
  ReleaseView,
  RenderableSource,
  ReportView,
  SiteModel,
} from './types.ts';

const renderableSource = ({ absolutePath, sourceDigest, data }: Entry<unknown>): RenderableSource => ({ absolutePath, sourceDigest, data });

/** How long the banner of a release stays on every page after it is out. */
export const BANNER_DAYS_AFTER_RELEASE = 7;

function bannerFor(releases: ReleaseView[], now: Date): Banner | undefined {
  const upcoming = releases
    .filter((release): release is AnnouncedRelease => release.phase === 'announced')
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate))[0];
  if (upcoming) {
    const moved = upcoming.dateChanges.length > 0 ? ' (date changed)' : '';
    const late = upcoming.overdue ? ', not yet released' : '';
    return { kind: 'announced', release: upcoming, text: `Security release planned for ${formatDate(upcoming.targetDate)}${moved}${late}` };
  }
  const recent = releases.find(
    (release): release is ReleasedRelease =>
      release.phase === 'released' && now.getTime() - Date.parse(release.releasedAt) <= BANNER_DAYS_AFTER_RELEASE * DAY_MS,
  );
  if (recent) return { kind: 'released', release: recent, text: `Security release published on ${formatDate(recent.releasedAt)}` };
  return undefined;
}

/**
 * The embargo gate. Turns validated content into what may be published at `now`: hidden releases vanish, announced
 * ones keep only counts and lines of their advisories, and advisories appear in full only once their release is out.
 * `editedAt` gives, by absolute path, when each advisory file was last edited and when each release and line file
 * last changed what advisories' records show (fixed versions, a line's last version), where a repository's history
 * says.
 */
export function buildSiteModel(content: ContentSet, now: Date, editedAt: ReadonlyMap<string, string> = new Map()): SiteModel {
  const advisoriesByRelease = Map.groupBy(content.advisories, (advisory) => advisory.data.release);
  const linePaths = new Map(content.lines.map((line) => [line.id, line.absolutePath]));
  const lastVersions = new Map(content.lines.flatMap((line) => (line.data.lastVersion ? [[line.id, line.data.lastVersion] as const] : [])));
  const lineFacts = content.lines.map((line) => line.data);
  const renderable: SiteModel['renderable'] = { releases: new Map(), advisories: new Map(), reports: new Map() };

  const releases: ReleaseView[] = [];
  const advisories: AdvisoryView[] = [];
  for (const release of content.releases) {
    const phase = releasePhase(release.data, now);
    if (phase === 'hidden') continue;
    const own = advisoriesByRelease.get(release.id) ?? [];
    const base = publicReleaseBase(release, own, now);
    if (phase === 'released' && release.data.releasedAt) {
      const fixedLines = new Set(release.data.lines.flatMap((item) => (item.version ? [item.line] : [])));
      const releasedAt = new Date(release.data.releasedAt);
      const views = own
        .map((advisory) =>
          releasedAdvisoryView(
            advisory,
            release,
            base.title,
            now,
            lastVersions,
            [
              editedAt.get(advisory.absolutePath),
              editedAt.get(release.absolutePath),
              // A line left unfixed ends its range at the line's last version; a change there changes the record.
              ...advisory.data.lines.filter((line) => !fixedLines.has(line)).map((line) => editedAt.get(linePaths.get(line) ?? '')),
            ],
            linesEndedBy(lineFacts, releasedAt, advisory.data.lines),
          ),
        )
        .sort(compareAdvisoriesBySeverity);
      const fixedVersions = release.data.lines
        .flatMap((item) => (item.version ? [{ line: item.line, version: item.version }] : []))
        .sort((a, b) => compareLinesDescending(a.line, b.line));
      releases.push({ ...base, phase, releasedAt: release.data.releasedAt, fixedVersions, advisories: views });
      advisories.push(...views);
      renderable.releases.set(release.id, renderableSource(release));
      for (const advisory of own) renderable.advisories.set(advisory.id, renderableSource(advisory));
    } else if (phase === 'cancelled' && release.data.cancelled) {
      releases.push({ ...base, phase, cancelled: release.data.cancelled });
    } else {
      // Past its day, the date alone would read as if the release were out; readers are told it is not, yet.
      releases.push({ ...base, phase: 'announced', overdue: base.targetDate < utcDay(now) });
    }
  }
  releases.sort(compareReleasesNewestFirst);
  advisories.sort(compareAdvisoriesNewestFirst);

  const released = releases.filter((release): release is ReleasedRelease => release.phase === 'released');
  const initiativeById = new Map(content.initiatives.map((entry) => [entry.id, entry.data]));
  const published = content.reports
    .filter((report) => isReportPublished(report.data, now))
    .sort((a, b) => a.data.month.localeCompare(b.data.month));
  const reports: ReportView[] = published
    .map((report, index) => reportView(report, published[index - 1], initiativeById, released))
    .reverse();
  for (const report of published) renderable.reports.set(report.id, renderableSource(report));

  const initiatives: InitiativeView[] = content.initiatives
    .map((entry) => ({
      ...entry.data,
      history: reports
        .flatMap((report) =>
          report.initiatives
            .filter((item) => item.initiative.id === entry.id)
            .map((item) => ({ month: report.month, status: item.status, note: item.note })),
        )
        .sort((a, b) => a.month.localeCompare(b.month)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    now,
    site: content.site,
    lines: content.lines
      .map((entry) => ({
        ...entry.data,
        endOfLife: entry.data.endOfLife,
        status: lineStatusAt(entry.data, now),
        endsSoon: lineEndsSoon(entry.data, now),
      }))
      .sort((a, b) => compareLinesDescending(a.id, b.id)),
    releases,
    advisories,
    reports,
    initiatives,
    banner: bannerFor(releases, now),
    renderable,
  };
}
