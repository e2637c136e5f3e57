// Attendance (DESIGN §4.3): sessions attended per participant from Kehadiran rows and Presensi responses.

import { wallClock } from './cells';
import {
  type CheckinReason,
  type CheckinSettings,
  type CheckinStatus,
  type Classified,
  type ClassifyReason,
  classifyCheckin,
} from './checkin';
import { damagedEntry, matchable, reportStoredAsNumber } from './damagedNip';
import type { SessionJpMap } from './jp';
import type { AttendanceRecord, AttendanceResponse, Participant, Session, Training } from './model';
import { checkNip } from './nip';
import type { CheckinProblemCode } from './problemCodes';
import type { Problems } from './problems';
import { round2 } from './round';
import { closestMatch } from './similar';

export interface ParticipantAttendance {
  /** Session numbers attended, ascending. */
  sessions: number[];
  /** JP of the sessions attended. */
  attendedJp: number;
  /** round2(attendedJp / total session JP × 100); null when attendance is not recorded for the training. */
  percent: number | null;
}

export interface TrainingAttendance {
  /** False when the training has no Kehadiran row and no Presensi response at all. */
  recorded: boolean;
  /** Sum of the training's session JP (the denominator). */
  totalJp: number;
  /** Per normalised NIP of the roster. */
  byNip: Map<string, ParticipantAttendance>;
  /** Every Presensi response of the training as classified (Rekap Kehadiran), in response order. */
  checkins: CheckinVerdict[];
}

/** One Presensi response as classified (issue 16): shown in Rekap Kehadiran, never with the code typed. */
export interface CheckinVerdict {
  trainingCode: string;
  session: number;
  /** The NIP as read ('' when unusable). */
  nip: string;
  timestamp: Date | null;
  status: CheckinStatus;
  reason: CheckinReason | null;
  /** Counts towards attendance (first valid per NIP and session, Terlambat per setting, no Kehadiran row). */
  counted: boolean;
  /** A later valid check-in of a NIP and session already counted. */
  duplicate: boolean;
  /** A Kehadiran row for this NIP and session decides instead. */
  typedWins: boolean;
  noWindow: boolean;
  /** Checked against the code and the window (false: a form without the Kode Sesi question). */
  checked: boolean;
  src: AttendanceResponse['src'];
  form: string;
}

/** What the check-in needs beyond the training's rows: settings, the spreadsheet's zone, the secret. */
export interface CheckinEnv {
  settings: CheckinSettings;
  tz: string;
  /** Every training's sessions (a code of another training is named as such). */
  allSessions: readonly Session[];
  secret: () => string | null;
}

/** The problem code of each reason the classifier gives (the NIP reasons have their own, presensi.*). */
const CHECKIN_PROBLEM: Record<ClassifyReason, CheckinProblemCode> = {
  sessionUnknown: 'checkin.sessionUnknown',
  noTimestamp: 'checkin.noTimestamp',
  codeBlank: 'checkin.codeBlank',
  codeWrong: 'checkin.codeWrong',
  codeOtherSession: 'checkin.codeOtherSession',
  codeOtherTraining: 'checkin.codeOtherTraining',
  codeExpired: 'checkin.codeExpired',
  tooEarly: 'checkin.tooEarly',
  tooLate: 'checkin.tooLate',
};

