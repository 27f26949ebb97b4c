import { z } from 'zod';
import { IsoDateSchema, LineIdSchema } from './common';

export const LINE_STATUSES = ['current', 'active-lts', 'maintenance', 'end-of-life'] as const;

export const LineSchema = z.strictObject({
  id: LineIdSchema,
  label: z.string().min(1),
  status: z.enum(LINE_STATUSES, { error: `expected one of ${LINE_STATUSES.join(', ')}` }),
  endOfLife: IsoDateSchema,
});

export type Line = z.output<typeof LineSchema>;
export type LineStatus = (typeof LINE_STATUSES)[number];
