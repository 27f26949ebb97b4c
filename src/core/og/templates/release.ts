import type { ReleaseCard } from '../card.ts';
import { box, type OgElement, text } from '../element.ts';
import { PALETTE, SEVERITY_COLOURS } from '../palette.ts';
import { frame, pill } from './frame.ts';

const STATE_LABEL: Record<ReleaseCard['state'], string> = {
  'pre-announcement': 'Pre-announcement',
  released: 'Released',
  cancelled: 'Cancelled',
};

function statePill(card: ReleaseCard): OgElement {
  const note = card.overdue ? ' · not yet released' : card.dateChanged ? ' · date changed' : '';
  const label = `${STATE_LABEL[card.state]}${note}`;
  if (card.state === 'released') return pill(label, { background: card.brand.accent, text: '#ffffff' });
  if (card.state === 'cancelled') return pill(label, { background: PALETTE.surface, text: PALETTE.muted, border: PALETTE.border });
  return pill(label, { background: PALETTE.bannerBackground, text: PALETTE.bannerText, border: '#e0c26a' });
}

function counts(card: ReleaseCard): OgElement {
  if (card.counts.length === 0) return text({ fontSize: 36, color: PALETTE.muted }, 'No known issues');
  return box(
    { gap: 16 },
    ...card.counts.map(({ severity, count }) =>
      text(
        {
          fontSize: 38,
          fontWeight: 700,
          color: SEVERITY_COLOURS[severity].text,
          backgroundColor: SEVERITY_COLOURS[severity].background,
          borderRadius: 14,
          padding: '10px 24px',
        },
        `${count} ${severity}`,
      ),
    ),
  );
}

export function releaseTemplate(card: ReleaseCard): OgElement {
  const detail = card.fixedVersions.length > 0 ? `Fixed in ${card.fixedVersions.join(' · ')}` : `Release lines ${card.lines.join(' · ')}`;
  return frame(card.brand, 'Security release', [
    box({ marginBottom: 20 }, statePill(card)),
    text({ fontSize: 88, fontWeight: 700, lineHeight: 1.05, letterSpacing: -1 }, card.date),
    text({ fontSize: 34, color: PALETTE.muted, marginTop: 14, marginBottom: 26 }, detail, 1),
    counts(card),
  ]);
}
