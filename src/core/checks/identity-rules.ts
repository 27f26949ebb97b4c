import type { Diagnostic } from '../content/diagnostic';
import type { Entry } from '../content/entry';
import { problem, type Rule } from './rule';

const CVE_FILE = /^CVE-\d{4}-\d{4,}$/;

function duplicates<T>(entries: Entry<T>[], key: (entry: Entry<T>) => string | undefined): Map<string, Entry<T>[]> {
  const groups = new Map<string, Entry<T>[]>();
  for (const entry of entries) {
    const value = key(entry);
    if (value === undefined) continue;
    groups.set(value, [...(groups.get(value) ?? []), entry]);
  }
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

function reportDuplicates<T>(
  entries: Entry<T>[],
  what: string,
  key: (entry: Entry<T>) => string | undefined,
  field: string[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [value, group] of duplicates(entries, key)) {
    for (const entry of group.slice(1)) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      out.push(problem('error', entry, field, `${what} "${value}" is also used by ${others.join(', ')}; each must be unique`));
    }
  }
  return out;
}

export const uniqueIds: Rule = ({ content }) => [
  ...reportDuplicates(content.lines, 'line id', (entry) => entry.id, []),
  ...reportDuplicates(content.initiatives, 'initiative id', (entry) => entry.id, []),
  ...reportDuplicates(content.releases, 'release id', (entry) => entry.id, []),
  ...reportDuplicates(content.advisories, 'advisory id', (entry) => entry.id, []),
  ...reportDuplicates(content.advisories, 'CVE id', (entry) => entry.data.cve, ['cve']),
  ...reportDuplicates(content.reports, 'report month', (entry) => entry.data.month, ['month']),
];

export const fileNamesMatchIds: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  for (const entry of content.lines) {
    if (entry.data.id !== entry.id)
      out.push(problem('error', entry, ['id'], `expected "${entry.id}" to match the file name, found "${entry.data.id}"`));
  }
  for (const entry of content.initiatives) {
    if (entry.data.id !== entry.id)
      out.push(problem('error', entry, ['id'], `expected "${entry.id}" to match the file name, found "${entry.data.id}"`));
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
    if (entry.data.month !== entry.id)
      out.push(problem('error', entry, ['month'], `expected "${entry.id}" to match the file name, found "${entry.data.month}"`));
  }
  for (const entry of content.advisories) {
    const { cve } = entry.data;
    if (CVE_FILE.test(entry.id) && cve !== entry.id) {
      out.push(problem('error', entry, ['cve'], `expected ${entry.id} to match the file name, found ${cve ? `"${cve}"` : 'no CVE id'}`));
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(entry.id)) {
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
