// JP summary (DESIGN §4.9): credited JP per participant and training, Rekap JP per ASN and Rekap JP Unit per unit.

import type { EmploymentStatus } from './model';
import { round2 } from './round';
import type { JpCreditPolicy, Settings } from './settings';

/** One participant of one training, as the JP summary needs it (computeResults returns these). */
export interface JpCreditInput {
  trainingCode: string;
  /** Position of the training in Kegiatan (a later row breaks a date tie for "latest training"). */
  trainingOrder: number;
  /** The training's year (Tanggal Selesai, else Tanggal Mulai); null when it has no date. */
  year: number | null;
  /** Tanggal Selesai, else Tanggal Mulai, in ms; null when unknown. */
  trainingTime: number | null;
  nip: string;
  nipValid: boolean;
  name: string;
  unit: string;
  status: EmploymentStatus | '';
  certificate: boolean;
  trainingJp: number;
  /** JP of the sessions attended. */
  attendedJp: number;
  /** False when the training has no attendance record at all. */
  attendanceRecorded: boolean;
}

export interface JpRow {
  year: number;
  nip: string;
  name: string;
  unit: string;
  status: EmploymentStatus | '';
  trainings: number;
  jp: number;
  target: number;
  shortfall: number;
  achieved: boolean;
}

export interface JpUnitRow {
  year: number;
  unit: string;
  asn: number;
  totalJp: number;
  meanJp: number;
  achieved: number;
  percentAchieved: number;
}

export const NO_UNIT = '(Tanpa Unit)';

/** JP credited to one participant for one training under the Pengakuan JP policy. */
export function creditedJp(c: JpCreditInput, policy: JpCreditPolicy): number {
  if (!c.nipValid) return 0;
  if (policy === 'Bersertifikat') return c.certificate ? c.trainingJp : 0;
  return c.attendanceRecorded ? c.attendedJp : c.trainingJp;
}

/** Deterministic text order (no locale data needed in Apps Script): case-insensitive, then exact. */
function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rekap JP and Rekap JP Unit rows (DESIGN §4.9). Inputs with an invalid NIP or without a year are skipped. */
export function summarizeJp(
  credits: readonly JpCreditInput[],
  settings: Settings,
): { rows: JpRow[]; units: JpUnitRow[] } {
  interface Acc {
    year: number;
    nip: string;
    jp: number;
    trainings: number;
    latest: JpCreditInput;
  }
  const byKey = new Map<string, Acc>();
  const later = (a: JpCreditInput, b: JpCreditInput) =>
    (a.trainingTime ?? Number.NEGATIVE_INFINITY) > (b.trainingTime ?? Number.NEGATIVE_INFINITY) ||
    ((a.trainingTime ?? Number.NEGATIVE_INFINITY) === (b.trainingTime ?? Number.NEGATIVE_INFINITY) &&
      a.trainingOrder > b.trainingOrder);
  for (const c of credits) {
    if (!c.nipValid || c.year === null) continue;
    const key = `${c.year}\u0001${c.nip}`;
    const jp = creditedJp(c, settings.jpCredit);
    const acc = byKey.get(key);
    if (!acc) {
      byKey.set(key, { year: c.year, nip: c.nip, jp, trainings: jp > 0 ? 1 : 0, latest: c });
    } else {
      acc.jp += jp;
      if (jp > 0) acc.trainings++;
      if (later(c, acc.latest)) acc.latest = c;
    }
  }
  const target = settings.targetJp;
  const rows: JpRow[] = [];
  for (const a of byKey.values()) {
    const jp = round2(a.jp);
    rows.push({
      year: a.year,
      nip: a.nip,
      name: a.latest.name,
      unit: a.latest.unit,
      status: a.latest.status,
      trainings: a.trainings,
      jp,
      target,
      shortfall: round2(Math.max(0, target - jp)),
      achieved: jp >= target,
    });
  }
  rows.sort(
    (a, b) =>
      a.year - b.year ||
      compareText(a.unit, b.unit) ||
      compareText(a.name, b.name) ||
      (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
  );

  const unitMap = new Map<
    string,
    { year: number; unit: string; asn: number; total: number; achieved: number }
  >();
  for (const r of rows) {
    const unit = r.unit.trim() === '' ? NO_UNIT : r.unit.trim();
    const key = `${r.year}\u0001${unit}`;
    let u = unitMap.get(key);
    if (!u) {
      u = { year: r.year, unit, asn: 0, total: 0, achieved: 0 };
      unitMap.set(key, u);
    }
    u.asn++;
    u.total += r.jp;
    if (r.achieved) u.achieved++;
  }
  const units: JpUnitRow[] = [...unitMap.values()]
    .sort((a, b) => a.year - b.year || compareText(a.unit, b.unit))
    .map((u) => {
      const totalJp = round2(u.total);
      return {
        year: u.year,
        unit: u.unit,
        asn: u.asn,
        totalJp,
        meanJp: round2(totalJp / u.asn),
        achieved: u.achieved,
        percentAchieved: round2((u.achieved / u.asn) * 100),
      };
    });
  return { rows, units };
}
