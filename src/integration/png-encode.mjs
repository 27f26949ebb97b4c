// Encodes the PNG of a drawn card. resvg's own encoder keeps the alpha channel and compresses hard, which took as
// long as drawing the card; cards are opaque, so three channels and zlib's fast levels give smaller files in a third
// of the time. Plain JavaScript, as for og-render.mjs, so that worker threads can load it.
import { crc32, deflateSync } from 'node:zlib';

/** Raise when the bytes written for the same pixels change, so that cached images are encoded again. */
export const PNG_ENCODING = 'rgb-zlib3';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Among zlib's fast levels; higher ones cost twice the time for files a quarter smaller. */
const LEVEL = 3;
const COLOUR_TYPE = { rgb: 2, rgba: 6 };

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** @param {Uint8Array} rgba */
function isOpaque(rgba) {
  for (let index = 3; index < rgba.length; index += 4) if (rgba[index] !== 255) return false;
  return true;
}

/**
 * @param {Uint8Array} rgba the pixels as resvg gives them: row by row, four bytes each, colour premultiplied by alpha
 * @param {number} width
 * @param {number} height
 * @returns {Uint8Array} the PNG's bytes: RGB when every pixel is opaque, RGBA otherwise
 */
export function encodePng(rgba, width, height) {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of pixels, got ${rgba.length}`);
  const opaque = isOpaque(rgba);
  const channels = opaque ? 3 : 4;
  const stride = width * channels + 1;
  // Each row starts with its filter type, 0 (none): filters would cost more time than they save here.
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let to = y * stride + 1;
    const from = y * width * 4;
    if (!opaque) {
      for (let x = from; x < from + width * 4; x += 4) {
        const alpha = rgba[x + 3];
        // resvg's pixels carry colour already multiplied by alpha; PNG wants it as it would be opaque.
        const scale = alpha === 0 || alpha === 255 ? 1 : 255 / alpha;
        raw[to++] = Math.min(255, Math.round(rgba[x] * scale));
        raw[to++] = Math.min(255, Math.round(rgba[x + 1] * scale));
        raw[to++] = Math.min(255, Math.round(rgba[x + 2] * scale));
        raw[to++] = alpha;
      }
      continue;
    }
    for (let x = from; x < from + width * 4; x += 4) {
      raw[to++] = rgba[x];
      raw[to++] = rgba[x + 1];
      raw[to++] = rgba[x + 2];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = opaque ? COLOUR_TYPE.rgb : COLOUR_TYPE.rgba;
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  // A copy with a buffer of its own: a worker hands the buffer over, and Buffer.concat may share a pooled one.
  return new Uint8Array(png);
}
