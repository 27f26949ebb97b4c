import { z } from 'zod';
import { isCalendarDate, utcMoment } from '../format/dates.ts';

export const IsoDateSchema = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: 'expected a real calendar date' });

/**
 * A moment with its zone, read as the same instant in UTC (`2023-06-20T22:00:00+01:00` is `2023-06-20T21:00:00Z`):
 * moments written with different offsets must sort and compare as instants wherever the site orders them.
 */
export const IsoDateTimeSchema = z.iso
  .datetime({
    offset: true,
    error: 'expected an ISO 8601 date and time with a time zone, such as 2023-06-13T18:00:00Z',
  })
  .transform(utcMoment);

export const HttpsUrlSchema = z
  .url({ error: 'expected an absolute URL', abort: true })
  .refine((value) => value.startsWith('https://'), { error: 'expected an absolute https:// URL' });

export const EmailSchema = z.email({ error: 'expected an email address' });

// Each id schema gives its message for a value of another type too (YAML reads `20` or `20.3` as a number).
const CVE_ID = 'expected a CVE id such as CVE-2023-30581';
export const CveIdSchema = z.string({ error: CVE_ID }).regex(/^CVE-\d{4}-\d{4,}$/, { error: CVE_ID });

export const CweIdSchema = z.string().regex(/^CWE-\d+$/, { error: 'expected a CWE id such as CWE-22' });

// A line is a major version (`20.x`) or, for projects that maintain minors side by side, a minor one (`4.2.x`); Node.js
// had minor lines before 4.x (`0.12.x`).
const LINE_ID = 'expected a release line id such as 20.x (or 4.2.x, a line of one minor version)';
export const LineIdSchema = z.string({ error: LINE_ID }).regex(/^\d+(?:\.\d+)?\.x$/, { error: LINE_ID });

const VERSION = 'expected a version such as 20.3.1';
export const SemverSchema = z.string({ error: VERSION }).regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: VERSION });

export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lowercase words joined by hyphens' });

export const GithubHandleOrNameSchema = z.string().trim().min(1, { error: 'expected a name' });
