import type { ReportCard, ReportFigure } from '../card.ts';
import { box, type OgElement, rimmed, text } from '../element.ts';
import { PALETTE } from '../palette.ts';
import { frame } from './frame.ts';

function figure(item: ReportFigure, accent: string): OgElement {
  return rimmed(
    { colour: PALETTE.border, width: 2, radius: 20 },
    { flexGrow: 1, flexBasis: 0 },
    { flexDirection: 'column', backgroundColor: PALETTE.surface, padding: '22px 28px' },
    text({ fontSize: 76, fontWeight: 700, color: accent, lineHeight: 1 }, item.value),
    text({ fontSize: 28, fontWeight: 700, marginTop: 10 }, item.label, 1),
    text({ fontSize: 24, color: PALETTE.muted, marginTop: 4 }, item.change ?? ' ', 1),
  );
}

export function reportTemplate(card: ReportCard): OgElement {
  return frame(card.brand, 'Progress report', [
    text({ fontSize: 84, fontWeight: 700, lineHeight: 1.05, letterSpacing: -1, marginBottom: 30 }, card.month),
    card.figures.length > 0
      ? box({ gap: 24 }, ...card.figures.map((item) => figure(item, card.brand.accent)))
      : text({ fontSize: 34, color: PALETTE.muted }, 'Monthly security progress report'),
  ]);
}
