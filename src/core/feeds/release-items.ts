import { formatDate, formatLongDate } from '../format/dates.ts';
import { describeSeverityCounts, joinList, newVersionsOf, severityLabel } from '../format/severity-phrases.ts';
import { versionLabel } from '../format/version-label.ts';
import { versionLink } from '../format/version-link.ts';
import { impactOn } from '../model/release-view.ts';
import type { ReleasedRelease, ReleaseView } from '../model/types.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { leadText } from './feed-html.ts';
import type { FeedBodies, FeedItem } from './feed-item.ts';
import { escapeHtml, link, list, paragraph } from './html-text.ts';
import type { SiteLinks } from './site-links.ts';

/** `2023-06-15T10:00:00Z` → `20230615T100000Z`: a moment that reads well in a URL fragment. */
export function compactMoment(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll('-', '')
    .replaceAll(':', '');
}

/** The guid of each lifecycle step: the release page plus a fragment naming the step, fixed once the step happens. */
export const releaseStepGuid = {
  announced: (links: SiteLinks, id: string) => `${links.release(id)}#announced`,
  dateChange: (links: SiteLinks, id: string, at: string) => `${links.release(id)}#date-change-${compactMoment(at)}`,
  released: (links: SiteLinks, id: string) => `${links.release(id)}#released`,
  cancelled: (links: SiteLinks, id: string) => `${links.release(id)}#cancelled`,
};

function item(fields: Omit<FeedItem, 'description'>): FeedItem {
  return { ...fields, description: leadText(fields.html) };
}

function lineLabels(release: ReleaseView): string {
  return joinList(release.lines);
}

/**
 * Says only what a pre-announcement may say, and about the date first announced, so the item never changes later. In
 * a line's feed it leads with that line's counts: a reader of the 18.x feed needs 18.x's, not the whole release's.
 */
function announcedItem(release: ReleaseView, site: SiteConfig, links: SiteLinks, line: string | undefined): FeedItem {
  const impacts = release.lineImpacts.map((impact) => `${escapeHtml(impact.line)}: ${escapeHtml(describeSeverityCounts(impact.summary))}`);
  const dependencies = release.dependencies.map(
    (dependency) => `${escapeHtml(dependency.name)} ${escapeHtml(dependency.version)} (${escapeHtml(joinList(dependency.lines))})`,
  );
  const impact = impactOn(release, line);
  const lead = impact
    ? `The ${site.project} project plans to release a new version of the ${impact.line} release line on ` +
      `${formatLongDate(release.originalDate)}. It will fix ${describeSeverityCounts(impact.summary)} in ${impact.line}.`
    : `The ${site.project} project plans to release ${newVersionsOf(release.lines)} on ` +
      `${formatLongDate(release.originalDate)}. They will fix ${describeSeverityCounts(release.summary)}.`;
  const html = [
    paragraph(lead),
    paragraph('Issues per release line:'),
    list(impacts),
    dependencies.length > 0 ? `${paragraph('Dependency updates:')}${list(dependencies)}` : '',
    paragraph(site.releaseTiming),
    `<p>${link(links.release(release.id), 'Follow the release')}</p>`,
  ].join('');
  return item({
    guid: releaseStepGuid.announced(links, release.id),
    title: `Pre-announcement: ${site.project} security release planned for ${formatDate(release.originalDate)}`,
    pubDate: release.announcedAt,
    html,
    categories: ['release', 'pre-announcement'],
    lines: release.lines,
  });
}

function dateChangeItems(release: ReleaseView, site: SiteConfig, links: SiteLinks): FeedItem[] {
  const oldestFirst = [...release.dateChanges].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return oldestFirst.map((change, index) => {
    const from = index === 0 ? release.originalDate : (oldestFirst[index - 1]?.to ?? release.originalDate);
    const html = [
      paragraph(
        `The ${site.project} security release for ${lineLabels(release)} planned for ${formatLongDate(from)} ` +
          `now ships on ${formatLongDate(change.to)}.`,
      ),
      paragraph(change.note),
      `<p>${link(links.release(release.id), 'Follow the release')}</p>`,
    ].join('');
    return item({
      guid: releaseStepGuid.dateChange(links, release.id, change.at),
      title: `Date change: ${site.project} security release moved from ${formatDate(from)} to ${formatDate(change.to)}`,
      pubDate: change.at,
      html,
      categories: ['release', 'date-change'],
      lines: release.lines,
    });
  });
}

