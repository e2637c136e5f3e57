// Runs the built bundle on a workbook in the emulator and diffs its output sheets against the reference, cell for cell.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvironment } from '../../emulator/environment';
import { loadBundle } from '../../emulator/loader';
import { importXlsx } from '../../emulator/xlsx';
import {
  type Cell,
  HEADERS,
  type RefOptions,
  type RefOutputs,
  type Row,
  referenceFromBuffer,
} from './reference';

export const ROOT = join(__dirname, '..', '..');
const CODE = join(ROOT, 'dist', 'Code.js');

export type SheetKey = 'results' | 'jp' | 'jpUnits' | 'evaluation';

export const SHEET_NAMES: Record<SheetKey, string> = {
  results: 'Rekap Nilai',
  jp: 'Rekap JP',
  jpUnits: 'Rekap JP Unit',
  evaluation: 'Rekap Evaluasi',
};

/** Columns that identify a row, by sheet; the rest are compared cell for cell. */
const KEY_COLS: Record<SheetKey, string[]> = {
  results: ['Kode Kegiatan', 'NIP', 'Nama'],
  jp: ['Tahun', 'NIP'],
  jpUnits: ['Tahun', 'Unit Kerja'],
  evaluation: ['Kode Kegiatan', 'Jenis', 'Sesi', 'Aspek'],
};

export interface ProductRun {
  outputs: Record<SheetKey, Row[] | null>;
  messages: string[];
}

const norm = (v: unknown): Cell => {
  if (v === undefined || v === null || v === '') return null;
  if (Object.prototype.toString.call(v) === '[object Date]') return (v as Date).toISOString();
  return v as Cell;
};

/** Runs computeScores, computeJp, computeEvaluation through the bundle and reads the outputs back. */
export async function runProduct(buf: Buffer): Promise<ProductRun> {
  if (!existsSync(CODE)) throw new Error('dist/Code.js is missing: run `npx tsx tools/build.ts` first.');
  const ss = await importXlsx(buf, { name: 'reference' });
  const env = createEnvironment({ spreadsheet: ss, distDir: join(ROOT, 'dist') });
  const addon = loadBundle(env, CODE);
  const messages: string[] = [];
  for (const fn of ['computeScores', 'computeJp', 'computeEvaluation']) {
    const r = (await addon.rpc(fn)) as { ok: boolean; value?: { message: string }; error?: string } | null;
    messages.push(`${fn}: ${r?.ok ? r.value?.message : `GAGAL ${r?.error}`}`);
  }
  const outputs = {} as Record<SheetKey, Row[] | null>;
  for (const k of Object.keys(SHEET_NAMES) as SheetKey[]) {
    const sh = env.ss.getSheetByName(SHEET_NAMES[k]);
    if (!sh) {
      outputs[k] = null;
      continue;
    }
    const dump = sh._dump() as unknown[][];
    const head = (dump[0] ?? []).map((h) => String(h ?? ''));
    const want = HEADERS[k] as readonly string[];
    // Read by header name so a column order change shows as a header diff, not as shifted values.
    const idx = want.map((h) => head.indexOf(h));
    const rows = dump.slice(1).map((r) => idx.map((i) => (i < 0 ? '<kolom hilang>' : norm(r[i]))));
    outputs[k] = rows.filter((r) => r.some((c) => c !== null));
    if (idx.some((i) => i < 0)) messages.push(`${SHEET_NAMES[k]}: header ${JSON.stringify(head)}`);
  }
  return { outputs, messages };
}

const show = (v: Cell) => (v === null ? '(kosong)' : JSON.stringify(v));

/** Readable differences, one line each: `<sheet> [key] <column>: expected … actual …`. */
export function diffSheet(k: SheetKey, expected: Row[], actual: Row[] | null): string[] {
  const name = SHEET_NAMES[k];
  if (actual === null) return [`${name}: lembar tidak ada`];
  const cols = HEADERS[k] as readonly string[];
  const keyIdx = KEY_COLS[k].map((c) => cols.indexOf(c));
  const keyOf = (r: Row) => keyIdx.map((i) => String(r[i] ?? '')).join(' | ');
  const out: string[] = [];
  const act = new Map<string, Row>();
  for (const r of actual) {
    const key = keyOf(r);
    if (act.has(key)) out.push(`${name} [${key}]: baris ganda di produk`);
    act.set(key, r);
  }
  const exp = new Map(expected.map((r) => [keyOf(r), r.map((c) => (c === '' ? null : c))]));
  for (const [key, e] of exp) {
    const a = act.get(key);
    if (!a) {
      out.push(`${name} [${key}]: baris hilang (diharapkan ${JSON.stringify(e)})`);
      continue;
    }
    cols.forEach((c, i) => {
      if (keyIdx.includes(i)) return;
      if (k === 'results' && c === 'Keterangan') {
        // Free text: only whether a reason is given when there is no certificate.
        if (e[14] === 'Tidak' && a[i] === null) out.push(`${name} [${key}] Keterangan: alasan kosong`);
        return;
      }
      const ev = e[i];
      const av = a[i];
      const same = typeof ev === 'number' && typeof av === 'number' ? Math.abs(ev - av) < 1e-9 : ev === av;
      if (!same) out.push(`${name} [${key}] ${c}: diharapkan ${show(ev)}, produk ${show(av)}`);
    });
  }
  for (const [key, a] of act)
    if (!exp.has(key)) out.push(`${name} [${key}]: baris tambahan di produk ${JSON.stringify(a)}`);
  if (k === 'results' && out.length === 0) {
    // Order matters for Rekap Nilai (§3.4, §4.6): grouped by training, ranked by rank, unranked by name.
    const eo = expected.map(keyOf);
    const ao = actual.map(keyOf);
    const at = eo.findIndex((x, i) => x !== ao[i]);
    if (at >= 0) out.push(`${name} urutan baris ${at + 2}: diharapkan [${eo[at]}], produk [${ao[at]}]`);
  }
  return out;
}

export interface Comparison {
  diffs: Record<SheetKey, string[]>;
  expected: RefOutputs;
  product: ProductRun;
}

/** Diffs every output sheet; pass `product` to reuse one product run against another reading of the reference. */
export async function compareWorkbook(
  buf: Buffer,
  opts: RefOptions = {},
  run?: ProductRun,
): Promise<Comparison> {
  const expected = await referenceFromBuffer(buf, opts);
  const product = run ?? (await runProduct(buf));
  const diffs = {} as Record<SheetKey, string[]>;
  for (const k of Object.keys(SHEET_NAMES) as SheetKey[])
    diffs[k] = diffSheet(k, expected[k], product.outputs[k]);
  return { diffs, expected, product };
}
