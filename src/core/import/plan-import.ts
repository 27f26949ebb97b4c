import { addDays } from '../format/dates.ts';
import { affectedSpans, fixedVersionByRanges, spansOnLine, type VersionSpan } from '../versions/semver-range.ts';
import { compareLinesDescending, compareVersions, lineEndVersion, lineFirstVersion } from '../versions/version.ts';
import { advisoryFromEntry, entryFingerprint, type ImportedAdvisory } from './advisory-from-entry.ts';
import { dataFileText, entryFileText, withFrontMatterField } from './content-files.ts';
import { importedLine } from './line-file.ts';
import type { NodeReleaseData } from './node-release-data.ts';
import { compareEntryIds, KNOWN_ENTRY_FIELDS, NODEJS_DATABASE, type NodejsEntry, type ParsedEntry } from './nodejs-entry.ts';
import { type DateBasis, releaseDate } from './release-date.ts';
import { fixedVersionsOf, normalizeRange } from './semver-ranges.ts';
import { vulnerableLinesOf } from './vulnerable-lines.ts';

/** An advisory already in the content folder, as far as the import needs to know it. */
export interface ExistingAdvisory {
  id: string;
  text: string;
  cve: string | undefined;
  aliases: string[];
  release: string | undefined;
  source: { database: string; id: string; duplicates?: string[] | undefined } | undefined;
}

export interface ExistingContent {
  advisories: ExistingAdvisory[];
  /** Release id → its lines. */
  releases: Map<string, string[]>;
  /** Line id → its status. */
  lines: Map<string, string>;
}

export interface ImportInput {
  entries: ParsedEntry[];
  existing: ExistingContent;
  releaseData: NodeReleaseData;
  /** Decides the status of new release lines. */
  now: Date;
}

export type Outcome =
  | { entry: string; kind: 'imported'; advisory: string }
  | { entry: string; kind: 'merged'; advisory: string; reason: string }
  | { entry: string; kind: 'unchanged'; advisory: string }
  | { entry: string; kind: 'skipped'; reason: string };

export interface PlannedFile {
  /** Relative to the content folder. */
  path: string;
  text: string;
  action: 'create' | 'update';
}

export interface PlannedRelease {
  id: string;
  entries: string[];
  basis: DateBasis;
  estimated: boolean;
}

export interface ImportPlan {
  files: PlannedFile[];
  outcomes: Outcome[];
  /** Entry id → what a person should look at. */
  notes: Map<string, string[]>;
  releases: PlannedRelease[];
  lines: string[];
  /** Problems that concern no single entry. */
  general: string[];
}

interface Candidate {
  entry: NodejsEntry;
  advisory: ImportedAdvisory;
  fixed: Map<string, string>;
  existing: ExistingAdvisory | undefined;
  duplicates: string[];
}

function evidenceOf(members: Candidate[]) {
  const lines = new Map<string, string>();
  for (const line of new Set(members.flatMap((member) => [...member.fixed.keys()]))) {
    lines.set(line, consensus(members.flatMap((member) => member.fixed.get(line) ?? [])));
  }
  return {
    published: members.flatMap((member) => member.entry.data.publish_date?.trim() ?? []),
    refs: members.flatMap((member) => member.entry.data.ref ?? []),
    versions: [...lines.values()],
  };
}

function groupKey(candidate: Candidate): string {
  const ref = candidate.entry.data.ref?.trim();
  if (ref) return `ref:${ref.split('#')[0]?.replace(/\/+$/, '').toLowerCase()}`;
  return `versions:${versionSet(candidate.fixed)}`;
}

function versionSet(fixed: Map<string, string>): string {
  return [...fixed.values()].sort().join(' ');
}

