export class NowError extends Error {}

/**
 * The build's moment in time: BULLETIN_NOW when set, so that a build is a pure function of content and time,
 * otherwise the real clock.
 */
export function resolveNow(env: Record<string, string | undefined> = process.env, clock: () => Date = () => new Date()): Date {
  const raw = env.BULLETIN_NOW?.trim();
  if (!raw) return clock();
  const looksIso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw);
  // A time without a zone would be read in the machine's zone: a preview meant for an hour before a release could
  // then fall after it and show every advisory.
  if (looksIso && /T[\d:.]+$/.test(raw)) {
    throw new NowError(`BULLETIN_NOW="${raw}" has a time but no time zone; add Z for UTC (${raw}Z) or an offset such as +01:00`);
  }
  const parsed = new Date(raw);
  if (!looksIso || Number.isNaN(parsed.getTime())) {
    throw new NowError(`BULLETIN_NOW="${raw}" is not an ISO 8601 moment; expected something like 2023-06-15T12:00:00Z`);
  }
  return parsed;
}

/**
 * The later of a command's moment and the clock: by then anything scheduled counts as out, and a day that has come by
 * the clock has come, whatever an earlier BULLETIN_NOW says.
 */
export function clockOrLater(now: Date, clock: () => Date = () => new Date()): Date {
  return new Date(Math.max(now.getTime(), clock().getTime()));
}

/**
 * The moment for a command that writes what is public into the public content folder: BULLETIN_NOW may move it earlier
 * than the clock, never later, since a shell left set to a moment after release day must not put what is still under
 * embargo where it would be committed to the public repository.
 */
export function publicWriteMoment(now: Date, clock: () => Date = () => new Date()): Date {
  return new Date(Math.min(now.getTime(), clock().getTime()));
}
