// The domain of every score that enters the rules (DESIGN §4.4): points of a maximum, and the 0–100 score made
// from them. Each route that brings a score in (a response sheet's Skor cell, a quiz's item scores through FormApp,
// the add-on's response store, answers checked against Soal, a typed Nilai) checks it here, so a value outside its
// domain is an Error at its source and never reaches a ranking, a Nilai Akhir or a certificate. Nothing is clamped.

import { formatDateId } from './cells';

/** Why points of a maximum are not a score. */
export type ScoreFault = 'notNumber' | 'maxNotPositive' | 'negative' | 'aboveMax';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Null when `points` of `max` is a score (both finite numbers, max > 0, 0 ≤ points ≤ max), else why not. */
export function scoreFault(points: unknown, max: unknown): ScoreFault | null {
  if (!finite(points) || !finite(max)) return 'notNumber';
  if (max <= 0) return 'maxNotPositive';
  if (points < 0) return 'negative';
  if (points > max) return 'aboveMax';
  return null;
}

/** A score on the 0–100 scale (Pre-/Post-Test, Keaktifan, Tugas) is a finite number in 0–100. */
export const inPercentDomain = (v: unknown): v is number => finite(v) && v >= 0 && v <= 100;

/** A number as the admin reads it: Indonesian decimal comma, no exponent for ordinary sizes. */
export function shownNumber(v: unknown): string {
  if (typeof v !== 'number') return v === null || v === undefined ? '' : String(v);
  if (Number.isNaN(v)) return 'bukan angka';
  if (!Number.isFinite(v)) return v > 0 ? 'tak hingga' : '-tak hingga';
  return String(v).replace('.', ',');
}

const two = (n: number) => String(n).padStart(2, '0');

/** A response's submission time as an admin finds it in the form's responses: dd/mm/yyyy hh:mm:ss. */
export function formatStamp(d: Date): string {
  return `${formatDateId(d)} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
