// Rekap Nilai (DESIGN §4.3–4.6): per participant and training, scores, N-Gain, Nilai Akhir, eligibility, rank, awards.

import { GATE_NOTE } from '../text/id/certGate';
import { NIP_REASON, RESULT_NOTE } from '../text/id/rules';
import { attendanceByParticipant, type CheckinEnv, type CheckinVerdict } from './attendance';
import { computeFinalScores, type FinalScoreInput, type FinalScoreResult } from './finalScore';
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
  Source,
  Training,
} from './model';
import { type GainCategory, type GainSummary, gainCategory, gainSummary, nGain } from './ngain';
import { checkNip, deriveStatus } from './nip';
import { type Problem, Problems } from './problems';
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

/** The validated workbook (parseWorkbook's result, or its parts) and the responses. */
export interface ResultsInput {
  trainings: readonly Training[];
  sessions: readonly Session[];
  participants: readonly Participant[];
  attendance: readonly AttendanceRecord[];
  scores: readonly ScoreRecord[];
  questions: readonly Question[];
  responses: Responses;
  settings: Settings;
  /** Check-in of Presensi responses (issue 16): the spreadsheet's zone and the secret; absent = not checked. */
  checkin?: { tz: string; secret: () => string | null };
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
  /** Every Presensi response as classified (Rekap Kehadiran), by training. */
  checkins: CheckinVerdict[];
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
  return c.ok ? NIP_REASON.numberTyped : c.reason;
}

/** What every training's computation shares: the workbook grouped by training, and the imported scores. */
interface Shared {
  settings: Settings;
  problems: Problems;
  sessionJp: SessionJpMap;
  sessionsByCode: Map<string, Session[]>;
  rosters: Map<string, Participant[]>;
  recordsByCode: Map<string, AttendanceRecord[]>;
  presensiByCode: Map<string, AttendanceResponse[]>;
  testScores: TestScores;
  checkin: CheckinEnv | null;
  /** Filled per training: its Presensi responses as classified. */
  checkins: Map<string, CheckinVerdict[]>;
}

/** One training's part of the results. */
interface TrainingResults {
  rows: ResultRow[];
  summary: ClassSummary;
  credits: JpCreditInput[];
  jp: number;
}

/**
 * Computes Rekap Nilai for every training, plus the class summaries and the JP-summary inputs. The workbook is
 * the parser's (src/core/workbook.ts): every row names a known training, rosters and sessions have one row per
 * NIP and number, Kehadiran and Nilai rows name roster NIPs. Only responses are checked here.
 */
export function computeResults(input: ResultsInput): Results {
  const { settings } = input;
  const problems = new Problems();
  const trainings = [...input.trainings];
  const rosters = groupBy(input.participants, (p) => p.trainingCode);
  const shared: Shared = {
    settings,
    problems,
    sessionJp: buildSessionJpMap(input.sessions, settings, problems),
    sessionsByCode: groupBy(input.sessions, (s) => s.trainingCode),
    rosters,
    recordsByCode: groupBy(input.attendance, (r) => r.trainingCode),
    presensiByCode: presensiByTraining(input.responses.attendance, trainings, problems),
    checkin: input.checkin
      ? { settings: settings.checkin, allSessions: input.sessions, ...input.checkin }
      : null,
    checkins: new Map(),
    testScores: importTestScores(
      {
        trainings,
        participants: trainings.flatMap((t) => rosters.get(t.code) ?? []),
        questions: input.questions,
        tests: input.responses.tests,
        scores: input.scores,
        settings,
      },
      problems,
    ),
  };
  const rows: ResultRow[] = [];
  const classSummary: ClassSummary[] = [];
  const credits: JpCreditInput[] = [];
  const trainingJp = new Map<string, number>();
  trainings.forEach((t, order) => {
    const r = trainingResults(t, order, shared);
    for (const row of r.rows) rows.push(row);
    for (const c of r.credits) credits.push(c);
    classSummary.push(r.summary);
    trainingJp.set(t.code, r.jp);
  });
  const { sessionJp, testScores } = shared;
  const checkins = trainings.flatMap((t) => shared.checkins.get(t.code) ?? []);
  return {
    rows,
    classSummary,
    problems,
    credits,
    trainings,
    rosters,
    sessionJp,
    trainingJp,
    testScores,
    checkins,
  };
}

