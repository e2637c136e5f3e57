// Rekap Nilai (DESIGN §4.3–4.6): per participant and training, scores, N-Gain, Nilai Akhir, eligibility, rank, awards.

import { attendanceByParticipant } from './attendance';
import { computeFinalScores, type FinalScoreInput } from './finalScore';
import { formatIdNumber } from './format';
import { buildSessionJpMap, type SessionJpMap, trainingJpFrom, trainingTime, trainingYear } from './jp';
import type { JpCreditInput } from './jpSummary';
import type {
  AttendanceRecord,
  AttendanceResponse,
  Participant,
  Question,
  Responses,
  ScoreRecord,
  Session,
  Training,
} from './model';
import { type GainCategory, type GainSummary, gainCategory, gainSummary, nGain } from './ngain';
import { checkNip, deriveStatus, NIP_NUMBER_TYPED_REASON, normalizeNip } from './nip';
import { Problems } from './problems';
import { compareRankKeys, isAwarded, type RankKey, rankCompetition } from './ranking';
import type { Settings } from './settings';
import { importTestScores, scoreKey, type TestScores } from './testScores';

/** One row of Rekap Nilai; fields in the sheet's column order (DESIGN §3.4). */
export interface ResultRow {
  trainingCode: string;
  rank: number | null;
  nip: string;
  name: string;
  unit: string;
  pre: number | null;
  post: number | null;
  gain: number | null;
  gainCategory: GainCategory | '';
  activity: number | null;
  task: number | null;
  /** Kehadiran (%); null when attendance is not recorded. */
  attendance: number | null;
  finalScore: number | null;
  predicate: string;
  certificate: boolean;
  award: boolean;
  /** Keterangan: Indonesian reasons joined by '; '. */
  note: string;
}

export interface ClassSummary extends GainSummary {
  trainingCode: string;
}

export interface ResultsInput {
  trainings: readonly Training[];
  sessions: readonly Session[];
  participants: readonly Participant[];
  attendance: readonly AttendanceRecord[];
  scores: readonly ScoreRecord[];
  questions: readonly Question[];
  responses: Responses;
  settings: Settings;
}

export interface Results {
  /** Rekap Nilai order: by training (Kegiatan order), ranked rows by rank then name, then unranked by name. */
  rows: ResultRow[];
  classSummary: ClassSummary[];
  problems: Problems;
  /** Inputs of the JP summary, one per roster entry (invalid NIPs included, flagged). */
  credits: JpCreditInput[];
  /** The trainings used (first row per Kode), in Kegiatan order. */
  trainings: Training[];
  /** Roster per training code: first row per NIP, in Peserta order. */
  rosters: Map<string, Participant[]>;
  sessionJp: SessionJpMap;
  trainingJp: Map<string, number>;
  /** Imported scores and the responses used (for Analisis Soal). */
  testScores: TestScores;
}

