import type { Diagnostic, FieldPath } from '../content/diagnostic';
import type { Entry } from '../content/entry';
import { formatMoment } from '../format/dates';
import { reportPublicFrom } from '../model/report-view';
import { earlyMention, NEVER, publicBodies, releasedFrom, whenTextIsOut } from './public-moments';
import { bodyProblem, problem, type Rule } from './rule';

const CVE = /CVE-\d{4}-\d{4,}/g;

/** A piece of text that goes public at `from`: a front-matter field, or a body (`field` undefined). */
interface Text {
  entry: Entry<unknown>;
  field?: FieldPath;
  text: string;
  from: number;
}

/**
 * No text names an advisory's CVE id before the advisory is public: a report, a date-change note or another release's
 * text that mentions it ahead of its release reveals it as surely as its page would. Each text is taken at the moment
 * it goes public, as links are (link-rules.ts).
 */
export const noCveNamedBeforeItsRelease: Rule = ({ content, now }) => {
  // When each CVE id the content holds goes public: with the first advisory that carries it.
  const cveFrom = new Map<string, { from: number; release: string }>();
  for (const advisory of content.advisories) {
    const from = releasedFrom(content, advisory.data.release);
    for (const id of [advisory.data.cve, ...(advisory.data.aliases ?? [])]) {
      if (!id) continue;
      const known = cveFrom.get(id);
      if (!known || from < known.from) cveFrom.set(id, { from, release: advisory.data.release });
    }
  }
  if (cveFrom.size === 0) return [];

  const texts: Text[] = publicBodies(content).map(({ entry, from }) => ({ entry, text: entry.body, from }));
  for (const advisory of content.advisories) {
    const from = releasedFrom(content, advisory.data.release);
    texts.push({ entry: advisory, field: ['title'], text: advisory.data.title, from });
    if (advisory.data.summary) texts.push({ entry: advisory, field: ['summary'], text: advisory.data.summary, from });
    advisory.data.credits.forEach((credit, index) => {
      texts.push({ entry: advisory, field: ['credits', index, 'name'], text: credit.name, from });
      if (credit.url) texts.push({ entry: advisory, field: ['credits', index, 'url'], text: credit.url, from });
    });
    advisory.data.references.forEach((reference, index) => {
      texts.push({ entry: advisory, field: ['references', index, 'url'], text: reference.url, from });
    });
    const { withdrawn } = advisory.data;
    if (withdrawn) texts.push({ entry: advisory, field: ['withdrawn', 'reason'], text: withdrawn.reason, from });
  }
  for (const release of content.releases) {
    // The pre-announcement lists the dependency updates from the moment the release is announced.
    const announced = Date.parse(release.data.announcedAt);
    release.data.dependencies.forEach((dependency, index) => {
      texts.push({ entry: release, field: ['dependencies', index, 'name'], text: dependency.name, from: announced });
      dependency.links.forEach((link, linkIndex) => {
        texts.push({ entry: release, field: ['dependencies', index, 'links', linkIndex], text: link, from: announced });
      });
    });
    release.data.dateChanges.forEach((change, index) => {
      texts.push({ entry: release, field: ['dateChanges', index, 'note'], text: change.note, from: Date.parse(change.at) });
    });
    const { cancelled } = release.data;
    if (cancelled) texts.push({ entry: release, field: ['cancelled', 'note'], text: cancelled.note, from: Date.parse(cancelled.at) });
  }
  for (const report of content.reports) {
    const from = reportPublicFrom(report.data);
    texts.push({ entry: report, field: ['summary'], text: report.data.summary, from });
    report.data.initiatives.forEach((item, index) => {
      if (item.note) texts.push({ entry: report, field: ['initiatives', index, 'note'], text: item.note, from });
    });
    report.data.talks.forEach((talk, index) => {
      texts.push({ entry: report, field: ['talks', index, 'title'], text: talk.title, from });
    });
    report.data.engagements.forEach((engagement, index) => {
      texts.push({ entry: report, field: ['engagements', index, 'title'], text: engagement.title, from });
      if (engagement.note) texts.push({ entry: report, field: ['engagements', index, 'note'], text: engagement.note, from });
    });
  }
  // An initiative's page is public from the moment its file is.
  for (const initiative of content.initiatives) {
    texts.push({ entry: initiative, field: ['summary'], text: initiative.data.summary, from: now.getTime() });
  }

  const out: Diagnostic[] = [];
  for (const { entry, field, text, from } of texts) {
    if (!text.includes('CVE-')) continue;
    const named = new Set<string>();
    for (const match of text.matchAll(CVE)) {
      const id = match[0];
      // An advisory's address is the link rule's to report; one message for one mistake.
      if (text.slice(0, match.index).endsWith('/advisories/')) continue;
      const target = cveFrom.get(id);
      if (!target || named.has(id)) continue;
      const level = earlyMention(from, target.from, now);
      if (!level) continue;
      named.add(id);
      const until =
        target.from === NEVER
          ? `its release ${target.release} is not yet published`
          : `its release goes out at ${formatMoment(target.from)}`;
      const message = `names ${id} ${whenTextIsOut(from, now)}, before its advisory is public (${until}): the text would reveal it; name it once the release is out`;
      const line = text.slice(0, match.index).split('\n').length - 1;
      out.push(field ? problem(level, entry, field, message) : bodyProblem(level, entry, line, message));
    }
  }
  return out;
};
