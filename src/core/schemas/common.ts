import { z } from 'zod';

export const IsoDateSchema = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: 'expected a real calendar date' });

export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date and time with a time zone, such as 2023-06-13T18:00:00Z',
});

export const HttpsUrlSchema = z
  .url({ error: 'expected an absolute URL' })
  .refine((value) => value.startsWith('https://'), { error: 'expected an absolute https:// URL' });

export const EmailSchema = z.email({ error: 'expected an email address' });

export const CveIdSchema = z.string().regex(/^CVE-\d{4}-\d{4,}$/, { error: 'expected a CVE id such as CVE-2023-30581' });

export const CweIdSchema = z.string().regex(/^CWE-\d+$/, { error: 'expected a CWE id such as CWE-22' });

// Before 4.x each 0.x minor was its own release line, hence `0.12.x` beside `20.x`.
export const LineIdSchema = z.string().regex(/^(?:\d+|0\.\d+)\.x$/, { error: 'expected a release line id such as 20.x' });

export const SemverSchema = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'expected a version such as 20.3.1' });

export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lowercase words joined by hyphens' });

export const GithubHandleOrNameSchema = z.string().trim().min(1, { error: 'expected a name' });
