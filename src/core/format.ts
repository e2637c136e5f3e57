// Numbers as a person reads them: how many decimals each kind of figure shows, decided once here, for both the
// number format of an output column and the text of a certificate or message (Indonesian decimal comma).

import { roundTo } from './round';

/** Sheets number formats by the decimals they show (no grouping: `0.00` shows 1234,50 in an Indonesian sheet). */
const NUMBER_FORMATS = { 0: '0', 2: '0.00' } as const;
type Decimals = keyof typeof NUMBER_FORMATS;

/** Scores (0–100): Nilai Akhir, Pre-/Post-Test, as `Rekap Nilai` shows them and a certificate prints them. */
export const SCORE_DECIMALS = 2 satisfies Decimals;
/**
 * Lesson hours are whole or a plain fraction (12, 1,5): `Rekap JP` shows them in Sheets' General format, which
 * writes only the digits a number has, and a certificate prints the same ("12 JP", not "12,00 JP"). JP is at most
 * two decimals (the rules round it), so General never shows more.
 */
export const JP_MAX_DECIMALS = 2;

/** The number format of a score column, from the same constant as the certificate text. */
export const SCORE_FORMAT = NUMBER_FORMATS[SCORE_DECIMALS];
export const JP_FORMAT = 'General';

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

/** Lesson hours as `Rekap JP` shows them: 12 → "12", 7.5 → "7,5", 1.25 → "1,25". */
export function formatJp(x: number): string {
  if (!Number.isFinite(x)) return '';
  const r = roundTo(x, JP_MAX_DECIMALS);
  return formatIdNumber(r === 0 ? 0 : r);
}

/** A figure inside a sentence (a message, a note): decimal comma, only the digits it has (62.5 → "62,5"). */
export function formatIdNumber(x: number): string {
  return String(x).replace('.', ',');
}
