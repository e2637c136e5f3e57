// Rekap Narasumber and the honorarium recap (issue 15 item 5): per training and speaker, the sessions taught, JP
// Mengajar, the evaluation index and category from Rekap Evaluasi, and JP × rate per JP, PPh 21, net.
//
// The rules, in one place:
// - Identity. A speaker is (Kode Kegiatan, Sesi, NIP Narasumber) for a session, as in Rekap Evaluasi; a row of Rekap
//   Narasumber gathers a training's sessions with the same NIP Narasumber (as read: the 18 digits when valid, else
//   the text typed), or, for a session without a NIP (an outside speaker), the same name (case and spaces ignored).
//   A session with neither a name nor a NIP has no speaker.
// - JP Mengajar = round2(Σ the sessions' JP), each session's JP by the JP rule (core/jp.ts sessionJp).
// - Indeks = round2(mean of the Keseluruhan Indeks shown in Rekap Evaluasi for the speaker's sessions that have one);
//   Kategori by the evaluation bands of Pengaturan on that Indeks. No evaluated session: both blank.
// - Honorarium, only for a training where it is in use (a Tarif per JP is filled in Pengaturan, or one of the
//   training's sessions has a Golongan Narasumber or Kategori Tarif): Golongan and Kategori Tarif are the first filled
//   among the speaker's Sesi rows (sheet order; a different value on another row is a Peringatan); Tarif per JP =
//   Pengaturan's rate of the Kategori; PPh (%) = Pengaturan's PPh 21 of the Golongan's group (I and II, III, IV,
//   Non-PNS). Bruto = rupiah(JP Mengajar × Tarif), Potongan PPh = rupiah(Bruto × PPh / 100), Neto = Bruto − Potongan,
//   rupiah by Pembulatan Rupiah (core/round.ts roundRupiah, default down). A missing or unknown Golongan or Kategori,
//   or a blank rate the speaker needs, is a Kesalahan and leaves all five honorarium cells blank: never 0.
// - Totals: per training, a Jumlah row sums the sessions, JP, Bruto, Potongan and Neto of the rows that have them.

import { nameList, RATE_SETTING, SPEAKER_NOTES, TAX_SETTING } from '../text/id/speakers';
import { type EvaluationRow, OVERALL_ASPECT } from './evaluation';
import type { SessionJpMap } from './jp';
import type { Session, Training } from './model';
import type { ProblemCode } from './problemCodes';
import type { Problems } from './problems';
import { round2, roundRupiah } from './round';
import { SHEETS } from './schema';
import { bandLabel, type Settings } from './settings';
import { RATE_CATEGORIES, type RateCategory, type TaxGroup } from './speakerTypes';

export interface SpeakerRow {
  trainingCode: string;
  /** NIP Narasumber as read ('' for an outside speaker). */
  nip: string;
  /** Every session's NIP Narasumber was a valid NIP typed as text: the speaker can get a Sertifikat Narasumber. */
  nipValid: boolean;
  name: string;
  agency: string;
  /** Session numbers, ascending. */
  sessions: number[];
  /** The sessions' Materi in session order, as typed (a Sertifikat Narasumber prints them: certificates.ts topicText). */
  topics: string[];
  jp: number;
  index: number | null;
  category: string;
  /** Golongan Narasumber as typed (first filled row), '' when none. */
  grade: string;
  rateCategory: string;
  rate: number | null;
  gross: number | null;
  taxPercent: number | null;
  tax: number | null;
  net: number | null;
  /** Why the honorarium is blank, '' when it is computed. */
  note: string;
  /** Whether the honorarium is in use for the training (else its cells are blank without a problem). */
  payInUse: boolean;
}

export interface SpeakerTotal {
  trainingCode: string;
  speakers: number;
  sessionCount: number;
  jp: number;
  /** Sums over the rows with an honorarium; null when no row has one. */
  gross: number | null;
  tax: number | null;
  net: number | null;
  /** Rows of a training where the honorarium is in use that have none (a rate, Golongan or Kategori missing). */
  missing: number;
  payInUse: boolean;
}

