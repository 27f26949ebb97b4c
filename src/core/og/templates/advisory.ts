import { severityPhrase } from '../../format/severity-phrases.ts';
import type { AdvisoryCard } from '../card.ts';
import { box, type OgElement, text } from '../element.ts';
import { PALETTE, SEVERITY_COLOURS } from '../palette.ts';
import { frame, pill } from './frame.ts';

/** Long titles get a smaller size before they get clamped, so most stay whole at a readable size. */
function titleSize(title: string): number {
  if (title.length <= 45) return 60;
  if (title.length <= 90) return 50;
  return 42;
}

export function advisoryTemplate(card: AdvisoryCard): OgElement {
  const colours = SEVERITY_COLOURS[card.severity];
  return frame(
    card.brand,
    'Security advisory',
    [
      box(
        { alignItems: 'center', gap: 20, marginBottom: 22 },
        pill(severityPhrase(card.severity), { background: colours.background, text: colours.text, border: colours.text }, 28),
        ...(card.withdrawn ? [pill('Withdrawn', { background: PALETTE.surface, text: PALETTE.muted, border: PALETTE.border }, 28)] : []),
      ),
      box(
        {},
        // The severity's bar as a box of its own, not a border: see rimmed().
        box({ width: 12, flexShrink: 0, backgroundColor: colours.text }),
        box(
          { paddingLeft: 28, flexDirection: 'column', flexGrow: 1, flexShrink: 1 },
          text({ fontSize: 44, fontWeight: 700, color: colours.text }, card.cve ?? 'No CVE id yet'),
          text({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, marginTop: 6 }, card.title, 3),
        ),
      ),
      text({ fontSize: 32, color: PALETTE.muted, marginTop: 24 }, `Affects ${card.lines.join(' · ')}`, 1),
    ],
    `Published ${card.published}`,
  );
}
