import type { AdvisoryView } from '../model/types.ts';
import { compareLinesAscending, lineEndVersion, lineMajor, lineMinor } from '../versions/version.ts';

/** One entry as the Node.js security working group's vuln/core/index.json writes it. */
export interface SecurityWgEntry {
  cve: string[];
  vulnerable: string;
  patched: string;
  ref: string;
  overview: string;
  affectedEnvironments: string[];
  severity: string;
}

export interface SemverRanges {
  vulnerable: string;
  patched: string;
}

/**
 * The semver ranges of an advisory: every version of each affected line is vulnerable (`20.x`, `0.12.x`), or from the
 * version that introduced the flaw to the line's end (`>=18.17.0 <19.0.0`; a caret would leave a `0.0.x` line), and the
 * fixed version and what follows it on that line are patched: `^20.3.1` (and `^0.12.17`, the working group's own
 * form), but `~4.2.3` for a line of one minor after 1.0, which a caret would stretch over the minors after it. Tools test `satisfies(v, vulnerable) && !satisfies(v,
 * patched)`.
 */
/** Whether `^fix` stays on the line: on a major line, and on a 0.x one, where a caret keeps to the minor. */
function caretCovers(line: string): boolean {
  return lineMinor(line) === undefined || lineMajor(line) === 0;
}

export function rangesFromLines(advisory: AdvisoryView): SemverRanges {
  const lines = [...advisory.affected].sort((a, b) => compareLinesAscending(a.line, b.line));
  return {
    // A line id is itself a semver range: `20.x`, or a line of one minor such as `4.2.x` or Node's early `0.12.x`.
    vulnerable: lines.map((line) => (line.introduced ? `>=${line.introduced} <${lineEndVersion(line.line)}` : line.line)).join(' || '),
    patched: lines.flatMap((line) => (line.fixedVersion ? [`${caretCovers(line.line) ? '^' : '~'}${line.fixedVersion}`] : [])).join(' || '),
  };
}

/**
 * The ranges an entry publishes. This is the one place to prefer ranges written by hand (e.g. kept from an imported
 * advisory) over the derived ones: return them here when the advisory carries them.
 */
export function semverRanges(advisory: AdvisoryView): SemverRanges {
  if (advisory.source) return { vulnerable: advisory.source.vulnerable, patched: advisory.source.patched };
  return rangesFromLines(advisory);
}

export function securityWgEntry(advisory: AdvisoryView, ref: string): SecurityWgEntry {
  return {
    cve: advisory.cve ? [advisory.cve, ...(advisory.aliases ?? [])] : [],
    ...semverRanges(advisory),
    ref,
    overview: advisory.summary || advisory.title,
    affectedEnvironments: advisory.platforms,
    severity: advisory.severity,
  };
}

/**
 * A vuln/core/index.json that tools such as is-my-node-vulnerable read. It is keyed by the advisory id (the CVE id once
 * assigned), which never changes, rather than by a running number that would shift when an advisory is added.
 * Withdrawn advisories are left out: they are not vulnerabilities, and these tools have no field to say so.
 * Entries are oldest first, as in the working group's own file.
 */
export function securityWgIndex(advisories: AdvisoryView[], refOf: (advisory: AdvisoryView) => string): Record<string, SecurityWgEntry> {
  const entries = advisories
    .filter((advisory) => !advisory.withdrawn)
    .sort((a, b) => Date.parse(a.published) - Date.parse(b.published) || a.id.localeCompare(b.id))
    .map((advisory) => [advisory.id, securityWgEntry(advisory, refOf(advisory))] as const);
  return Object.fromEntries(entries);
}
