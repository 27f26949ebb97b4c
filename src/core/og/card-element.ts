import type { OgCard } from './card.ts';
import type { OgElement } from './element.ts';
import { advisoryTemplate } from './templates/advisory.ts';
import { pageTemplate } from './templates/page.ts';
import { releaseTemplate } from './templates/release.ts';
import { reportTemplate } from './templates/report.ts';

/**
 * Raise when rendering changes in a way the element tree does not show (render options, fonts' roles), so that
 * cached images are redrawn. Changes to the templates themselves already change the tree, hence the cache key.
 */
export const TEMPLATE_VERSION = '1';

/** The satori element tree of a card: plain data, ready to hash and to post to a render worker. */
export function cardElement(card: OgCard): OgElement {
  switch (card.kind) {
    case 'release':
      return releaseTemplate(card);
    case 'advisory':
      return advisoryTemplate(card);
    case 'report':
      return reportTemplate(card);
    case 'page':
      return pageTemplate(card);
  }
}