/** Presensi responses by training; those of a training not in Kegiatan are reported once per code and dropped. */
function presensiByTraining(
  responses: readonly AttendanceResponse[],
  trainings: readonly Training[],
  problems: Problems,
): Map<string, AttendanceResponse[]> {
  const known = new Set(trainings.map((t) => t.code));
  const byCode = groupBy(responses, (r) => r.trainingCode);
  for (const [code, list] of byCode) {
    if (known.has(code)) continue;
    problems.add(
      'response.trainingUnknown',
      { sheet: list[0].src.sheet, row: null },
      { kind: 'Presensi', code },
    );
    byCode.delete(code);
  }
  return byCode;
}

/** A participant's shown figures, before the final score. */
interface Draft {
  p: Participant;
  pre: number | null;
  post: number | null;
  gain: number | null;
  activity: number | null;
  task: number | null;
  attendance: number | null;
  attendedJp: number;
  postTime: number | null;
  scoreSrc: Source | null;
}

/** Rekap Nilai of one training: figures, final scores, eligibility, then the ranking and the row order. */
function trainingResults(t: Training, order: number, c: Shared): TrainingResults {
  const code = t.code;
  const roster = c.rosters.get(code) ?? [];
  const jp = trainingJpFrom(t, c.sessionJp.get(code), c.problems);
  const att = attendanceByParticipant(
    t,
    c.sessionsByCode.get(code) ?? [],
    roster,
    c.recordsByCode.get(code) ?? [],
    c.presensiByCode.get(code) ?? [],
    c.sessionJp,
    c.problems,
    c.checkin,
  );
  c.checkins.set(code, att.checkins);
  const drafts = roster.map((p): Draft => {
    const ps = c.testScores.byParticipant.get(scoreKey(code, p.nip));
    const a = att.byNip.get(p.nip);
    const pre = ps?.pre ?? null;
    const post = ps?.post ?? null;
    return {
      p,
      pre,
      post,
      gain: nGain(pre, post),
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
        name: d.p.name,
        nip: d.p.nip,
        participantSrc: d.p.src,
        scoreSrc: d.scoreSrc,
        pendingPost: c.testScores.byParticipant.get(scoreKey(code, d.p.nip))?.pendingPost,
      }),
    ),
    c.settings,
    c.problems,
  );
  const year = trainingYear(t);
  const time = trainingTime(t);
  const credits: JpCreditInput[] = [];
  const built = drafts.map((d, i) => {
    const f = finals.results[i];
    const row = resultRow(code, d, f, c.settings);
    credits.push({
      trainingCode: code,
      trainingOrder: order,
      year,
      trainingTime: time,
      nip: d.p.nip,
      nipValid: d.p.nipValid,
      name: d.p.name,
      unit: d.p.unit,
      status: d.p.status || deriveStatus(d.p.nip),
      certificate: row.certificate,
      trainingJp: jp,
      attendedJp: d.attendedJp,
      attendanceRecorded: att.recorded && d.attendance !== null,
    });
    return { row, key: rankKeyOf(d, f.finalScore) };
  });
  // the class summary sums in roster order (a float sum depends on its order)
  const summary = { trainingCode: code, ...gainSummary(built.map((b) => b.row)) };
  return { rows: rankAndOrder(built, c.settings.awardCount), summary, credits, jp };
}

