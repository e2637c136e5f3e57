// An image the admin uploads for the certificate templates (a logo, a signature or stamp): told by its own bytes
// (PNG or JPEG magic, never by its name or the browser's type), its size in pixels from its header (PNG IHDR, JPEG
// SOF), and the size it is printed at. Pure: the upload and the templates share it.

/** At most this many bytes (decoded) are accepted for one image. */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export type ImageKind = 'png' | 'jpeg';

export interface ImageInfo {
  kind: ImageKind;
  /** The MIME type its bytes say. */
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u32 = (b: Uint8Array, i: number) =>
  ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];

function png(b: Uint8Array): ImageInfo | null {
  if (b.length < 33 || PNG_MAGIC.some((x, i) => b[i] !== x)) return null;
  // the first chunk is IHDR: length 13, type "IHDR", width, height
  if (u32(b, 8) !== 13 || String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  return width > 0 && height > 0 ? { kind: 'png', mimeType: 'image/png', width, height } : null;
}

/** Start-of-frame markers (baseline, progressive, lossless…); C4, C8 and CC are not frames. */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    // fill bytes, and markers without a length (TEM, RSTn)
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const len = u16(b, i + 2);
    if (len < 2) return null;
    if (isSof(marker)) {
      if (i + 9 > b.length) return null;
      const height = u16(b, i + 5);
      const width = u16(b, i + 7);
      return width > 0 && height > 0 ? { kind: 'jpeg', mimeType: 'image/jpeg', width, height } : null;
    }
    i += 2 + len;
  }
  return null;
}

/** A PNG or JPEG told by its bytes, with its size in pixels; null for anything else (GIF, WebP, a renamed file). */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  return png(bytes) ?? jpeg(bytes);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A character code's value in base64, 255 for a character that is none. */
const B64_INDEX = new Uint8Array(128).fill(255);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** The number of bytes a base64 text decodes to (no decoding; null when its length cannot be base64). */
export function base64Size(s: string): number | null {
  if (s.length % 4 !== 0) return null;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - pad;
}

/** Standard base64 (with padding) to bytes; null when it is not base64. */
export function decodeBase64(s: string): Uint8Array | null {
  const size = base64Size(s);
  if (size === null) return null;
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    let n = 0;
    let pads = 0;
    for (let k = 0; k < 4; k++) {
      const c = s[i + k];
      if (c === '=' && last && k >= 2) {
        pads++;
        n <<= 6;
        continue;
      }
      const code = c.charCodeAt(0);
      const v = code < 128 ? B64_INDEX[code] : 255;
      if (v === 255 || pads > 0) return null;
      n = (n << 6) | v;
    }
    out[o++] = (n >> 16) & 0xff;
    if (pads < 2) out[o++] = (n >> 8) & 0xff;
    if (pads < 1) out[o++] = n & 0xff;
  }
  return out;
}

/** The printed size (points) of an image `height` points high, its width by the image's own proportions. */
export function printedSize(info: { width: number; height: number }, height: number, maxWidth: number) {
  let h = height;
  let w = (info.width / info.height) * h;
  if (w > maxWidth) {
    w = maxWidth;
    h = (info.height / info.width) * w;
  }
  return { width: Math.round(w), height: Math.round(h) };
}
