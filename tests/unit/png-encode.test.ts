import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/integration/png-encode.mjs';

const drawn = (svg: string) => new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();

/** Decodes a PNG with resvg's own decoder, independent of ours, by drawing it as an image at its own size. */
function decoded(png: Uint8Array, width: number, height: number): Buffer {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return drawn(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`,
  ).pixels;
}

const colourType = (png: Uint8Array) => png[25];

describe('encoding a drawn card as PNG', () => {
  it('gives back every pixel of an opaque card, in three channels', () => {
    const card = drawn(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fff1c2"/><circle cx="40" cy="30" r="21" fill="#5c4300"/></svg>',
    );
    const png = encodePng(card.pixels, card.width, card.height);
    expect(colourType(png)).toBe(2);
    expect(decoded(png, card.width, card.height).equals(card.pixels)).toBe(true);
  });

  it('keeps the alpha channel of an image that is not opaque', () => {
    const card = drawn(
      '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect x="5" width="10" height="10" fill="#1b1f23"/></svg>',
    );
    const png = encodePng(card.pixels, card.width, card.height);
    expect(colourType(png)).toBe(6);
    expect(decoded(png, card.width, card.height).equals(card.pixels)).toBe(true);
  });

  it('refuses pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('expected 16 bytes of pixels, got 12');
  });
});