export interface SpeakerRecap {
  rows: SpeakerRow[];
  /** One per training with a speaker, in Kegiatan order. */
  totals: SpeakerTotal[];
}

export interface SpeakerInput {
  trainings: readonly Training[];
  sessions: readonly Session[];
  sessionJp: SessionJpMap;
  evaluation: readonly EvaluationRow[];
  settings: Settings;
}

/** The Kesalahan codes of the honorarium: they concern the treasurer's recap, not a participant's certificate. */
export const HONORARIUM_PROBLEM_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'speaker.gradeBlank',
  'speaker.gradeUnknown',
  'speaker.categoryBlank',
  'speaker.categoryUnknown',
  'speaker.rateMissing',
  'speaker.taxMissing',
]);

const collapse = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The PPh 21 group of a Golongan as typed: I or II → 'I/II', III, IV (with or without the ruang: "III/a", "IV b",
 * "Penata (III/c)", "Gol. II", "3/a"), or 'Non-PNS' ("Non-PNS", "non pns", "Bukan PNS"); null when it is not one
 * (blank, a PPPK golongan such as IX, words).
 */
export function gradeGroup(text: string): TaxGroup | null {
  const t = text.trim().replace(/\s+/g, ' ').toUpperCase();
  if (!t) return null;
  if (/^(NON|BUKAN)[\s.\-_]*(PNS|ASN)$/.test(t)) return 'Non-PNS';
  const roman = /(?:^|[\s,(.])(IV|III|II|I)(?:\s*[/.-]?\s*[A-E])?\)?$/.exec(t);
  const arabic = /^(?:GOL(?:ONGAN)?\.?\s*)?([1-4])(?:\s*[/.-]?\s*[A-E])?$/.exec(t);
  const g = roman?.[1] ?? ['', 'I', 'II', 'III', 'IV'][Number(arabic?.[1] ?? 0)];
  if (g === 'I' || g === 'II') return 'I/II';
  if (g === 'III' || g === 'IV') return g;
  return null;
}

const isRateCategory = (s: string): s is RateCategory => (RATE_CATEGORIES as readonly string[]).includes(s);

interface Acc {
  trainingCode: string;
  nip: string;
  name: string;
  agency: string;
  /** The speaker's sessions in Sesi sheet order. */
  sessions: Session[];
}

/** The first filled value of a field among the speaker's rows, and a Peringatan when another row says otherwise. */
function firstFilled(
  acc: Acc,
  field: 'speakerGrade' | 'rateCategory',
  code: 'speaker.gradeConflict' | 'speaker.categoryConflict',
  column: string,
  problems: Problems,
): { value: string; row: Session | null } {
  const filled = acc.sessions.filter((s) => (s[field] ?? '').trim() !== '');
  const first = filled[0];
  if (!first) return { value: '', row: null };
  const value = (first[field] ?? '').trim();
  const other = filled.find((s) => collapse(s[field] ?? '') !== collapse(value));
  if (other) {
    problems.add(
      code,
      { sheet: other.src.sheet, row: other.src.row, column, trainingCode: acc.trainingCode },
      {
        code: acc.trainingCode,
        speaker: acc.name || acc.nip,
        used: value,
        other: (other[field] ?? '').trim(),
        rows: filled.map((s) => s.src.row).join(', '),
      },
    );
  }
  return { value, row: first };
}

