import { createHash } from 'node:crypto';
import type { OgCard } from './card.ts';
import type { OgElement } from './element.ts';

export interface CacheKeyInput {
  card: OgCard;
  element: OgElement;
  /** TEMPLATE_VERSION with the versions of the renderers, which draw the same tree differently across releases. */
  templateVersion: string;
  /** sha256 of the font files' bytes, see fontsHash(). */
  fontsHash: string;
}

/**
 * Everything a PNG depends on, hashed: the card's data, the tree drawn from it, the template version and the fonts.
 * Equal keys mean byte-for-byte the same image, so a cached file can be reused as it is.
 */
export function ogCacheKey(input: CacheKeyInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ card: input.card, element: input.element, template: input.templateVersion, fonts: input.fontsHash }))
    .digest('hex');
}

/** One hash over the bytes of every font, in order, so that a font upgrade redraws every card. */
export function fontsHash(fonts: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(createHash('sha256').update(font).digest('hex'));
  return hash.digest('hex');
}
