// Robustness invariants (DESIGN §6) checked after each feature run on a generated workbook; returns readable violations.

import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { OUTPUTS } from '../../src/core/schema';
import { harness } from '../bundle/harness';
import type { WorkbookSpec } from './workbooks';
import { writeWorkbook } from './workbooks';

export const FEATURES = ['runCheck', 'computeScores', 'computeJp', 'computeEvaluation'] as const;
export const OUTPUT_NAMES = new Set<string>(Object.values(OUTPUTS).map((o) => o.name));

/** Output columns that carry a person's text through unchanged. */
const PERSON_TEXT: Record<string, string[]> = {
  'Rekap Nilai': ['Kode Kegiatan', 'Nama', 'Unit Kerja'],
  'Rekap JP': ['Nama', 'Unit Kerja'],
  'Rekap JP Unit': ['Unit Kerja'],
  'Rekap Evaluasi': ['Kode Kegiatan', 'Narasumber', 'Aspek'],
  'Analisis Soal': ['Kode Kegiatan', 'Pertanyaan'],
};
const NIP_COLS: Record<string, string> = { 'Rekap Nilai': 'NIP', 'Rekap JP': 'NIP' };

import { asText } from '../../src/core/cells';

const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';
const snap = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (isDate(x) ? `D:${(x as Date).getTime()}` : x)) ?? 'undefined';

/** Every input (non-output) sheet's stored values, for the before/after comparison. */
export function inputDump(ss: FakeSpreadsheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of ss._sheets) if (!OUTPUT_NAMES.has(s._name)) out[s._name] = snap(s._dump());
  return out;
}

/** A person's text as stored, trimmed, as shown (numbers, booleans, dates), and grid row labels `[…]` of headers. */
export function personTextOf(ss: FakeSpreadsheet): Set<string> {
  const personText = new Set<string>();
  for (const s of ss._sheets) {
    const dump = s._dump();
    if (dump.length === 0) continue;
    dump.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === '' || v === null) return;
        const t = typeof v === 'string' ? v : isDate(v) ? s._display(r, c) : String(v);
        // a Date in a text column is written as dd/MM/yyyy [HH:mm] (the product reads values, not each cell's
        // display format: that would be a second read per sheet); accept that reading of the same date too
        if (isDate(v)) personText.add(asText(v));
        personText.add(t);
        personText.add(t.trim());
        if (r === 0) for (const m of t.matchAll(/\[([^\]]*)\]/g)) personText.add(m[1].trim());
      });
    });
  }
  return personText;
}

export interface RunReport {
  violations: string[];
  results: Record<string, unknown>;
}

/** Runs the four features through the built bundle and checks the invariants after each. */
export async function runAndCheck(spec: WorkbookSpec, features = FEATURES): Promise<RunReport> {
  const ss = writeWorkbook(spec);
  const before = inputDump(ss);
  const personText = personTextOf(ss);
  const h = harness({ spreadsheet: ss });
  const violations: string[] = [];
  const results: Record<string, unknown> = {};
  for (const fn of features) {
    let r: { ok: boolean; error?: string } | null;
    try {
      r = (await h.addon.rpc(fn)) as typeof r;
    } catch (e) {
      violations.push(`${fn} melempar: ${(e as Error).message}`);
      continue;
    }
    results[fn] = r;
    if (!r) violations.push(`${fn} mengembalikan null`);
    else if (!r.ok && !(typeof r.error === 'string' && r.error.trim() !== ''))
      violations.push(`${fn} ok:false tanpa pesan`);
    else if (!r.ok && /TypeError|Cannot |undefined|is not a function|\bnull\b/.test(r.error ?? ''))
      violations.push(`${fn} ok:false dengan pesan teknis: ${r.error}`);
    violations.push(...checkOutputs(h.env.ss, personText, before).map((v) => `${fn}: ${v}`));
  }
  return { violations, results };
}

/** Violations of the output invariants and of "input unchanged" against `before`. */
export function checkOutputs(
  ss: FakeSpreadsheet,
  personText: Set<string>,
  before: Record<string, string>,
): string[] {
  const out: string[] = [];
  const after = inputDump(ss);
  for (const [name, v] of Object.entries(before))
    if (after[name] !== v) out.push(`lembar masukan ${name} berubah`);
  for (const s of ss._sheets) {
    if (!OUTPUT_NAMES.has(s._name)) continue;
    const dump = s._dump();
    if (dump.length === 0) continue;
    const formulas = s
      .getRange(1, 1, dump.length, dump[0].length)
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    if (formulas.length) out.push(`${s._name} berisi rumus ${JSON.stringify(formulas.slice(0, 3))}`);
    const head = dump[0].map(String);
    const body = dump.slice(1);
    for (const [ri, row] of body.entries()) {
      for (const [ci, v] of row.entries()) {
        if (v === '#ERROR!' && !personText.has('#ERROR!'))
          out.push(`${s._name}!${head[ci]} baris ${ri + 2}: #ERROR!`);
      }
      for (const col of PERSON_TEXT[s._name] ?? []) {
        const v = row[head.indexOf(col)];
        if (typeof v !== 'string' || v === '' || v === '(Tanpa Unit)' || v === 'Keseluruhan') continue;
        if (!personText.has(v))
          out.push(`${s._name}!${col} baris ${ri + 2}: ${JSON.stringify(v.slice(0, 40))} bukan teks masukan`);
      }
      const nipCol = NIP_COLS[s._name];
      if (nipCol) {
        const v = row[head.indexOf(nipCol)];
        if (typeof v !== 'string') out.push(`${s._name}!NIP baris ${ri + 2}: ${typeof v} ${String(v)}`);
      }
    }
    if (s._name === OUTPUTS.problems.name) out.push(...checkProblems(ss, head, body));
  }
  return out;
}

function checkProblems(ss: FakeSpreadsheet, head: string[], body: unknown[][]): string[] {
  const out: string[] = [];
  const at = (h: string) => head.indexOf(h);
  for (const [ri, row] of body.entries()) {
    const level = row[at('Tingkat')];
    const sheet = String(row[at('Lembar')] ?? '');
    const line = row[at('Baris')];
    const msg = String(row[at('Masalah')] ?? '');
    const where = `Masalah baris ${ri + 2}`;
    if (level !== 'Kesalahan' && level !== 'Peringatan')
      out.push(`${where}: Tingkat ${JSON.stringify(level)}`);
    if (sheet.trim() === '') out.push(`${where}: Lembar kosong (${msg.slice(0, 60)})`);
    if (msg.trim() === '') out.push(`${where}: Masalah kosong`);
    if (line !== '' && line !== null) {
      const target = ss._sheet(sheet);
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 1)
        out.push(`${where}: Baris ${JSON.stringify(line)}`);
      else if (!target) out.push(`${where}: Baris ${line} di lembar ${JSON.stringify(sheet)} yang tidak ada`);
      else if (line > target._lastRow())
        out.push(
          `${where}: Baris ${line} melewati lembar ${sheet} (${target._lastRow()} baris): ${msg.slice(0, 60)}`,
        );
    }
  }
  return out;
}
