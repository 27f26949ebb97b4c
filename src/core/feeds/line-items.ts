import { formatLongDate } from '../format/dates.ts';
import type { LineView } from '../model/types.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { FeedItem } from './feed-item.ts';
import { link, paragraph } from './html-text.ts';
import type { SiteLinks } from './site-links.ts';

/**
 * A line reaching end-of-life, once its date has come: the readers of its feed are the ones still running it, and
 * from that day on no release will tell them of a fix for it. Midnight UTC on the date, as for reports.
 */
export function endOfLifeItem(
  line: LineView,
  site: SiteConfig,
  links: SiteLinks,
  now: Date,
  lines: readonly LineView[],
): FeedItem | undefined {
  // Without a date there is no moment to tell subscribers of; the line page says it has ended.
  if (line.status !== 'end-of-life' || line.endOfLife === undefined) return undefined;
  const pubDate = `${line.endOfLife}T00:00:00Z`;
  if (Date.parse(pubDate) > now.getTime()) return undefined;
  const lead =
    `${line.label} (${line.id}) reached end-of-life on ${formatLongDate(line.endOfLife)} and gets no more security fixes. ` +
    `Vulnerabilities found from now on stay unfixed in it, whether or not an advisory names ${line.id}.`;
  // As it stood that day, so that the item reads the same in every later build: was another line still supported?
  const endedOn = line.endOfLife;
  const canMove = lines.some(
    (other) => other.id !== line.id && (other.endOfLife ? other.endOfLife > endedOn : other.status !== 'end-of-life'),
  );
  const html = [
    paragraph(lead),
    ...(canMove ? [paragraph(`Move to a supported release line of ${site.project}.`)] : []),
    `<p>${link(links.lines, canMove ? 'Supported release lines' : 'Release lines')} · ${link(links.line(line.id), `${line.id} and its advisories`)}</p>`,
  ].join('');
  return {
    guid: `${links.line(line.id)}#end-of-life`,
    title: `End-of-life: ${site.project} ${line.id} gets no more security fixes`,
    pubDate,
    description: lead,
    html,
    categories: ['line', 'end-of-life'],
    lines: [line.id],
  };
}
