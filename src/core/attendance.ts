// Attendance (DESIGN §4.3): sessions attended per participant from Kehadiran rows and Presensi responses.

import type { SessionJpMap } from './jp';
import type { AttendanceRecord, AttendanceResponse, Participant, Session, Training } from './model';
import { checkNip, normalizeNip } from './nip';
import type { Problems } from './problems';
import { round2 } from './round';
import { closestMatch, suggestMatch } from './similar';

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
 * (they are skipped). A Presensi NIP that arrived as a number is an Error at that cell and is not guessed.
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
    if (p.trainingCode !== code) continue;
    const nip = normalizeNip(p.nip);
    if (!roster.has(nip)) roster.set(nip, p);
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
  const unknownSession = (sheet: string, row: number, column: string, session: number) =>
    problems.error(
      sheet,
      row,
      column,
      `Sesi ${session} tidak ada untuk kegiatan ${code} di lembar Sesi; kehadiran ini diabaikan.`,
      'Perbaiki nomor sesi, atau tambahkan sesinya di lembar Sesi.',
    );
  const unknownNip = (sheet: string, row: number, nip: string) =>
    problems.warn(
      sheet,
      row,
      'NIP',
      `NIP ${nip || '(kosong)'} tidak terdaftar sebagai peserta kegiatan ${code}; kehadirannya diabaikan.`,
      suggestMatch(closestMatch(nip, roster.values())) ||
        'Periksa NIP, atau tambahkan pesertanya di lembar Peserta.',
    );

  let recorded = false;
  for (const r of records) {
    if (r.trainingCode !== code) continue;
    recorded = true;
    if (!r.present) continue;
    if (!sessionNumbers.has(r.session)) {
      unknownSession(r.src.sheet, r.src.row, 'Sesi', r.session);
      continue;
    }
    const nip = normalizeNip(r.nip);
    if (!roster.has(nip)) {
      unknownNip(r.src.sheet, r.src.row, nip);
      continue;
    }
    mark(nip, r.session);
  }
  for (const r of responses) {
    if (r.trainingCode !== code) continue;
    recorded = true;
    const check = checkNip(r.nipRaw);
    if (check.numberTyped) {
      problems.error(
        r.src.sheet,
        r.src.row,
        'NIP',
        `${check.reason} (terbaca ${check.nip}); respons presensi ini tidak dihitung.`,
        'Catat kehadirannya di lembar Kehadiran dengan NIP yang benar.',
      );
      continue;
    }
    if (!sessionNumbers.has(r.session)) {
      unknownSession(r.src.sheet, r.src.row, 'Sesi', r.session);
      continue;
    }
    if (!roster.has(check.nip)) {
      unknownNip(r.src.sheet, r.src.row, check.nip);
      continue;
    }
    mark(check.nip, r.session);
  }

  if (!recorded) {
    problems.warn(
      'Kehadiran',
      null,
      '',
      `Kehadiran kegiatan ${code} belum dicatat (tidak ada baris Kehadiran maupun respons Presensi); kehadiran dikosongkan dan tidak dipakai untuk sertifikat maupun Nilai Akhir.`,
      'Isi lembar Kehadiran atau bagikan formulir Presensi.',
    );
  } else if (totalJp <= 0) {
    problems.warn(
      'Sesi',
      null,
      'JP',
      `Total JP sesi kegiatan ${code} adalah 0 sehingga persentase kehadiran tidak dapat dihitung.`,
      'Isi JP atau Jam Mulai/Jam Selesai sesi-sesinya di lembar Sesi.',
    );
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
