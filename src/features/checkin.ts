// Check-in (issue 16): the projector view of a training's Presensi sessions (pre-filled QR link, the session's
// code now, its window), the code asked again per period, the secret the codes come from (a document property,
// never a sheet or a form), and the rows of Rekap Kehadiran.

import type { CheckinVerdict } from '../core/attendance';
import { checkinTime } from '../core/attendance';
import { wallClock } from '../core/cells';
import { CHECKIN_SECRET_KEY, codesAhead, currentCode, sessionWindow } from '../core/checkin';
import { UserError } from '../core/errors';
import { sessionChoice } from '../core/formSpecs';
import type { Participant, Session } from '../core/model';
import type { SheetKey } from '../core/schema';
import type { CheckinCodeNow, CheckinView } from '../shared/rpc';
import { CHECKIN_NOTE, CHECKIN_REASON, CHECKIN_VIEW } from '../text/id/checkin';
import { unknownTraining } from '../text/id/forms';
import { MONTHS } from '../text/id/rules';
import { currentForm } from './forms';
import { readLedger } from './formsLedger';
import { loadWorkbook } from './load';
import type { Port } from './port';

/** The secret of the session codes; made (and kept in the document's properties) when `make` and none exists. */
export function checkinSecret(port: Port, make: boolean): string | null {
  const have = port.store.getDoc(CHECKIN_SECRET_KEY);
  if (have || !make) return have;
  const secret = port.store.newSecret();
  port.store.setDoc(CHECKIN_SECRET_KEY, secret);
  return secret;
}

/** What a session's code depends on: the training, its sessions and the check-in settings (no roster, no scores). */
const CODE_SHEETS: readonly SheetKey[] = ['settings', 'trainings', 'sessions'];

const two = (n: number) => String(n).padStart(2, '0');

/** "24 November 2026, 07.45–08.30" in the spreadsheet's zone. */
function windowText(open: number, close: number, tz: string): string {
  const a = wallClock(new Date(open), tz);
  const b = wallClock(new Date(close), tz);
  const day = (w: typeof a) => `${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
  const hm = (w: typeof a) => `${two(w.hour)}.${two(w.minute)}`;
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  return sameDay ? `${day(a)}, ${hm(a)}–${hm(b)}` : `${day(a)} ${hm(a)} – ${day(b)} ${hm(b)}`;
}

/**
 * Every session of a training for the projector: the Presensi form's link with the session pre-filled, the code
 * to show now and the window. The code reaches only this (the admin's) sidebar; the secret never leaves the server.
 */
export function getCheckinView(port: Port, code: string, now = Date.now()): CheckinView {
  const loaded = loadWorkbook(port, [...CODE_SHEETS, 'forms']);
  const { wb, tz } = loaded;
  if (!wb.trainings.some((t) => t.code === code)) throw new UserError(unknownTraining(code));
  const settings = wb.settings.checkin;
  const empty = (message: string): CheckinView => ({
    code,
    formTitle: '',
    hasCodeItem: false,
    rotateSeconds: settings.rotateSeconds,
    sessions: [],
    message,
  });
  const cur = currentForm(port, readLedger(port, loaded), code, 'Presensi');
  if (!cur.form || !cur.row) {
    return empty(cur.hand ? CHECKIN_VIEW.handMade(cur.hand.vi + 1) : CHECKIN_VIEW.noForm);
  }
  const prefills = port.forms.sessionLinks(cur.form);
  if (!prefills) return empty(CHECKIN_VIEW.noForm);
  const secret = checkinSecret(port, true) as string;
  const urlOf = new Map(prefills.links.map((l) => [l.choice.trim(), l.url]));
  const sessions = sessionsOf(wb.sessions, code).map((s) => {
    const win = sessionWindow(s, tz, settings);
    const c = currentCode(secret, code, s.number, now, settings);
    const label = sessionChoice(s);
    return {
      session: s.number,
      label,
      window: win ? windowText(win.open, win.close, tz) : '',
      url: urlOf.get(label) ?? cur.row?.fillUrl ?? '',
      code: c.code,
      validForMs: c.until === null ? null : c.until - now,
    };
  });
  return {
    code,
    formTitle: cur.row.title,
    hasCodeItem: prefills.hasCode,
    rotateSeconds: settings.rotateSeconds,
    sessions,
    message: prefills.hasCode ? '' : CHECKIN_VIEW.noCodeItem,
  };
}

/** The code of one session now and, rotating, the next ones (the projector asks again before they run out). */
export function getCheckinCode(port: Port, code: string, session: number, now = Date.now()): CheckinCodeNow {
  const { wb } = loadWorkbook(port, CODE_SHEETS);
  if (!wb.trainings.some((t) => t.code === code)) throw new UserError(unknownTraining(code));
  if (!sessionsOf(wb.sessions, code).some((s) => s.number === session))
    throw new UserError(CHECKIN_VIEW.noForm);
  const secret = checkinSecret(port, false);
  if (!secret) throw new UserError(CHECKIN_VIEW.noForm);
  return codesAhead(secret, code, session, now, wb.settings.checkin);
}

function sessionsOf(sessions: readonly Session[], code: string): Session[] {
  return sessions.filter((s) => s.trainingCode === code).sort((a, b) => a.number - b.number);
}

/**
 * Rekap Kehadiran: one row per Presensi response, as classified (the code typed is never written), by training (in
 * the order given), session, then response time.
 */
export function checkinRecords(
  verdicts: readonly CheckinVerdict[],
  rosters: ReadonlyMap<string, readonly Participant[]>,
  tz: string,
): Array<Record<string, string | number>> {
  const names = new Map<string, string>();
  for (const [code, list] of rosters) for (const p of list) names.set(`${code}\u0001${p.nip}`, p.name);
  const order = new Map<string, number>();
  for (const v of verdicts) if (!order.has(v.trainingCode)) order.set(v.trainingCode, order.size);
  const sorted = [...verdicts].sort(
    (a, b) =>
      (order.get(a.trainingCode) ?? 0) - (order.get(b.trainingCode) ?? 0) ||
      a.session - b.session ||
      (a.timestamp?.getTime() ?? 0) - (b.timestamp?.getTime() ?? 0) ||
      (a.src.row ?? 0) - (b.src.row ?? 0),
  );
  return sorted.map((v) => {
    const notes: string[] = [];
    if (v.reason) notes.push(CHECKIN_REASON[v.reason]);
    if (v.duplicate) notes.push(CHECKIN_NOTE.duplicate);
    if (v.typedWins) notes.push(CHECKIN_NOTE.typedWins);
    if (v.status === 'Terlambat' && !v.counted && !v.duplicate && !v.typedWins)
      notes.push(CHECKIN_NOTE.lateNotCounted);
    if (v.noWindow) notes.push(CHECKIN_NOTE.noWindow);
    if (!v.checked && !v.reason) notes.push(CHECKIN_NOTE.unchecked);
    return {
      trainingCode: v.trainingCode,
      session: v.session,
      nip: v.nip,
      name: names.get(`${v.trainingCode}\u0001${v.nip}`) ?? '',
      time: checkinTime(v.timestamp, tz),
      status: v.status,
      counted: v.counted ? CHECKIN_NOTE.yes : CHECKIN_NOTE.no,
      note: notes.join('; '),
      form: v.form,
      source: v.src.row === null ? v.src.sheet : `${v.src.sheet} baris ${v.src.row}`,
    };
  });
}
