import type { Diagnostic } from '../content/diagnostic';
import type { ContentSet } from '../content/entry';
import { cvssAgreesWithSeverity } from './advisory-rules';
import { fileNamesMatchIds, uniqueIds } from './identity-rules';
import { referencesResolve } from './reference-rules';
import { releaseDatesInOrder, releasedReleasesComplete } from './release-rules';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  uniqueIds,
  fileNamesMatchIds,
  referencesResolve,
  releaseDatesInOrder,
  releasedReleasesComplete,
  cvssAgreesWithSeverity,
];

/** Runs every cross-entry rule over content that already passed its schemas. */
export function checkContent(content: ContentSet, now: Date): Diagnostic[] {
  return RULES.flatMap((rule) => rule({ content, now }));
}
