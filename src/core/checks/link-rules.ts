import { bodyLinks } from '../content/body-links.ts';
import type { Diagnostic, DiagnosticLevel } from '../content/diagnostic.ts';
import type { CollectionName, Entry, PartialContentSet } from '../content/entry.ts';
import { suggestKey } from '../content/key-suggestion.ts';
import { FACET_KINDS, type FacetKind } from '../lines/advisory-filters.ts';
import { reportPublicFrom } from '../model/report-view.ts';
import { PLATFORMS } from '../schemas/advisory.ts';
import { ADVISORY_SEVERITIES } from '../severity/severity.ts';
import { earlyMention, publicBodies, releasedFrom, releaseOutPhrase, whenTextIsOut } from './public-moments.ts';
import { bodyProblem, isBroken, type Rule, type RuleContext } from './rule.ts';

/** The site's pages that show one entry, by the first segment of their path. */
const ENTRY_PAGES: Record<string, { collection: CollectionName; noun: string }> = {
  advisories: { collection: 'advisories', noun: 'advisory' },
  releases: { collection: 'releases', noun: 'release' },
  reports: { collection: 'reports', noun: 'report' },
  initiatives: { collection: 'initiatives', noun: 'initiative' },
  lines: { collection: 'lines', noun: 'release line' },
};

/** The first segments of the site's pages that are not one entry's (src/pages). */
export const SITE_SECTIONS: readonly string[] = [...Object.keys(ENTRY_PAGES), 'metrics', 'subscribe', 'search'];

const ADVISORIES_BY_SEVERITY = '/advisories/by-severity/';

/** Second segments under /advisories/ that are lists, not advisories. */
const ADVISORY_LISTS = new Set<string>(['by-severity', ...FACET_KINDS]);

