// Use cases "Hitung Nilai & Peringkat", "Rekap JP" and "Rekap Evaluasi": read once, compute with src/core,
// then write each output sheet whole (one setValues per block) and the problems to `Masalah`.

import { type EvaluationRow, summarizeEvaluations } from '../core/evaluation';
import { analyzeItems } from '../core/itemAnalysis';
import { summarizeJp } from '../core/jpSummary';
import { computeResults, type Results } from '../core/results';
import { OUTPUTS } from '../core/schema';
import { addChart } from '../gas/charts';
import { googlePort } from '../gas/port';
import { writeOutputSheet } from '../gas/sheets';
import type { EvaluationResult, JpResult, ScoresResult, TrainingScores } from '../shared/rpc';
import { type Loaded, loadWorkbook } from './load';
import type { Port } from './port';
import { problemSummary, problemViews, writeProblems } from './problemsSheet';
import { type Collected, collectResponses } from './responses';

/** Extra summary sheets that hold the charts' data (DESIGN §5.4–5.5 ask for charts; see README "Deviations"). */
export const SUMMARY_SHEETS = {
  scores: {
    name: 'Ringkasan Nilai',
    columns: [
      { header: 'Kode Kegiatan', format: '@' },
      { header: 'Tema' },
      { header: 'Rata-rata Pre-Test', format: '0.00' },
      { header: 'Rata-rata Post-Test', format: '0.00' },
      { header: 'Peserta', format: '0' },
      { header: 'Diperingkat', format: '0' },
      { header: 'Bersertifikat', format: '0' },
      { header: 'N-Gain Rata-rata', format: '0.00' },
      { header: 'N-Gain Kelas', format: '0.00' },
      { header: 'Kategori N-Gain Kelas' },
    ],
  },
  evaluation: {
    name: 'Ringkasan Evaluasi',
    columns: [
      { header: 'Subjek' },
      { header: 'Indeks', format: '0.00' },
      { header: 'Kode Kegiatan', format: '@' },
      { header: 'Jenis' },
      { header: 'Sesi', format: '0' },
      { header: 'Narasumber' },
      { header: 'Responden', format: '0' },
      { header: 'Rata-rata', format: '0.00' },
      { header: 'Kategori' },
    ],
  },
} as const;

export interface Analysis {
  loaded: Loaded;
  /** The responses read, and per registered form how and how many. */
  collected: Collected;
  results: Results;
  evaluation: EvaluationRow[];
}

/**
 * Reads the workbook and every registered response once and runs every rule, so `Masalah` always shows all
 * problems of the current data whichever button was pressed (scores, JP, evaluation, data check, certificates).
 */
export function computeAll(loaded: Loaded = loadWorkbook(), port: Port = googlePort()): Analysis {
  const collected = collectResponses(port, loaded);
  const { responses } = collected;
  const { wb } = loaded;
  const results = computeResults({
    trainings: wb.trainings,
    sessions: wb.sessions,
    participants: wb.participants,
    attendance: wb.attendance,
    scores: wb.scores,
    questions: wb.questions,
    responses,
    settings: wb.settings,
  });
  loaded.problems.addAll(results.problems.list);
  const evaluation = summarizeEvaluations(
    {
      trainings: wb.trainings,
      sessions: wb.sessions,
      aspects: wb.aspects,
      evaluations: responses.evaluations,
      settings: wb.settings,
    },
    loaded.problems,
  );
  return { loaded, collected, results, evaluation };
}

const yesNo = (b: boolean) => (b ? 'Ya' : 'Tidak');

