// Draws one Open Graph card: satori lays the element tree out as SVG, resvg turns it into a PNG.
// Plain JavaScript so that worker threads can load it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng } from './png-encode.mjs';

/** @typedef {{ name: string, weight: 400 | 700, path: string }} FontFile */

/** Font bytes by path: each process or worker reads a font once, however many cards it draws. */
const fontBytes = new Map();

/** @param {FontFile[]} fonts */
function loadFonts(fonts) {
  return fonts.map((font) => {
    let data = fontBytes.get(font.path);
    if (!data) {
      data = readFileSync(font.path);
      fontBytes.set(font.path, data);
    }
    return { name: font.name, weight: font.weight, style: /** @type {const} */ ('normal'), data };
  });
}

/**
 * @param {unknown} element a satori element tree as plain data
 * @param {FontFile[]} fonts
 * @param {{ width: number, height: number }} size
 * @returns {Promise<Uint8Array>} the PNG's bytes
 */
export async function renderPng(element, fonts, size) {
  // satori's types ask for a React node; the plain { type, props } objects are exactly that at run time.
  const svg = await satori(/** @type {any} */ (element), { width: size.width, height: size.height, fonts: loadFonts(fonts) });
  // Text is already outlined by satori, so resvg needs no fonts of its own, and none from the system.
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}
