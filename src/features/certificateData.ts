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
  SPEAKER_KIND,
} from '../core/certificates';
import type { Participant, Training } from '../core/model';
import type { ResultRow } from '../core/results';
import type { Settings } from '../core/settings';
import { speakerCandidates, speakerMerge } from '../core/speakerCertificates';
import type { SpeakerRow } from '../core/speakers';
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
  /** A training of `Kegiatan` by code; null when unknown. */
  training(code: string): Training | null;
  /** A training's speakers with a valid NIP Narasumber, in Rekap Narasumber order (Sertifikat Narasumber). */
  speakers(code: string): ReadonlyArray<{ nip: string; name: string }>;
  /** The name a (training, kind, NIP) is known by now: the participant's, or the speaker's; '' when unknown. */
  nameOf(code: string, kind: CertKind, nip: string): string;
  /** Participants' Sertifikat and Piagam, then (Sertifikat Narasumber = Ya) the speakers'. */
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
  const emails = new Map<string, string>();
  for (const [code, list] of results.rosters)
    for (const p of list) {
      people.set(personKey(code, p.nip), p);
      if (p.email && !emails.has(p.nip)) emails.set(p.nip, p.email);
    }
  const rows = new Map<string, ResultRow>(results.rows.map((r) => [personKey(r.trainingCode, r.nip), r]));
  // Sertifikat Narasumber: the speakers of Rekap Narasumber, their address from any roster they are on
  const speakerList = settings.speakerCertificates
    ? speakerCandidates(analysis.speakers.rows, (nip) => emails.get(nip) ?? '')
    : [];
  const speakers = new Map<string, SpeakerRow>();
  for (const r of analysis.speakers.rows) speakers.set(personKey(r.trainingCode, r.nip), r);
  // a participant's {{Materi}}: the training's sessions' Materi in session order
  const topics = new Map<string, string[]>();
  for (const s of [...loaded.wb.sessions].sort((a, b) => a.number - b.number)) {
    const list = topics.get(s.trainingCode) ?? [];
    list.push(s.topic);
    topics.set(s.trainingCode, list);
  }
  const look = printLook(settings.certificateLook);
  return {
    analysis,
    loaded,
    settings,
    trainings: results.trainings,
    roster: (code) => results.rosters.get(code) ?? [],
    training: (code) => trainings.get(code) ?? null,
    speakers: (code) => analysis.speakers.rows.filter((r) => r.trainingCode === code && r.nipValid),
    nameOf: (code, kind, nip) =>
      (kind === SPEAKER_KIND ? speakers : people).get(personKey(code, nip))?.name ?? '',
    candidates: [...candidatesFrom(results.rows, results.rosters), ...speakerList],
    valuesOf(code, kind, nip, number) {
      const training = trainings.get(code);
      if (!training) return null;
      if (kind === SPEAKER_KIND) {
        const speaker = speakers.get(personKey(code, nip));
        if (!speaker) return null;
        const values = mergeValues({ kind, number, training, result: null, look, ...speakerMerge(speaker) });
        return tteValues(values, settings.tte);
      }
      const participant = people.get(personKey(code, nip));
      if (!participant) return null;
      const values = mergeValues({
        kind,
        number,
        training,
        trainingJp: results.trainingJp.get(code) ?? training.jp ?? null,
        participant,
        result: rows.get(personKey(code, nip)) ?? null,
        look,
        topics: topics.get(code) ?? [],
      });
      return tteValues(
        withGradePolicy(values, settings.printPredicate, settings.predicateBands),
        settings.tte,
      );
    },
  };
}