/** Builds Rekap Narasumber (the rules are in this file's header); problems go to `problems`. */
export function summarizeSpeakers(input: SpeakerInput, problems: Problems): SpeakerRecap {
  const { settings } = input;
  const pay = settings.speakerPay;
  const anyRate = RATE_CATEGORIES.some((c) => pay.rates[c] !== null);
  const order = new Map<string, number>();
  input.trainings.forEach((t, i) => {
    if (!order.has(t.code)) order.set(t.code, i);
  });
  // Keseluruhan Indeks of each speaker subject, by training and session
  const overall = new Map<string, number>();
  for (const r of input.evaluation) {
    if (r.kind === 'Narasumber' && r.aspect === OVERALL_ASPECT && r.index !== null && r.session !== null)
      overall.set(`${r.trainingCode}\u0001${r.session}`, r.index);
  }
  // speakers by training, in order of first appearance
  const byTraining = new Map<string, Map<string, Acc>>();
  for (const s of input.sessions) {
    if (!order.has(s.trainingCode)) continue;
    const nip = s.speakerNip.trim();
    const name = s.speaker.trim();
    if (!nip && !name) continue;
    const key = nip ? `N\u0001${nip}` : `S\u0001${collapse(name)}`;
    let speakers = byTraining.get(s.trainingCode);
    if (!speakers) {
      speakers = new Map();
      byTraining.set(s.trainingCode, speakers);
    }
    let acc = speakers.get(key);
    if (!acc) {
      acc = { trainingCode: s.trainingCode, nip, name, agency: s.speakerAgency.trim(), sessions: [] };
      speakers.set(key, acc);
    }
    if (!acc.name) acc.name = name;
    if (!acc.agency) acc.agency = s.speakerAgency.trim();
    acc.sessions.push(s);
  }
  const missingRate = new Map<RateCategory, string[]>();
  const missingTax = new Map<TaxGroup, string[]>();
  const rows: SpeakerRow[] = [];
  const totals: SpeakerTotal[] = [];
  const codes = [...byTraining.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const code of codes) {
    const speakers = [...(byTraining.get(code) as Map<string, Acc>).values()];
    const numbers = (a: Acc) => a.sessions.map((s) => s.number).sort((x, y) => x - y);
    speakers.sort((a, b) => numbers(a)[0] - numbers(b)[0]);
    const inUse =
      anyRate ||
      speakers.some((a) =>
        a.sessions.some((s) => (s.speakerGrade ?? '').trim() !== '' || (s.rateCategory ?? '').trim() !== ''),
      );
    const total: SpeakerTotal = {
      trainingCode: code,
      speakers: speakers.length,
      sessionCount: 0,
      jp: 0,
      gross: null,
      tax: null,
      net: null,
      missing: 0,
      payInUse: inUse,
    };
    for (const a of speakers) {
      const sessions = numbers(a);
      const jps = input.sessionJp.get(code);
      const jp = round2(sessions.reduce((sum, n) => sum + (jps?.get(n) ?? 0), 0));
      const indices = sessions
        .map((n) => overall.get(`${code}\u0001${n}`))
        .filter((x): x is number => x !== undefined);
      const index = indices.length ? round2(indices.reduce((x, y) => x + y, 0) / indices.length) : null;
      const who = a.name || a.nip;
      const row: SpeakerRow = {
        trainingCode: code,
        nip: a.nip,
        nipValid: a.sessions.every((s) => s.speakerNipOk),
        name: a.name,
        agency: a.agency,
        sessions,
        topics: [...a.sessions].sort((x, y) => x.number - y.number).map((x) => x.topic),
        jp,
        index,
        category: index === null ? '' : bandLabel(settings.evaluationBands, index),
        grade: '',
        rateCategory: '',
        rate: null,
        gross: null,
        taxPercent: null,
        tax: null,
        net: null,
        note: '',
        payInUse: inUse,
      };
      if (settings.speakerCertificates && !row.nipValid)
        problems.add(
          'speaker.certificateNoNip',
          {
            sheet: a.sessions[0].src.sheet,
            row: a.sessions[0].src.row,
            column: 'NIP Narasumber',
            trainingCode: code,
          },
          { code, speaker: who, blank: a.nip === '' },
        );
      const grade = firstFilled(a, 'speakerGrade', 'speaker.gradeConflict', 'Golongan Narasumber', problems);
      const cat = firstFilled(a, 'rateCategory', 'speaker.categoryConflict', 'Kategori Tarif', problems);
      row.grade = grade.value;
      row.rateCategory = cat.value;
      if (!inUse) {
        row.note = SPEAKER_NOTES.notUsed;
        rows.push(row);
        total.sessionCount += sessions.length;
        total.jp += jp;
        continue;
      }
      const notes: string[] = [];
      const place = (s: Session | null, column: string) => {
        const at = s ?? a.sessions[0];
        return { sheet: at.src.sheet, row: at.src.row, column, trainingCode: code };
      };
      const group = gradeGroup(grade.value);
      if (!grade.value) {
        problems.add('speaker.gradeBlank', place(null, 'Golongan Narasumber'), { code, speaker: who });
        notes.push(SPEAKER_NOTES.gradeBlank);
      } else if (group === null) {
        problems.add('speaker.gradeUnknown', place(grade.row, 'Golongan Narasumber'), {
          code,
          speaker: who,
          text: grade.value,
        });
        notes.push(SPEAKER_NOTES.gradeUnknown(grade.value));
      }
      let rate: number | null = null;
      if (!cat.value) {
        problems.add('speaker.categoryBlank', place(null, 'Kategori Tarif'), { code, speaker: who });
        notes.push(SPEAKER_NOTES.categoryBlank);
      } else if (!isRateCategory(cat.value)) {
        const at = place(cat.row, 'Kategori Tarif');
        // the reader's Peringatan on the same cell says less
        problems.drop(
          (p) =>
            p.code === 'choice.unknown' && p.sheet === at.sheet && p.row === at.row && p.column === at.column,
        );
        problems.add('speaker.categoryUnknown', at, {
          code,
          speaker: who,
          text: cat.value,
          choices: RATE_CATEGORIES,
        });
        notes.push(SPEAKER_NOTES.categoryUnknown(cat.value));
      } else {
        rate = pay.rates[cat.value];
        if (rate === null) {
          const list = missingRate.get(cat.value) ?? [];
          list.push(`${who} (${code})`);
          missingRate.set(cat.value, list);
          notes.push(SPEAKER_NOTES.rateMissing(RATE_SETTING[cat.value]));
        }
      }
      let percent: number | null = null;
      if (group !== null) {
        percent = pay.tax[group];
        if (percent === null) {
          const list = missingTax.get(group) ?? [];
          list.push(`${who} (${code})`);
          missingTax.set(group, list);
          notes.push(SPEAKER_NOTES.taxMissing(TAX_SETTING[group]));
        }
      }
      if (rate !== null && percent !== null && notes.length === 0) {
        const gross = roundRupiah(jp * rate, pay.rounding);
        const tax = roundRupiah((gross * percent) / 100, pay.rounding);
        Object.assign(row, { rate, gross, taxPercent: percent, tax, net: gross - tax });
        total.gross = (total.gross ?? 0) + gross;
        total.tax = (total.tax ?? 0) + tax;
        total.net = (total.net ?? 0) + gross - tax;
      } else {
        total.missing++;
      }
      row.note = notes.join('; ');
      rows.push(row);
      total.sessionCount += sessions.length;
      total.jp += jp;
    }
    total.jp = round2(total.jp);
    totals.push(total);
  }
  const settingsAt = (key: string) => ({
    sheet: SHEETS.settings.name,
    row: settings.rows[key] ?? null,
    column: 'Nilai',
  });
  for (const c of RATE_CATEGORIES) {
    const list = missingRate.get(c);
    if (list)
      problems.add('speaker.rateMissing', settingsAt(RATE_SETTING[c]), {
        key: RATE_SETTING[c],
        speakers: list.length,
        names: nameList(list),
      });
  }
  for (const [group, list] of missingTax) {
    problems.add('speaker.taxMissing', settingsAt(TAX_SETTING[group]), {
      key: TAX_SETTING[group],
      speakers: list.length,
      names: nameList(list),
    });
  }
  return { rows, totals };
}
