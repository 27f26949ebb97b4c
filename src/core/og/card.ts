import type { AdvisorySeverity } from '../severity/severity.ts';

/** The Open Graph image size that every platform shows as a large card. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** What every card shows of the site itself; it comes from site.yaml, so a change there redraws every card. */
export interface CardBrand {
  name: string;
  host: string;
  accent: string;
}

interface CardBase {
  /** The page the card belongs to, as in the URL contract ("/releases/2023-06-20/"). */
  page: string;
  /** Where the PNG is published ("/og/releases/2023-06-20.png"). */
  image: string;
  /** The image's text alternative: what the card says, in one sentence. */
  alt: string;
  brand: CardBrand;
}

export interface SeverityCount {
  severity: AdvisorySeverity;
  count: number;
}

/**
 * A release, in the state the page shows it. Built only from fields every release view has, so a pre-announced
 * release's card can say no more than its pre-announcement: date, lines and counts per severity.
 */
export interface ReleaseCard extends CardBase {
  kind: 'release';
  state: 'pre-announcement' | 'released' | 'cancelled';
  dateChanged: boolean;
  /** Past the day readers were told, not yet out, with no new date: the card must not read as on schedule. */
  overdue: boolean;
  /** "20 June 2023". */
  date: string;
  lines: string[];
  counts: SeverityCount[];
  /** "v20.3.1"; only once released. */
  fixedVersions: string[];
}

export interface AdvisoryCard extends CardBase {
  kind: 'advisory';
  cve: string | undefined;
  title: string;
  severity: AdvisorySeverity;
  lines: string[];
  /** "20 June 2023", the day the advisory became public. */
  published: string;
  withdrawn: boolean;
}

export interface ReportFigure {
  value: string;
  label: string;
  /** "up from 2", when there is a month to compare with. */
  change: string | undefined;
}

export interface ReportCard extends CardBase {
  kind: 'report';
  /** "June 2023". */
  month: string;
  figures: ReportFigure[];
}

/** Lists, initiatives and any other page: a heading and one line about it. */
export interface PageCard extends CardBase {
  kind: 'page';
  eyebrow: string;
  title: string;
  subtitle: string;
}

export type OgCard = ReleaseCard | AdvisoryCard | ReportCard | PageCard;
