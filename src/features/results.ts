// Use cases "Hitung Nilai & Peringkat", "Rekap JP" and "Rekap Evaluasi": read once, compute with src/core,
// then write each output sheet whole from records by key (one setValues per block) and the problems to `Masalah`.

import { type EvaluationRow, summarizeEvaluations } from '../core/evaluation';
import { analyzeItems } from '../core/itemAnalysis';
import { computeResults, noteOpenErrors, type Results } from '../core/results';
import { OUTPUTS } from '../core/schema';
import type { SpeakerRecap } from '../core/speakers';
import type {
  BelowTarget,
  EvaluationResult,
  ItemFlagView,
  JpResult,
  ScoresResult,
  TrainingScores,
} from '../shared/rpc';
import { JP_HISTORY_TEXT } from '../text/id/jpHistory';
import { PANEL_TEXT } from '../text/id/panel';
import { checkinRecords, checkinSecret } from './checkin';
import { analyzeJp, type JpAnalysis } from './jpHistory';
import { type Loaded, loadWorkbook } from './load';
import type { Port } from './port';
import { problemSummary, problemViews, writeProblems } from './problemsSheet';
import { type Collected, collectResponses } from './responses';
import { speakerPayViews, speakerRecap, speakerRecords } from './speakers';

export interface Analysis {
  loaded: Loaded;
  /** The responses read, and per registered form how and how many. */
  collected: Collected;
  results: Results;
  evaluation: EvaluationRow[];
  /** Rekap JP, Riwayat JP and Capaian 20 JP (the earlier years' sheets and Daftar ASN read when present). */
  jp: JpAnalysis;
  /** Rekap Narasumber (features/speakers.ts): computed on every run, so Masalah has its problems whatever ran. */
  speakers: SpeakerRecap;
}

/**
 * Reads the workbook and every registered response once and runs every rule, so `Masalah` always shows all
 * problems of the current data whichever button was pressed (scores, JP, evaluation, data check, certificates).
 */
export function computeAll(port: Port, loaded: Loaded = loadWorkbook(port)): Analysis {
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
    checkin: { tz: loaded.tz, secret: onceSecret(port) },
  });
  loaded.problems.addAll(results.problems.list);
  noteOpenErrors(results, loaded.problems.list);
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
  const jp = analyzeJp(port, loaded, results);
  const analysis = { loaded, collected, results, evaluation, jp };
  return { ...analysis, speakers: speakerRecap(analysis) };
}

/** The check-in secret, asked of the properties only when a code is checked, at most once. */
function onceSecret(port: Port): () => string | null {
  let got: { v: string | null } | null = null;
  return () => {
    got = got ?? { v: checkinSecret(port, false) };
    return got.v;
  };
}

/**
 * Rekap Kehadiran, written when a Presensi response was checked (a form with the Kode Sesi question), or the
 * sheet is there from before (output sheets are regenerated): flows without the check-in make no extra call.
 */
function writeCheckins(port: Port, loaded: Loaded, results: Results): void {
  const checked = results.checkins.some((v) => v.checked);
  if (!checked && !loaded.sheetNames.includes(OUTPUTS.checkins.name)) return;
  port.workbook.writeOutput(OUTPUTS.checkins, checkinRecords(results.checkins, results.rosters, loaded.tz));
}

const yesNo = (b: boolean) => (b ? PANEL_TEXT.yes : PANEL_TEXT.no);

