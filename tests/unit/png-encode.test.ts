import { inflateSync } from 'node:zlib';
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

/** Draws an SVG, encodes its pixels, and decodes the file again with resvg. */
function roundTrip(svg: string) {
  const card = drawn(svg);
  const png = encodePng(card.pixels, card.width, card.height);
  return { card, png, back: decoded(png, card.width, card.height) };
}

describe('encoding a drawn card as PNG', () => {
  it('gives back every pixel of an opaque card, in three channels', () => {
    const { card, png, back } = roundTrip(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fff1c2"/><circle cx="40" cy="30" r="21" fill="#5c4300"/></svg>',
    );
    expect(colourType(png)).toBe(2);
    expect(back.equals(card.pixels)).toBe(true);
  });

  it('keeps the alpha channel of an image that is not opaque', () => {
    const { card, png, back } = roundTrip(
      '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect x="5" width="10" height="10" fill="#1b1f23"/></svg>',
    );
    expect(colourType(png)).toBe(6);
    expect(back.equals(card.pixels)).toBe(true);
  });

  it('writes a half-transparent pixel with its own colour, not one darkened by its alpha', () => {
    const { card, png, back } = roundTrip(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="2" height="2" fill="rgb(200,100,50)" fill-opacity="0.5"/></svg>',
    );
    // resvg's own encoder as the reference for the stored colour of the first pixel: its RGBA bytes sit after the
    // first row's filter byte, once the zlib stream is inflated.
    const stored = (file: Uint8Array) => [...inflateSync(Buffer.from(file.subarray(41, file.length - 16))).subarray(1, 5)];
    expect(stored(png)).toEqual(stored(card.asPng()));
    for (let index = 0; index < back.length; index++)
      expect(Math.abs((back[index] ?? 0) - (card.pixels[index] ?? 0))).toBeLessThanOrEqual(1);
  });

  it('refuses pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('expected 16 bytes of pixels, got 12');
  });
});
