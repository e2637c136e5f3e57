// The QR code of a string (what a certificate's QR encodes: the verification link, or the PDF's own view link), as
// a matrix of modules: byte mode (the text's UTF-8 bytes), error correction M, the smallest version that holds it.
// The symbol itself comes from qrcode-generator (bundled; no outside service); its quiet zone is the PNG's
// (core/png.ts). Pure.

import qrcode from 'qrcode-generator';

/** A square QR symbol: `size` modules a side, `dark[row][col]`. */
export interface QrMatrix {
  size: number;
  dark: boolean[][];
}

/** The most bytes a version-40 symbol holds at level M in byte mode (ISO/IEC 18004 table 7). */
export const QR_MAX_BYTES = 2331;

/** The UTF-8 bytes of `s` (lone surrogates as U+FFFD), written without TextEncoder (not in Apps Script). */
export function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** The QR symbol of `text`; throws a RangeError when it is longer than a symbol holds. */
export function qrMatrix(text: string): QrMatrix {
  const bytes = utf8(text);
  if (bytes.length > QR_MAX_BYTES) throw new RangeError(`QR: ${bytes.length} bytes, at most ${QR_MAX_BYTES}`);
  const qr = qrcode(0, 'M');
  // byte mode takes each char code's low byte: the UTF-8 bytes as one char each
  qr.addData(String.fromCharCode(...bytes), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const dark: boolean[][] = [];
  for (let r = 0; r < size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < size; c++) row.push(qr.isDark(r, c));
    dark.push(row);
  }
  return { size, dark };
}
