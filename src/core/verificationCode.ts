// The verification code of a certificate (issue 13 item 1), pure: 12 characters of Crockford's base32 (0-9 A-Z
// without I L O U; 60 bits), shown as XXXX-XXXX-XXXX with its QR. It is random: each run draws one fresh secret from
// the platform (Utilities.getUuid, through the port: 244 random bits) and the run's codes are HMAC-SHA256(secret, i)
// cut to 60 bits, so no code can be derived from the number, the NIP or another code, and the secret is never kept.
// Codes are unique within the ledger (a clash is drawn again); across workbooks and years a clash of two random
// 60-bit codes among a city's 100,000 certificates has a probability of about 4·10⁻⁹.

import { hmacSha256 } from './hmac';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** 60 bits from the first 8 bytes of a digest, as 12 base32 characters. */
function encode(bytes: readonly number[]): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < CODE_LENGTH) {
      out += CODE_ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
    if (out.length === CODE_LENGTH) break;
  }
  return out;
}

/**
 * A source of fresh codes for one run: never one of `taken` (the ledger's codes) nor one given before. `secret`
 * must be random (StorePort.newSecret) and at least 32 characters.
 */
export function codeSource(secret: string, taken: Iterable<string> = []): () => string {
  if (secret.length < 32) throw new Error('verification code secret too short');
  const used = new Set<string>();
  for (const c of taken) used.add(normalizeCode(c));
  let i = 0;
  return () => {
    for (;;) {
      const code = encode(hmacSha256(secret, `kode-verifikasi:${i++}`));
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}

/** A code as printed: XXXX-XXXX-XXXX ('' stays ''). */
export function formatCode(code: string): string {
  const c = normalizeCode(code);
  return c.length === CODE_LENGTH ? `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}` : c;
}

/**
 * A code as typed or scanned, normalised: upper case, without spaces and dashes, with Crockford's look-alikes read
 * as their digits (O → 0, I and L → 1). Not checked: see isCode.
 */
export function normalizeCode(input: string): string {
  return String(input ?? '')
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Whether a normalised code has the form of one this add-on gives. */
export function isCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((ch) => CODE_ALPHABET.includes(ch));
}

/** The link a certificate's QR encodes: the verification page with its code, or '' when no page is set. */
export function verificationLink(pageUrl: string, code: string): string {
  const url = pageUrl.trim();
  if (!url || !code) return '';
  return `${url}${url.includes('?') ? '&' : '?'}kode=${normalizeCode(code)}`;
}
