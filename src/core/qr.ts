// The QR code of a string (what a certificate's QR encodes: the verification link, or the PDF's own view link), as
// a matrix of modules: byte mode (the text's UTF-8 bytes), error correction M, the smallest version that holds it.
// The symbol itself comes from qrcode-generator (bundled; no outside service); its quiet zone is the PNG's
// (core/png.ts). Pure.

import qrcode from 'qrcode-generator';
import { utf8 } from './hmac';

/** A square QR symbol: `size` modules a side, `dark[row][col]`. */
export interface QrMatrix {
  size: number;
  dark: boolean[][];
}

/** The most bytes a version-40 symbol holds at level M in byte mode (ISO/IEC 18004 table 7). */
export const QR_MAX_BYTES = 2331;

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
