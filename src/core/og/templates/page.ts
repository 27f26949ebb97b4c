import type { PageCard } from '../card.ts';
import type { OgElement } from '../element.ts';
import { text } from '../element.ts';
import { PALETTE } from '../palette.ts';
import { frame } from './frame.ts';

export function pageTemplate(card: PageCard): OgElement {
  return frame(card.brand, card.eyebrow, [
    text({ fontSize: card.title.length <= 30 ? 84 : 64, fontWeight: 700, lineHeight: 1.08, letterSpacing: -1 }, card.title, 2),
    text({ fontSize: 36, color: PALETTE.muted, lineHeight: 1.3, marginTop: 24 }, card.subtitle, 3),
  ]);
}
