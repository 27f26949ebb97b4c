import { utcMoment } from '../format/dates.ts';
import type { AdvisoryView, SiteModel } from '../model/types.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { affectedSpans, opensLine, spansByLine } from '../versions/semver-range.ts';
import { compareVersions, lineEndVersion, lineFirstVersion } from '../versions/version.ts';
import { isOsvEcosystem } from './osv-ecosystems.ts';
import { semverRanges } from './security-wg-index.ts';

export const OSV_SCHEMA_VERSION = '1.7.0';

type OsvEvent = { introduced: string } | { fixed: string } | { last_affected: string };

/**
 * `line`: the release line the range lies on, when it lies on one. `unfixed`: the range ends where its line does, or
 * never, rather than at a version that fixes it.
 */
type OsvRange = { type: 'SEMVER'; events: OsvEvent[]; database_specific: { line?: string; unfixed?: true } };

export interface OsvRecord {
  schema_version: string;
  id: string;
  modified: string;
  published: string;
  withdrawn?: string;
  aliases: string[];
  /** Other CVE ids that the same fix closed: separate vulnerabilities, so related, never aliases. */
  related?: string[];
  summary: string;
  details: string;
  severity?: { type: 'CVSS_V3' | 'CVSS_V4'; score: string }[];
  affected: {
    package?: { ecosystem: string; name: string; purl?: string };
    ranges: OsvRange[];
    ecosystem_specific: { platforms: string[] };
    database_specific?: { ecosystem: string; package: string };
  }[];
  references: { type: string; url: string }[];
  credits: { name: string; type: string; contact?: string[] }[];
  /** `no_cve`: why the advisory went out without a CVE id, so that a tool does not wait for one. */
  database_specific: { severity: string; cwe_ids: string[]; url: string; release: string; no_cve?: string };
}

/** `x_NODE-CVE-2023-30581`: the registered (or `x_`) prefix of the site, then the advisory's own id. */
export function osvId(advisory: AdvisoryView, site: SiteConfig): string {
  return `${site.osv.prefix}-${advisory.id}`;
}

/**
 * A line with no fixed version (one that reached its end of life unfixed) must still end: an `introduced` alone would
 * run on through every later line, the fixed ones included, since OSV counts a version affected when any one range
 * holds it. It ends at the line's last release (`last_affected`) when its file names one; otherwise at the first
 * version after it, as a `fixed` event, which tools may offer as an upgrade. Never a `limit`: the specification keeps
 * it for git ranges, and scanners such as osv.dev's read only `introduced`, `fixed` and `last_affected` in SEMVER ones.
 */
function events(line: AdvisoryView['affected'][number]): OsvEvent[] {
  const introduced = { introduced: line.introduced ?? lineFirstVersion(line.line) };
  if (line.fixedVersion) return [introduced, { fixed: line.fixedVersion }];
  return [introduced, line.lastVersion ? { last_affected: line.lastVersion } : { fixed: lineEndVersion(line.line) }];
}

function lineRange(line: AdvisoryView['affected'][number]): OsvRange {
  return {
    type: 'SEMVER',
    events: events(line),
    database_specific: line.fixedVersion ? { line: line.line } : { line: line.line, unfixed: true },
  };
}

/**
 * The ranges of an imported advisory, from the database's own `vulnerable` and `patched` ranges, which the
 * security-wg index publishes as they are: the two exports must give every version the same answer, and the
 * database's ranges can say more than the advisory's lines (a line fixed before the release, a bound across lines,
 * a patched single version). A version is affected when it satisfies `vulnerable` and not `patched`; each stretch of
 * such versions is one range, cut where release lines begin. Undefined when the ranges are not semver ranges.
 */