/**
 * Release day. Each advisory says which lines it affects; in a line's feed the item leads with that line's version
 * and counts, and lists only the advisories that affect the line.
 */
function releasedItem(
  release: ReleasedRelease,
  site: SiteConfig,
  links: SiteLinks,
  body: string | undefined,
  line: string | undefined,
): FeedItem {
  const versions = release.fixedVersions.map((fixed) => {
    const name = `${site.project} ${versionLabel(site, fixed.version)}`;
    const href = versionLink(site, fixed.version);
    return `${href ? link(href, name) : escapeHtml(name)} (${escapeHtml(fixed.line)})`;
  });
  const concerned =
    line === undefined ? release.advisories : release.advisories.filter((advisory) => advisory.affected.some((item) => item.line === line));
  const advisories = concerned.map(
    (advisory) =>
      `${link(links.advisory(advisory.id), advisory.cve ?? advisory.id)} (${severityLabel(advisory.severity)}; ${escapeHtml(joinList(advisory.affected.map((item) => item.line)))}): ${escapeHtml(advisory.title)}`,
  );
  const impact = impactOn(release, line);
  const fixedHere = release.fixedVersions.find((fixed) => fixed.line === line);
  const lead =
    impact && fixedHere
      ? `${site.project} ${versionLabel(site, fixedHere.version)} is out for the ${fixedHere.line} release line. It fixes ${describeSeverityCounts(impact.summary)} in ${fixedHere.line}.`
      : `New versions are out: ${joinList(release.fixedVersions.map((fixed) => versionLabel(site, fixed.version)))}. They fix ${describeSeverityCounts(release.summary)}.`;
  const html = [
    paragraph(lead),
    list(versions),
    advisories.length > 0 ? `<h2>Advisories</h2>${list(advisories)}` : '',
    body ?? '',
    `<p>${link(links.release(release.id), 'Read the release')}</p>`,
  ].join('');
  const versionList = release.fixedVersions.map((fixed) => versionLabel(site, fixed.version));
  return item({
    guid: releaseStepGuid.released(links, release.id),
    title:
      versionList.length > 0
        ? `Released: ${site.project} ${joinList(versionList)}, the security release of ${formatDate(release.targetDate)}`
        : `Released: the ${site.project} security release of ${formatDate(release.targetDate)}`,
    pubDate: release.releasedAt,
    html,
    categories: ['release', 'released'],
    lines: release.lines,
  });
}

function cancelledItem(
  release: ReleaseView & { phase: 'cancelled'; cancelled: { at: string; note: string } },
  site: SiteConfig,
  links: SiteLinks,
) {
  const html = [
    paragraph(
      `The ${site.project} security release for ${lineLabels(release)} planned for ${formatLongDate(release.targetDate)} is cancelled.`,
    ),
    paragraph(release.cancelled.note),
    `<p>${link(links.release(release.id), 'Read more')}</p>`,
  ].join('');
  return item({
    guid: releaseStepGuid.cancelled(links, release.id),
    title: `Cancelled: ${site.project} security release planned for ${formatDate(release.targetDate)}`,
    pubDate: release.cancelled.at,
    html,
    categories: ['release', 'cancelled'],
    lines: release.lines,
  });
}

/**
 * Every step of a release that has happened, each its own item: readers that saw the pre-announcement are told again
 * on each date change and on release day, because each step has a guid of its own. With `line`, the items of that
 * line's feed: the same steps and guids, told from the line's side.
 */
export function releaseLifecycleItems(
  release: ReleaseView,
  site: SiteConfig,
  links: SiteLinks,
  bodies: FeedBodies,
  line?: string,
): FeedItem[] {
  const items = [announcedItem(release, site, links, line), ...dateChangeItems(release, site, links)];
  if (release.phase === 'released') items.push(releasedItem(release, site, links, bodies.releases.get(release.id), line));
  if (release.phase === 'cancelled') items.push(cancelledItem(release, site, links));
  return items;
}
