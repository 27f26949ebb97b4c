import type { AdvisorySource, Credit, Platform, Reference } from '../schemas/advisory.ts';
import type { Engagement } from '../schemas/engagement.ts';
import type { Initiative } from '../schemas/initiative.ts';
import type { LineStatus } from '../schemas/line.ts';
import type { DateChange, DependencyUpdate } from '../schemas/release.ts';
import type { GivenFigures, InitiativeStatusValue } from '../schemas/report.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { CvssScore } from '../severity/cvss.ts';
import type { AdvisorySeverity, Severity, SeverityCounts } from '../severity/severity.ts';

export interface RenderableSource {
  absolutePath: string;
  /** Digest of the file as the checks read it: the collections render the body again only when it changes. */
  sourceDigest: string;
  /** Front matter as validated, for the content collection that renders the body. */
  data: unknown;
}

export interface LineView {
  id: string;
  label: string;
  status: LineStatus;
  /** Undefined while no end has been announced. */
  endOfLife: string | undefined;
  /** Still supported, and ending within END_OF_LIFE_NOTICE_DAYS: part of the model, so that pages follow the moment. */
  endsSoon: boolean;
}

export interface SeveritySummary {
  /** Every advisory, rated or not. */
  total: number;
  counts: SeverityCounts;
  /** Advisories imported from a database that never rated them: in the total, in no severity's count. */
  unrated: number;
  highest: Severity | undefined;
}

/** What a pre-announcement may say about one line: how many issues of each severity, nothing more. */
export interface LineImpact {
  line: string;
  summary: SeveritySummary;
}

interface ReleaseViewBase {
  id: string;
  title: string;
  /** The date first announced; the id keeps it for life. */
  originalDate: string;
  /** The date readers are told now, after any date changes. */
  targetDate: string;
  announcedAt: string;
  /** Date changes already made, newest first. */
  dateChanges: DateChange[];
  lines: string[];
  dependencies: DependencyUpdate[];
  summary: SeveritySummary;
  lineImpacts: LineImpact[];
}

export interface AnnouncedRelease extends ReleaseViewBase {
  phase: 'announced';
  /** Its day has passed and it is not out: part of the model, so that pages stop promising a day already gone. */
  overdue: boolean;
}

export interface CancelledRelease extends ReleaseViewBase {
  phase: 'cancelled';
  cancelled: { at: string; note: string };
}

export interface FixedVersion {
  line: string;
  version: string;
}

export interface ReleasedRelease extends ReleaseViewBase {
  phase: 'released';
  releasedAt: string;
  fixedVersions: FixedVersion[];
  /** Sorted by severity, highest first, then by id. */
  advisories: AdvisoryView[];
}

export type ReleaseView = AnnouncedRelease | CancelledRelease | ReleasedRelease;

export interface AffectedLine {
  line: string;
  fixedVersion: string | undefined;
  /** The first affected version, when the flaw entered the line after its first release. */
  introduced: string | undefined;
  /** The line's last release, when the line has ended and its file names it. */
  lastVersion?: string;
}

export interface AdvisoryView {
  id: string;
  cve: string | undefined;
  /** Why the advisory went out without a CVE id, when it did. */
  noCve?: string;
  /** Further CVE ids that the same fix closed: separate vulnerabilities (OSV `related`). */
  aliases?: string[];
  title: string;
  /** `unknown` only for advisories imported from a database that never rated them. */
  severity: AdvisorySeverity;
  cvss: (CvssScore & { severityOverride: string | undefined }) | undefined;
  cwe: string[];
  affected: AffectedLine[];
  /** Lines the advisory does not list that had ended by its release, newest first: the release gives them no fix. */
  endedLines: string[];
  platforms: Platform[];
  credits: Credit[];
  references: Reference[];
  summary: string;
  release: { id: string; title: string; releasedAt: string };
  /** When the advisory became public: its release's time. Never changes once set. */
  published: string;
  /** The later of published and the advisory's own modified time. */
  modified: string;
  withdrawn: { at: string; reason: string } | undefined;
  /** For imported advisories: the database entry, whose semver ranges exports publish as they were. */
  source?: AdvisorySource;
}

export interface MetricChange {
  current: number | null;
  previous: number | null | undefined;
  /** Relative change in percent; undefined when there is nothing to compare with or the previous value is zero. */
  percent: number | undefined;
  direction: 'up' | 'down' | 'same' | 'unknown';
}

export interface ReportView {
  id: string;
  month: string;
  title: string;
  published: string;
  authors: string[];
  summary: string;
  metrics: GivenFigures;
  changes: Record<'reportsReceived' | 'reportsClosed' | 'firstResponseHours' | 'reportsInTriage' | 'hackersParticipating', MetricChange>;
  /** Each extra figure against the one of the same name the month before, in the order of `metrics.extra`. */
  extraChanges: MetricChange[];
  previousMonth: string | undefined;
  initiatives: { initiative: Initiative; status: InitiativeStatusValue; note: string | undefined }[];
  /** Talks by title: a talk given at several venues is one, with each venue. */
  talks: TalkView[];
  engagements: EngagementView[];
  /** Releases published in the report's month, derived from the releases collection. */
  releases: ReleasedRelease[];
}

export interface TalkView {
  title: string;
  appearances: { venue: string; date: string | undefined; url: string | undefined; announcedAhead: boolean }[];
}

/** `announcedAhead`: dated after the report was published, so the report announced it rather than reported on it. */
export interface EngagementView extends Engagement {
  announcedAhead: boolean;
}

export interface InitiativeView extends Initiative {
  history: { month: string; status: InitiativeStatusValue; note: string | undefined }[];
}

export interface Banner {
  kind: 'announced' | 'released';
  release: ReleaseView;
  text: string;
}

/** Everything the site may publish at one moment. Pages, feeds, images and exports read only this. */
export interface SiteModel {
  now: Date;
  site: SiteConfig;
  lines: LineView[];
  /** Every release that is not hidden, newest target date first. */
  releases: ReleaseView[];
  /** Advisories of released releases only, newest first. */
  advisories: AdvisoryView[];
  /** Reports already published, newest month first. */
  reports: ReportView[];
  initiatives: InitiativeView[];
  banner: Banner | undefined;
  /** Source files whose bodies may be rendered now; nothing else is handed to the renderer. */
  renderable: Record<'releases' | 'advisories' | 'reports', Map<string, RenderableSource>>;
}
