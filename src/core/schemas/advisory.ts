import { z } from 'zod';
import { ADVISORY_SEVERITIES, SEVERITIES, UNRATED } from '../severity/severity.ts';
import { rangeSpans } from '../versions/semver-range.ts';
import { CveIdSchema, CweIdSchema, HttpsUrlSchema, IsoDateSchema, IsoDateTimeSchema, LineIdSchema, SemverSchema } from './common.ts';

export const PLATFORMS = ['all', 'linux', 'win32', 'darwin', 'freebsd', 'openbsd', 'aix', 'sunos', 'android'] as const;

/** Credit roles follow the OSV credit types so that exports keep them without guessing. */
export const CREDIT_ROLES = [
  'finder',
  'reporter',
  'analyst',
  'coordinator',
  'remediation_developer',
  'remediation_reviewer',
  'remediation_verifier',
  'tool',
  'sponsor',
  'other',
] as const;

export const REFERENCE_TYPES = ['advisory', 'article', 'report', 'fix', 'package', 'evidence', 'web'] as const;

export const CreditSchema = z.strictObject({
  name: z.string().min(1),
  role: z.enum(CREDIT_ROLES, { error: `expected one of ${CREDIT_ROLES.join(', ')}` }),
  url: HttpsUrlSchema.optional(),
});

export const ReferenceSchema = z.strictObject({
  type: z.enum(REFERENCE_TYPES, { error: `expected one of ${REFERENCE_TYPES.join(', ')}` }).default('web'),
  url: HttpsUrlSchema,
});

export const CvssSchema = z.strictObject({
  vector: z.string().min(1),
  /** Why the stated severity differs from the one the vector computes; without it a mismatch is an error. */
  severityOverride: z.string().min(1).optional(),
});

export const WithdrawalSchema = z.strictObject({
  at: IsoDateTimeSchema,
  reason: z.string().min(1),
});

/** An npm semver range as the database writes them (`^14.21.2 || >=16.0.0 <16.19.1`), which the exports read. */
const SemverRangeSchema = z
  .string()
  .min(1)
  .refine((range) => rangeSpans(range) !== undefined, { error: 'expected a semver range such as ">=14.0.0 <14.21.2 || ^16.19.1"' });

/**
 * Where an imported advisory came from, with the facts that the rest of the advisory cannot hold exactly: the
 * database's own semver ranges (exports publish them unchanged) and its entry ids, so that a later import recognises it.
 */
export const AdvisorySourceSchema = z.strictObject({
  database: z.string().min(1),
  id: z.string().min(1),
  /** Further entries of the database that said exactly the same and were merged into this advisory. */
  duplicates: z.array(z.string().min(1)).optional(),
  vulnerable: SemverRangeSchema,
  patched: SemverRangeSchema,
  /** The entry's own publication date, when it had one. */
  published: IsoDateSchema.optional(),
  /** The entry's reference as written, also when it is not an https:// URL the references list accepts. */
  ref: z.string().min(1).optional(),
});

export const AdvisorySchema = z
  .strictObject({
    cve: CveIdSchema.optional(),
    /**
     * Why the advisory goes out without a CVE id, when it must: an id not assigned by release day, or an issue no CNA
     * will number. It stands in for `cve` wherever a release needs one, and goes once `cve` comes.
     */
    noCve: z.string().trim().min(1, { error: 'expected the reason the advisory has no CVE id' }).optional(),
    /**
     * Further CVE ids that one fix closed with this one (kept from imported databases). Each is a vulnerability of its
     * own, so OSV records list them as `related`, not as aliases; the name is the database's.
     */
    aliases: z.array(CveIdSchema).optional(),
    title: z.string().min(1),
    release: IsoDateSchema,
    severity: z.enum(ADVISORY_SEVERITIES, { error: `expected one of ${SEVERITIES.join(', ')}` }),
    cvss: CvssSchema.optional(),
    cwe: z.array(CweIdSchema).default([]),
    lines: z
      .array(LineIdSchema, { error: 'expected a list of release lines such as [20.x, 18.x]' })
      .min(1, { error: 'expected at least one affected release line' }),
    /**
     * The first affected version of a line the flaw entered after that line's first release (`18.x: 18.17.0`);
     * a line not listed is affected from its start.
     */
    introduced: z
      .record(LineIdSchema, SemverSchema, { error: 'expected lines with their first affected version, such as 18.x: 18.17.0' })
      .optional(),
    platforms: z
      .array(z.enum(PLATFORMS, { error: `expected one of ${PLATFORMS.join(', ')}` }))
      .min(1)
      .default(['all']),
    credits: z.array(CreditSchema).default([]),
    references: z.array(ReferenceSchema).default([]),
    summary: z.string().optional(),
    /** Set when the advisory text is corrected after release; only ever moves forward. */
    modified: IsoDateTimeSchema.optional(),
    withdrawn: WithdrawalSchema.optional(),
    source: AdvisorySourceSchema.optional(),
  })
  .refine((advisory) => advisory.severity !== UNRATED || advisory.source !== undefined, {
    path: ['severity'],
    error: `"${UNRATED}" is kept only for advisories imported unrated (with a source block); expected low, medium, high or critical`,
  });

export type AdvisoryData = z.output<typeof AdvisorySchema>;
export type Credit = z.output<typeof CreditSchema>;
export type Reference = z.output<typeof ReferenceSchema>;
export type Platform = (typeof PLATFORMS)[number];
export type AdvisorySource = z.output<typeof AdvisorySourceSchema>;
