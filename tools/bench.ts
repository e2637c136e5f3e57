// Benchmark: service calls, simulated Apps Script seconds and local CPU ms per feature for growing workloads,
// beside the baseline of an ordinary careful script (one read per sheet, one write per output row), and the
// year-scale scenarios on the add-on's own forms (tools/bench-year.ts). `npm run bench [-- --quick]`.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { createEnvironment, type Environment } from '../emulator/environment';
import { loadBundle } from '../emulator/loader';
import { COST_MODEL_TEXT } from '../emulator/runtime';
import type { FakeSpreadsheet } from '../emulator/spreadsheet';
import { OUTPUTS, SETUP_ORDER, SHEETS } from '../src/core/schema';
import { benchExtensions } from './bench-steps';
import { benchYear, formatYear, YEAR_SCENARIOS, type YearResult } from './bench-year';
import { synthWorkbook } from './synth';

const ROOT = resolve(__dirname, '..');

export interface BenchRow {
  feature: string;
  size: number;
  calls: number;
  simSeconds: number;
  cpuMs: number;
  naiveCalls?: number;
  naiveSimSeconds?: number;
}

/**
 * Runs one sidebar function as one execution on a fresh synthetic workbook whose responses were pulled into the
 * store by an earlier Tarik Respons (as every step expects), and measures it.
 */
export async function measure(
  feature: string,
  size: number,
  fn: string,
  ss?: FakeSpreadsheet,
): Promise<{ row: BenchRow; env: Environment }> {
  const env = createEnvironment({
    spreadsheet: ss ?? synthWorkbook({ participants: size }),
    distDir: join(ROOT, 'dist'),
  });
  const addon = loadBundle(env, join(ROOT, 'dist', 'Code.js'));
  const pulled = (await addon.rpc('pullResponses')) as { ok: boolean; error?: string };
  if (!pulled?.ok) throw new Error(`pullResponses: ${pulled?.error}`);
  env.rt.resetCounters();
  const simStart = env.rt.now;
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const r = (await addon.rpc(fn)) as { ok: boolean; error?: string };
  const used = process.cpuUsage(cpu);
  if (!r?.ok) throw new Error(`${fn}: ${r?.error ?? 'failed'}`);
  return {
    row: {
      feature,
      size,
      calls: env.rt.totalCalls(),
      simSeconds: (env.rt.now - simStart) / 1000,
      cpuMs: (used.user + used.system) / 1000,
    },
    env,
  };
}

/**
 * The baseline: what an ordinary careful script does: one getValues() per sheet it reads (inputs and the response
 * sheets), one setValues() per output row it writes. Counted on the same emulator, 6-minute limit lifted.
 */
export function naiveBaseline(
  readSheets: readonly string[],
  written: ReadonlyArray<{ name: string; rows: number; cols: number }>,
  size: number,
): { calls: number; simSeconds: number } {
  const ss = synthWorkbook({ participants: size });
  const env = createEnvironment({ spreadsheet: ss });
  env.rt.enforceLimit = false;
  env.rt.resetCounters();
  const start = env.rt.now;
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = app.getActiveSpreadsheet();
  for (const name of readSheets) book.getSheetByName(name)?.getDataRange().getValues();
  for (const w of written) {
    const sheet = book.getSheetByName(w.name) ?? book.insertSheet(w.name);
    if (sheet.getMaxRows() < w.rows + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), w.rows + 1 - sheet.getMaxRows());
    const row = [new Array(w.cols).fill('x')];
    for (let r = 0; r < w.rows; r++) sheet.getRange(r + 2, 1, 1, w.cols).setValues(row);
  }
  return { calls: env.rt.totalCalls(), simSeconds: (env.rt.now - start) / 1000 };
}

const INPUTS = SETUP_ORDER.map((k) => SHEETS[k].name);

function responseSheetNames(env: Environment): string[] {
  return env.ss
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => n.startsWith('R '));
}

function rowsOf(env: Environment, name: string): number {
  const s = env.ss.getSheetByName(name);
  return s ? Math.max(0, s.getLastRow() - 1) : 0;
}

export async function benchCore(sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const features: Array<[string, string, string[]]> = [
    ['Periksa Data', 'runCheck', [OUTPUTS.problems.name]],
    [
      'Hitung Nilai & Peringkat',
      'computeScores',
      [OUTPUTS.results.name, OUTPUTS.items.name, OUTPUTS.problems.name],
    ],
    ['Rekap JP', 'computeJp', [OUTPUTS.jp.name, OUTPUTS.jpUnits.name, OUTPUTS.problems.name]],
    ['Rekap Evaluasi', 'computeEvaluation', [OUTPUTS.evaluation.name, OUTPUTS.problems.name]],
  ];
  for (const [feature, fn, outputs] of features) {
    for (const size of sizes) {
      const { row, env } = await measure(feature, size, fn);
      const reads = [...INPUTS, ...responseSheetNames(env)];
      const written = outputs.map((name) => ({ name, rows: rowsOf(env, name), cols: 17 }));
      const naive = naiveBaseline(reads, written, size);
      rows.push({ ...row, naiveCalls: naive.calls, naiveSimSeconds: naive.simSeconds });
    }
  }
  return rows;
}