/** A Rekap Nilai row before ranking: Sertifikat and the Keterangan that says why not. */
function resultRow(
  code: string,
  d: Draft,
  f: FinalScoreResult,
  s: Pick<Settings, 'attendanceThreshold' | 'minCertificateScore'>,
): ResultRow {
  const threshold = s.attendanceThreshold;
  const notes: string[] = [];
  if (!d.p.nipValid) notes.push(RESULT_NOTE.nipInvalid(invalidReason(d.p)));
  const attendanceOk = d.attendance === null || d.attendance >= threshold;
  if (!attendanceOk)
    notes.push(
      RESULT_NOTE.attendanceBelow(formatIdNumber(d.attendance as number), formatIdNumber(threshold)),
    );
  if (d.attendance === null) notes.push(RESULT_NOTE.attendanceNotRecorded);
  if (d.post === null) notes.push(RESULT_NOTE.noPostTest);
  for (const m of f.missing) if (m === 'Keaktifan' || m === 'Tugas') notes.push(RESULT_NOTE.componentZero(m));
  const scoreOk = meetsMinimum(f.finalScore, s.minCertificateScore);
  if (!scoreOk && s.minCertificateScore !== null)
    notes.push(
      f.finalScore === null
        ? GATE_NOTE.noFinalScore(formatIdNumber(s.minCertificateScore))
        : GATE_NOTE.belowMinimum(formatIdNumber(f.finalScore), formatIdNumber(s.minCertificateScore)),
    );
  return {
    trainingCode: code,
    rank: null,
    nip: d.p.nip,
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
    certificate: d.p.nipValid && attendanceOk && scoreOk,
    award: false,
    note: notes.join('; '),
  };
}

/**
 * Ranks the rows with Sertifikat and a Post-Test (standard competition ranking, Piagam for the top), and orders
 * one training's rows: ranked by rank then name, then the unranked by name.
 */
function rankAndOrder(
  built: Array<{ row: ResultRow; key: RankKey | null }>,
  awardCount: number,
): ResultRow[] {
  const eligible = built.filter((b) => b.row.certificate && b.row.post !== null && b.key !== null);
  const ranked = rankCompetition(eligible, (a, b) => compareRankKeys(a.key as RankKey, b.key as RankKey));
  for (const { item, rank } of ranked) {
    item.row.rank = rank;
    item.row.award = isAwarded(rank, awardCount);
  }
  const rankedRows = ranked.map((r) => r.item.row);
  rankedRows.sort((a, b) => (a.rank as number) - (b.rank as number) || compareByName(a, b));
  const unranked = built.filter((b) => b.row.rank === null).map((b) => b.row);
  unranked.sort(compareByName);
  return [...rankedRows, ...unranked];
}

function rankKeyOf(
  d: { post: number | null; gain: number | null; attendance: number | null; postTime: number | null },
  finalScore: number | null,
): RankKey | null {
  if (d.post === null || finalScore === null) return null;
  return { finalScore, post: d.post, gain: d.gain, attendance: d.attendance, postTime: d.postTime };
}

/**
 * Nilai Minimum Sertifikat: met when there is none, else when the Nilai Akhir is at least the minimum (a participant
 * without a Nilai Akhir does not meet a minimum). Below it there is no Sertifikat, hence no rank and no Piagam.
 */
export function meetsMinimum(finalScore: number | null, minimum: number | null): boolean {
  return minimum === null || (finalScore !== null && finalScore >= minimum);
}

/**
 * Adds to Keterangan each open Error on a participant's own rows (Peserta, Nilai), naming the sheet and row, so that
 * Rekap Nilai says why a certificate may be held back. `problems` is the whole run's list (workbook and results).
 */
export function noteOpenErrors(results: Results, problems: readonly Problem[]): void {
  const at = new Set<string>();
  for (const p of problems) if (p.level === 'Error' && p.row !== null) at.add(`${p.sheet}\u0001${p.row}`);
  if (!at.size) return;
  const srcOf = new Map<string, Source[]>();
  for (const [code, list] of results.rosters)
    for (const p of list) {
      const score = results.testScores.byParticipant.get(scoreKey(code, p.nip))?.record?.src;
      srcOf.set(`${code}|${p.nip}`, score ? [p.src, score] : [p.src]);
    }
  for (const r of results.rows) {
    const found = (srcOf.get(`${r.trainingCode}|${r.nip}`) ?? []).filter((s) =>
      at.has(`${s.sheet}\u0001${s.row}`),
    );
    if (!found.length) continue;
    const notes = found.map((s) => GATE_NOTE.openError(s.sheet, s.row));
    r.note = [r.note, ...notes].filter((n) => n !== '').join('; ');
  }
}
