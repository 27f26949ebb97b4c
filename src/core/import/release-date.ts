import { DAY_MS } from '../format/dates.ts';
import type { NodeReleaseData } from './node-release-data.ts';

export type DateBasis = 'published' | 'version' | 'month' | 'earlier-version';

export interface ReleaseDate {
  date: string;
  basis: DateBasis;
  /** Whether the day is a guess that someone should correct by hand. */
  estimated: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The month a Node.js announcement's address names, e.g. `.../june-2023-security-releases/` or `.../oct-2017-dos/`.
 * Returns `YYYY-MM`.
 */
export function monthOfRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const slug = ref.toLowerCase().split('#')[0] ?? '';
  const match = /(?:^|[/-])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-(\d{4})(?=$|[/-])/.exec(slug);
  if (!match?.[1] || !match[2]) return undefined;
  return `${match[2]}-${String(MONTHS.indexOf(match[1]) + 1).padStart(2, '0')}`;
}

const WINDOW_DAYS = 62;

/**
 * The day of a release from the days its fixed versions came out. A database slip can name a version of another
 * release, so when the announcement names a month, only days from that month to the next count; otherwise the day
 * most versions share.
 */
function versionDay(days: string[], month: string | undefined): string | undefined {
  if (month) {
    const start = Date.parse(`${month}-01T00:00:00Z`);
    return latest(
      days.filter((day) => Date.parse(`${day}T00:00:00Z`) - start >= 0 && Date.parse(`${day}T00:00:00Z`) - start < WINDOW_DAYS * DAY_MS),
    );
  }
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || b.localeCompare(a))[0]?.[0];
}

function latest(dates: string[]): string | undefined {
  return dates.sort().at(-1);
}

/** The last dated version of the same line before `version`: the release cannot be older than it. */
function datedPredecessor(version: string, data: NodeReleaseData, compare: (a: string, b: string) => number): string | undefined {
  const [major, minor] = version.split('.');
  let best: { version: string; date: string } | undefined;
  for (const [candidate, date] of data.versionDates) {
    const [candidateMajor, candidateMinor] = candidate.split('.');
    if (candidateMajor !== major || (major === '0' && candidateMinor !== minor) || /-/.test(candidate)) continue;
    if (compare(candidate, version) >= 0) continue;
    if (!best || compare(candidate, best.version) > 0) best = { version: candidate, date };
  }
  return best?.date;
}

export interface DateEvidence {
  /** `publish_date` values of the group's entries. */
  published: string[];
  refs: string[];
  /** The release's fixed versions. */
  versions: string[];
}

/**
 * The day of a release, from the best evidence there is: an entry's publish date; else the day Node.js published one
 * of its fixed versions; else the first of the month its announcement's address names; else the day of the last
 * known version before its fixes. Only the first two are facts; the others are marked estimated.
 */
export function releaseDate(
  evidence: DateEvidence,
  data: NodeReleaseData,
  compare: (a: string, b: string) => number,
): ReleaseDate | undefined {
  const published = evidence.published.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort()[0];
  if (published) return { date: published, basis: 'published', estimated: false };
  const month = evidence.refs.map(monthOfRef).find((value) => value !== undefined);
  const fromVersions = versionDay(
    evidence.versions.flatMap((version) => data.versionDates.get(version) ?? []),
    month,
  );
  if (fromVersions) return { date: fromVersions, basis: 'version', estimated: false };
  if (month) return { date: `${month}-01`, basis: 'month', estimated: true };
  const predecessor = latest(evidence.versions.flatMap((version) => datedPredecessor(version, data, compare) ?? []));
  if (predecessor) return { date: predecessor, basis: 'earlier-version', estimated: true };
  return undefined;
}
