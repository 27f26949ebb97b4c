import type { Diagnostic } from '../content/diagnostic.ts';
import type { PartialContentSet } from '../content/entry.ts';
import { advisoryBodiesDoNotRepeatThePage } from './body-section-rules.ts';
import { releasedReleasesComplete } from './completeness-rules.ts';
import { cvssAgreesWithSeverity } from './cvss-rules.ts';
import { advisoryDatesInOrder, releaseDatesInOrder } from './date-rules.ts';
import { dueReleasesReady } from './due-rules.ts';
import { fixedVersionsMoveForward } from './fix-order-rules.ts';
import { identifiersWellFormed } from './identifier-rules.ts';
import { fileNamesMatchIds, uniqueIds, uniqueKeys } from './identity-rules.ts';
import { introducedVersionsFit } from './introduced-rules.ts';
import { lineLastVersionsFit, unfixedLinesNameTheirEnd } from './line-rules.ts';
import { bodyLinksLeadSomewhere } from './link-rules.ts';
import { noCveNamedBeforeItsRelease } from './mention-rules.ts';
import { noPlaceholdersInPublished } from './placeholder-rules.ts';
import { noEmbargoedAdvisoryInPublicFolder } from './public-folder-rules.ts';
import { referencesResolve } from './reference-rules.ts';
import { publishedReportsFilledIn, reportEntriesHoldTogether, reportMonthsValid } from './report-rules.ts';
import type { Rule } from './rule.ts';
import { bodyTablesWellFormed } from './table-rules.ts';
import { urlsSecure } from './url-rules.ts';

/** Every cross-entry rule, in the order their messages read best; docs/content-checks.md describes each. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  uniqueKeys,
  fileNamesMatchIds,
  identifiersWellFormed,
  referencesResolve,
  introducedVersionsFit,
  lineLastVersionsFit,
  unfixedLinesNameTheirEnd,
  fixedVersionsMoveForward,
  releaseDatesInOrder,
  advisoryDatesInOrder,
  releasedReleasesComplete,
  dueReleasesReady,
  cvssAgreesWithSeverity,
  urlsSecure,
  noPlaceholdersInPublished,
  advisoryBodiesDoNotRepeatThePage,
  bodyLinksLeadSomewhere,
  noCveNamedBeforeItsRelease,
  noEmbargoedAdvisoryInPublicFolder,
  bodyTablesWellFormed,
  reportMonthsValid,
  publishedReportsFilledIn,
  reportEntriesHoldTogether,
];

/**
 * Runs every cross-entry rule over what loaded. Files that failed their schema are absent, and the rules leave
 * references to them alone, so one broken file neither hides the others' problems nor causes false ones.
 */
export function checkContent(content: PartialContentSet, now: Date): Diagnostic[] {
  return RULES.flatMap((rule) => rule({ content, now }));
}
