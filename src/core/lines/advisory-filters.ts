import { severityLabel } from '../format/severity-phrases.ts';
import type { AdvisoryView } from '../model/types.ts';
import type { Platform } from '../schemas/advisory.ts';
import { type AdvisorySeverity, compareSeverityDescending } from '../severity/severity.ts';
import { compareLinesDescending } from '../versions/version.ts';
import { platformLabel } from './platform-labels.ts';

export const FACET_KINDS = ['severity', 'line', 'year', 'platform'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export const FACET_NAMES: Record<FacetKind, string> = {
  severity: 'Severity',
  line: 'Release line',
  year: 'Year',
  // A platform's count takes in every all-platform advisory: under "Platform", "Windows (10)" read as Windows-only.
  platform: 'Affecting users on',
};

/** One value a reader can filter by, with the number of advisories it keeps. */
export interface FacetValue {
  kind: FacetKind;
  value: string;
  label: string;
  count: number;
}

const yearOf = (advisory: AdvisoryView) => advisory.published.slice(0, 4);

/**
 * Whether an advisory belongs on a filtered list. A platform filter keeps advisories for every platform too: a
 * Windows user is affected by those as well as by the Windows-only ones.
 */
export function matchesFacet(advisory: AdvisoryView, kind: FacetKind, value: string): boolean {
  switch (kind) {
    case 'severity':
      return advisory.severity === value;
    case 'line':
      return advisory.affected.some((item) => item.line === value);
    case 'year':
      return yearOf(advisory) === value;
    case 'platform':
      return advisory.platforms.includes('all') || advisory.platforms.includes(value as Platform);
  }
}

export function filterAdvisories(advisories: readonly AdvisoryView[], kind: FacetKind, value: string): AdvisoryView[] {
  return advisories.filter((advisory) => matchesFacet(advisory, kind, value));
}

function candidateValues(advisories: readonly AdvisoryView[], kind: FacetKind): string[] {
  switch (kind) {
    case 'severity':
      return [...new Set(advisories.map((advisory) => advisory.severity))].sort(compareSeverityDescending);
    case 'line':
      return [...new Set(advisories.flatMap((advisory) => advisory.affected.map((item) => item.line)))].sort(compareLinesDescending);
    case 'year':
      return [...new Set(advisories.map(yearOf))].sort().reverse();
    case 'platform':
      // Only platforms some advisory singles out: a filter that keeps everything would tell a reader nothing.
      return [...new Set(advisories.flatMap((advisory) => advisory.platforms.filter((platform) => platform !== 'all')))].sort();
  }
}

function labelFor(kind: FacetKind, value: string): string {
  // Imported advisories may never have been rated; their severity is the word `unknown`.
  if (kind === 'severity') return severityLabel(value as AdvisorySeverity);
  if (kind === 'platform') return platformLabel(value as Platform);
  return value;
}

/**
 * The values of one facet that keep at least one advisory, in reading order: severities highest first, lines and
 * years newest first, platforms by name. Empty values get no page, which keeps the number of pages in check.
 */
export function facetValues(advisories: readonly AdvisoryView[], kind: FacetKind): FacetValue[] {
  return candidateValues(advisories, kind)
    .map((value) => ({ kind, value, label: labelFor(kind, value), count: filterAdvisories(advisories, kind, value).length }))
    .filter((facet) => facet.count > 0);
}

/** Every filtered list the site publishes. */
export function allFacetValues(advisories: readonly AdvisoryView[]): FacetValue[] {
  return FACET_KINDS.flatMap((kind) => facetValues(advisories, kind));
}

/** Heading of a filtered list, e.g. "High severity advisories", "Advisories affecting 20.x". */
export function describeFacet(facet: Pick<FacetValue, 'kind' | 'value' | 'label'>): string {
  switch (facet.kind) {
    case 'severity':
      return facet.value === 'unknown' ? 'Advisories without a severity rating' : `${facet.label} severity advisories`;
    case 'line':
      return `Advisories affecting ${facet.value}`;
    case 'year':
      return `Advisories published in ${facet.value}`;
    case 'platform':
      return `Advisories affecting ${facet.label}`;
  }
}