/** Deterministic name order (no locale data needed): case-insensitive, then exact, then NIP. */
export function compareByName(a: { name: string; nip: string }, b: { name: string; nip: string }): number {
  const la = a.name.toLowerCase();
  const lb = b.name.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Why a NIP marked invalid is invalid (the table reader flagged it; a number-typed cell reads as digits). */
function invalidReason(p: Participant): string {
  const c = checkNip(p.nip);
  return c.ok ? NIP_NUMBER_TYPED_REASON : c.reason;
}

/** Computes Rekap Nilai for every training, plus the class summaries and the JP-summary inputs. */
export function computeResults(input: ResultsInput): Results {
  const { settings } = input;
  const problems = new Problems();

  const trainings: Training[] = [];
  const byCode = new Map<string, Training>();
  for (const t of input.trainings) {
    const first = byCode.get(t.code);
    if (first) {
      problems.error(
        t.src.sheet,
        t.src.row,
        'Kode',
        `Kode Kegiatan ${t.code} sudah dipakai di baris ${first.src.row}; baris ini diabaikan.`,
        'Beri kode yang berbeda untuk setiap kegiatan.',
      );
      continue;
    }
    byCode.set(t.code, t);
    trainings.push(t);
  }
  const unknownCode = (sheet: string, row: number, code: string) =>
    problems.error(
      sheet,
      row,
      'Kode Kegiatan',
      `Kode Kegiatan "${code}" tidak ada di lembar Kegiatan; baris ini diabaikan.`,
      'Perbaiki Kode Kegiatan atau tambahkan kegiatannya di lembar Kegiatan.',
    );

  const sessions: Session[] = [];
  for (const s of input.sessions) {
    if (byCode.has(s.trainingCode)) sessions.push(s);
    else unknownCode(s.src.sheet, s.src.row, s.trainingCode);
  }
  const sessionJp = buildSessionJpMap(sessions, settings, problems);
  const sessionsByCode = groupBy(sessions, (s) => s.trainingCode);

  // Rosters: a NIP listed twice in one training counts once (the first row).
  const rosters = new Map<string, Participant[]>();
  const firstRow = new Map<string, Participant>();
  for (const p of input.participants) {
    if (!byCode.has(p.trainingCode)) {
      unknownCode(p.src.sheet, p.src.row, p.trainingCode);
      continue;
    }
    const nip = normalizeNip(p.nip);
    if (nip !== '') {
      const k = scoreKey(p.trainingCode, nip);
      const first = firstRow.get(k);
      if (first) {
        problems.error(
          p.src.sheet,
          p.src.row,
          'NIP',
          `NIP ${nip} sudah terdaftar di kegiatan ${p.trainingCode} (baris ${first.src.row}); baris ini tidak dihitung.`,
          'Hapus baris ganda.',
        );
        continue;
      }
      firstRow.set(k, p);
    }
    const list = rosters.get(p.trainingCode);
    if (list) list.push(p);
    else rosters.set(p.trainingCode, [p]);
  }
  const allRoster = trainings.flatMap((t) => rosters.get(t.code) ?? []);

  const recordsByCode = groupBy(
    input.attendance.filter((r) => {
      if (byCode.has(r.trainingCode)) return true;
      unknownCode(r.src.sheet, r.src.row, r.trainingCode);
      return false;
    }),
    (r) => r.trainingCode,
  );
  const presensiByCode = groupBy<AttendanceResponse>(input.responses.attendance, (r) => r.trainingCode);
  for (const [code, list] of presensiByCode) {
    if (byCode.has(code)) continue;
    problems.warn(
      list[0].src.sheet,
      null,
      '',
      `Respons Presensi untuk Kode Kegiatan "${code}" yang tidak ada di lembar Kegiatan diabaikan.`,
      'Periksa Kode Kegiatan formulir ini di lembar Formulir.',
    );
  }

  const testScores = importTestScores(
    {
      trainings,
      participants: allRoster,
      questions: input.questions,
      tests: input.responses.tests,
      scores: input.scores,
      settings,
    },
    problems,
  );

  const rows: ResultRow[] = [];
  const classSummary: ClassSummary[] = [];
  const credits: JpCreditInput[] = [];
  const trainingJp = new Map<string, number>();
  const threshold = settings.attendanceThreshold;

  trainings.forEach((t, order) => {
    const code = t.code;
    const roster = rosters.get(code) ?? [];
    const tJp = trainingJpFrom(t, sessionJp.get(code), problems);
    trainingJp.set(code, tJp);
    const att = attendanceByParticipant(
      t,
      sessionsByCode.get(code) ?? [],
      roster,
      recordsByCode.get(code) ?? [],
      presensiByCode.get(code) ?? [],
      sessionJp,
      problems,
    );

    const drafts = roster.map((p) => {
      const nip = normalizeNip(p.nip);
      const ps = testScores.byParticipant.get(scoreKey(code, nip));
      const a = att.byNip.get(nip);
      const pre = ps?.pre ?? null;
      const post = ps?.post ?? null;
      const gain = nGain(pre, post);
      return {
        p,
        nip,
        pre,
        post,
        gain,
        activity: ps?.activity ?? null,
        task: ps?.task ?? null,
        attendance: a?.percent ?? null,
        attendedJp: a?.attendedJp ?? 0,
        postTime: ps?.postTimestamp ? ps.postTimestamp.getTime() : null,
        scoreSrc: ps?.record?.src ?? null,
      };
    });

    const finals = computeFinalScores(
      code,
      drafts.map(
        (d): FinalScoreInput => ({
          components: { post: d.post, activity: d.activity, task: d.task, attendance: d.attendance },
          label: `${d.p.name} (${d.nip || 'NIP kosong'})`,
          participantSrc: d.p.src,
          scoreSrc: d.scoreSrc,
        }),
      ),
      settings,
      problems,
    );

    const built = drafts.map((d, i) => {
      const f = finals.results[i];
      const notes: string[] = [];
      if (!d.p.nipValid) notes.push(`NIP tidak valid: ${invalidReason(d.p)}`);
      const attendanceOk = d.attendance === null || d.attendance >= threshold;
      if (!attendanceOk) {
        notes.push(
          `Kehadiran ${formatIdNumber(d.attendance as number)}% di bawah batas ${formatIdNumber(threshold)}%`,
        );
      }
      if (d.attendance === null) notes.push('Kehadiran belum dicatat');
      if (d.post === null) notes.push('Tidak ada nilai Post-Test');
      for (const m of f.missing) {
        if (m === 'Keaktifan' || m === 'Tugas') notes.push(`Nilai ${m} kosong (dihitung 0)`);
      }
      const certificate = d.p.nipValid && attendanceOk;
      const row: ResultRow = {
        trainingCode: code,
        rank: null,
        nip: d.nip,
        name: d.p.name,
        unit: d.p.unit,
        pre: d.pre,
        post: d.post,
        gain: d.gain,
        gainCategory: gainCategory(d.gain),
        activity: d.activity,
        task: d.task,
        attendance: d.attendance,
        finalScore: f.finalScore,
        predicate: f.predicate,
        certificate,
        award: false,
        note: notes.join('; '),
      };
      credits.push({
        trainingCode: code,
        trainingOrder: order,
        year: trainingYear(t),
        trainingTime: trainingTime(t),
        nip: d.nip,
        nipValid: d.p.nipValid,
        name: d.p.name,
        unit: d.p.unit,
        status: d.p.status || deriveStatus(d.nip),
        certificate,
        trainingJp: tJp,
        attendedJp: d.attendedJp,
        attendanceRecorded: att.recorded && d.attendance !== null,
      });
      return { row, key: rankKeyOf(d, f.finalScore) };
    });

    const eligible = built.filter((b) => b.row.certificate && b.row.post !== null && b.key !== null);
    const ranked = rankCompetition(eligible, (a, b) => compareRankKeys(a.key as RankKey, b.key as RankKey));
    for (const { item, rank } of ranked) {
      item.row.rank = rank;
      item.row.award = isAwarded(rank, settings.awardCount);
    }
    const rankedRows = ranked.map((r) => r.item.row);
    rankedRows.sort((a, b) => (a.rank as number) - (b.rank as number) || compareByName(a, b));
    const unranked = built.filter((b) => b.row.rank === null).map((b) => b.row);
    unranked.sort(compareByName);
    for (const r of rankedRows) rows.push(r);
    for (const r of unranked) rows.push(r);

    classSummary.push({ trainingCode: code, ...gainSummary(built.map((b) => b.row)) });
  });

  return { rows, classSummary, problems, credits, trainings, rosters, sessionJp, trainingJp, testScores };
}

function rankKeyOf(
  d: { post: number | null; gain: number | null; attendance: number | null; postTime: number | null },
  finalScore: number | null,
): RankKey | null {
  if (d.post === null || finalScore === null) return null;
  return { finalScore, post: d.post, gain: d.gain, attendance: d.attendance, postTime: d.postTime };
}
