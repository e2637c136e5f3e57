// JP (lesson hours, DESIGN §4.2): JP of a session and of a training, and a training's year.

import { formatIdNumber } from './format';
import type { Session, Training } from './model';
import type { Problems } from './problems';
import { round2 } from './round';
import type { Settings } from './settings';

/** JP per session number, per training code. */
export type SessionJpMap = Map<string, Map<number, number>>;

/** The JP cell when filled, else floor(minutes / Menit per JP) from Jam Mulai–Jam Selesai. */
export function sessionJp(session: Session, settings: Settings, problems: Problems): number {
  const { sheet, row } = session.src;
  if (session.jp !== null) {
    if (Number.isFinite(session.jp) && session.jp >= 0) return session.jp;
    problems.error(
      sheet,
      row,
      'JP',
      `JP sesi ${session.number} tidak valid (${session.jp}).`,
      'Isi JP dengan angka ≥ 0.',
    );
    return 0;
  }
  if (session.startMinutes === null || session.endMinutes === null) {
    problems.error(
      sheet,
      row,
      'JP',
      `JP sesi ${session.number} kegiatan ${session.trainingCode} tidak dapat dihitung: JP kosong dan Jam Mulai/Jam Selesai tidak lengkap.`,
      'Isi kolom JP, atau Jam Mulai dan Jam Selesai.',
    );
    return 0;
  }
  // Clock times read from a sheet can carry sub-second noise; count whole seconds.
  const minutes = Math.round((session.endMinutes - session.startMinutes) * 60) / 60;
  if (minutes <= 0) {
    problems.error(
      sheet,
      row,
      'Jam Selesai',
      `Jam Selesai sesi ${session.number} kegiatan ${session.trainingCode} tidak setelah Jam Mulai.`,
      'Perbaiki Jam Mulai/Jam Selesai, atau isi kolom JP.',
    );
    return 0;
  }
  const jp = Math.floor(minutes / settings.minutesPerJp);
  if (minutes % settings.minutesPerJp !== 0) {
    problems.warn(
      sheet,
      row,
      'JP',
      `Durasi sesi ${session.number} kegiatan ${session.trainingCode} ${formatIdNumber(round2(minutes))} menit bukan kelipatan JP (${settings.minutesPerJp} menit); dihitung ${jp} JP.`,
      'Isi kolom JP bila jumlah JP sesi ini berbeda.',
    );
  }
  return jp;
}

/**
 * JP of every session, by training and session number. A session number listed twice for one training
 * counts once (the first row; later rows are Errors).
 */
export function buildSessionJpMap(
  sessions: readonly Session[],
  settings: Settings,
  problems: Problems,
): SessionJpMap {
  const map: SessionJpMap = new Map();
  for (const s of sessions) {
    let perTraining = map.get(s.trainingCode);
    if (!perTraining) {
      perTraining = new Map();
      map.set(s.trainingCode, perTraining);
    }
    if (perTraining.has(s.number)) {
      problems.error(
        s.src.sheet,
        s.src.row,
        'Sesi',
        `Sesi ${s.number} kegiatan ${s.trainingCode} tercantum lebih dari sekali; baris pertama yang dipakai.`,
        'Hapus baris ganda atau perbaiki nomor sesi.',
      );
      continue;
    }
    perTraining.set(s.number, sessionJp(s, settings, problems));
  }
  return map;
}

/** Training JP from already computed session JP: Kegiatan.JP when filled, else the sum over its sessions. */
export function trainingJpFrom(
  training: Training,
  sessionJps: ReadonlyMap<number, number> | undefined,
  problems: Problems,
): number {
  if (training.jp !== null) return training.jp;
  if (!sessionJps || sessionJps.size === 0) {
    problems.error(
      training.src.sheet,
      training.src.row,
      'JP',
      `JP kegiatan ${training.code} kosong dan kegiatan ini tidak punya sesi di lembar Sesi.`,
      'Isi kolom JP kegiatan, atau tambahkan sesinya di lembar Sesi.',
    );
    return 0;
  }
  let sum = 0;
  for (const jp of sessionJps.values()) sum += jp;
  return round2(sum);
}

/** Training JP (DESIGN §4.2): Kegiatan.JP when filled, else the sum of its sessions' JP. */
export function trainingJp(
  training: Training,
  sessions: readonly Session[],
  settings: Settings,
  problems: Problems,
): number {
  if (training.jp !== null) return training.jp;
  const own = sessions.filter((s) => s.trainingCode === training.code);
  return trainingJpFrom(training, buildSessionJpMap(own, settings, problems).get(training.code), problems);
}

/** A training's year: the year of Tanggal Selesai, else of Tanggal Mulai; null when neither is set. */
export function trainingYear(training: Training): number | null {
  const d = training.endDate ?? training.startDate;
  return d ? d.getFullYear() : null;
}

/** The date that orders trainings in time (Tanggal Selesai, else Tanggal Mulai), as ms; null when unknown. */
export function trainingTime(training: Training): number | null {
  const d = training.endDate ?? training.startDate;
  return d ? d.getTime() : null;
}
