import type { AdvisoryData } from '../schemas/advisory';
import type { Initiative } from '../schemas/initiative';
import type { Line } from '../schemas/line';
import type { ReleaseData } from '../schemas/release';
import type { ReportData } from '../schemas/report';
import type { SiteConfig } from '../schemas/site';
import type { FieldPath } from './diagnostic';

export interface Entry<T> {
  id: string;
  data: T;
  /** Markdown or MDX body, empty for YAML data files. */
  body: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Absolute path on disk. */
  absolutePath: string;
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
