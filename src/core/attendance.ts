// Attendance (DESIGN §4.3): sessions attended per participant from Kehadiran rows and Presensi responses.

import type { SessionJpMap } from './jp';
import type { AttendanceRecord, AttendanceResponse, Participant, Session, Training } from './model';
import { checkNip } from './nip';
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
  // Kehadiran rows come checked by the parser (a known session, a NIP on the roster)
  for (const r of records) {
    if (r.trainingCode !== code) continue;
    recorded = true;
    if (r.present) mark(r.nip, r.session);
  }
  for (const r of responses) {
    if (r.trainingCode !== code) continue;
    recorded = true;
    const at = { sheet: r.src.sheet, row: r.src.row, column: 'NIP' };
    const check = checkNip(r.nipRaw);
    if (check.numberTyped) {
      problems.add('presensi.nipNumberTyped', at, { nip: check.nip });
      continue;
    }
    if (!sessionNumbers.has(r.session)) {
      problems.add('presensi.sessionUnknown', { ...at, column: 'Sesi' }, { session: r.session, code });
      continue;
    }
    if (!roster.has(check.nip)) {
      const match = closestMatch(check.nip, roster.values());
      problems.add('presensi.nipNotEnrolled', at, { nip: check.nip, code, match });
      continue;
    }
    mark(check.nip, r.session);
  }

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
  return { recorded, totalJp, byNip };
}
