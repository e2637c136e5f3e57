// A QR matrix as a PNG, written byte by byte (no image library in Apps Script): 1-bit grayscale, a quiet zone of 4
// modules, `scale` pixels a module; the image data is a zlib stream of STORED deflate blocks (at most 65535 bytes
// each) with its Adler-32; every chunk carries its CRC-32 (core/crc32.ts). Pure.

import { crc32 } from './crc32';
import type { QrMatrix } from './qr';

/** The quiet zone around a QR symbol, in modules (ISO/IEC 18004: 4). */
export const QUIET_ZONE = 4;
/** The most bytes one stored deflate block holds. */
const STORED_MAX = 65535;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** Adler-32 (RFC 1950) of `bytes`. */
export function adler32(bytes: ArrayLike<number>): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream (RFC 1950) of `data` in stored deflate blocks (RFC 1951 §3.2.4): no compression. */
export function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / STORED_MAX));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  // CMF: deflate, 32K window; FLG: no dictionary, level 0, FCHECK making CMF*256+FLG a multiple of 31
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let k = 0; k < blocks; k++) {
    const start = k * STORED_MAX;
    const len = Math.min(STORED_MAX, data.length - start);
    out[o++] = k === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00
    out[o++] = len & 255;
    out[o++] = len >>> 8;
    out[o++] = ~len & 255;
    out[o++] = (~len >>> 8) & 255;
    out.set(data.subarray(start, start + len), o);
    o += len;
  }
  out.set(be32(adler32(data)), o);
  return out;
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat(Array.from(data));
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}

/** The PNG's side in pixels for a symbol of `size` modules. */
export const pngSide = (size: number, scale: number) => (size + 2 * QUIET_ZONE) * scale;

/** The matrix as a PNG: dark modules black, the rest and the quiet zone white, `scale` pixels a module. */
export function qrPng(m: QrMatrix, scale = 6): Uint8Array {
  const side = pngSide(m.size, scale);
  const rowBytes = Math.ceil(side / 8);
  // each scanline: filter byte 0, then 1 bit a pixel, most significant first; 1 is white
  const raw = new Uint8Array((rowBytes + 1) * side);
  for (let y = 0; y < side; y++) {
    const r = Math.floor(y / scale) - QUIET_ZONE;
    const line = y * (rowBytes + 1) + 1;
    for (let x = 0; x < side; x++) {
      const c = Math.floor(x / scale) - QUIET_ZONE;
      const dark = r >= 0 && r < m.size && c >= 0 && c < m.size && m.dark[r][c];
      if (!dark) raw[line + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  const ihdr = new Uint8Array([...be32(side), ...be32(side), 1, 0, 0, 0, 0]);
  return Uint8Array.from([
    ...PNG_SIGNATURE,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * One fully transparent pixel (8-bit grayscale with alpha), for an inline image that only takes room on a line:
 * Docs lays inline images side by side, so a sized clear image puts the next one where the layout wants it.
 */
export function clearPng(): Uint8Array {
  const ihdr = new Uint8Array([...be32(1), ...be32(1), 8, 4, 0, 0, 0]);
  return Uint8Array.from([
    ...PNG_SIGNATURE,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', zlibStored(new Uint8Array([0, 0, 0]))),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}
