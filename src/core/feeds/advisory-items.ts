import { formatDate } from '../format/dates.ts';
import { severityLabel } from '../format/severity-phrases.ts';
import { versionLabel } from '../format/version-label.ts';
import { describePlatforms } from '../lines/platform-labels.ts';
import type { AdvisoryView } from '../model/types.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { leadText } from './feed-html.ts';
import type { FeedBodies, FeedItem } from './feed-item.ts';
import { escapeHtml, link, list, paragraph } from './html-text.ts';
import type { SiteLinks } from './site-links.ts';

export function advisoryHeadline(advisory: AdvisoryView): string {
  return `${advisory.cve ?? advisory.id} (${severityLabel(advisory.severity)}): ${advisory.title}`;
}

function facts(advisory: AdvisoryView, site: SiteConfig): string {
  const affected = advisory.affected.map((line) => {
    const from = line.introduced ? `affected from ${escapeHtml(versionLabel(site, line.introduced))}, ` : '';
    return `${escapeHtml(line.line)}: ${from}${line.fixedVersion ? `fixed in ${site.project} ${escapeHtml(versionLabel(site, line.fixedVersion))}` : 'no fix yet'}`;
  });
  const rows = [
    `Severity: ${escapeHtml(severityLabel(advisory.severity))}`,
    advisory.cvss
      ? `CVSS ${escapeHtml(advisory.cvss.version)}: ${advisory.cvss.score} (<code>${escapeHtml(advisory.cvss.vector)}</code>)`
      : '',
    advisory.cwe.length > 0 ? `Weakness: ${escapeHtml(advisory.cwe.join(', '))}` : '',
    `Platforms: ${escapeHtml(describePlatforms(advisory.platforms))}`,
  ].filter(Boolean);
  return `${list(rows)}<h2>Affected release lines</h2>${list(affected)}`;
}

/** One item per advisory on release day, with its facts and full text; a withdrawal is a step of its own. */
export function advisoryItems(advisory: AdvisoryView, site: SiteConfig, links: SiteLinks, bodies: FeedBodies): FeedItem[] {
  const url = links.advisory(advisory.id);
  const references = advisory.references.map((reference) => `${escapeHtml(reference.type)}: ${link(reference.url, reference.url)}`);
  const html = [
    advisory.summary ? paragraph(advisory.summary) : '',
    facts(advisory, site),
    // Under its own heading, as on the page: the body's sections start one level down.
    bodies.advisories.has(advisory.id) ? `<h2>Details</h2>${bodies.advisories.get(advisory.id)}` : '',
    references.length > 0 ? `<h2>References</h2>${list(references)}` : '',
    `<p>Fixed in: ${link(links.release(advisory.release.id), advisory.release.title)}.</p>`,
  ].join('');
  const categories = ['advisory', advisory.severity, ...advisory.cwe];
  const published: FeedItem = {
    guid: url,
    title: advisoryHeadline(advisory),
    pubDate: advisory.published,
    description: advisory.summary || leadText(html),
    html,
    categories,
    lines: advisory.affected.map((line) => line.line),
  };
  if (!advisory.withdrawn) return [published];
  const withdrawn: FeedItem = {
    guid: `${url}#withdrawn`,
    title: `Withdrawn: ${advisory.cve ?? advisory.id}, ${advisory.title}`,
    pubDate: advisory.withdrawn.at,
    description: advisory.withdrawn.reason,
    html: `${paragraph(`This advisory, published on ${formatDate(advisory.published)}, is withdrawn.`)}${paragraph(advisory.withdrawn.reason)}`,
    categories: ['advisory', 'withdrawn'],
    lines: published.lines,
  };
  return [published, withdrawn];
}
