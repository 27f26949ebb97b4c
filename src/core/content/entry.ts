import type { AdvisoryData } from '../schemas/advisory.ts';
import type { Initiative } from '../schemas/initiative.ts';
import type { Line } from '../schemas/line.ts';
import type { ReleaseData } from '../schemas/release.ts';
import type { ReportData } from '../schemas/report.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { FieldPath } from './diagnostic.ts';

export interface Entry<T> {
  id: string;
  data: T;
  /** Markdown or MDX body, empty for YAML data files. */
  body: string;
  /** Line of the file where the body starts, so that messages about the body can point into the file. */
  bodyLine?: number;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Absolute path on disk. */
  absolutePath: string;
  /** Digest of the file's bytes as read (source-digest.ts). */
  sourceDigest: string;
  /** Whether the file came from the private content root. */
  private: boolean;
  locate: (path: FieldPath) => number | undefined;
}

export interface ContentSet {
  site: SiteConfig;
  lines: Entry<Line>[];
  initiatives: Entry<Initiative>[];
  releases: Entry<ReleaseData>[];
  advisories: Entry<AdvisoryData>[];
  reports: Entry<ReportData>[];
}

export type CollectionName = 'lines' | 'initiatives' | 'releases' | 'advisories' | 'reports';

/** Every content file found, whether or not it parsed, so that rules can tell "missing" from "broken". */
export interface SourceFile {
  collection: CollectionName;
  id: string;
  file: string;
  private: boolean;
  /** False when the file could not be read, parsed or validated; its entry is then absent. */
  valid: boolean;
}

/** What did load, even when other files failed: cross-entry rules run over it so that every problem shows at once. */
export interface PartialContentSet extends Omit<ContentSet, 'site'> {
  site: SiteConfig | undefined;
  sources: SourceFile[];
  /** Whether embargoed work has a private folder, which makes the public one what a public repository holds. */
  privateFolder?: boolean;
}