/** Rows benchCore makes for these sizes (the sheet steps, first in the table). */
const benchCoreCount = (sizes: readonly number[]) => 4 * sizes.length;

export function formatTable(rows: readonly BenchRow[]): string {
  const head = [
    'fitur',
    'peserta',
    'panggilan',
    'detik GAS (sim.)',
    'CPU lokal ms',
    'skrip biasa: panggilan',
    'skrip biasa: detik GAS',
  ];
  const lines = [
    head,
    ...rows.map((r) => [
      r.feature,
      String(r.size),
      String(r.calls),
      r.simSeconds.toFixed(1),
      r.cpuMs.toFixed(0),
      r.naiveCalls === undefined ? '' : String(r.naiveCalls),
      r.naiveSimSeconds === undefined
        ? ''
        : `${r.naiveSimSeconds.toFixed(1)}${r.naiveSimSeconds > 360 ? ' (> 6 menit)' : ''}`,
    ]),
  ];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) =>
    `| ${l.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    fmt(lines[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.slice(1).map(fmt),
  ].join('\n');
}

/**
 * The rules alone: src/core on the same synthetic sheets in this process, without the emulator or the vm
 * (parsing the sheets' values, importing responses, Rekap Nilai, JP, evaluation, item analysis).
 */
function sheetValues(ss: FakeSpreadsheet): Map<string, unknown[][]> {
  return new Map(ss.getSheets().map((s) => [s.getName(), s._dump() as unknown[][]]));
}

let bundledRules: ((values: ReadonlyMap<string, unknown[][]>) => number) | null = null;

/** tools/rules-pipeline.ts bundled by esbuild like the add-on (es2020, no name-keeping helpers), then loaded. */
function loadBundledRules(): (values: ReadonlyMap<string, unknown[][]>) => number {
  if (bundledRules) return bundledRules;
  const out = join(mkdtempSync(join(tmpdir(), 'douasn-rules-')), 'rules.cjs');
  esbuild.buildSync({
    entryPoints: [join(ROOT, 'tools', 'rules-pipeline.ts')],
    bundle: true,
    format: 'cjs',
    target: 'es2020',
    platform: 'node',
    outfile: out,
    logLevel: 'silent',
  });
  bundledRules = (require(out) as { runRules: typeof bundledRules }).runRules;
  return bundledRules as NonNullable<typeof bundledRules>;
}

/** CPU of the rules alone on `size` participants (src/core as bundled; no emulator, no vm). */
export function rulesCpuMs(size: number): number {
  const run = loadBundledRules();
  // only the sheets' values stay alive (as after getValues in Apps Script), not the emulated spreadsheet
  const values = sheetValues(synthWorkbook({ participants: size }));
  // collect the generator's garbage first (npm run bench runs node with --expose-gc), so it is not billed here
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  run(values);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

/** How far ahead of the careful script the add-on is, per feature at the largest size. */
function ahead(rows: readonly BenchRow[]): string[] {
  const out: string[] = [];
  const largest = Math.max(...rows.map((r) => r.size));
  for (const r of rows) {
    if (r.size !== largest || r.naiveSimSeconds === undefined || r.naiveCalls === undefined) continue;
    out.push(
      `  ${r.feature} (${r.size}): ${(r.naiveCalls / Math.max(1, r.calls)).toFixed(1)}× fewer calls, ${(r.naiveSimSeconds / Math.max(0.1, r.simSeconds)).toFixed(1)}× less simulated time`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? [100, 1000] : [100, 1000, 10000];
  // first, while the process is fresh (later workloads leave a large heap that the collector keeps visiting)
  const rules = sizes.map((size) => [size, rulesCpuMs(size)] as const);
  const rows = await benchCore(sizes);
  for (const ext of benchExtensions) rows.push(...(await ext(sizes)));
  console.log(formatTable(rows));
  console.log('\nAhead of the careful script (one read per sheet, one write per output row):');
  for (const line of ahead(rows.slice(0, benchCoreCount(sizes)))) console.log(line);
  const year: YearResult[] = [];
  for (const sc of quick ? YEAR_SCENARIOS.quick : YEAR_SCENARIOS.full) year.push(await benchYear(sc));
  console.log(
    '\nTahun penuh, formulir buatan add-on (kegiatan dan formulir bertambah, tidak hanya peserta):',
  );
  console.log(formatYear(year));
  console.log(
    '\nThe rules alone (src/core bundled by esbuild as shipped, in-process on the same data, no emulator):',
  );
  for (const [size, ms] of rules)
    console.log(`  ${String(size).padStart(6)} peserta: ${ms.toFixed(0)} ms CPU`);
  console.log(`\nSimulated seconds use the cost model: ${COST_MODEL_TEXT}.`);
  console.log(
    'Local CPU ms: this machine, the bundle running in node:vm against the emulator (emulator bookkeeping included); ' +
      'node runs with --single-threaded-gc so the figure is the one thread doing the work, collector included.',
  );
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
