import { Document } from 'yaml';
import type { Entry } from '../content/entry.ts';
import { isCalendarDate } from '../format/dates.ts';
import { isOutBy } from '../lifecycle/phase.ts';
import { CveIdSchema } from '../schemas/common.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { SEVERITIES, type Severity } from '../severity/severity.ts';
import { AuthoringError } from './authoring-error.ts';
import { YAML_OUTPUT } from './front-matter-document.ts';

export interface NewAdvisoryRequest {
  release: string;
  title: string;
  severity: string;
  lines: string[];
  cve?: string | undefined;
  cvss?: string | undefined;
  summary?: string | undefined;
}

export interface NewAdvisory {
  text: string;
  warnings: string[];
}

/**
 * The file name of a new advisory: its CVE id when assigned; otherwise a neutral name after its release, so that
 * not even a file name hints at the issue. Rename it to the CVE id once one is assigned.
 */
export function advisoryFileId(request: { release: string; cve?: string | undefined }, taken: (id: string) => boolean): string {
  if (request.cve) return request.cve;
  for (let n = 1; ; n++) {
    const id = `${request.release}-${n}`;
    if (!taken(id)) return id;
  }
}

/** An advisory's front matter and a body skeleton with the sections every advisory needs. */
export function newAdvisory(request: NewAdvisoryRequest): NewAdvisory {
  if (!isCalendarDate(request.release))
    throw new AuthoringError(`--release: "${request.release}" is not a release id; expected its date, e.g. 2031-03-10`);
  const title = request.title.trim();
  if (!title) throw new AuthoringError('--title must not be empty');
  if (!(SEVERITIES as readonly string[]).includes(request.severity)) {
    throw new AuthoringError(`--severity: "${request.severity}" is not a severity; expected one of ${SEVERITIES.join(', ')}`);
  }
  if (request.cve !== undefined && !CveIdSchema.safeParse(request.cve).success) {
    throw new AuthoringError(`--cve: "${request.cve}" is not a CVE id; expected something like CVE-2031-0001`);
  }
  const warnings: string[] = [];
  if (!request.cve)
    warnings.push(
      'no --cve yet: add `cve:` and rename the file to the CVE id once it is assigned; release:publish requires it, or `noCve:` with the reason it goes out without one',
    );
  if (!request.summary?.trim()) warnings.push('no --summary yet: release:publish requires one');

  const fields: Record<string, unknown> = {};
  if (request.cve) fields.cve = request.cve;
  fields.title = title;
  fields.release = request.release;
  fields.severity = request.severity as Severity;
  if (request.cvss) fields.cvss = { vector: request.cvss };
  fields.cwe = [];
  fields.lines = request.lines;
  fields.platforms = ['all'];
  fields.credits = [];
  fields.references = [];
  if (request.summary?.trim()) fields.summary = request.summary.trim();
  const document = new Document(fields);
  document.commentBefore = ' Embargoed until its release is published: nothing of this file reaches the site before then.';
  document.comment = ' credits: at least one before release day, e.g. { name: Jane Doe, role: reporter }';
  // Only what the page does not already show: it gives the summary above the body, and the affected lines, fixed
  // versions and credits in sections of its own.
  const body = [
    '',
    '## Impact',
    '',
    'Who is affected, under which conditions, and what an attacker can achieve.',
    '',
    '## Workarounds',
    '',
    'What users can do until they upgrade, or that no workaround is known.',
    '',
  ].join('\n');
  return { text: `---\n${document.toString(YAML_OUTPUT).replace(/\n+$/, '')}\n---\n${body}`, warnings };
}

/**
 * A new advisory goes into a release still to come. A cancelled release is never published; one already out would
 * publish the advisory at once, dated back to its release, where tools that fetch records by modification time never
 * look.
 */
export function refuseClosedRelease(release: Entry<ReleaseData>, now: Date): void {
  const { cancelled, releasedAt } = release.data;
  if (cancelled) {
    throw new AuthoringError(`release ${release.id} is cancelled (${cancelled.at}); add the advisory to the release that ships its fix`);
  }
  if (isOutBy(release.data, now)) {
    throw new AuthoringError(
      `release ${release.id} is already out (releasedAt ${releasedAt}): an advisory added to it would be published at once, dated back to then, and tools that fetch records by their modification time would miss it; add it to a release still to come`,
    );
  }
}
