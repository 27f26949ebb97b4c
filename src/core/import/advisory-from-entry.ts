import { PLATFORMS, type Platform, type REFERENCE_TYPES } from '../schemas/advisory.ts';
import { CvssError, scoreCvssVector } from '../severity/cvss.ts';
import { ADVISORY_SEVERITIES, type AdvisorySeverity } from '../severity/severity.ts';
import { rangeSpans } from '../versions/semver-range.ts';
import { firstParagraph, mdxSafeText, oneLine, titleFrom } from './mdx-text.ts';
import { NODEJS_DATABASE, type NodejsEntry } from './nodejs-entry.ts';
import { normalizeRange } from './semver-ranges.ts';

type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** The front matter and body of one imported advisory, before it is tied to a release. */
export interface ImportedAdvisory {
  id: string;
  fields: Record<string, unknown>;
  body: string;
  /** What a person should look at, one short phrase each. */
  notes: string[];
}

export type AdvisoryMapping = { advisory: ImportedAdvisory } | { problem: string };

/** An advisory's id: its first CVE id, else a name after the database entry. */
export function advisoryIdFor(entry: NodejsEntry): string {
  return entry.data.cve[0] ?? `nodejs-sec-${entry.id}`;
}

function referenceType(url: string): ReferenceType {
  if (/^https:\/\/nodejs\.org\/[^?#]*\/vulnerability\//.test(url)) return 'advisory';
  if (/github\.com\/[^/]+\/[^/]+\/(?:pull|commit)\//.test(url)) return 'fix';
  if (/hackerone\.com\/reports\//.test(url)) return 'report';
  return 'web';
}

function cvssFields(entry: NodejsEntry, severity: AdvisorySeverity, notes: string[]): Record<string, unknown> | undefined {
  const raw = entry.data.cvss?.trim();
  if (!raw) return undefined;
  const vector = raw.startsWith('CVSS:') ? raw : `CVSS:${raw}`;
  try {
    const score = scoreCvssVector(vector);
    if (entry.data.cvss_score !== undefined && entry.data.cvss_score !== score.score) {
      notes.push(`CVSS score ${entry.data.cvss_score} in the database, ${score.score} from the vector`);
    }
    if (score.severity === severity) return { vector };
    notes.push(`severity ${severity} differs from its CVSS score ${score.score} (${score.severity})`);
    return {
      vector,
      severityOverride: `The Node.js security working group rated it ${severity}; the CVSS ${score.version} vector alone scores ${score.score} (${score.severity}).`,
    };
  } catch (error) {
    if (!(error instanceof CvssError)) throw error;
    notes.push(`CVSS vector "${raw}" is not valid and was left out`);
    return undefined;
  }
}

/**
 * Maps the facts of one database entry onto an advisory: first CVE id as `cve`, the others as `aliases`; the
 * description as title; the overview as body; the original ranges, reference and date in `source`.
 */
export function advisoryFromEntry(entry: NodejsEntry): AdvisoryMapping {
  const { data } = entry;
  const notes: string[] = [];
  const severity = data.severity.trim().toLowerCase();
  if (!(ADVISORY_SEVERITIES as readonly string[]).includes(severity)) {
    return { problem: `severity "${data.severity}" is none of ${ADVISORY_SEVERITIES.join(', ')}` };
  }
  const platforms = data.affectedEnvironments.map((value) => value.trim());
  const unknownPlatform = platforms.find((value) => !(PLATFORMS as readonly string[]).includes(value));
  if (unknownPlatform) return { problem: `affectedEnvironments "${unknownPlatform}" is none of ${PLATFORMS.join(', ')}` };
  const badCve = data.cve.find((cve) => !/^CVE-\d{4}-\d{4,}$/.test(cve));
  if (badCve) return { problem: `cve "${badCve}" is not a CVE id` };
  // The exports read the ranges as semver ranges; one that is not could be published but never answered.
  for (const field of ['vulnerable', 'patched'] as const) {
    if (!rangeSpans(normalizeRange(data[field]))) return { problem: `${field} "${normalizeRange(data[field])}" is not a semver range` };
  }

  const description = data.description ? oneLine(data.description) : '';
  const overview = data.overview?.trim() ?? '';
  const title = description || (overview ? titleFrom(overview) : `Node.js security issue ${entry.id}`);
  const summary = overview ? firstParagraph(overview) : description || title;
  const body = mdxSafeText(overview || description);

  const credits = [
    ...(data.reported_by?.trim() ? [{ name: oneLine(data.reported_by), role: 'reporter' }] : []),
    // The database's `author` names the finder for some entries and the fixer for others, so its role stays open.
    ...(data.author?.trim() ? [{ name: oneLine(data.author), role: 'other' }] : []),
  ];
  const ref = data.ref?.trim();
  const references = ref?.startsWith('https://') ? [{ type: referenceType(ref), url: ref }] : [];
  if (ref && !ref.startsWith('https://')) notes.push(`reference ${ref} is not https:// and stays in source.ref only`);
  const cwe = data.type ? [...new Set(data.type.match(/CWE-\d+/g) ?? [])] : [];
  if (data.type && cwe.length === 0) notes.push(`type "${data.type}" names no CWE id`);
  const published = data.publish_date?.trim();
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) notes.push(`publish_date "${published}" is not a date and was left out`);
  const cvss = cvssFields(entry, severity as AdvisorySeverity, notes);

  const fields: Record<string, unknown> = {};
  if (data.cve[0]) fields.cve = data.cve[0];
  if (data.cve.length > 1) fields.aliases = data.cve.slice(1);
  fields.title = title;
  fields.release = '';
  fields.severity = severity;
  if (cvss) fields.cvss = cvss;
  if (cwe.length > 0) fields.cwe = cwe;
  fields.lines = [];
  fields.platforms = platforms as Platform[];
  if (credits.length > 0) fields.credits = credits;
  if (references.length > 0) fields.references = references;
  fields.summary = summary;
  fields.source = {
    database: NODEJS_DATABASE,
    id: entry.id,
    vulnerable: normalizeRange(data.vulnerable),
    patched: normalizeRange(data.patched),
    ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
    ...(ref ? { ref } : {}),
  };
  return { advisory: { id: advisoryIdFor(entry), fields, body, notes } };
}

/** The facts two entries must share to be one advisory; any difference keeps the second out. */
export function entryFingerprint(entry: NodejsEntry): string {
  const { data } = entry;
  return JSON.stringify({
    cve: data.cve,
    vulnerable: normalizeRange(data.vulnerable),
    patched: normalizeRange(data.patched),
    severity: data.severity,
    affectedEnvironments: data.affectedEnvironments,
    ref: data.ref,
    description: data.description,
    overview: data.overview,
    author: data.author,
    reported_by: data.reported_by,
    cvss: data.cvss,
    publish_date: data.publish_date,
    type: data.type,
  });
}
