import { z } from 'zod';
import { HttpsUrlSchema, IsoDateSchema, IsoDateTimeSchema, LineIdSchema, SemverSchema } from './common.ts';

export const ReleaseLineSchema = z.strictObject({
  line: LineIdSchema,
  /** The version that fixes this line; required once the release is published. */
  version: SemverSchema.optional(),
});

export const DependencyUpdateSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().min(1),
  lines: z.array(LineIdSchema).min(1),
  links: z.array(HttpsUrlSchema).default([]),
});

export const DateChangeSchema = z.strictObject({
  at: IsoDateTimeSchema,
  to: IsoDateSchema,
  note: z.string().min(1),
});

export const CancellationSchema = z.strictObject({
  at: IsoDateTimeSchema,
  note: z.string().min(1),
});

export const ReleaseSchema = z.strictObject({
  /** The release date as first announced; the id keeps it even when the date later moves. */
  date: IsoDateSchema,
  announcedAt: IsoDateTimeSchema,
  lines: z.array(ReleaseLineSchema).min(1, { error: 'expected at least one release line' }),
  dependencies: z.array(DependencyUpdateSchema).default([]),
  dateChanges: z.array(DateChangeSchema).default([]),
  releasedAt: IsoDateTimeSchema.optional(),
  cancelled: CancellationSchema.optional(),
});

export type ReleaseData = z.output<typeof ReleaseSchema>;
export type ReleaseLine = z.output<typeof ReleaseLineSchema>;
export type DependencyUpdate = z.output<typeof DependencyUpdateSchema>;
export type DateChange = z.output<typeof DateChangeSchema>;
