// Check-in (issue 16): the session code (fixed, or rotating per period, derived from a secret kept in the
// document's properties), the acceptance window of a session in the spreadsheet's time zone, and the classifier
// that makes every Presensi response Hadir, Terlambat or Tidak sah (with the reason), counting one per NIP and
// session. Pure: the secret, the zone and the settings are passed in; codes are HMAC-SHA256 (src/core/hmac.ts).

import { wallClock } from './cells';
import { hmacSha256 } from './hmac';
import type { Session } from './model';

export interface CheckinSettings {
  /** Presensi forms ask for the session code and their responses are checked (code and window). */
  enabled: boolean;
  /** Minutes before Jam Mulai from which a check-in is accepted. */
  openBefore: number;
  /** Minutes after Jam Mulai until which a check-in is accepted (inclusive). */
  closeAfter: number;
  /** Minutes after Jam Mulai after which a check-in is Terlambat. */
  lateAfter: number;
  /** Whether a Terlambat check-in counts towards the attendance percentage. */
  lateCounts: boolean;
  /** Seconds per code period; 0 = one fixed code per session. */
  rotateSeconds: number;
  /** Rotating codes: how many periods before the response's own are still accepted. */
  acceptedPeriods: number;
}

export const CODE_DIGITS = 6;
/** The document property that holds the secret (never in a sheet or a form). */
export const CHECKIN_SECRET_KEY = 'checkinSecret';

/** A rotating code's period number at an instant. */
export const periodAt = (ms: number, rotateSeconds: number): number =>
  Math.floor(ms / (rotateSeconds * 1000));

/**
 * The 6-digit code of a session: HMAC-SHA256(secret, training, session, period) truncated as in RFC 4226 §5.3;
 * `period` null = the session's fixed code.
 */
