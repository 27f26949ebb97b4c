import { z } from 'zod';
import { IsoDateSchema, LineIdSchema, SemverSchema } from './common.ts';

export const LINE_STATUSES = ['current', 'active-lts', 'maintenance', 'end-of-life'] as const;

export const LineSchema = z.strictObject({
  id: LineIdSchema,
  label: z.string().min(1),
  status: z.enum(LINE_STATUSES, { error: `expected one of ${LINE_STATUSES.join(', ')}` }),
  /** Left out while the project has announced none: the line is supported until its status says otherwise. */
  endOfLife: IsoDateSchema.optional(),
  /**
   * The line's last release, once it has ended. OSV records end the line's unfixed ranges there (`last_affected`),
   * rather than at the next line's first version, which tools would offer as a fix.
   */
  lastVersion: SemverSchema.optional(),
});

export type Line = z.output<typeof LineSchema>;
export type LineStatus = (typeof LINE_STATUSES)[number];