function sourceRanges(advisory: AdvisoryView): OsvRange[] | undefined {
  if (!advisory.source) return undefined;
  const { vulnerable, patched } = semverRanges(advisory);
  const spans = affectedSpans(vulnerable, patched);
  // A patched range that covers the vulnerable one leaves no version: an affected entry without ranges reads to
  // some tools as "every version", so the advisory's own lines say what is affected instead.
  if (!spans || spans.length === 0) return undefined;
  const lastVersions = new Map(advisory.affected.flatMap((line) => (line.lastVersion ? [[line.line, line.lastVersion] as const] : [])));
  return spansByLine(spans)
    .map(({ from, to, line }): OsvRange => {
      // OSV's `0` says "from the very first version", which a range such as `<= 10` means.
      const introduced = { introduced: from === '0.0.0' ? '0' : from };
      const unfixed = to === undefined || opensLine(to);
      const known = line && unfixed ? lastVersions.get(line) : undefined;
      const lastVersion = known && compareVersions(known, from) >= 0 ? known : undefined;
      const end: OsvEvent[] = to === undefined ? [] : [lastVersion ? { last_affected: lastVersion } : { fixed: to }];
      return {
        type: 'SEMVER',
        events: [introduced, ...end],
        database_specific: { ...(line ? { line } : {}), ...(unfixed ? { unfixed: true as const } : {}) },
      };
    })
    .reverse();
}

/**
 * One advisory as an OSV record. `published` is the release moment and never changes; `modified` is never earlier.
 * Each release line is its own SEMVER range, from the line's first version (`20.0.0`, `0.12.0`) or the version that
 * introduced the flaw, to its fixed version, or to the end of the line when it has none. An imported advisory takes
 * its ranges from the database's instead (see sourceRanges).
 */
export function osvRecord(advisory: AdvisoryView, site: SiteConfig, advisoryUrl: string): OsvRecord {
  const packageFields = isOsvEcosystem(site.osv.ecosystem)
    ? { package: { ecosystem: site.osv.ecosystem, name: site.osv.package, ...(site.osv.purl ? { purl: site.osv.purl } : {}) } }
    : // OSV has no ecosystem for every project (a runtime is not a package); the ranges stay, the name goes aside.
      { database_specific: { ecosystem: site.osv.ecosystem, package: site.osv.package } };
  return {
    schema_version: OSV_SCHEMA_VERSION,
    id: osvId(advisory, site),
    modified: utcMoment(advisory.modified),
    published: utcMoment(advisory.published),
    ...(advisory.withdrawn ? { withdrawn: utcMoment(advisory.withdrawn.at) } : {}),
    // OSV merges records through aliases, so only the advisory's own CVE is one; the further CVE ids a single fix
    // closed are vulnerabilities of their own.
    aliases: advisory.cve ? [advisory.cve] : [],
    ...(advisory.aliases?.length ? { related: advisory.aliases } : {}),
    summary: advisory.title,
    details: advisory.summary,
    ...(advisory.cvss
      ? { severity: [{ type: advisory.cvss.version === '4.0' ? ('CVSS_V4' as const) : ('CVSS_V3' as const), score: advisory.cvss.vector }] }
      : {}),
    affected: [
      {
        ...packageFields,
        ranges: sourceRanges(advisory) ?? advisory.affected.map(lineRange),
        ecosystem_specific: { platforms: advisory.platforms },
      },
    ],
    references: [
      { type: 'ADVISORY', url: advisoryUrl },
      ...advisory.references
        .filter((reference) => reference.url !== advisoryUrl)
        .map((reference) => ({ type: reference.type.toUpperCase(), url: reference.url })),
    ],
    credits: advisory.credits.map((credit) => ({
      name: credit.name,
      type: credit.role.toUpperCase(),
      ...(credit.url ? { contact: [credit.url] } : {}),
    })),
    database_specific: {
      severity: advisory.severity,
      cwe_ids: advisory.cwe,
      url: advisoryUrl,
      release: advisory.release.id,
      ...(advisory.noCve ? { no_cve: advisory.noCve } : {}),
    },
  };
}

/** Every advisory of the model as OSV, newest first; the model holds released advisories only. */
export function osvRecords(model: SiteModel, advisoryUrl: (id: string) => string): OsvRecord[] {
  return model.advisories.map((advisory) => osvRecord(advisory, model.site, advisoryUrl(advisory.id)));
}
