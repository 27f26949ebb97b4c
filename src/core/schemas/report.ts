import { z } from 'zod';
import { IsoDateSchema, SlugSchema } from './common';
import { EngagementSchema, TalkSchema } from './engagement';

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month written as YYYY-MM' });

/**
 * null marks a figure still to be filled in; a published report may not keep one of a figure the team tracks. Left out,
 * it is null: a team that never counts participating hackers need not write the field.
 */
const FigureSchema = z.number({ error: 'expected a number' }).nonnegative().nullable().default(null);

export const INITIATIVE_STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;

export const ReportMetricsSchema = z.strictObject({
  reportsReceived: FigureSchema,
  reportsClosed: FigureSchema,
  firstResponseHours: FigureSchema,
  firstResponseGoalHours: FigureSchema,
  reportsInTriage: FigureSchema,
  hackersParticipating: FigureSchema,
  extra: z.array(z.strictObject({ name: z.string().min(1), value: FigureSchema, unit: z.string().optional() })).default([]),
});

export const InitiativeStatusSchema = z.strictObject({
  initiative: SlugSchema,
  status: z.enum(INITIATIVE_STATUSES, { error: `expected one of ${INITIATIVE_STATUSES.join(', ')}` }),
  note: z.string().optional(),
});

export const ReportSchema = z.strictObject({
  month: MonthSchema,
  title: z.string().min(1).optional(),
  published: IsoDateSchema,
  authors: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  metrics: ReportMetricsSchema,
  initiatives: z.array(InitiativeStatusSchema).default([]),
  talks: z.array(TalkSchema).default([]),
  engagements: z.array(EngagementSchema).default([]),
});

export type ReportData = z.output<typeof ReportSchema>;
export type ReportMetrics = z.output<typeof ReportMetricsSchema>;

/** The figures every report carries, in the order the front matter lists them. */
export const REPORT_FIGURES = [
  'reportsReceived',
  'reportsClosed',
  'firstResponseHours',
  'firstResponseGoalHours',
  'reportsInTriage',
  'hackersParticipating',
] as const satisfies readonly (keyof ReportMetrics)[];

export type ReportFigure = (typeof REPORT_FIGURES)[number];
export type InitiativeStatus = z.output<typeof InitiativeStatusSchema>;
export type InitiativeStatusValue = (typeof INITIATIVE_STATUSES)[number];