export function runScores(port: Port): ScoresResult {
  const { loaded, results } = computeAll(port);
  const { problems, wb } = loaded;
  const rows = results.rows.map((r) => ({
    trainingCode: r.trainingCode,
    rank: r.rank,
    nip: r.nip,
    name: r.name,
    unit: r.unit,
    pre: r.pre,
    post: r.post,
    gain: r.gain,
    gainCategory: r.gainCategory,
    activity: r.activity,
    task: r.task,
    attendance: r.attendance,
    finalScore: r.finalScore,
    predicate: r.predicate,
    certificate: yesNo(r.certificate),
    award: r.award ? PANEL_TEXT.yes : '',
    note: r.note,
  }));
  const items = analyzeItems(results.trainings, wb.questions, results.testScores.chosen);
  const trainings = trainingScores(results);
  const summary = trainings.map((t) => ({
    trainingCode: t.code,
    theme: t.theme,
    meanPre: t.meanPre,
    meanPost: t.meanPost,
    participants: t.participants,
    ranked: t.ranked,
    certified: t.certified,
    meanGain: t.meanGain,
    gainOfMeans: t.gainOfMeans,
    gainOfMeansCategory:
      results.classSummary.find((c) => c.trainingCode === t.code)?.gainOfMeansCategory ?? '',
  }));
  port.workbook.writeOutput(OUTPUTS.results, rows);
  writeCheckins(port, loaded, results);
  port.workbook.writeOutput(OUTPUTS.items, items);
  port.workbook.writeOutput(
    OUTPUTS.scoreSummary,
    summary,
    summary.length
      ? [
          {
            kind: 'COLUMN',
            ranges: [['trainingCode'], ['meanPre', 'meanPost']],
            title: PANEL_TEXT.scoresChart,
            anchor: { row: summary.length + 3, column: 1 },
            options: { vAxis: { minValue: 0, maxValue: 100 } },
          },
        ]
      : [],
  );
  writeProblems(port, problems);
  const message = PANEL_TEXT.scoresDone(results.rows.length, trainings.length, problemSummary(problems));
  // the questions that call for a look, for the panel (issue 14 item 8): a wrong key first, then the rest
  const weight = (f: ItemFlagView['flags']) =>
    f.includes('negative') ? 0 : f.includes('worse') ? 1 : f.includes('tooHard') ? 2 : 3;
  // trainings in Kegiatan order (as analyzeItems gives them)
  const order = new Map<string, number>();
  for (const i of items) if (!order.has(i.trainingCode)) order.set(i.trainingCode, order.size);
  const flagged = items
    .filter((i) => i.flags.length > 0)
    .map(
      (i): ItemFlagView => ({
        code: i.trainingCode,
        no: i.no,
        text: i.text,
        postPercent: i.postPercent,
        improvement: i.improvement,
        discrimination: i.discrimination,
        flags: i.flags,
        note: i.note,
      }),
    )
    .sort(
      (a, b) =>
        (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0) ||
        weight(a.flags) - weight(b.flags) ||
        a.no - b.no,
    )
    .slice(0, 100);
  return {
    trainings,
    items: flagged,
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

export function runJp(port: Port): JpResult {
  const { loaded, jp } = computeAll(port);
  const { problems, wb } = loaded;
  const reachedText = (b: boolean) => (b ? PANEL_TEXT.reached : PANEL_TEXT.notReached);
  port.workbook.writeOutput(
    OUTPUTS.jp,
    jp.rows.map((r) => ({ ...r, achieved: reachedText(r.achieved) })),
  );
  port.workbook.writeOutput(
    OUTPUTS.jpUnits,
    jp.units,
    jp.units.length
      ? [
          {
            kind: 'BAR',
            ranges: [['unit'], ['percentAchieved']],
            title: PANEL_TEXT.jpChart,
            anchor: { row: 2, column: OUTPUTS.jpUnits.columns.length + 2 },
            options: { hAxis: { minValue: 0, maxValue: 100 } },
          },
        ]
      : [],
  );
  port.workbook.writeOutput(
    OUTPUTS.jpHistory,
    jp.history.map((h) => ({ ...h, achieved: reachedText(h.achieved) })),
  );
  port.workbook.writeOutput(OUTPUTS.jpCoverage, jp.coverage.rows);
  const trend = jp.coverage.trend.map((t) => ({ ...t, year: String(t.year) }));
  port.workbook.writeOutput(
    OUTPUTS.jpTrend,
    trend,
    trend.length
      ? [
          {
            kind: 'COLUMN',
            ranges: [['year'], ['pnsPercent', 'pppkPercent']],
            title: JP_HISTORY_TEXT.trendChart,
            anchor: { row: 2, column: OUTPUTS.jpTrend.columns.length + 2 },
            options: { vAxis: { minValue: 0, maxValue: 100 } },
          },
        ]
      : [],
  );
  writeProblems(port, problems);
  const reached = jp.rows.filter((r) => r.achieved).length;
  const years = jp.coverage.years;
  const coverageText = years.length
    ? `${JP_HISTORY_TEXT.coverageDone(years.join(', '), jp.imported.length)} `
    : '';
  const message = PANEL_TEXT.jpDone(
    jp.rows.length,
    reached,
    wb.settings.targetJp,
    `${coverageText}${problemSummary(problems)}`,
  );
  const below: BelowTarget[] = jp.coverage.people
    .filter((p) => !p.reached)
    .map((p) => ({
      year: p.year,
      unit: p.unit,
      status: p.status,
      nip: p.nip,
      name: p.name,
      jp: p.jp,
      shortfall: p.shortfall,
      untrained: p.untrained,
    }))
    .sort(
      (a, b) =>
        b.year - a.year ||
        a.unit.localeCompare(b.unit) ||
        b.shortfall - a.shortfall ||
        (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
    )
    .slice(0, 2000);
  const ownYears = new Set(jp.rows.map((r) => r.year));
  return {
    people: jp.rows.length,
    reached,
    target: wb.settings.targetJp,
    units: jp.units.map((u) => ({
      year: u.year,
      unit: u.unit,
      asn: u.asn,
      totalJp: u.totalJp,
      meanJp: u.meanJp,
      reached: u.achieved,
      percent: u.percentAchieved,
    })),
    years: years.map((year) => {
      const trend = jp.coverage.trend.find((t) => t.year === year);
      return {
        year,
        own: ownYears.has(year),
        sources: [...new Set(jp.history.filter((h) => h.year === year && !h.own).map((h) => h.source))],
        asn: (trend?.pnsAsn ?? 0) + (trend?.pppkAsn ?? 0),
        reached: (trend?.pnsReached ?? 0) + (trend?.pppkReached ?? 0),
        basis: trend?.basis ?? 'Peserta',
      };
    }),
    coverage: jp.coverage.rows.map((c) => ({
      year: c.year,
      unit: c.unit,
      status: c.status,
      asn: c.asn,
      reached: c.reached,
      percent: c.percent,
      target: c.target,
      basis: c.basis,
    })),
    below,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

export function runEvaluation(port: Port): EvaluationResult {
  const { loaded, evaluation: rows, speakers } = computeAll(port);
  const { problems } = loaded;
  port.workbook.writeOutput(OUTPUTS.evaluation, rows);
  port.workbook.writeOutput(OUTPUTS.speakers, speakerRecords(speakers));
  const overall = rows.filter((r) => r.aspect === 'Keseluruhan');
  const label = (r: (typeof rows)[number]) =>
    r.kind === 'Narasumber'
      ? PANEL_TEXT.speakerSubject(r.trainingCode, r.session, r.speaker)
      : `${r.trainingCode} ${r.kind}`;
  const summary = overall.map((r) => ({ ...r, subject: label(r) }));
  port.workbook.writeOutput(
    OUTPUTS.evaluationSummary,
    summary,
    summary.length
      ? [
          {
            kind: 'BAR',
            ranges: [['subject', 'index']],
            title: PANEL_TEXT.evaluationChart,
            anchor: { row: 2, column: OUTPUTS.evaluationSummary.columns.length + 2 },
            options: { hAxis: { minValue: 0, maxValue: 100 } },
          },
        ]
      : [],
  );
  writeProblems(port, problems);
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
    speakers: speakerPayViews(speakers),
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message: PANEL_TEXT.evaluationDone(overall.length, speakers.rows.length, problemSummary(problems)),
  };
}
