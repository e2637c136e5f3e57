// NIP (civil-servant ID, DESIGN §4.1): normalisation, layout check (PNS / PPPK) and the status it implies.

import { NIP_REASON } from '../text/id/rules';
import type { EmploymentStatus } from './model';

/** Birth years and appointment years a real NIP can plausibly carry. */
const BIRTH_YEAR_MIN = 1940;
const BIRTH_YEAR_MAX = 2010;
const APPOINTMENT_YEAR_MAX = 2035;
/** Youngest plausible appointment age (CPNS/PPPK minimum age is 18; one year of slack). */
const MIN_APPOINTMENT_AGE = 17;

/** Removes spaces, dots, dashes and leading apostrophes; a number becomes its decimal text first. */
export function normalizeNip(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string' && isDigits(raw)) return raw; // the common case, without regex work
  const text = String(raw); // a number prints as its digits (no exponent below 1e21)
  // Separators first, then apostrophes, so a leading apostrophe uncovered by removing a separator goes too.
  return text.replace(/[\s.\-\u2010-\u2015\u2212]/g, '').replace(/^'+/, '');
}

export interface NipCheck {
  ok: boolean;
  /** The normalised NIP. */
  nip: string;
  kind: EmploymentStatus | null;
  /** The cell held a number: its last digits are already lost (an 18-digit number exceeds 2^53). */
  numberTyped: boolean;
  /** Why it is not valid, in Indonesian; '' when valid. */
  reason: string;
}

const checked = new Map<unknown, Readonly<NipCheck>>();
const CHECK_CACHE_MAX = 100_000;

/**
 * Checks a NIP cell or answer: 18 digits in the PNS or PPPK layout; a number is never accepted or guessed.
 * Memoised (a NIP is checked again on every sheet and response that names it); results are frozen.
 */
export function checkNip(raw: unknown): Readonly<NipCheck> {
  const key = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
  if (key !== undefined) {
    const hit = checked.get(key);
    if (hit) return hit;
  }
  const result = Object.freeze(checkNipUncached(raw));
  if (key !== undefined) {
    if (checked.size >= CHECK_CACHE_MAX) checked.clear();
    checked.set(key, result);
  }
  return result;
}

function checkNipUncached(raw: unknown): NipCheck {
  const nip = normalizeNip(raw);
  if (typeof raw === 'number') {
    return { ok: false, nip, kind: null, numberTyped: true, reason: NIP_REASON.numberTyped };
  }
  const bad = (reason: string): NipCheck => ({ ok: false, nip, kind: null, numberTyped: false, reason });
  if (nip === '') return bad(NIP_REASON.blank);
  if (!isDigits(nip)) return bad(NIP_REASON.notDigits(nip));
  if (nip.length !== 18) return bad(NIP_REASON.length(nip.length));

  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (!isCalendarDate(birthYear, birthMonth, birthDay)) {
    return bad(NIP_REASON.birthDate(nip.slice(0, 8)));
  }
  if (birthYear < BIRTH_YEAR_MIN || birthYear > BIRTH_YEAR_MAX) {
    return bad(NIP_REASON.birthYear(birthYear));
  }
  const year = Number(nip.slice(8, 12));
  const d13 = nip[12];
  const d14 = nip[13];
  const gender = nip[14];
  let kind: EmploymentStatus;
  if (d13 === '2' && d14 !== '0') {
    kind = 'PPPK';
  } else {
    const month = Number(nip.slice(12, 14));
    if (month < 1 || month > 12) {
      return bad(NIP_REASON.appointmentMonth(`${d13}${d14}`));
    }
    kind = 'PNS';
  }
  if (year < birthYear + MIN_APPOINTMENT_AGE || year > APPOINTMENT_YEAR_MAX) {
    return bad(NIP_REASON.appointmentYear(year, birthYear));
  }
  if (gender !== '1' && gender !== '2') {
    return bad(NIP_REASON.gender(gender));
  }
  return { ok: true, nip, kind, numberTyped: false, reason: '' };
}

/** Status Kepegawaian implied by a NIP's layout; '' when the NIP is not valid. */
export function deriveStatus(nip: unknown): EmploymentStatus | '' {
  const c = checkNip(nip);
  return c.ok && c.kind ? c.kind : '';
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
