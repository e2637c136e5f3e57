// JP (lesson hours, DESIGN §4.2): JP of a session and of a training, and a training's year.

import { formatIdNumber } from './format';
import type { Session, Training } from './model';
import type { Problems } from './problems';
import { round2 } from './round';
import type { Settings } from './settings';

/** JP per session number, per training code. */
export type SessionJpMap = Map<string, Map<number, number>>;

/**
 * The JP cell when filled, else floor(minutes / Menit per JP) from Jam Mulai–Jam Selesai. The parser has
 * checked the JP cell (a number 0–100); what is left to report is a session whose JP cannot be computed.
 */
export function sessionJp(session: Session, settings: Settings, problems: Problems): number {
  if (session.jp !== null) return session.jp;
  const { sheet, row } = session.src;
  const of = { number: session.number, code: session.trainingCode };
  if (session.startMinutes === null || session.endMinutes === null) {
    problems.add('session.jpUncomputable', { sheet, row, column: 'JP' }, of);
    return 0;
  }
  // Clock times read from a sheet can carry sub-second noise; count whole seconds.
  const minutes = Math.round((session.endMinutes - session.startMinutes) * 60) / 60;
  if (minutes <= 0) {
    problems.add('session.endNotAfterStart', { sheet, row, column: 'Jam Selesai' }, of);
    return 0;
  }
  const jp = Math.floor(minutes / settings.minutesPerJp);
  if (minutes % settings.minutesPerJp !== 0) {
    problems.add(
      'session.durationNotWholeJp',
      { sheet, row, column: 'JP' },
      { ...of, minutes: formatIdNumber(round2(minutes)), minutesPerJp: settings.minutesPerJp, jp },
    );
  }
  return jp;
}

/** JP of every session, by training and session number (the parser keeps one row per session number). */
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
    problems.add(
      'training.jpUncomputable',
      { sheet: training.src.sheet, row: training.src.row, column: 'JP' },
      { code: training.code },
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