/** The version most entries name for a line; on a tie the earliest, which is the first that fixed anything. */
function consensus(versions: string[]): string {
  const counts = new Map<string, number>();
  for (const version of versions) counts.set(version, (counts.get(version) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareVersions(a, b))[0]?.[0] ?? '';
}

function findExisting(existing: ExistingContent, advisory: ImportedAdvisory, entry: NodejsEntry): ExistingAdvisory | undefined {
  const bySource = existing.advisories.find(
    (candidate) =>
      candidate.source?.database === NODEJS_DATABASE &&
      (candidate.source.id === entry.id || candidate.source.duplicates?.includes(entry.id)),
  );
  if (bySource) return bySource;
  const cves = new Set(entry.data.cve);
  return existing.advisories.find(
    (candidate) =>
      candidate.id === advisory.id || (candidate.cve && cves.has(candidate.cve)) || candidate.aliases.some((alias) => cves.has(alias)),
  );
}

/**
 * Plans an import without touching the disk: which advisories, releases and lines to write, which existing files
 * to merge into, and what happened to every entry. Running it again over its own result plans nothing.
 */
export function planImport(input: ImportInput): ImportPlan {
  const { existing, releaseData, now } = input;
  const outcomes: Outcome[] = [];
  const notes = new Map<string, string[]>();
  const general: string[] = [];
  const note = (entry: string, text: string) => notes.set(entry, [...(notes.get(entry) ?? []), text]);

  const parsed = input.entries
    .flatMap((item) => {
      if ('entry' in item) return [item.entry];
      outcomes.push({ entry: item.id, kind: 'skipped', reason: item.problem });
      return [];
    })
    .sort((a, b) => compareEntryIds(a.id, b.id));

  // One advisory per entry; an entry that repeats another word for word joins it instead.
  const candidates: Candidate[] = [];
  const byAdvisoryId = new Map<string, Candidate>();
  const byCve = new Map<string, Candidate>();
  const fingerprints = new Map<string, Candidate>();
  for (const entry of parsed) {
    const mapped = advisoryFromEntry(entry);
    if ('problem' in mapped) {
      outcomes.push({ entry: entry.id, kind: 'skipped', reason: mapped.problem });
      continue;
    }
    const { advisory } = mapped;
    const { byLine, unmapped } = fixedVersionsOf(entry.data.patched);
    if (byLine.size === 0) {
      outcomes.push({
        entry: entry.id,
        kind: 'skipped',
        reason: `patched range "${normalizeRange(entry.data.patched)}" names no fixed version`,
      });
      continue;
    }
    for (const part of unmapped) note(entry.id, `patched part "${part}" maps to no further release line`);
    const twin = fingerprints.get(entryFingerprint(entry));
    if (twin) {
      twin.duplicates.push(entry.id);
      const reason = `says exactly what entry ${twin.entry.id} says`;
      // A duplicate already recorded by an earlier import is not news.
      if (twin.existing?.source?.duplicates?.includes(entry.id))
        outcomes.push({ entry: entry.id, kind: 'unchanged', advisory: twin.existing.id });
      else outcomes.push({ entry: entry.id, kind: 'merged', advisory: twin.advisory.id, reason });
      continue;
    }
    const clash = byAdvisoryId.get(advisory.id) ?? entry.data.cve.map((cve) => byCve.get(cve)).find(Boolean);
    if (clash) {
      outcomes.push({
        entry: entry.id,
        kind: 'skipped',
        reason: `${advisory.id} is already imported from entry ${clash.entry.id}, which says something different; reconcile the two by hand`,
      });
      continue;
    }
    for (const text of advisory.notes) note(entry.id, text);
    if (!entry.data.cve.length) note(entry.id, `no CVE id: imported as ${advisory.id}`);
    if (entry.data.cve.length > 1) note(entry.id, `${entry.data.cve.length} CVE ids: ${advisory.id} carries the others as aliases`);
    if (advisory.fields.severity === 'unknown') note(entry.id, 'severity "unknown": shown as unrated');
    if (entry.data.vulnerable !== normalizeRange(entry.data.vulnerable) || entry.data.patched !== normalizeRange(entry.data.patched)) {
      note(entry.id, 'stray spaces in its ranges were removed');
    }
    const unknownFields = Object.keys(entry.data).filter((key) => !KNOWN_ENTRY_FIELDS.has(key));
    if (unknownFields.length) note(entry.id, `fields not imported: ${unknownFields.join(', ')}`);
    const candidate: Candidate = { entry, advisory, fixed: byLine, existing: findExisting(existing, advisory, entry), duplicates: [] };
    candidates.push(candidate);
    fingerprints.set(entryFingerprint(entry), candidate);
    byAdvisoryId.set(advisory.id, candidate);
    for (const cve of entry.data.cve) byCve.set(cve, candidate);
  }

  // Releases: entries of one announcement (or, without one, of the same fixed versions) share a release.
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates.filter((item) => item.entry.data.ref?.trim())) {
    groups.set(groupKey(candidate), [...(groups.get(groupKey(candidate)) ?? []), candidate]);
  }
  for (const candidate of candidates.filter((item) => !item.entry.data.ref?.trim())) {
    const set = versionSet(candidate.fixed);
    const match = [...groups.entries()].find(([, members]) => members.some((member) => versionSet(member.fixed) === set));
    const key = match?.[0] ?? groupKey(candidate);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }

  const releaseLines = new Map<string, Map<string, string>>();
  const plannedReleases = new Map<string, PlannedRelease>();
  const releaseOf = new Map<Candidate, string>();
  const taken = (id: string) => existing.releases.has(id) || plannedReleases.has(id);
  const firstEntry = (members: Candidate[]) => members[0]?.entry.id ?? '';
  const dated = [...groups.values()]
    .sort((a, b) => compareEntryIds(firstEntry(a), firstEntry(b)))
    .map((members) => ({ members, found: releaseDate(evidenceOf(members), releaseData, compareVersions) }));
  // Known days first, so that an estimated date never takes a day a dated release needs.
  dated.sort((a, b) => Number(a.found?.estimated ?? true) - Number(b.found?.estimated ?? true));
  for (const { members, found } of dated) {
    const lines = new Map<string, string>();
    const allLines = [...new Set(members.flatMap((member) => [...member.fixed.keys()]))];
    for (const line of allLines) lines.set(line, consensus(members.flatMap((member) => member.fixed.get(line) ?? [])));
    const known = members
      .map((member) => member.existing?.release)
      .find((id): id is string => id !== undefined && existing.releases.has(id));
    let id = known;
    if (!id) {
      if (!found) {
        for (const member of members) {
          outcomes.push({
            entry: member.entry.id,
            kind: 'skipped',
            reason: 'no date for its release: no publish_date, dated version or month in its ref',
          });
        }
        continue;
      }
      let date = found.date;
      if (found.estimated) while (taken(date)) date = addDays(date, 1);
      id = date;
      const planned = plannedReleases.get(id);
      if (planned) {
        planned.entries.push(...members.map((member) => member.entry.id));
        const merged = releaseLines.get(id) ?? new Map();
        for (const [line, version] of lines) {
          if (merged.has(line) && merged.get(line) !== version)
            general.push(`release ${id}: ${line} is fixed in ${merged.get(line)} and ${version}; kept ${merged.get(line)}`);
          else merged.set(line, version);
        }
      } else if (!existing.releases.has(id)) {
        plannedReleases.set(id, { id, entries: members.map((member) => member.entry.id), basis: found.basis, estimated: found.estimated });
        releaseLines.set(id, lines);
      }
    }
    for (const member of members) releaseOf.set(member, id);
  }

  // Lines: those the releases fix, plus end-of-life lines an advisory names as vulnerable without a fix.
  const lineEnds = new Map<string, string>();
  for (const [id, lines] of releaseLines) for (const line of lines.keys()) if ((lineEnds.get(line) ?? '') < id) lineEnds.set(line, id);
  const newLines = new Map<string, ReturnType<typeof importedLine>>();
  for (const [line, end] of [...lineEnds].sort(([a], [b]) => compareLinesDescending(b, a))) {
    if (!existing.lines.has(line)) newLines.set(line, importedLine(line, releaseData, now, end));
  }

  const files: PlannedFile[] = [];
  for (const candidate of candidates) {
    const release = releaseOf.get(candidate);
    if (!release) continue;
    const { entry, advisory, existing: found } = candidate;
    const duplicates = candidate.duplicates.length ? { duplicates: candidate.duplicates } : {};
    if (found?.source?.database === NODEJS_DATABASE) {
      outcomes.push({ entry: entry.id, kind: 'unchanged', advisory: found.id });
      continue;
    }
    if (found) {
      const source = { ...(advisory.fields.source as Record<string, unknown>), ...duplicates };
      const text = withFrontMatterField(found.text, 'source', source);
      if (!text) {
        outcomes.push({
          entry: entry.id,
          kind: 'skipped',
          reason: `advisories/${found.id}.mdx exists and its front matter cannot be read`,
        });
        continue;
      }
      files.push({ path: `advisories/${found.id}.mdx`, text, action: 'update' });
      outcomes.push({
        entry: entry.id,
        kind: 'merged',
        advisory: found.id,
        reason: `advisories/${found.id}.mdx existed; it gained the entry's source ranges`,
      });
      continue;
    }
    const fixedInRelease = releaseLines.get(release) ?? new Map((existing.releases.get(release) ?? []).map((line) => [line, '']));
    const lines: string[] = [];
    // Lines whose difference from the database's ranges a note already explains.
    const explained = new Set<string>();
    for (const [line, version] of candidate.fixed) {
      if (!fixedInRelease.has(line)) {
        note(entry.id, `release ${release} does not ship ${line}, so ${line} is not listed as affected`);
        continue;
      }
      const shipped = fixedInRelease.get(line);
      if (shipped && shipped !== version) {
        note(entry.id, `patched names ${version} for ${line}; its release ships ${shipped}`);
        explained.add(line);
      }
      lines.push(line);
    }
    // A line the entry calls vulnerable but no version fixes was out of support: listed as affected without a fix.
    const vulnerable = vulnerableLinesOf(entry.data.vulnerable);
    for (const part of vulnerable.unmapped) note(entry.id, `vulnerable part "${part}" names no single release line`);
    for (const line of vulnerable.lines) {
      if (candidate.fixed.has(line)) continue;
      const candidateLine = existing.lines.has(line) ? undefined : (newLines.get(line) ?? importedLine(line, releaseData, now, release));
      const status = existing.lines.get(line) ?? candidateLine?.fields.status;
      // A new line is written only when an advisory lists it.
      if (candidateLine && status === 'end-of-life') newLines.set(line, candidateLine);
      if (status === 'end-of-life') lines.push(line);
      else note(entry.id, `vulnerable on ${line}, which got no fix and is not end-of-life: not listed as affected`);
    }
    if (lines.length === 0) {
      outcomes.push({ entry: entry.id, kind: 'skipped', reason: `none of its fixed lines is among release ${release}'s lines` });
      continue;
    }
    const introduced: Record<string, string> = {};
    for (const line of lines) {
      const start = vulnerable.introduced[line];
      if (start === undefined) continue;
      const shipped = fixedInRelease.get(line);
      if (shipped && compareVersions(start, shipped) >= 0) {
        note(entry.id, `vulnerable from ${start} on ${line}, not before its fix ${shipped}: kept from the line's start`);
        explained.add(line);
      } else introduced[line] = start;
    }
    const spans = affectedSpans(entry.data.vulnerable, entry.data.patched) ?? [];
    for (const line of lines) {
      const shipped = fixedInRelease.get(line);
      // A release already in the content is not read for its versions, so what its page shows is not known here.
      if (shipped === '' || explained.has(line)) continue;
      const fixedBefore = shipped === undefined ? fixedVersionByRanges(entry.data.vulnerable, entry.data.patched, line) : undefined;
      if (fixedBefore) note(entry.id, `${line} was fixed in ${fixedBefore}, where its vulnerable range ends, not by its release`);
      // The page shows one stretch per line; the exports publish the database's, which may say otherwise.
      const shown = { from: introduced[line] ?? lineFirstVersion(line), to: shipped ?? fixedBefore ?? lineEndVersion(line) };
      const database = spansOnLine(spans, line);
      if (database.length !== 1 || database[0]?.from !== shown.from || database[0]?.to !== shown.to) {
        note(
          entry.id,
          `on ${line} the entry's ranges make ${stretches(database)} affected, the advisory page ${stretches([shown])}; OSV and the index follow the ranges`,
        );
      }
    }
    const fields = {
      ...advisory.fields,
      release,
      lines: lines.sort(compareLinesDescending),
      ...(Object.keys(introduced).length > 0 ? { introduced } : {}),
      source: { ...(advisory.fields.source as Record<string, unknown>), ...duplicates },
    };
    files.push({ path: `advisories/${advisory.id}.mdx`, text: entryFileText(fields, advisory.body), action: 'create' });
    outcomes.push({ entry: entry.id, kind: 'imported', advisory: advisory.id });
  }

  for (const [id, lines] of releaseLines) {
    const planned = plannedReleases.get(id);
    if (!planned) continue;
    const fields = {
      date: id,
      announcedAt: `${id}T00:00:00Z`,
      lines: [...lines].sort(([a], [b]) => compareLinesDescending(a, b)).map(([line, version]) => ({ line, version })),
      releasedAt: `${id}T00:00:00Z`,
    };
    const refs = [
      ...new Set(
        candidates.filter((candidate) => releaseOf.get(candidate) === id).flatMap((candidate) => candidate.entry.data.ref?.trim() ?? []),
      ),
    ];
    files.push({ path: `releases/${id}.mdx`, text: entryFileText(fields, releaseBody(planned, refs)), action: 'create' });
  }
  for (const line of [...newLines.values()].sort((a, b) => compareLinesDescending(a.id, b.id))) {
    files.push({ path: `lines/${line.id}.yaml`, text: dataFileText(line.fields), action: 'create' });
    if (line.note) general.push(line.note);
  }

  outcomes.sort((a, b) => compareEntryIds(a.entry, b.entry));
  return {
    files,
    outcomes,
    notes,
    releases: [...plannedReleases.values()].sort((a, b) => a.id.localeCompare(b.id)),
    lines: [...newLines.keys()].sort(compareLinesDescending),
    general,
  };
}

/** `9.7.0 up to 9.8.0`: from the first version, up to the second and without it. */
function stretches(spans: VersionSpan[]): string {
  return spans.map((span) => `${span.from} up to ${span.to ?? 'every later version'}`).join(' and ') || 'no version';
}

const BASIS_SENTENCE: Record<DateBasis, string> = {
  published: 'The date is the publication date the database records.',
  version: 'The date is the day Node.js published its fixed versions.',
  month: 'The database records no day for this release; the date shown is the first of the month its announcement names.',
  'earlier-version':
    'The database records no day for this release; the date shown is that of the last known version before its fixes, so the release came out on or after it.',
};

function releaseBody(release: PlannedRelease, refs: string[]): string {
  const entries = release.entries.sort(compareEntryIds);
  return [
    `Imported from the Node.js security working group's vulnerability database (${entries.length === 1 ? 'entry' : 'entries'} ${entries.join(', ')}). ${BASIS_SENTENCE[release.basis]}`,
    ...(refs.length ? [`Announced in: ${refs.map((ref) => `[${ref.replace(/^https?:\/\//, '')}](${ref})`).join(', ')}.`] : []),
  ].join('\n\n');
}
