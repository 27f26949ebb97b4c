import { reportHeadlines } from '../format/report-headlines';
import type { ReportView } from '../model/types';
import type { FeedBodies, FeedItem } from './feed-item';
import { escapeHtml, link, paragraph } from './html-text';
import type { SiteLinks } from './site-links';

/** A report is published on its date; midnight UTC keeps the moment the same on every machine. */
export function reportItem(report: ReportView, links: SiteLinks, bodies: FeedBodies): FeedItem {
  const url = links.report(report.month);
  // The body under its own heading, as on the page: its sections start one level down.
  const body = bodies.reports.has(report.id) ? `<h2>The report</h2>${bodies.reports.get(report.id)}` : '';
  // The figures are what a subscriber reads the report for; the page lists them from the front matter, not the body.
  const figures = `<h2>The month in figures</h2><ul>${reportHeadlines(report)
    .map((headline) => `<li>${escapeHtml(headline.text)}</li>`)
    .join('')}</ul>`;
  const html = [paragraph(report.summary), figures, body, `<p>${link(url, 'Read the report')}</p>`].join('');
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