export function runScores(): ScoresResult {
  const { loaded, results } = computeAll();
  const { ss, sheets, problems, wb } = loaded;
  const rows = results.rows.map((r) => [
    r.trainingCode,
    r.rank,
    r.nip,
    r.name,
    r.unit,
    r.pre,
    r.post,
    r.gain,
    r.gainCategory,
    r.activity,
    r.task,
    r.attendance,
    r.finalScore,
    r.predicate,
    yesNo(r.certificate),
    r.award ? 'Ya' : '',
    r.note,
  ]);
  const items = analyzeItems(results.trainings, wb.questions, results.testScores.chosen);
  const itemRows = items.map((i) => [
    i.trainingCode,
    i.no,
    i.text,
    i.prePercent,
    i.postPercent,
    i.improvement,
    i.difficulty,
    i.discrimination,
    i.note,
  ]);
  const trainings = trainingScores(results);
  const summaryRows = trainings.map((t) => [
    t.code,
    t.theme,
    t.meanPre,
    t.meanPost,
    t.participants,
    t.ranked,
    t.certified,
    t.meanGain,
    t.gainOfMeans,
    results.classSummary.find((c) => c.trainingCode === t.code)?.gainOfMeansCategory ?? '',
  ]);
  writeOutputSheet(ss, sheets, OUTPUTS.results.name, OUTPUTS.results.columns, rows);
  writeOutputSheet(ss, sheets, OUTPUTS.items.name, OUTPUTS.items.columns, itemRows);
  const summary = writeOutputSheet(
    ss,
    sheets,
    SUMMARY_SHEETS.scores.name,
    SUMMARY_SHEETS.scores.columns,
    summaryRows,
  );
  if (summaryRows.length) {
    addChart(
      summary,
      'COLUMN',
      [summary.getRange(1, 1, summaryRows.length + 1, 1), summary.getRange(1, 3, summaryRows.length + 1, 2)],
      'Rata-rata Pre-Test dan Post-Test per Kegiatan',
      { row: summaryRows.length + 3, column: 1 },
      { vAxis: { minValue: 0, maxValue: 100 } },
    );
  }
  writeProblems(ss, sheets, problems);
  const message = `Rekap Nilai: ${results.rows.length} baris untuk ${trainings.length} kegiatan. ${problemSummary(problems)}`;
  return {
    trainings,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

function trainingScores(results: Results): TrainingScores[] {
  const byCode = new Map<string, TrainingScores>();
  for (const t of results.trainings) {
    const c = results.classSummary.find((s) => s.trainingCode === t.code);
    byCode.set(t.code, {
      code: t.code,
      theme: t.theme,
      participants: 0,
      ranked: 0,
      certified: 0,
      awards: 0,
      meanPre: c?.meanPre ?? null,
      meanPost: c?.meanPost ?? null,
      meanGain: c?.meanGain ?? null,
      gainOfMeans: c?.gainOfMeans ?? null,
      top: [],
    });
  }
  for (const r of results.rows) {
    const t = byCode.get(r.trainingCode);
    if (!t) continue;
    t.participants++;
    if (r.rank !== null) t.ranked++;
    if (r.certificate) t.certified++;
    if (r.award) t.awards++;
    if (r.rank !== null && (r.award || t.top.length < 5)) {
      t.top.push({
        rank: r.rank,
        nip: r.nip,
        name: r.name,
        unit: r.unit,
        finalScore: r.finalScore,
        award: r.award,
      });
    }
  }
  return [...byCode.values()];
}

export function runJp(): JpResult {
  const { loaded, results } = computeAll();
  const { ss, sheets, problems, wb } = loaded;
  const jp = summarizeJp(results.credits, wb.settings);
  const rows = jp.rows.map((r) => [
    r.year,
    r.nip,
    r.name,
    r.unit,
    r.status,
    r.trainings,
    r.jp,
    r.target,
    r.shortfall,
    r.achieved ? 'Tercapai' : 'Belum Tercapai',
  ]);
  const unitRows = jp.units.map((u) => [
    u.year,
    u.unit,
    u.asn,
    u.totalJp,
    u.meanJp,
    u.achieved,
    u.percentAchieved,
  ]);
  writeOutputSheet(ss, sheets, OUTPUTS.jp.name, OUTPUTS.jp.columns, rows);
  const units = writeOutputSheet(ss, sheets, OUTPUTS.jpUnits.name, OUTPUTS.jpUnits.columns, unitRows);
  if (unitRows.length) {
    // Unit Kerja (B) against Persen Tercapai (G)
    const n = unitRows.length + 1;
    addChart(
      units,
      'BAR',
      [units.getRange(1, 2, n, 1), units.getRange(1, 7, n, 1)],
      'Persen ASN yang mencapai target JP per Unit Kerja',
      { row: 2, column: OUTPUTS.jpUnits.columns.length + 2 },
      { hAxis: { minValue: 0, maxValue: 100 } },
    );
  }
  writeProblems(ss, sheets, problems);
  const reached = jp.rows.filter((r) => r.achieved).length;
  const message = `Rekap JP: ${jp.rows.length} ASN, ${reached} mencapai ${wb.settings.targetJp} JP. ${problemSummary(problems)}`;
  return {
    people: jp.rows.length,
    reached,
    units: jp.units.map((u) => ({
      year: u.year,
      unit: u.unit,
      asn: u.asn,
      totalJp: u.totalJp,
      meanJp: u.meanJp,
      reached: u.achieved,
      percent: u.percentAchieved,
    })),
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

export function runEvaluation(): EvaluationResult {
  const { loaded, evaluation: rows } = computeAll();
  const { ss, sheets, problems } = loaded;
  const out = rows.map((r) => [
    r.trainingCode,
    r.kind,
    r.session,
    r.speaker,
    r.aspect,
    r.respondents,
    r.mean,
    r.index,
    r.category,
  ]);
  writeOutputSheet(ss, sheets, OUTPUTS.evaluation.name, OUTPUTS.evaluation.columns, out);
  const overall = rows.filter((r) => r.aspect === 'Keseluruhan');
  const label = (r: (typeof rows)[number]) =>
    r.kind === 'Narasumber'
      ? `${r.trainingCode} Sesi ${r.session}: ${r.speaker}`
      : `${r.trainingCode} ${r.kind}`;
  const summaryRows = overall.map((r) => [
    label(r),
    r.index,
    r.trainingCode,
    r.kind,
    r.session,
    r.speaker,
    r.respondents,
    r.mean,
    r.category,
  ]);
  const summary = writeOutputSheet(
    ss,
    sheets,
    SUMMARY_SHEETS.evaluation.name,
    SUMMARY_SHEETS.evaluation.columns,
    summaryRows,
  );
  if (summaryRows.length) {
    addChart(
      summary,
      'BAR',
      [summary.getRange(1, 1, summaryRows.length + 1, 2)],
      'Indeks Evaluasi per Narasumber dan Penyelenggaraan',
      { row: 2, column: SUMMARY_SHEETS.evaluation.columns.length + 2 },
      { hAxis: { minValue: 0, maxValue: 100 } },
    );
  }
  writeProblems(ss, sheets, problems);
  return {
    subjects: overall.map((r) => ({
      code: r.trainingCode,
      kind: r.kind,
      session: r.session,
      speaker: r.speaker,
      respondents: r.respondents,
      mean: r.mean,
      index: r.index,
      category: r.category,
    })),
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message: `Rekap Evaluasi: ${overall.length} subjek dinilai. ${problemSummary(problems)}`,
  };
}
