import { bodyLinks } from '../content/body-links';
import type { Diagnostic } from '../content/diagnostic';
import type { CollectionName, Entry, PartialContentSet } from '../content/entry';
import { suggestKey } from '../content/key-suggestion';
import { releasePhase } from '../lifecycle/phase';
import { isReportPublished } from '../model/report-view';
import { bodyProblem, isBroken, type Rule } from './rule';

/** The site's pages that show one entry, by the first segment of their path. */
const ENTRY_PAGES: Record<string, { collection: CollectionName; noun: string }> = {
  advisories: { collection: 'advisories', noun: 'advisory' },
  releases: { collection: 'releases', noun: 'release' },
  reports: { collection: 'reports', noun: 'report' },
  initiatives: { collection: 'initiatives', noun: 'initiative' },
  lines: { collection: 'lines', noun: 'release line' },
};

/** Second segments under /advisories/ that are lists, not advisories. */
const ADVISORY_LISTS = new Set(['by-severity', 'severity', 'line', 'platform']);

/** A link target that may lead into the site: relative, or written out with a scheme and host (checked after parsing). */
const MAYBE_INTERNAL = /\]\(\s*<?(?![a-z][a-z0-9+.-]*:)|\]:\s*<?(?![a-z][a-z0-9+.-]*:)|href\s*=\s*["'](?![a-z][a-z0-9+.-]*:)/i;

type Bodied = 'advisories' | 'releases' | 'reports';

interface Moment {
  content: PartialContentSet;
  now: Date;
}

function releaseOf({ content }: Moment, id: string) {
  return content.releases.find((release) => release.id === id);
}

/** Why an entry's page is not public at this moment, or undefined when it is. */
function whyHidden(moment: Moment, collection: CollectionName, id: string): string | undefined {
  const { content, now } = moment;
  if (collection === 'advisories') {
    const advisory = content.advisories.find((entry) => entry.id === id);
    const release = advisory && releaseOf(moment, advisory.data.release);
    if (!advisory || !release) return undefined;
    return releasePhase(release.data, now) === 'released' ? undefined : `its release ${release.id} is not out`;
  }
  if (collection === 'releases') {
    const release = releaseOf(moment, id);
    return release && releasePhase(release.data, now) === 'hidden' ? `it is not announced until ${release.data.announcedAt}` : undefined;
  }
  if (collection === 'reports') {
    const report = content.reports.find((entry) => entry.id === id);
    return report && !isReportPublished(report.data, now) ? `it is published on ${report.data.published}` : undefined;
  }
  return undefined;
}

function idsOf(content: PartialContentSet, collection: CollectionName): string[] {
  return (content[collection] as Entry<unknown>[]).map((entry) => entry.id);
}

/** What is wrong with a link from a body at `page`, if it leads to an entry's page that does not exist or is not public. */
function linkProblem(moment: Moment, url: string, page: string, bodyIsPublic: boolean): string | undefined {
  let target: URL;
  try {
    target = new URL(url, page);
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(page).origin) return undefined;
  const [first = '', id, rest] = target.pathname.split('/').filter(Boolean);
  const kind = ENTRY_PAGES[first];
  if (!kind || id === undefined || (first === 'advisories' && ADVISORY_LISTS.has(id))) return undefined;
  if (first === 'lines' && rest !== undefined && rest !== 'feed.xml') return undefined;
  const known = idsOf(moment.content, kind.collection);
  if (!known.includes(id)) {
    if (isBroken(moment.content, kind.collection, id)) return undefined;
    const suggestion = suggestKey(id, known);
    return `links to ${target.pathname}, but there is no ${kind.noun} "${id}"${suggestion ? `; did you mean ${suggestion}?` : ''}`;
  }
  const hidden = whyHidden(moment, kind.collection, id);
  if (!hidden || !bodyIsPublic) return undefined;
  return `links to ${target.pathname}, which is not public at this moment (${hidden}): the link leads nowhere and names what is not yet published; add it once that page is out`;
}

/**
 * A body's links into the site lead to a page that exists: an entry with that id, public whenever the body is. A link
 * to an advisory still under embargo is dead, and it names the advisory before its release.
 */
export const bodyLinksLeadSomewhere: Rule = (moment) => {
  const { content, now } = moment;
  const site = content.site?.url;
  const origin = site ? new URL(site).origin : 'https://site.invalid';
  const released = (releaseId: string) => {
    const release = releaseOf(moment, releaseId);
    return release !== undefined && releasePhase(release.data, now) === 'released';
  };
  // Each body with whether it is on the site now: an advisory's and a release's once the release is out, a report's
  // once it is published.
  const bodies: [Bodied, Entry<unknown>, boolean][] = [
    ...content.advisories.map((entry): [Bodied, Entry<unknown>, boolean] => ['advisories', entry, released(entry.data.release)]),
    ...content.releases.map((entry): [Bodied, Entry<unknown>, boolean] => ['releases', entry, released(entry.id)]),
    ...content.reports.map((entry): [Bodied, Entry<unknown>, boolean] => ['reports', entry, isReportPublished(entry.data, now)]),
  ];
  const out: Diagnostic[] = [];
  for (const [collection, entry, isPublic] of bodies) {
    if (!MAYBE_INTERNAL.test(entry.body) && !(site && entry.body.includes(origin))) continue;
    const page = `${origin}/${collection}/${entry.id}/`;
    for (const link of bodyLinks(entry.body, entry.absolutePath.endsWith('.mdx'))) {
      const message = linkProblem(moment, link.url, page, isPublic);
      if (message) out.push(bodyProblem('error', entry, link.line - 1, message));
    }
  }
  return out;
};
