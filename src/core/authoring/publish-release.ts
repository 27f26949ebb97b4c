import { isSeq } from 'yaml';
import { publishGaps } from '../checks/publish-gaps.ts';
import { formatFieldPath } from '../content/diagnostic.ts';
import type { Entry } from '../content/entry.ts';
import { utcDay, utcMoment } from '../format/dates.ts';
import { isOutBy, targetDateAt } from '../lifecycle/phase.ts';
import type { AdvisoryData } from '../schemas/advisory.ts';
import { SemverSchema } from '../schemas/common.ts';
import type { ReleaseData } from '../schemas/release.ts';
import { versionBelongsToLine } from '../versions/version.ts';
import { AuthoringError } from './authoring-error.ts';
import { openEntry, serializeEntry } from './front-matter-document.ts';

export interface PublishRequest {
  /** The release's id, as the commands take it. */
  releaseId: string;
  versions: string[];
  /** When the release goes public; builds from then on show the full release-day post. */
  at: string;
  /** By when a publication already scheduled counts as out: the later of the clock and the command's moment. */
  now: Date;
  /** Publish before the date readers were told. */
  early?: boolean;
  /** Publish after the date readers were told, without telling them the date moved. */
  late?: boolean;
  /** False when `at` is the command's moment rather than an --at the steward gave, for the messages. */
  atGiven?: boolean;
}

export interface PublishedRelease {
  text: string;
  /** The fixed version of every line, in the release's line order. */
  fixed: { line: string; version: string }[];
}

export function parseVersionList(value: string): string[] {
  const versions = value
    .split(',')
    .map((version) => version.trim())
    .filter(Boolean);
  if (versions.length === 0) throw new AuthoringError('--versions needs the fixed versions, e.g. --versions 20.3.1,18.16.1');
  for (const version of versions) {
    if (!SemverSchema.safeParse(version).success)
      throw new AuthoringError(`--versions: "${version}" is not a version; expected something like 20.3.1`);
  }
  return versions;
}

/** Why a release may not be published yet: the details every reader of the release-day post needs. */
export function publishBlockers(release: ReleaseData, advisories: Entry<AdvisoryData>[], fixed: Map<string, string>): string[] {
  const blockers: string[] = [];
  for (const item of release.lines) {
    if (!fixed.has(item.line)) blockers.push(`line ${item.line} has no fixed version; add one to --versions`);
  }
  for (const advisory of advisories) {
    for (const gap of publishGaps(advisory)) {
      const where = gap.line ? `${advisory.file}:${gap.line}` : advisory.file;
      const field = formatFieldPath(gap.path);
      const fix =
        field === 'cve'
          ? '; add `cve:` and rename the file to the CVE id, or, if none will come in time, `noCve:` with the reason (the file keeps its name)'
          : '';
      blockers.push(`${where} ${field}: ${gap.missing}${fix}`);
    }
  }
  return blockers;
}

/** Sets each line's fixed version and the release's released-at moment, leaving the rest of the file as it was. */
export function publishRelease(
  file: string,
  text: string,
  release: ReleaseData,
  advisories: Entry<AdvisoryData>[],
  request: PublishRequest,
): PublishedRelease {
  if (request.early && request.late) {
    throw new AuthoringError('--early and --late contradict each other: a release goes out before the date readers were told, or after it');
  }
  // A publication scheduled for later may be set again (other versions, another moment) until it happens.
  if (isOutBy(release, request.now))
    throw new AuthoringError(`the release is already published (releasedAt ${release.releasedAt}); edit ${file} to correct it`);
  if (release.cancelled)
    throw new AuthoringError(`the release is cancelled (${release.cancelled.at}); a cancelled release is not published`);
  if (Date.parse(request.at) < Date.parse(release.announcedAt)) {
    const moment = request.atGiven === false ? `now (${request.at})` : `--at ${request.at}`;
    throw new AuthoringError(`${moment} comes before the pre-announcement (${release.announcedAt}); a release is announced first`);
  }
  const target = targetDateAt(release, new Date(request.at));
  const atUtc = utcMoment(request.at);
  if (!request.early && utcDay(atUtc) < target) {
    throw new AuthoringError(
      `readers were told ${target}, and ${atUtc} comes before it; publish on the day, or pass --early to publish before it (and say why in the release's text)`,
    );
  }
  // Readers waiting since the day they were told learn why from a date change, which cannot be recorded once the
  // release is out.
  if (!request.late && utcDay(atUtc) > target) {
    throw new AuthoringError(
      `readers were told ${target}, and ${atUtc} comes after it; tell them the date moved first (npm run release:postpone -- ${request.releaseId} --to ${utcDay(atUtc)} --note "…"), then publish; or pass --late to publish without a date change`,
    );
  }
  const releaseLines = release.lines.map((item) => item.line);
  const fixed = new Map(release.lines.flatMap((item) => (item.version ? [[item.line, item.version] as const] : [])));
  for (const version of request.versions) {
    const line = releaseLines.find((candidate) => versionBelongsToLine(version, candidate));
    if (!line) throw new AuthoringError(`--versions: ${version} belongs to none of the release's lines (${releaseLines.join(', ')})`);
    if (request.versions.filter((other) => versionBelongsToLine(other, line)).length > 1) {
      throw new AuthoringError(`--versions: more than one version for line ${line}`);
    }
    fixed.set(line, version);
  }
  const blockers = publishBlockers(release, advisories, fixed);
  if (blockers.length > 0) throw new AuthoringError(`release ${file} is not ready to publish:`, blockers);

  const entry = openEntry(file, text);
  const lines = entry.document.get('lines', true);
  if (!isSeq(lines)) throw new AuthoringError(`${file}: lines is not a list; run npm run check`);
  release.lines.forEach((item, index) => {
    entry.document.setIn(['lines', index, 'version'], fixed.get(item.line));
  });
  entry.document.set('releasedAt', request.at);
  return { text: serializeEntry(entry), fixed: release.lines.map((item) => ({ line: item.line, version: fixed.get(item.line) ?? '' })) };
}
