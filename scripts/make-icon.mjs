#!/usr/bin/env node
// Draws images/icon.png (128×128): a white shield with a keyhole on a deep-red rounded square. Our own
// design, drawn from simple shapes so it can be regenerated anywhere with plain Node (no image library):
// each pixel is sampled 4×4 times for smooth edges, and the PNG is encoded with node:zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4;

const insideRoundedSquare = (x, y, inset = 4, r = 26) => {
  const lo = inset, hi = SIZE - inset;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// The shield's outline: a flat-topped crest with shoulders and sides that curve to a point.
const SHIELD = (() => {
  const half = [[64, 20], [80, 27], [98, 30]];
  for (let i = 1; i <= 16; i++) {
    const t = i / 16;
    // Quadratic curve from the shoulder (98,30) through (97,84) down to the point (64,110).
    const x = (1 - t) ** 2 * 98 + 2 * (1 - t) * t * 97 + t * t * 64;
    const y = (1 - t) ** 2 * 30 + 2 * (1 - t) * t * 84 + t * t * 110;
    half.push([x, y]);
  }
  const mirrored = half.slice(1, -1).reverse().map(([x, y]) => [128 - x, y]);
  return [...half, ...mirrored];
})();

function insidePolygon(poly, x, y) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const insideKeyhole = (x, y) =>
  (x - 64) ** 2 + (y - 57) ** 2 <= 11 ** 2 || insidePolygon([[59, 60], [69, 60], [73, 86], [55, 86]], x, y);

/** Colour at a sample point, as [r, g, b, a] in 0..255. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  if (insidePolygon(SHIELD, x, y) && !insideKeyhole(x, y)) return [255, 255, 255, 255];
  // Background: a vertical gradient from a bright to a deep red.
  const t = y / SIZE;
  return [Math.round(196 - 90 * t), Math.round(38 - 20 * t), Math.round(30 - 16 * t), 255];
}

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        // Premultiplied sums, so transparent samples do not darken the edge.
        for (let k = 0; k < 3; k++) acc[k] += (c[k] * c[3]) / 255;
        acc[3] += c[3];
      }
    }
    const n = SAMPLES * SAMPLES;
    const a = acc[3] / n;
    const o = (py * SIZE + px) * 4;
    for (let k = 0; k < 3; k++) rgba[o + k] = a ? Math.round((acc[k] / n) * (255 / a)) : 0;
    rgba[o + 3] = Math.round(a);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // colour type: RGBA
// Each scanline starts with filter type 0 (none).
const raw = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
