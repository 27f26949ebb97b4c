import type { Diagnostic, FieldPath } from '../content/diagnostic.ts';
import type { Entry } from '../content/entry.ts';
import { reportPublicFrom } from '../model/report-view.ts';
import { earlyMention, publicBodies, releasedFrom, releaseOutPhrase, whenTextIsOut } from './public-moments.ts';
import { bodyProblem, isBroken, problem, type Rule } from './rule.ts';

// As written in prose, and in the lower case of web addresses (/blog/cve-2023-32002-explained).
const CVE = /CVE-\d{4}-\d{4,}/gi;

/**
 * Whether the text before a CVE id ends in an address of this site's advisory pages: a path (`/advisories/`,
 * `../../advisories/`) or the site's own URL. Another site's `/advisories/` is just text naming the id.
 */
function linksToOwnAdvisoryPage(before: string, origin: string | undefined): boolean {
  const address = /[^\s(<"'[\]]*$/.exec(before)?.[0] ?? '';
  if (!address.endsWith('/advisories/')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(address) || (origin !== undefined && address.startsWith(`${origin}/`));
}

/** Every string in a front matter, with its path. */
function* stringLeaves(value: unknown, path: PropertyKey[]): Generator<{ path: FieldPath; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringLeaves(item, [...path, index]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, [...path, key]);
}

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
  const origin = content.site ? new URL(content.site.url).origin : undefined;
  // When each CVE id the content holds goes public: with the first advisory that carries it.
  const cveFrom = new Map<string, { from: number; release: string }>();
  for (const advisory of content.advisories) {
    // A release file that does not load says nothing of when its CVE ids go out; its own error is the one to fix.
    if (isBroken(content, 'releases', advisory.data.release)) continue;
    const from = releasedFrom(content, advisory.data.release);
    for (const id of [advisory.data.cve, ...(advisory.data.aliases ?? [])]) {
      if (!id) continue;
      const known = cveFrom.get(id);
      if (!known || from < known.from) cveFrom.set(id, { from, release: advisory.data.release });
    }
  }
  if (cveFrom.size === 0) return [];

  const texts: Text[] = publicBodies(content).map(({ entry, from }) => ({ entry, text: entry.body, from }));
  // Every text of the front matter, whatever its field: one added later is read without being listed here.
  const fields = (entry: Entry<unknown>, from: (path: FieldPath) => number) => {
    for (const { path, text } of stringLeaves(entry.data, [])) texts.push({ entry, field: path, text, from: from(path) });
  };
  for (const advisory of content.advisories) {
    const from = releasedFrom(content, advisory.data.release);
    // A withdrawal shows from its own moment, which may come after the release it names.
    const { withdrawn } = advisory.data;
    fields(advisory, ([first]) => (first === 'withdrawn' && withdrawn ? Math.max(from, Date.parse(withdrawn.at)) : from));
  }
  for (const release of content.releases) {
    // The pre-announcement shows the release from its announcement; a date change or cancellation from its own moment.
    const { announcedAt, dateChanges, cancelled } = release.data;
    fields(release, ([first, index]) => {
      if (first === 'dateChanges' && typeof index === 'number') return Date.parse(dateChanges[index]?.at ?? announcedAt);
      if (first === 'cancelled' && cancelled) return Date.parse(cancelled.at);
      return Date.parse(announcedAt);
    });
  }
  for (const report of content.reports) {
    const from = reportPublicFrom(report.data);
    fields(report, () => from);
  }
  // Initiatives and lines are public from the moment their files are.
  for (const entry of [...content.initiatives, ...content.lines]) fields(entry, () => now.getTime());

  const advisoryFiles = new Set<Entry<unknown>>(content.advisories);
  const out: Diagnostic[] = [];
  for (const { entry, field, text, from } of texts) {
    if (!/cve-/i.test(text)) continue;
    const named = new Set<string>();
    for (const match of text.matchAll(CVE)) {
      const id = match[0].toUpperCase();
      // A body's link to this site's page of an advisory is the link rule's to report; one message for one mistake.
      if (!field && linksToOwnAdvisoryPage(text.slice(0, match.index), origin)) continue;
      const target = cveFrom.get(id);
      if (!target || named.has(id)) continue;
      const until = releaseOutPhrase(target.release, target.from);
      const early = earlyMention(from, target.from, now);
      // The site shows the text only once the advisory is out, but a public repository shows the file now. An advisory
      // file itself is the public-folder rule's to report, once (public-folder-rules.ts).
      const inPublicRepository =
        !early && content.privateFolder && !entry.private && target.from > now.getTime() && !advisoryFiles.has(entry);
      if (!early && !inPublicRepository) continue;
      named.add(id);
      const message = early
        ? `names ${id} ${whenTextIsOut(from, now)}, before its advisory is public (${until}): the text would reveal it; name it once the release is out`
        : `names ${id} in the public content folder before its advisory is public (${until}): anyone who reads the public repository sees it now; keep this text in the private folder (BULLETIN_PRIVATE_DIR) until the release is out`;
      const level = early ?? 'warning';
      const line = text.slice(0, match.index).split('\n').length - 1;
      out.push(field ? problem(level, entry, field, message) : bodyProblem(level, entry, line, message));
    }
  }
  return out;
};
