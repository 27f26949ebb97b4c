import { z } from 'zod';
import { IsoDateSchema, SlugSchema } from './common.ts';
import { EngagementSchema, TalkSchema } from './engagement.ts';

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month written as YYYY-MM' });

const NumberSchema = z.number({ error: 'expected a number' }).nonnegative({ error: 'expected a number of zero or more' });

/** null marks a figure still to be filled in; a published report may not keep one. */
const FigureSchema = NumberSchema.nullable();

/**
 * Left out (undefined), a figure the team does not count: one that never counts participating hackers skips it.
 * Reports and people come whole; hours may be an average.
 */
const CountSchema = NumberSchema.int({ error: 'expected a whole number' }).nullable().optional();
const HoursSchema = FigureSchema.optional();

export const INITIATIVE_STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;

export const ReportMetricsSchema = z.strictObject({
  reportsReceived: CountSchema,
  reportsClosed: CountSchema,
  firstResponseHours: HoursSchema,
  firstResponseGoalHours: HoursSchema,
  reportsInTriage: CountSchema,
  hackersParticipating: CountSchema,
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

/** The figures as pages and charts read them: one left out is as good as not given (null). */
export type GivenFigures = { [K in ReportFigure]: number | null } & Pick<ReportMetrics, 'extra'>;

export function givenFigures(metrics: ReportMetrics): GivenFigures {
  const given = Object.fromEntries(REPORT_FIGURES.map((figure) => [figure, metrics[figure] ?? null]));
  return { ...(given as { [K in ReportFigure]: number | null }), extra: metrics.extra };
}
export type InitiativeStatus = z.output<typeof InitiativeStatusSchema>;
export type InitiativeStatusValue = (typeof INITIATIVE_STATUSES)[number];
