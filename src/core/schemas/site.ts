import { z } from 'zod';
import { EmailSchema, HttpsUrlSchema } from './common.ts';
import { LINE_STATUSES } from './line.ts';

/** Registered prefixes may hold a hyphen (`SUSE-SU`); check-time warnings say whether OSV accepts the prefix. */
const OsvPrefixSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: 'expected an OSV id prefix such as x_NODE' });

/** A week: time for users to plan an upgrade, short enough to keep a fix quiet. */
export const DEFAULT_PRE_ANNOUNCEMENT_DAYS = 7;

export const SiteConfigSchema = z.strictObject({
  name: z.string().min(1),
  project: z.string().min(1),
  description: z.string().min(1),
  url: HttpsUrlSchema,
  language: z.string().default('en'),
  projectUrl: HttpsUrlSchema,
  downloadsUrl: HttpsUrlSchema.optional(),
  /** Where one version lives, its release notes or downloads: `{version}` is replaced by "20.3.1". */
  versionUrl: HttpsUrlSchema.refine((url) => url.includes('{version}'), {
    error: 'expected a URL with {version} in it, such as https://nodejs.org/en/blog/release/v{version}',
  }).optional(),
  security: z.strictObject({
    policy: HttpsUrlSchema,
    reporting: HttpsUrlSchema,
    contact: z.array(z.union([EmailSchema, HttpsUrlSchema])).min(1),
    mailingList: HttpsUrlSchema.optional(),
    acknowledgments: HttpsUrlSchema.optional(),
    preferredLanguages: z.string().default('en'),
  }),
  osv: z.strictObject({
    prefix: OsvPrefixSchema,
    ecosystem: z.string().min(1),
    package: z.string().min(1),
    purl: z.string().optional(),
  }),
  releaseTiming: z.string().min(1),
  /** How many days ahead the process pre-announces a release: the check and release:new warn of less. */
  preAnnouncementDays: z.number({ error: 'expected a number of days' }).int().min(0).default(DEFAULT_PRE_ANNOUNCEMENT_DAYS),
  /** What a pre-announcement says of release lines past their end of life, when the project has a policy on them. */
  endOfLifeNotice: z.string().min(1).optional(),
  /** Written before a version wherever one is shown on its own: "v" for v20.3.1; nothing for 8.4.0. */
  versionPrefix: z.string().default(''),
  /** The project's own names for the line statuses, where Node's LTS terms do not fit ("Security fixes only"). */
  lineStatusLabels: z.partialRecord(z.enum(LINE_STATUSES), z.string().min(1)).default({}),
  exports: z
    .strictObject({
      /** The Node.js security working group's vuln/core/index.json, which tools such as is-my-node-vulnerable read. */
      securityWgIndex: z.boolean().default(false),
    })
    .default({ securityWgIndex: false }),
  theme: z
    .strictObject({
      accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour such as #417e38' }),
    })
    .default({ accent: '#2f6f3e' }),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;
