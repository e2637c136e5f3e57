import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { crc32 } from '../../../src/core/crc32';
import { utf8 } from '../../../src/core/hmac';
import { adler32, pngSide, QUIET_ZONE, qrPng, zlibStored } from '../../../src/core/png';
import { QR_MAX_BYTES, qrMatrix } from '../../../src/core/qr';

/** A tiny PNG reader for the format qrPng writes (1-bit grayscale, filter 0): checks every CRC, gives RGBA. */
function readPng(png: Uint8Array): { width: number; height: number; rgba: Uint8ClampedArray; idat: Buffer } {
  const b = Buffer.from(png);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let i = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (i < b.length) {
    const len = b.readUInt32BE(i);
    const type = b.toString('ascii', i + 4, i + 8);
    const data = b.subarray(i + 8, i + 8 + len);
    expect(b.readUInt32BE(i + 8 + len)).toBe(crc32(b.subarray(i + 4, i + 8 + len)));
    types.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    i += 12 + len;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  const zdata = Buffer.concat(idat);
  const raw = inflateSync(zdata);
  const rowBytes = Math.ceil(width / 8);
  expect(raw.length).toBe((rowBytes + 1) * height);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (rowBytes + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const white = (raw[y * (rowBytes + 1) + 1 + (x >> 3)] >> (7 - (x & 7))) & 1;
      rgba.fill(white ? 255 : 0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, rgba, idat: zdata };
}

const SCRIPT_URL =
  'https://script.google.com/macros/s/AKfycbx1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-/exec';

describe('qrPng(qrMatrix(text))', () => {
  const long = `${SCRIPT_URL}?kode=${'7'.repeat(12)}&x=${'a'.repeat(200 - SCRIPT_URL.length - 21)}`;
  it.each([
    ['a short link', 'https://x.id/?kode=ABCD2345WXYZ'],
    ['a verification link', `${SCRIPT_URL}?kode=0123456789AB`],
    ['a 200-character link', long],
    ['a PDF view link', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456/view'],
  ])('%s decodes back to exactly the text', (_what, text) => {
    if (text === long) expect(text).toHaveLength(200);
    const m = qrMatrix(text);
    const png = qrPng(m, 4);
    const { width, height, rgba } = readPng(png);
    expect(width).toBe(pngSide(m.size, 4));
    expect(height).toBe(width);
    const read = jsQR(rgba, width, height);
    expect(read?.data).toBe(text);
    // level M in byte mode: version 40 at most, the smallest that fits
    expect(read?.version).toBe((m.size - 17) / 4);
  });

  it('keeps a quiet zone of 4 white modules', () => {
    const m = qrMatrix('https://x.id/?kode=1');
    const { width, rgba } = readPng(qrPng(m, 3));
    for (let x = 0; x < width; x++) {
      for (const y of [0, QUIET_ZONE * 3 - 1, width - 1]) expect(rgba[(y * width + x) * 4]).toBe(255);
    }
    // the finder pattern's corner is the first dark module
    expect(rgba[(QUIET_ZONE * 3 * width + QUIET_ZONE * 3) * 4]).toBe(0);
  });

  it('encodes non-ASCII text as UTF-8 bytes', () => {
    expect(utf8('é€😀')).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    const text = 'https://x.id/?nama=Siti Nurhalizah é';
    const { width, height, rgba } = readPng(qrPng(qrMatrix(text), 4));
    expect(Buffer.from(jsQR(rgba, width, height)?.binaryData ?? []).toString('utf8')).toBe(text);
  });

  it('refuses a text longer than a symbol holds', () => {
    expect(() => qrMatrix('a'.repeat(QR_MAX_BYTES))).not.toThrow();
    expect(() => qrMatrix('a'.repeat(QR_MAX_BYTES + 1))).toThrow(RangeError);
  });

  it('is a PNG pdf-lib embeds', async () => {
    const doc = await PDFDocument.create();
    const m = qrMatrix('https://x.id/?kode=1');
    const img = await doc.embedPng(qrPng(m, 4));
    expect(img.width).toBe(pngSide(m.size, 4));
  });
});

describe('zlibStored', () => {
  it('splits data into stored blocks of at most 65535 bytes that inflate back, with the Adler-32', () => {
    const data = new Uint8Array(65535 * 2 + 10).map((_, i) => (i * 7) & 255);
    const z = zlibStored(data);
    expect(((z[0] << 8) | z[1]) % 31).toBe(0);
    expect(z.length).toBe(2 + 3 * 5 + data.length + 4);
    expect(Buffer.compare(inflateSync(z), Buffer.from(data))).toBe(0);
    expect(Buffer.from(z.subarray(z.length - 4)).readUInt32BE(0)).toBe(adler32(data));
    expect(Buffer.compare(inflateSync(zlibStored(new Uint8Array(0))), Buffer.alloc(0))).toBe(0);
  });
  it('Adler-32 of "Wikipedia" is 0x11E60398', () => {
    expect(adler32([...'Wikipedia'].map((c) => c.charCodeAt(0)))).toBe(0x11e60398);
  });
});
