// The emulator's claims the TTE import rests on (emulator/README.md, Utilities): computeDigest of a Byte[] of signed
// bytes, as a blob's getBytes() gives them, is the SHA-256 of the bytes they stand for.

import { createHash } from 'node:crypto';
import { createEnvironment } from '../../emulator/environment';
import { hex } from '../../src/core/hmac';

describe('TTE: computeDigest of signed bytes', () => {
  test('computeDigest of signed bytes equals the SHA-256 of the unsigned ones, and a blob round trip keeps it', () => {
    const env = createEnvironment();
    const U = env.globals.Utilities as unknown as {
      DigestAlgorithm: { SHA_256: unknown };
      computeDigest(a: unknown, v: unknown): number[];
      newBlob(data: number[], type?: string, name?: string): { getBytes(): number[] };
    };
    const raw = Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0x80, 0x00, 0x7f, 0xe2]);
    const signed = [...raw].map((b) => (b > 127 ? b - 256 : b));
    const want = createHash('sha256').update(raw).digest('hex');
    expect(hex(U.computeDigest(U.DigestAlgorithm.SHA_256, signed))).toBe(want);
    const blob = U.newBlob(signed, 'application/pdf', 'x.pdf');
    expect(blob.getBytes()).toEqual(signed);
    expect(hex(U.computeDigest(U.DigestAlgorithm.SHA_256, blob.getBytes()))).toBe(want);
    // the digest bytes themselves are signed
    expect(U.computeDigest(U.DigestAlgorithm.SHA_256, signed).some((b) => b < 0)).toBe(true);
  });
});
