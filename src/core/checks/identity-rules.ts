import type { Diagnostic, FieldPath } from '../content/diagnostic.ts';
import type { Entry, SourceFile } from '../content/entry.ts';
import { isOutBy } from '../lifecycle/phase.ts';
import { problem, type Rule } from './rule.ts';

const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
const URL_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const SINGULAR: Record<SourceFile['collection'], string> = {
  lines: 'line',
  initiatives: 'initiative',
  releases: 'release',
  advisories: 'advisory',
  reports: 'report',
};

/**
 * An id is the file name, and it becomes a URL: two files with one id (public and private folder, or .md next to
 * .mdx) would publish over each other. Works on every file found, parsed or not.
 */
export const uniqueIds: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const groups = Map.groupBy(content.sources, (source) => `${source.collection}\u0000${source.id}`);
  for (const group of groups.values()) {
    for (const source of group.slice(1)) {
      const others = group.filter((other) => other !== source).map((other) => other.file);
      out.push({
        level: 'error',
        file: source.file,
        message: `${SINGULAR[source.collection]} id "${source.id}" is also used by ${others.join(', ')}; each id may appear once across the public and private content folders`,
      });
    }
  }
  return out;
};

function reportDuplicates<T>(
  entries: Entry<T>[],
  what: string,
  key: (entry: Entry<T>) => string | undefined,
  field: string[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = Map.groupBy(
    entries.filter((entry) => key(entry) !== undefined),
    (entry) => key(entry) as string,
  );
  for (const [value, group] of groups) {
    for (const entry of group.slice(1)) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      out.push(problem('error', entry, field, `${what} "${value}" is also used by ${others.join(', ')}; expected it in one file only`));
    }
  }
  return out;
}

/** Every CVE id an advisory claims: its own, and any aliases it merged (as imports from other databases do). */
function cveIds(entry: Entry<{ cve?: string | undefined; aliases?: string[] | undefined }>): { id: string; field: FieldPath }[] {
  const own = entry.data.cve ? [{ id: entry.data.cve, field: ['cve'] as FieldPath }] : [];
  return [...own, ...(entry.data.aliases ?? []).map((id, index) => ({ id, field: ['aliases', index] as FieldPath }))];
}

/** One advisory per CVE, counting aliases, so that two pages never claim the same vulnerability. */
const uniqueCves: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const claims = content.advisories.flatMap((entry) => cveIds(entry).map((claim) => ({ ...claim, entry })));
  for (const [id, group] of Map.groupBy(claims, (claim) => claim.id)) {
    const files = new Set(group.map((claim) => claim.entry.file));
    if (files.size < 2) continue;
    for (const claim of group.slice(1)) {
      const others = [...files].filter((file) => file !== claim.entry.file);
      out.push(
        problem('error', claim.entry, claim.field, `CVE id "${id}" is also claimed by ${others.join(', ')}; expected one advisory per CVE`),
      );
    }
  }
  return out;
};

/** One advisory per CVE, and one report per month, whatever their files are called. */
export const uniqueKeys: Rule = (context) => [
  ...uniqueCves(context),
  ...reportDuplicates(context.content.reports, 'report month', (entry) => entry.data.month, ['month']),
];

export const fileNamesMatchIds: Rule = ({ content, now }) => {
  const out: Diagnostic[] = [];
  for (const entry of [...content.lines, ...content.initiatives]) {
    if (entry.data.id !== entry.id) {
      out.push(
        problem(
          'error',
          entry,
          ['id'],
          `expected "${entry.id}" to match the file name, found "${entry.data.id}"; rename the file or fix the id`,
        ),
      );
    }
  }
  for (const entry of content.releases) {
    if (entry.data.date !== entry.id) {
      out.push(
        problem(
          'error',
          entry,
          ['date'],
          `expected the first announced date to match the file name "${entry.id}", found "${entry.data.date}"; a release keeps its id when its date changes, record the move in dateChanges`,
        ),
      );
    }
  }
  for (const entry of content.reports) {
    if (entry.data.month !== entry.id) {
      out.push(problem('error', entry, ['month'], `expected "${entry.id}" to match the file name, found "${entry.data.month}"`));
    }
  }
  // A released advisory's id is public (its page, its OSV record): a CVE id assigned afterwards joins it, never renames it.
  // Out, not merely scheduled: a CVE id that comes before the release still names the file.
  const released = new Set(content.releases.filter((release) => isOutBy(release.data, now)).map((release) => release.id));
  for (const entry of content.advisories) {
    const { cve } = entry.data;
    if (cve && entry.data.noCve) {
      out.push(
        problem('error', entry, ['noCve'], `expected no reason for a missing CVE id, since the advisory has one (${cve}); remove noCve`),
      );
    }
    if (CVE_ID.test(entry.id) && cve !== entry.id) {
      out.push(problem('error', entry, ['cve'], `expected ${entry.id} to match the file name, found ${cve ? `"${cve}"` : 'no CVE id'}`));
    } else if (!CVE_ID.test(entry.id) && cve && !released.has(entry.data.release)) {
      out.push(
        problem(
          'error',
          entry,
          ['cve'],
          `expected the file to be named ${cve}.mdx once the CVE id is assigned, found "${entry.id}"; once released, the name stays`,
        ),
      );
    }
    if (!URL_SAFE_ID.test(entry.id)) {
      out.push(
        problem(
          'error',
          entry,
          [],
          `the file name "${entry.id}" is not usable as a URL; use the CVE id or lowercase words joined by hyphens`,
        ),
      );
    }
  }
  return out;
};
