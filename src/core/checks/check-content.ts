import type { Diagnostic } from '../content/diagnostic';
import type { PartialContentSet } from '../content/entry';
import { advisoryBodiesDoNotRepeatThePage } from './body-section-rules';
import { releasedReleasesComplete } from './completeness-rules';
import { cvssAgreesWithSeverity } from './cvss-rules';
import { advisoryDatesInOrder, releaseDatesInOrder } from './date-rules';
import { dueReleasesReady } from './due-rules';
import { fixedVersionsMoveForward } from './fix-order-rules';
import { identifiersWellFormed } from './identifier-rules';
import { fileNamesMatchIds, uniqueIds, uniqueKeys } from './identity-rules';
import { introducedVersionsFit } from './introduced-rules';
import { lineLastVersionsFit, unfixedLinesNameTheirEnd } from './line-rules';
import { bodyLinksLeadSomewhere } from './link-rules';
import { noCveNamedBeforeItsRelease } from './mention-rules';
import { noPlaceholdersInPublished } from './placeholder-rules';
import { noEmbargoedAdvisoryInPublicFolder } from './public-folder-rules';
import { referencesResolve } from './reference-rules';
import { publishedReportsFilledIn, reportEntriesHoldTogether, reportMonthsValid } from './report-rules';
import type { Rule } from './rule';
import { bodyTablesWellFormed } from './table-rules';
import { urlsSecure } from './url-rules';

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