/** Link targets as Markdown, reference definitions and HTML or JSX attributes write them, for a first look. */
const TARGETS = [
  /\]\(\s*<?([^)\s>]+)/g,
  /^\s*\[[^\]]+\]:\s*<?([^\s>]+)/gm,
  /\bhref\s*=\s*["']([^"']+)["']/g,
  /(https?:\/\/[^\s<>()"'\]]+)/g,
];

/** When an entry's page goes public, and how to say so; undefined for pages that always are (lines, initiatives). */
function pageFrom(moment: RuleContext, collection: CollectionName, id: string): { at: number; what: string } | undefined {
  const { content } = moment;
  if (collection === 'advisories') {
    const advisory = content.advisories.find((entry) => entry.id === id);
    // A release file that does not load says nothing of when the page goes out; its own error is the one to fix.
    if (!advisory || isBroken(content, 'releases', advisory.data.release)) return undefined;
    const at = releasedFrom(content, advisory.data.release);
    return {
      at,
      what: releaseOutPhrase(advisory.data.release, at),
    };
  }
  if (collection === 'releases') {
    const release = content.releases.find((entry) => entry.id === id);
    return release && { at: Date.parse(release.data.announcedAt), what: `it is announced at ${release.data.announcedAt}` };
  }
  if (collection === 'reports') {
    const report = content.reports.find((entry) => entry.id === id);
    return report && { at: reportPublicFrom(report.data), what: `it is published on ${report.data.published}` };
  }
  return undefined;
}

function idsOf(content: PartialContentSet, collection: CollectionName): string[] {
  return (content[collection] as Entry<unknown>[]).map((entry) => entry.id);
}

/** What a link into the site leads to, as far as its path tells. */
type SiteTarget =
  | { kind: 'entry'; first: string; id: string; path: string }
  | { kind: 'filter'; facet: FacetKind; value: string; path: string }
  | { kind: 'section'; first: string; path: string };

/** Where a link leads on the site; undefined for other sites, anchors on the same page, and files. */
function siteTarget(url: string, page: string): SiteTarget | undefined {
  if (url.startsWith('#')) return undefined;
  let target: URL;
  try {
    target = new URL(url, page);
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(page).origin) return undefined;
  const segments = target.pathname.split('/').filter(Boolean);
  const [first = '', id, rest] = segments;
  // The host serves /metrics as /metrics/; the path is said the way the site writes it.
  const path = target.pathname.endsWith('/') || segments.at(-1)?.includes('.') ? target.pathname : `${target.pathname}/`;
  if (first === 'advisories' && isFacetKind(id) && rest !== undefined) return { kind: 'filter', facet: id, value: rest, path };
  if (ENTRY_PAGES[first] && id !== undefined && !(first === 'advisories' && ADVISORY_LISTS.has(id))) {
    if (first === 'lines' && rest !== undefined && rest !== 'feed.xml') return undefined;
    return { kind: 'entry', first, id, path };
  }
  // Feeds, exports, images and whatever public/ holds are files; only a page's address is known in full here.
  if (segments.some((segment) => segment.includes('.'))) return undefined;
  return { kind: 'section', first, path };
}

function isFacetKind(value: string | undefined): value is FacetKind {
  return (FACET_KINDS as readonly (string | undefined)[]).includes(value);
}

/** The values a filtered list may be drawn for; whether one is drawn depends on what is released by then. */
function facetValues(content: PartialContentSet, facet: FacetKind): readonly string[] | undefined {
  switch (facet) {
    case 'severity':
      return ADVISORY_SEVERITIES;
    case 'line':
      return idsOf(content, 'lines');
    case 'platform':
      return PLATFORMS.filter((platform) => platform !== 'all');
    case 'year':
      return undefined;
  }
}

/** A link to a filtered list whose value no list can have: a misspelt severity, line, platform or year. */
function filterProblem(content: PartialContentSet, target: SiteTarget & { kind: 'filter' }): string | undefined {
  const known = facetValues(content, target.facet);
  if (known === undefined ? /^\d{4}$/.test(target.value) : known.includes(target.value)) return undefined;
  // A line whose file does not load is reported there; its links are not mistakes of their own.
  if (target.facet === 'line' && isBroken(content, 'lines', target.value)) return undefined;
  const expected = known === undefined ? 'a year, such as 2023' : `one of ${known.join(', ')}`;
  const suggestion = known && suggestKey(target.value, known);
  return `links to ${target.path}, but there is no list of advisories by ${target.facet} "${target.value}"; expected ${expected}${suggestion ? `: did you mean ${target.path.replace(`/${target.value}/`, `/${suggestion}/`)}?` : ''}`;
}

/** A link to a page of the site's own that is not one, such as /metric/ for /metrics/. */
function sectionProblem(target: SiteTarget & { kind: 'section' }): string | undefined {
  const depth = target.path.split('/').filter(Boolean).length;
  if (depth === 0 || (depth === 1 && SITE_SECTIONS.includes(target.first))) return undefined;
  if (depth === 2 && target.path === ADVISORIES_BY_SEVERITY) return undefined;
  const suggestion = depth === 1 ? suggestKey(target.first, SITE_SECTIONS) : undefined;
  return `links to ${target.path}, which is not a page of this site${suggestion ? `; did you mean /${suggestion}/?` : ''} (a page you added under public/ is not checked)`;
}

/**
 * What is wrong with a link from a body that goes public at `bodyFrom` (NEVER while not scheduled), if it leads to an
 * entry's page that does not exist, or that is not public when the body is.
 */
function linkProblem(
  moment: RuleContext,
  url: string,
  page: string,
  bodyFrom: number,
): { level: DiagnosticLevel; message: string } | undefined {
  const target = siteTarget(url, page);
  if (!target) return undefined;
  if (target.kind === 'filter') {
    const message = filterProblem(moment.content, target);
    return message === undefined ? undefined : { level: 'error', message };
  }
  if (target.kind === 'section') {
    const message = sectionProblem(target);
    return message === undefined ? undefined : { level: 'warning', message };
  }
  const kind = ENTRY_PAGES[target.first];
  if (!kind) return undefined;
  const known = idsOf(moment.content, kind.collection);
  if (!known.includes(target.id)) {
    if (isBroken(moment.content, kind.collection, target.id)) return undefined;
    const suggestion = suggestKey(target.id, known);
    return {
      level: 'error',
      message: `links to ${target.path}, but there is no ${kind.noun} "${target.id}"${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    };
  }
  const from = pageFrom(moment, kind.collection, target.id);
  const level = from && earlyMention(bodyFrom, from.at, moment.now);
  if (!from || !level) return undefined;
  return {
    level,
    message: `links to ${target.path}, which is not public ${whenTextIsOut(bodyFrom, moment.now)} (${from.what}): the link would lead nowhere and name what is not yet published; add it once that page is out`,
  };
}

/**
 * A body's links into the site lead to a page that exists: an entry with that id, public whenever the body is. A link
 * to an advisory still under embargo is dead, and it names the advisory before its release. Bodies are compared by
 * when each side goes public, so a report scheduled before the release it links to is stopped ahead, not on its day.
 */
export const bodyLinksLeadSomewhere: Rule = (moment) => {
  const { content } = moment;
  const site = content.site?.url;
  const origin = site ? new URL(site).origin : 'https://site.invalid';
  const out: Diagnostic[] = [];
  for (const { collection, entry, from: bodyFrom } of publicBodies(content)) {
    const page = `${origin}/${collection}/${entry.id}/`;
    // A first look by pattern finds every link that might be wrong; only a body with one is parsed, which places it
    // on its line and leaves out what only looks like a link (in code).
    const suspect = TARGETS.some((pattern) =>
      [...entry.body.matchAll(pattern)].some((match) => linkProblem(moment, match[1] ?? '', page, bodyFrom)),
    );
    if (!suspect) continue;
    for (const link of bodyLinks(entry.body, entry.absolutePath.endsWith('.mdx'))) {
      const problem = linkProblem(moment, link.url, page, bodyFrom);
      if (problem) out.push(bodyProblem(problem.level, entry, link.line - 1, problem.message));
    }
  }
  return out;
};
