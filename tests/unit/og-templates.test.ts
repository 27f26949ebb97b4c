import { readFileSync } from 'node:fs';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import type { AdvisoryCard, CardBrand, OgCard } from '../../src/core/og/card.ts';
import { cardElement } from '../../src/core/og/card-element.ts';
import { interFonts } from '../../src/integration/og-images.ts';

const fonts = interFonts().map((font) => ({ ...font, style: 'normal' as const, data: readFileSync(font.path) }));
const brand: CardBrand = { name: 'Node.js security', host: 'security.nodejs.org', accent: '#2f6f3e' };
const base = { page: '/', image: '/og/index.png', alt: '', brand };
const longTitle =
  'Permission model bypass through path traversal in the experimental permission model when the process runs with ' +
  'a long list of arguments that keep going and going well past three full lines of heading';

const advisory: AdvisoryCard = {
  ...base,
  kind: 'advisory',
  cve: 'CVE-2024-27983',
  title: longTitle,
  severity: 'critical',
  lines: ['18.x', '20.x', '21.x'],
  published: '3 April 2024',
  withdrawn: true,
};
const release = {
  ...base,
  kind: 'release' as const,
  dateChanged: true,
  overdue: false,
  date: '20 June 2023',
  lines: ['16.x', '18.x', '20.x'],
};
const everyKind: OgCard[] = [
  advisory,
  { ...release, state: 'pre-announcement', counts: [{ severity: 'high', count: 4 }], fixedVersions: [] },
  { ...release, state: 'cancelled', counts: [], fixedVersions: [] },
  { ...release, state: 'released', counts: [{ severity: 'critical', count: 1 }], fixedVersions: ['v20.3.1'] },
  {
    ...base,
    kind: 'report',
    month: 'June 2023',
    figures: [
      { value: '17', label: 'Reports closed', change: 'up from 2' },
      { value: '3 h', label: 'First response', change: 'down from 8 h' },
    ],
  },
  { ...base, kind: 'page', eyebrow: 'Advisories', title: 'All security advisories', subtitle: longTitle },
];

const svgOf = (card: OgCard, embedFont = true) =>
  satori(cardElement(card) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts, embedFont });

describe('card templates', () => {
  it('draw without masks or clip paths, which resvg draws as extra layers the size of the card', async () => {
    for (const card of everyKind) {
      const svg = await svgOf(card);
      expect(svg, `${card.kind} card`).not.toMatch(/mask="url|clip-path="url/);
    }
  });

  it('cut a long title to three lines ending in an ellipsis, above the line that follows it', async () => {
    // Without embedded fonts satori writes each word as a <text> element, so the lines can be read back.
    const svg = await svgOf(advisory, false);
    const words = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(
      ([, y, size, word]) => ({ y: Number(y), size: Number(size), word }),
    );
    const title = words.filter((word) => word.size === 42);
    expect(new Set(title.map((word) => word.y)).size).toBe(3);
    expect(title.at(-1)?.word).toBe('…');
    const titleBottom = Math.max(...title.map((word) => word.y));
    const affects = words.find((word) => word.word === 'Affects');
    expect(affects?.y).toBeGreaterThan(titleBottom + 42);
  });

  it('mark a pre-announced release past its day as not yet released, rather than as on schedule', async () => {
    const words = async (card: OgCard) =>
      [...(await svgOf(card, false)).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .map((m) => m[1])
        .join(' ')
        .replace(/\s+/g, ' ')
        .toLowerCase();
    const announced = { ...release, state: 'pre-announcement' as const, counts: [], fixedVersions: [] };
    expect(await words(announced)).toContain('date changed');
    const overdue = await words({ ...announced, overdue: true });
    expect(overdue).toContain('not yet released');
    expect(overdue).not.toContain('date changed');
  });
});
