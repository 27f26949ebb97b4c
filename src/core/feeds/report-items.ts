import { formatDate } from '../format/dates.ts';
import { initiativeStatusLabel } from '../format/initiative-status.ts';
import { reportHeadlines } from '../format/report-headlines.ts';
import { describeSeverityCounts, severityLabel } from '../format/severity-phrases.ts';
import type { ReportView } from '../model/types.ts';
import type { FeedBodies, FeedItem } from './feed-item.ts';
import { escapeHtml, link, list, paragraph } from './html-text.ts';
import type { SiteLinks } from './site-links.ts';

/** The month's releases and their advisories, as the page lists them; a reader of the body is told they are there. */
function releasesOf(report: ReportView, links: SiteLinks): string {
  if (report.releases.length === 0) return '';
  const items = report.releases.map((release) => {
    const advisories = release.advisories.map(
      (advisory) =>
        `${link(links.advisory(advisory.id), advisory.cve ?? advisory.id)} (${severityLabel(advisory.severity)}): ${escapeHtml(advisory.title)}`,
    );
    return `${link(links.release(release.id), release.title)}: ${escapeHtml(describeSeverityCounts(release.summary))}${list(advisories)}`;
  });
  return `<h2>Security releases this month</h2>${list(items)}`;
}

function initiativesOf(report: ReportView): string {
  if (report.initiatives.length === 0) return '';
  const items = report.initiatives.map(
    ({ initiative, status, note }) =>
      `${escapeHtml(initiative.name)}: ${initiativeStatusLabel(status)}${note ? `. ${escapeHtml(note)}` : ''}`,
  );
  return `<h2>Initiatives</h2>${list(items)}`;
}

function engagementsOf(report: ReportView): string {
  const dated = (date: string | undefined) => (date ? `, ${formatDate(date)}` : '');
  const named = (title: string, url: string | undefined) => (url ? link(url, title) : escapeHtml(title));
  const talks = report.talks.flatMap((talk) =>
    talk.appearances.map(
      (appearance) => `${named(talk.title, appearance.url)} (talk): ${escapeHtml(appearance.venue)}${dated(appearance.date)}`,
    ),
  );
  const engagements = report.engagements.map(
    (engagement) =>
      `${named(engagement.title, engagement.url)} (${engagement.kind})${dated(engagement.date)}${engagement.note ? `: ${escapeHtml(engagement.note)}` : ''}`,
  );
  const items = [...talks, ...engagements];
  return items.length === 0 ? '' : `<h2>Talks and engagements</h2>${list(items)}`;
}

/** A report is published on its date; midnight UTC keeps the moment the same on every machine. */
export function reportItem(report: ReportView, links: SiteLinks, bodies: FeedBodies): FeedItem {
  const url = links.report(report.month);
  // The body under its own heading, as on the page: its sections start one level down.
  const body = bodies.reports.has(report.id) ? `<h2>The report</h2>${bodies.reports.get(report.id)}` : '';
  // The figures are what a subscriber reads the report for; the page lists them from the front matter, not the body.
  const figures = `<h2>The month in figures</h2><ul>${reportHeadlines(report)
    .map((headline) => `<li>${escapeHtml(headline.text)}</li>`)
    .join('')}</ul>`;
  const html = [
    paragraph(report.summary),
    figures,
    releasesOf(report, links),
    initiativesOf(report),
    engagementsOf(report),
    body,
    `<p>${link(url, 'Read the report')}</p>`,
  ].join('');
  return {
    guid: url,
    title: report.title,
    pubDate: `${report.published}T00:00:00Z`,
    description: report.summary,
    html,
    categories: ['report'],
    lines: [],
  };
}
