import { z } from 'zod';
import { HttpsUrlSchema, IsoDateSchema } from './common.ts';

/**
 * One talk at one venue. A talk given at several venues is listed once per venue under the same title; the report
 * page shows it once, with each venue.
 */
export const TalkSchema = z.strictObject({
  title: z.string().min(1),
  venue: z.string().min(1),
  date: IsoDateSchema.optional(),
  url: HttpsUrlSchema.optional(),
});

export const ENGAGEMENT_KINDS = ['event', 'meeting', 'post', 'podcast'] as const;

/** The team's other appearances: an event it took part in, a public meeting, a blog post, a podcast. */
export const EngagementSchema = z.strictObject({
  kind: z.enum(ENGAGEMENT_KINDS, { error: `expected one of ${ENGAGEMENT_KINDS.join(', ')}` }),
  title: z.string().min(1),
  date: IsoDateSchema.optional(),
  url: HttpsUrlSchema.optional(),
  note: z.string().min(1).optional(),
});

export type Talk = z.output<typeof TalkSchema>;
export type Engagement = z.output<typeof EngagementSchema>;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];
