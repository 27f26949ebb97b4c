import type { AdvisorySeverity } from '../severity/severity.ts';

/** The light theme of src/styles/global.css: cards are images, so they cannot follow the reader's colour scheme. */
export const PALETTE = {
  background: '#ffffff',
  text: '#1b1f23',
  muted: '#57606a',
  border: '#d0d7de',
  surface: '#f6f8fa',
  bannerBackground: '#fff8e1',
  bannerText: '#3d2e00',
} as const;

/** The badge colours of global.css (`--sev-*-bg`, `--sev-*-fg`), so a card's severity reads as it does on the page. */
export const SEVERITY_COLOURS: Record<AdvisorySeverity, { background: string; text: string }> = {
  low: { background: '#e6f0ff', text: '#0a3d7a' },
  medium: { background: '#fff1c2', text: '#5c4300' },
  high: { background: '#ffe0cc', text: '#7a2e00' },
  critical: { background: '#ffd6d9', text: '#7d0010' },
  // Imported advisories that were never rated.
  unknown: { background: PALETTE.surface, text: PALETTE.muted },
};
