// Decimal rounding (DESIGN §4): half away from zero on the decimal value a person sees, never on the binary double.

/**
 * Rounds `x` to `n` decimals, half away from zero, on its decimal value. The double is first read as
 * its 15-significant-digit decimal (what a spreadsheet shows and what `ROUND` works on), so 1.005,
 * stored as 1.00499999…, still rounds to 1.01, and noise such as 80.00499999999999 from a sum reads
 * as 80.005. `toFixed` is not used because it rounds the binary value.
 */
export function roundTo(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  // Fast path: away from the half, the binary product rounds the same way as the decimal value does
  // (the 15-digit reading moves x·10ⁿ by at most |x·10ⁿ|·5e-15 < 5e-6 below 1e9), so only near-halves
  // need the decimal digits.
  const p = 10 ** n;
  const a = Math.abs(x) * p;
  if (a < 1e9) {
    const floor = Math.floor(a);
    const frac = a - floor;
    if (Math.abs(frac - 0.5) > 1e-5) {
      const r = (frac < 0.5 ? floor : floor + 1) / p;
      return r === 0 ? 0 : x < 0 ? -r : r;
    }
  }
  return roundViaDecimal(x, n);
}

/** The reference rounding on the 15-significant-digit decimal text of `x` (used for near-halves). */
export function roundViaDecimal(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const neg = x < 0;
  const text = Math.abs(x).toPrecision(15);
  const [mantissa, expText] = text.split('e');
  const exp = expText ? Number(expText) : 0;
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // Digits before the decimal point in the full decimal expansion (may be ≤ 0 or beyond `digits`).
  const intLen = (dot === -1 ? mantissa.length : dot) + exp;
  const keep = intLen + n;
  if (keep >= digits.length) return x;
  if (keep < 0) return 0;
  let kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) >= 53 /* '5' */) kept = incrementDigits(kept);
  const r = Number(`${kept || '0'}e${-n}`);
  if (r === 0) return 0;
  return neg ? -r : r;
}

/** Rounds to 2 decimals, half away from zero on the decimal value (80.005 → 80.01, −0.125 → −0.13). */
export function round2(x: number): number {
  return roundTo(x, 2);
}

/** Adds one to a string of decimal digits ('' counts as 0). */
function incrementDigits(s: string): string {
  const a = s.split('');
  let i = a.length - 1;
  while (i >= 0) {
    if (a[i] === '9') {
      a[i] = '0';
      i--;
    } else {
      a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1);
      return a.join('');
    }
  }
  return `1${a.join('')}`;
}

/**
 * Rupiah as a whole number (issue 15 item 5): the one rounding rule of every amount in Rekap Narasumber. 'Ke bawah'
 * (the default) floors, 'Terdekat' rounds half away from zero, both on the 15-significant-digit decimal value a
 * spreadsheet shows, so 4.35 × 100000 (434999.99999999994 as a double) is 435000 and not 434999.
 */
export function roundRupiah(x: number, mode: 'Ke bawah' | 'Terdekat' = 'Ke bawah'): number {
  if (!Number.isFinite(x)) return x;
  if (mode === 'Terdekat') return roundTo(x, 0);
  const r = Math.floor(Number(x.toPrecision(15)));
  return r === 0 ? 0 : r;
}
