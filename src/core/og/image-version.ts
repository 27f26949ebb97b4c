import { createHash } from 'node:crypto';
import type { OgCard } from './card.ts';
import { TEMPLATE_VERSION } from './card-element.ts';

/**
 * A short fingerprint of what a card shows, for the image URL's query string. Chat apps and social sites cache
 * images by URL; when a pre-announcement becomes a release, the new fingerprint makes them fetch the new image.
 */
export function ogImageVersion(card: OgCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, template: TEMPLATE_VERSION }))
    .digest('hex')
    .slice(0, 10);
}
