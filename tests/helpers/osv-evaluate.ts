import semver from 'semver';

type Event = { introduced?: string; fixed?: string; last_affected?: string; limit?: string };
interface Range {
  type: string;
  events: Event[];
}

/** The order of versions in a SEMVER range, with OSV's special values: `0` before every version, `*` after. */
function compare(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '0' || b === '*') return -1;
  if (b === '0' || a === '*') return 1;
  return semver.compare(a, b);
}

function eventVersion(event: Event): string {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '';
}

/** Whether a SEMVER range holds `version`: the `IncludedInRanges` evaluation of the OSV specification, one range. */
function rangeHolds(range: Range, version: string): boolean {
  const limits = range.events.flatMap((event) => (event.limit === undefined ? [] : [event.limit]));
  if (limits.length > 0 && !limits.some((limit) => compare(version, limit) < 0)) return false;
  let vulnerable = false;
  for (const event of [...range.events].sort((a, b) => compare(eventVersion(a), eventVersion(b)))) {
    if (event.introduced !== undefined && compare(version, event.introduced) >= 0) vulnerable = true;
    else if (event.fixed !== undefined && compare(version, event.fixed) >= 0) vulnerable = false;
    else if (event.last_affected !== undefined && compare(version, event.last_affected) > 0) vulnerable = false;
  }
  return vulnerable;
}

/** What a scanner following the OSV specification concludes: `version` is affected when any range holds it. */
export function osvAffects(record: { affected: { ranges: Range[] }[] }, version: string): boolean {
  return record.affected.some((affected) => affected.ranges.some((range) => range.type === 'SEMVER' && rangeHolds(range, version)));
}
