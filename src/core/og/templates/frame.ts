import type { CardBrand } from '../card.ts';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../card.ts';
import { box, type OgElement, type OgNode, rimmed, text } from '../element.ts';
import { PALETTE } from '../palette.ts';

export const FONT_FAMILY = 'Inter';

/** A rounded label, used for a release's state and an advisory's severity. */
export function pill(label: string, colours: { background: string; text: string; border?: string }, fontSize = 26): OgElement {
  return rimmed(
    { colour: colours.border ?? colours.background, width: 2, radius: 999 },
    {},
    {
      fontSize,
      fontWeight: 700,
      letterSpacing: 1,
      textTransform: 'uppercase',
      color: colours.text,
      backgroundColor: colours.background,
      padding: '8px 22px',
    },
    label,
  );
}

/**
 * What every card shares: the site's accent bar and name on top, what kind of page this is, and the site's host
 * at the bottom, so a card is recognisable at thumbnail size before any of its text is read.
 */
export function frame(brand: CardBrand, kind: string, body: OgNode[], footnote?: string): OgElement {
  return box(
    {
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      flexDirection: 'column',
      backgroundColor: PALETTE.background,
      color: PALETTE.text,
      fontFamily: FONT_FAMILY,
    },
    box({ height: 18, backgroundColor: brand.accent }),
    box(
      { flexGrow: 1, flexDirection: 'column', padding: '44px 72px 48px' },
      box(
        { justifyContent: 'space-between', alignItems: 'center' },
        text({ fontSize: 32, fontWeight: 700, color: brand.accent }, brand.name),
        text({ fontSize: 26, color: PALETTE.muted, letterSpacing: 2, textTransform: 'uppercase' }, kind),
      ),
      box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, ...body),
      // A rule as a box of its own, not a border: see rimmed().
      box({ height: 2, backgroundColor: PALETTE.border }),
      box(
        { justifyContent: 'space-between', alignItems: 'center', paddingTop: 20 },
        text({ fontSize: 26, color: PALETTE.muted }, brand.host),
        text({ fontSize: 26, color: PALETTE.muted }, footnote ?? ''),
      ),
    ),
  );
}
