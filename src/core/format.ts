// Numbers as a person reads them: how many decimals each kind of figure shows, decided once here, for both the
// number format of an output column and the text of a certificate or message (Indonesian decimal comma).

import { roundTo } from './round';

/** Sheets number formats by the decimals they show (no grouping: `0.00` shows 1234,50 in an Indonesian sheet). */
const NUMBER_FORMATS = { 0: '0', 2: '0.00' } as const;
type Decimals = keyof typeof NUMBER_FORMATS;

/** Scores (0–100): Nilai Akhir, Pre-/Post-Test, as `Rekap Nilai` shows them and a certificate prints them. */
export const SCORE_DECIMALS = 2 satisfies Decimals;
/** Lesson hours: `Rekap JP` shows two decimals (a typed JP may be fractional), so a certificate prints the same. */
export const JP_DECIMALS = 2 satisfies Decimals;

/** The number format of a score column, from the same constant as the certificate text. */
export const SCORE_FORMAT = NUMBER_FORMATS[SCORE_DECIMALS];
export const JP_FORMAT = NUMBER_FORMATS[JP_DECIMALS];

/**
 * `x` with exactly `decimals` decimals as an Indonesian reader writes it (decimal comma, no grouping), rounded half
 * away from zero on the decimal value (DESIGN §4), and never "-0,00": the text a cell with that number format shows.
 */
export function formatFixed(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return '';
  const r = roundTo(x, decimals);
  // r is the double nearest a number with `decimals` decimals, so toFixed only writes it out (no second rounding)
  const text = Math.abs(r).toFixed(decimals).replace('.', ',');
  return r < 0 ? `-${text}` : text;
}

/** A score as `Rekap Nilai` shows it: 85.5 → "85,50". */
export function formatScore(x: number): string {
  return formatFixed(x, SCORE_DECIMALS);
}

/** Lesson hours as `Rekap JP` shows them: 12 → "12,00". */
export function formatJp(x: number): string {
  return formatFixed(x, JP_DECIMALS);
}

/** A figure inside a sentence (a message, a note): decimal comma, only the digits it has (62.5 → "62,5"). */
export function formatIdNumber(x: number): string {
  return String(x).replace('.', ',');
}
