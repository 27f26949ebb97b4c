import type { Diagnostic, FieldPath } from '../content/diagnostic.ts';
import type { Entry } from '../content/entry.ts';
import { isReportPublished } from '../model/report-view.ts';
import { findBodyPlaceholders, findFieldPlaceholders } from './placeholder-text.ts';
import { bodyProblem, problem, type Rule } from './rule.ts';

function inFields(entry: Entry<unknown>, value: unknown, path: FieldPath, out: Diagnostic[]) {
  for (const { path: at, found } of findFieldPlaceholders(value, path)) {
    out.push(problem('error', entry, at, `expected finished text in published content, found ${found}`));
  }
}

function inBody(entry: Entry<unknown>, out: Diagnostic[]) {
  for (const { index, found } of findBodyPlaceholders(entry.body)) {
    out.push(bodyProblem('error', entry, index, `expected finished text in published content, found ${found}`));
  }
}

/**
 * No TODO, TBD, XXX or scaffold text in anything public. Only what is or will be published is checked, so drafts
 * under embargo may keep their notes; a release counts as published from releasedAt being set, not from it passing,
 * because a scheduled rebuild may publish it with nobody watching.
 */
export const noPlaceholdersInPublished: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  for (const entry of [...content.lines, ...content.initiatives]) inFields(entry, entry.data, [], out);
  const released = new Set<string>();
  for (const release of content.releases) {
    const isReleased = release.data.releasedAt !== undefined;
    if (isReleased) released.add(release.id);
    if (isReleased || Date.parse(release.data.announcedAt) <= now.getTime()) inFields(release, release.data, [], out);
    if (isReleased) inBody(release, out);
  }
  for (const advisory of content.advisories) {
    if (!released.has(advisory.data.release)) continue;
    inFields(advisory, advisory.data, [], out);
    inBody(advisory, out);
  }
  for (const report of content.reports) {
    if (!isReportPublished(report.data, now)) continue;
    inFields(report, report.data, [], out);
    inBody(report, out);
  }
  return out;
};
