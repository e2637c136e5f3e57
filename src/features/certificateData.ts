// What a certificate run would freeze now, for any participant: the workbook computed once (computeAll) and the
// print values of one certificate under the current settings. A run's snapshot, Pratinjau and Terbitkan Ulang all
// take their values from here, so a preview prints what a run would.

import { withGradePolicy } from '../core/certificateGate';
import { printLook } from '../core/certificateLook';
import {
  type Candidate,
  type CertKind,
  candidatesFrom,
  type MergeValues,
  mergeValues,
} from '../core/certificates';
import type { Participant, Training } from '../core/model';
import type { ResultRow } from '../core/results';
import type { Settings } from '../core/settings';
import { tteValues } from '../core/tte';
import type { Loaded } from './load';
import type { Port } from './port';
import { type Analysis, computeAll } from './results';

/** What a run would freeze now, for any participant (the data computeAll gives, read once). */
export interface CurrentData {
  /** Everything computeAll gave (the gate reads its problems and the rows they point at). */
  analysis: Analysis;
  /** The workbook as loaded (the ledger's values in it, so the ledger is not read twice). */
  loaded: Loaded;
  settings: Settings;
  trainings: readonly Training[];
  /** The participants of a training, in roster order. */
  roster(code: string): readonly Participant[];
  /** A training of `Kegiatan` by code, and a participant of its roster by NIP; null when unknown. */
  training(code: string): Training | null;
  participant(code: string, nip: string): Participant | null;
  candidates: readonly Candidate[];
  /**
   * The values a run would freeze now for (training, kind, NIP) with `number`, the predicate and score as Cetak
   * Predikat prints them; null when training or person is unknown. Runs, Pratinjau and Terbitkan Ulang all print these.
   */
  valuesOf(code: string, kind: CertKind, nip: string, number: string): MergeValues | null;
}

const personKey = (code: string, nip: string) => `${code}|${nip}`;

export function currentData(port: Port): CurrentData {
  const analysis = computeAll(port);
  const { loaded, results } = analysis;
  const settings = loaded.wb.settings;
  const trainings = new Map(results.trainings.map((t) => [t.code, t]));
  const people = new Map<string, Participant>();
  for (const [code, list] of results.rosters) for (const p of list) people.set(personKey(code, p.nip), p);
  const rows = new Map<string, ResultRow>(results.rows.map((r) => [personKey(r.trainingCode, r.nip), r]));
  return {
    analysis,
    loaded,
    settings,
    trainings: results.trainings,
    roster: (code) => results.rosters.get(code) ?? [],
    training: (code) => trainings.get(code) ?? null,
    participant: (code, nip) => people.get(personKey(code, nip)) ?? null,
    candidates: candidatesFrom(results.rows, results.rosters),
    valuesOf(code, kind, nip, number) {
      const training = trainings.get(code);
      const participant = people.get(personKey(code, nip));
      if (!training || !participant) return null;
      const values = mergeValues({
        kind,
        number,
        training,
        trainingJp: results.trainingJp.get(code) ?? training.jp ?? null,
        participant,
        result: rows.get(personKey(code, nip)) ?? null,
        look: printLook(settings.certificateLook),
      });
      return tteValues(
        withGradePolicy(values, settings.printPredicate, settings.predicateBands),
        settings.tte,
      );
    },
  };
}