export function codeFor(
  secret: string,
  trainingCode: string,
  session: number,
  period: number | null,
): string {
  const mac = hmacSha256(
    secret,
    `${trainingCode}\u0001${session}\u0001${period === null ? 'tetap' : period}`,
  );
  const off = mac[31] & 15;
  const bin =
    ((mac[off] & 0x7f) * 0x1000000 + (mac[off + 1] << 16) + (mac[off + 2] << 8) + mac[off + 3]) >>> 0;
  return String(bin % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

/** The code to show now for a session, and until when it holds (null: a fixed code). */
export function currentCode(
  secret: string,
  trainingCode: string,
  session: number,
  now: number,
  s: Pick<CheckinSettings, 'rotateSeconds'>,
): { code: string; until: number | null } {
  if (s.rotateSeconds <= 0) return { code: codeFor(secret, trainingCode, session, null), until: null };
  const p = periodAt(now, s.rotateSeconds);
  return { code: codeFor(secret, trainingCode, session, p), until: (p + 1) * s.rotateSeconds * 1000 };
}

/** How far ahead the projector is given a rotating session's codes, so it asks the server every few minutes. */
export const CODES_AHEAD_MS = 10 * 60_000;
/** At most this many codes ahead, however short the period. */
export const CODES_AHEAD_MAX = 120;

/**
 * The code to show now and, for a rotating code, the codes of the next periods (each with the milliseconds from
 * `now` at which it starts), up to CODES_AHEAD_MS or CODES_AHEAD_MAX: the projector switches by itself at each
 * period's start and asks again before the list runs out.
 */
export function codesAhead(
  secret: string,
  trainingCode: string,
  session: number,
  now: number,
  s: Pick<CheckinSettings, 'rotateSeconds'>,
): { code: string; validForMs: number | null; next: Array<{ code: string; inMs: number }> } {
  const cur = currentCode(secret, trainingCode, session, now, s);
  if (cur.until === null) return { code: cur.code, validForMs: null, next: [] };
  const period = s.rotateSeconds * 1000;
  const count = Math.min(CODES_AHEAD_MAX, Math.ceil(CODES_AHEAD_MS / period));
  const p = periodAt(now, s.rotateSeconds);
  const next = Array.from({ length: count }, (_, i) => ({
    code: codeFor(secret, trainingCode, session, p + 1 + i),
    inMs: (p + 1 + i) * period - now,
  }));
  return { code: cur.code, validForMs: cur.until - now, next };
}

/** A typed code as compared: digits only (spaces, dots and dashes a participant adds are ignored). */
export const normaliseCode = (typed: string): string => typed.replace(/[\s.-]/g, '');

/** Milliseconds between the instant and the wall clock it shows in `tz` (the zone's offset then). */
function offsetAt(ms: number, tz: string): number {
  const w = wallClock(new Date(ms), tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock date (its y/m/d, as asDate gives it) and minutes after midnight show in `tz`. */
export function instantIn(date: Date, minutes: number, tz: string): Date {
  const guess = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 0, minutes);
  const first = guess - offsetAt(guess, tz);
  const second = guess - offsetAt(first, tz);
  return new Date(second);
}

export interface SessionWindow {
  start: number;
  open: number;
  lateFrom: number;
  close: number;
}

/** A session's acceptance window, or null when it has no Tanggal or Jam Mulai (no window can apply). */
export function sessionWindow(s: Session, tz: string, c: CheckinSettings): SessionWindow | null {
  if (!s.date || s.startMinutes === null) return null;
  const start = instantIn(s.date, s.startMinutes, tz).getTime();
  return {
    start,
    open: start - c.openBefore * 60_000,
    lateFrom: start + c.lateAfter * 60_000,
    close: start + c.closeAfter * 60_000,
  };
}

export type CheckinStatus = 'Hadir' | 'Terlambat' | 'Tidak sah';

/** Why the classifier makes a check-in Tidak sah. */
export type ClassifyReason =
  | 'sessionUnknown'
  | 'noTimestamp'
  | 'codeBlank'
  | 'codeWrong'
  | 'codeOtherSession'
  | 'codeOtherTraining'
  | 'codeExpired'
  | 'tooEarly'
  | 'tooLate';

/** Why a check-in is Tidak sah: the classifier's reasons, or its NIP (checked before it). */
export type CheckinReason = ClassifyReason | 'nipNumberTyped' | 'nipUnknown';

/** One check-in to classify: a Presensi response already read (NIP checked by the caller). */
export interface CheckinInput {
  timestamp: Date | null;
  /** The normalised NIP, or '' when unusable (then `reason` is set by the caller). */
  nip: string;
  session: number;
  /** The typed code; undefined when the response's form has no Kode Sesi question (not checked). */
  code: string | undefined;
}

export interface CheckinContext {
  trainingCode: string;
  /** This training's sessions by number. */
  sessions: ReadonlyMap<number, Session>;
  /** Every training's sessions (a code of another training's session is named as such). */
  allSessions: readonly Session[];
  tz: string;
  settings: CheckinSettings;
  /** The secret; asked only when a code is to be checked (null: none was ever made, so no code is right). */
  secret: () => string | null;
}

export interface Classified {
  status: CheckinStatus;
  reason: ClassifyReason | null;
  /** The session has no Tanggal or Jam Mulai: accepted without a window. */
  noWindow: boolean;
  /** Checked against code and window (false: a form without the Kode Sesi question, counted as before). */
  checked: boolean;
  /** The other session (number and training) whose code was typed. */
  other?: { trainingCode: string; session: number };
}

/** The longest look-back for an expired rotating code: the window's span, at least 3 hours, at most 2000 periods. */
function lookBackPeriods(c: CheckinSettings, win: SessionWindow | null): number {
  const span = win ? win.close - win.open : 0;
  const ms = Math.max(span, 3 * 3_600_000);
  return Math.min(2000, Math.ceil(ms / (c.rotateSeconds * 1000)));
}

/** Whether `typed` is the code of (training, session) at the response's time (accepted periods included). */
function codeMatches(
  secret: string,
  typed: string,
  trainingCode: string,
  session: number,
  at: number,
  c: CheckinSettings,
): boolean {
  if (c.rotateSeconds <= 0) return typed === codeFor(secret, trainingCode, session, null);
  const p = periodAt(at, c.rotateSeconds);
  for (let k = 0; k <= c.acceptedPeriods; k++) {
    if (typed === codeFor(secret, trainingCode, session, p - k)) return true;
  }
  return false;
}

/** Classifies one check-in whose NIP is on the roster and whose session is this training's. */
export function classifyCheckin(r: CheckinInput, ctx: CheckinContext): Classified {
  const c = ctx.settings;
  const session = ctx.sessions.get(r.session);
  const none = { noWindow: false };
  if (!c.enabled || r.code === undefined) return { status: 'Hadir', reason: null, checked: false, ...none };
  if (!session) return { status: 'Tidak sah', reason: 'sessionUnknown', checked: true, ...none };
  if (!r.timestamp) return { status: 'Tidak sah', reason: 'noTimestamp', checked: true, ...none };
  const at = r.timestamp.getTime();
  const win = sessionWindow(session, ctx.tz, c);
  const typed = normaliseCode(r.code);
  if (typed === '') return { status: 'Tidak sah', reason: 'codeBlank', checked: true, ...none };
  const secret = ctx.secret();
  if (!secret || !codeMatches(secret, typed, ctx.trainingCode, r.session, at, c)) {
    const why = secret ? otherCode(secret, typed, r, at, win, ctx) : null;
    return { status: 'Tidak sah', checked: true, ...none, ...(why ?? { reason: 'codeWrong' }) };
  }
  if (!win) return { status: 'Hadir', reason: null, checked: true, noWindow: true };
  if (at < win.open) return { status: 'Tidak sah', reason: 'tooEarly', checked: true, ...none };
  if (at > win.close) return { status: 'Tidak sah', reason: 'tooLate', checked: true, ...none };
  return { status: at > win.lateFrom ? 'Terlambat' : 'Hadir', reason: null, checked: true, ...none };
}

/** Why a code that is not this session's right now was typed: an earlier period's, or another session's. */
function otherCode(
  secret: string,
  typed: string,
  r: CheckinInput,
  at: number,
  win: SessionWindow | null,
  ctx: CheckinContext,
): { reason: ClassifyReason; other?: { trainingCode: string; session: number } } | null {
  const c = ctx.settings;
  if (c.rotateSeconds > 0) {
    const p = periodAt(at, c.rotateSeconds);
    const back = lookBackPeriods(c, win);
    for (let k = c.acceptedPeriods + 1; k <= back; k++) {
      if (typed === codeFor(secret, ctx.trainingCode, r.session, p - k)) return { reason: 'codeExpired' };
    }
  }
  for (const s of ctx.allSessions) {
    if (s.trainingCode === ctx.trainingCode && s.number === r.session) continue;
    if (codeMatches(secret, typed, s.trainingCode, s.number, at, c)) {
      const other = { trainingCode: s.trainingCode, session: s.number };
      return {
        reason: s.trainingCode === ctx.trainingCode ? 'codeOtherSession' : 'codeOtherTraining',
        other,
      };
    }
  }
  return null;
}