/** "24/11/2026 08.05.09" in the spreadsheet's zone (the response's time, as the admin reads it). */
export function checkinTime(d: Date | null, tz: string): string {
  if (!d) return '';
  const w = wallClock(d, tz);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(w.day)}/${two(w.month)}/${w.year} ${two(w.hour)}.${two(w.minute)}.${two(w.second)}`;
}

/**
 * Attendance of one training's participants. `records` and `responses` may hold other trainings' rows
 * (they are skipped). Kehadiran rows are the parser's (already checked); a Presensi response is checked here:
 * a NIP that arrived as a number is an Error at that cell and is not guessed.
 */
export function attendanceByParticipant(
  training: Training,
  sessions: readonly Session[],
  participants: readonly Participant[],
  records: readonly AttendanceRecord[],
  responses: readonly AttendanceResponse[],
  sessionJpMap: SessionJpMap,
  problems: Problems,
  checkin: CheckinEnv | null = null,
): TrainingAttendance {
  const code = training.code;
  const jpOf = sessionJpMap.get(code) ?? new Map<number, number>();
  const sessionNumbers = new Set<number>();
  for (const s of sessions) if (s.trainingCode === code) sessionNumbers.add(s.number);
  let totalJp = 0;
  for (const n of sessionNumbers) totalJp += jpOf.get(n) ?? 0;
  totalJp = round2(totalJp);

  const roster = new Map<string, Participant>();
  for (const p of participants) {
    if (p.trainingCode === code && !roster.has(p.nip)) roster.set(p.nip, p);
  }
  const attended = new Map<string, Set<number>>();
  const mark = (nip: string, session: number) => {
    let set = attended.get(nip);
    if (!set) {
      set = new Set();
      attended.set(nip, set);
    }
    set.add(session);
  };

  let recorded = false;
  // Kehadiran rows come checked by the parser (a known session, a NIP on the roster); a row decides its NIP and
  // session over any Presensi response (what a person typed wins)
  const typed = new Set<string>();
  const key = (nip: string, session: number) => `${nip}\u0001${session}`;
  for (const r of records) {
    if (r.trainingCode !== code) continue;
    recorded = true;
    typed.add(key(r.nip, r.session));
    if (r.present) mark(r.nip, r.session);
  }
  const sessionByNo = new Map<number, Session>();
  for (const s of sessions)
    if (s.trainingCode === code && !sessionByNo.has(s.number)) sessionByNo.set(s.number, s);
  const env = checkin;
  const ctx = env
    ? {
        trainingCode: code,
        sessions: sessionByNo,
        allSessions: env.allSessions,
        tz: env.tz,
        settings: env.settings,
        secret: env.secret,
      }
    : null;
  const checkins: CheckinVerdict[] = [];
  const noWindowTold = new Set<number>();
  const unchecked = new Set<string>();
  for (const r of responses) {
    if (r.trainingCode !== code) continue;
    recorded = true;
    const at = { sheet: r.src.sheet, row: r.src.row, column: 'NIP' };
    const form = r.form ?? r.src.sheet;
    const verdict = (
      nip: string,
      c: Omit<Classified, 'reason'> & { reason: CheckinReason | null },
    ): CheckinVerdict => ({
      trainingCode: code,
      session: r.session,
      nip,
      timestamp: r.timestamp,
      status: c.status,
      reason: c.reason,
      counted: false,
      duplicate: false,
      typedWins: false,
      noWindow: c.noWindow,
      checked: c.checked,
      src: r.src,
      form,
    });
    const checked = Boolean(env?.settings.enabled && r.code !== undefined);
    const invalid = (nip: string, reason: CheckinReason) =>
      checkins.push(verdict(nip, { status: 'Tidak sah', reason, noWindow: false, checked }));
    const check = checkNip(r.nipRaw);
    if (check.numberTyped) {
      problems.add('presensi.nipNumberTyped', at, { nip: check.nip });
      invalid(check.nip, 'nipNumberTyped');
      continue;
    }
    if (!sessionNumbers.has(r.session)) {
      problems.add('presensi.sessionUnknown', { ...at, column: 'Sesi' }, { session: r.session, code });
      invalid(check.nip, 'sessionUnknown');
      continue;
    }
    if (!roster.has(check.nip)) {
      const damaged = damagedEntry((n) => roster.get(n), check.nip);
      if (damaged) {
        reportStoredAsNumber(problems, at, check.nip, damaged);
        invalid(check.nip, 'nipUnknown');
        continue;
      }
      const match = closestMatch(check.nip, matchable(roster.values()));
      problems.add('presensi.nipNotEnrolled', at, { nip: check.nip, code, match });
      invalid(check.nip, 'nipUnknown');
      continue;
    }
    const c: Classified = ctx
      ? classifyCheckin({ timestamp: r.timestamp, nip: check.nip, session: r.session, code: r.code }, ctx)
      : { status: 'Hadir', reason: null, noWindow: false, checked: false };
    const v = verdict(check.nip, c);
    checkins.push(v);
    if (env?.settings.enabled && r.code === undefined && !unchecked.has(form)) {
      unchecked.add(form);
      problems.add('checkin.formWithoutCode', { sheet: r.src.sheet, row: null }, { form, code });
    }
    if (c.reason && env) {
      problems.add(
        CHECKIN_PROBLEM[c.reason],
        {
          sheet: r.src.sheet,
          row: r.src.row,
          column: c.reason.startsWith('code') ? 'Kode Sesi' : 'Stempel waktu',
        },
        {
          form,
          time: checkinTime(r.timestamp, env.tz),
          nip: check.nip,
          session: r.session,
          code,
          otherCode: c.other?.trainingCode ?? '',
          otherSession: c.other?.session ?? 0,
        },
      );
    }
    if (c.noWindow && env && !noWindowTold.has(r.session)) {
      noWindowTold.add(r.session);
      problems.add(
        'checkin.sessionNoTime',
        {
          sheet: sessionByNo.get(r.session)?.src.sheet ?? 'Sesi',
          row: sessionByNo.get(r.session)?.src.row ?? null,
        },
        { code, session: r.session },
      );
    }
  }
  // one per NIP and session: the earliest valid check-in counts (a Terlambat one only when the setting says so)
  const order = checkins
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.status !== 'Tidak sah')
    .sort((a, b) => (a.v.timestamp?.getTime() ?? 0) - (b.v.timestamp?.getTime() ?? 0) || a.i - b.i);
  const first = new Set<string>();
  const lateCounts = env ? env.settings.lateCounts : true;
  for (const { v } of order) {
    const k = key(v.nip, v.session);
    if (first.has(k)) {
      v.duplicate = true;
      continue;
    }
    first.add(k);
    if (typed.has(k)) {
      v.typedWins = true;
      continue;
    }
    if (v.status === 'Terlambat' && !lateCounts) continue;
    v.counted = true;
    mark(v.nip, v.session);
  }
  for (const v of checkins)
    if (v.status === 'Tidak sah' && typed.has(key(v.nip, v.session))) v.typedWins = true;

  if (!recorded) {
    problems.add('attendance.notRecorded', { sheet: 'Kehadiran', row: null }, { code });
  } else if (totalJp <= 0) {
    problems.add('attendance.zeroJp', { sheet: 'Sesi', row: null, column: 'JP' }, { code });
  }

  const byNip = new Map<string, ParticipantAttendance>();
  for (const nip of roster.keys()) {
    const set = attended.get(nip);
    const list = set ? [...set].sort((a, b) => a - b) : [];
    let jp = 0;
    for (const n of list) jp += jpOf.get(n) ?? 0;
    const attendedJp = round2(jp);
    const percent = recorded && totalJp > 0 ? round2((attendedJp / totalJp) * 100) : null;
    byNip.set(nip, { sessions: list, attendedJp, percent });
  }
  return { recorded, totalJp, byNip, checkins };
}
