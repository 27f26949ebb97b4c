import { z } from 'zod';
import { HttpsUrlSchema, SlugSchema } from './common.ts';

export const InitiativeSchema = z.strictObject({
  id: SlugSchema,
  name: z.string().min(1),
  champions: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  links: z.array(z.strictObject({ label: z.string().min(1), url: HttpsUrlSchema })).default([]),
});

export type Initiative = z.output<typeof InitiativeSchema>;
