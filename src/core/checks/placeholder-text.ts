import type { FieldPath } from '../content/diagnostic.ts';

/**
 * Text that stands in for something still to be written. The generic markers are matched in upper case only, so
 * that ordinary words ("todo list") pass; the scaffold sentences are what `npm run advisory:new` and
 * `npm run report:new` write into new files (tests/unit/check-placeholders.test.ts keeps the two in step).
 */
const MARKERS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /\b(?:TODO|TBD|FIXME)\b/, name: 'a $& marker' },
  { pattern: /\bXXX\b/, name: 'an XXX marker' },
  // Capitalised as the scaffolds write it, so that prose such as "bytes to be written" passes.
  { pattern: /\bTo be (?:written|filled in|confirmed|decided)\b/, name: 'the scaffold text "$&"' },
  { pattern: /\bWhat the vulnerability is, in a paragraph\./, name: 'the scaffold text "$&"' },
  { pattern: /\bWho is affected, under which conditions, and what an attacker can achieve\./, name: 'the scaffold text "$&"' },
  { pattern: /\bWhat users can do until they upgrade, or that no workaround is known\./, name: 'the scaffold text "$&"' },
  { pattern: /\bWho found, reported and fixed the issue\./, name: 'the scaffold text "$&"' },
  { pattern: /\blorem ipsum\b/i, name: 'the filler text "$&"' },
];

/** One pass over the text rules out nearly every string before the markers are tried one by one. */
const ANY_MARKER = new RegExp(MARKERS.map(({ pattern }) => pattern.source).join('|'), 'i');

/** Names the first placeholder in a piece of text, e.g. `a TODO marker`, or undefined when there is none. */
export function findPlaceholder(text: string): string | undefined {
  if (!ANY_MARKER.test(text)) return undefined;
  for (const { pattern, name } of MARKERS) {
    const match = pattern.exec(text);
    if (match) return name.replace('$&', match[0]);
  }
  return undefined;
}

export interface BodyPlaceholder {
  /** 0-based line within the body. */
  index: number;
  found: string;
}

/** Placeholders in a Markdown/MDX body, line by line, skipping code (where TODO or XXX may be quoted on purpose). */
export function findBodyPlaceholders(body: string): BodyPlaceholder[] {
  const out: BodyPlaceholder[] = [];
  if (!ANY_MARKER.test(body)) return out;
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((line, index) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && (fence === undefined || opener.startsWith(fence))) {
      fence = fence === undefined ? opener : undefined;
      return;
    }
    if (fence !== undefined) return;
    const found = findPlaceholder(line.replace(/`[^`]*`/g, ''));
    if (found) out.push({ index, found });
  });
  return out;
}

export interface FieldPlaceholder {
  path: FieldPath;
  found: string;
}

/** Placeholders in every string of front matter, each with the path of its field (`credits[0].name`). */
export function findFieldPlaceholders(value: unknown, path: FieldPath = []): FieldPlaceholder[] {
  if (typeof value === 'string') {
    const found = findPlaceholder(value);
    return found ? [{ path, found }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findFieldPlaceholders(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findFieldPlaceholders(item, [...path, key]));
  }
  return [];
}
