// An independent reading of DESIGN §3.4/§4 `Analisis Soal` (item analysis) computed from a workbook in the emulator;
// written without reading src/core/itemAnalysis.ts, to be compared with the product cell for cell.
//
// Readings where DESIGN is silent (each can be switched to test the other reading):
// - Which responses count: one response per NIP and test, picked by `Respons Ganda` (§4.4, default the first by
//   timestamp), only NIPs that are valid (text, 18 digits after normalising) and on the training's roster
//   (`rosterOnly`). A blank or unknown answer counts as wrong; the denominator is the number of responses counted.
// - An answer is correct when it equals the text of the key's option (`Pilihan <Kunci>`), trimmed, or the key letter.
// - Benar (%) = round2(correct / n × 100); Peningkatan = Benar Post − Benar Pre from the shown values (§4: figures
//   from shown figures); Tingkat Kesukaran from the shown Benar Post-Test (%) / 100.
// - Daya Beda: only when n ≥ 10 post-test responses; groups by the score of the same post-test response (`Skor`
//   p / m × 100, else checked against Soal.Kunci with Bobot), highest first; ties at the cut broken by submission
//   time (earlier first into the upper group, i.e. later responses fall to the lower group); k = `kRounding`(0.27 n),
//   at least 1; D = round2(p_upper − p_lower).
// - A row for every Soal question of a training listed in Kegiatan, in Kegiatan then No order; blanks when no data.

import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { round2 } from './reference';

export type Cell = string | number | null;

export const ITEM_HEADERS = [
  'Kode Kegiatan',
  'No',
  'Pertanyaan',
  'Benar Pre-Test (%)',
  'Benar Post-Test (%)',
  'Peningkatan',
  'Tingkat Kesukaran',
  'Daya Beda',
  'Catatan',
] as const;

export interface ItemOptions {
  kRounding?: 'round' | 'floor' | 'ceil';
  rosterOnly?: boolean;
  /** Tie order at the 27% cut among equal scores. */
  ties?: 'time' | 'nip';
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
const hk = (h: unknown) =>
  String(h ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, '');
const txt = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

interface Table {
  rows: unknown[][];
  col(...names: string[]): number;
}

function table(ss: FakeSpreadsheet, name: string): Table | null {
  const sh = ss._sheet(name);
  if (!sh) return null;
  const d = sh._dump() as unknown[][];
  const keys = (d[0] ?? []).map(hk);
  return {
    rows: d.slice(1).filter((r) => r.some((v) => txt(v) !== '')),
    col: (...names) => {
      for (const n of names) {
        const i = keys.indexOf(hk(n));
        if (i >= 0) return i;
      }
      return -1;
    },
  };
}

const at = (r: unknown[], i: number) => (i < 0 ? '' : r[i]);

function nipOf(v: unknown): string | null {
  if (typeof v !== 'string') return null; // a number has lost digits (§4.1)
  const t = v
    .trim()
    .replace(/^'/, '')
    .replace(/[\s.-]/g, '');
  return /^\d{18}$/.test(t) ? t : null;
}

interface Question {
  no: number;
  text: string;
  key: string;
  keyText: string;
  weight: number;
}

interface Resp {
  nip: string;
  time: number;
  order: number;
  score: number | null;
  answers: Map<number, string>;
}

function readResponses(
  ss: FakeSpreadsheet,
  sheet: string,
  questions: Question[],
  roster: Set<string>,
  dup: string,
  opts: ItemOptions,
): Resp[] {
  const sh = ss._sheet(sheet);
  if (!sh) return [];
  const d = sh._dump() as unknown[][];
  const head = (d[0] ?? []).map(txt);
  const cTime = head.findIndex((h) => ['stempelwaktu', 'timestamp'].includes(hk(h)));
  const cScore = head.findIndex((h) => ['skor', 'score'].includes(hk(h)));
  const cNip = head.findIndex((h) => /nip/i.test(h));
  const items = new Map<number, number>();
  head.forEach((h, i) => {
    const m = h.match(/^(\d+)\.\s/);
    if (m) items.set(Number(m[1]), i);
  });
  const all: Resp[] = [];
  d.slice(1).forEach((r, order) => {
    const nip = nipOf(at(r, cNip));
    if (!nip || (opts.rosterOnly !== false && !roster.has(nip))) return;
    const tv = at(r, cTime);
    const time = isDate(tv) ? tv.getTime() : Number.POSITIVE_INFINITY;
    const answers = new Map<number, string>();
    for (const [no, c] of items) answers.set(no, txt(r[c]));
    let score: number | null = null;
    const sv = at(r, cScore);
    const m = typeof sv === 'string' ? sv.match(/^\s*(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*$/) : null;
    if (m && Number(m[2].replace(',', '.')) > 0)
      score = round2((Number(m[1].replace(',', '.')) / Number(m[2].replace(',', '.'))) * 100);
    else if (typeof sv === 'number') score = round2(sv);
    else if (cScore < 0 && questions.length) {
      let pts = 0;
      let max = 0;
      for (const q of questions) {
        max += q.weight;
        if (correct(q, answers.get(q.no) ?? '')) pts += q.weight;
      }
      if (max > 0) score = round2((pts / max) * 100);
    }
    all.push({ nip, time, order, score, answers });
  });
  const by = new Map<string, Resp[]>();
  for (const x of all) by.set(x.nip, [...(by.get(x.nip) ?? []), x]);
  const out: Resp[] = [];
  for (const list of by.values()) {
    const sorted = [...list].sort((a, b) => a.time - b.time || a.order - b.order);
    if (dup === 'terakhir') out.push(sorted[sorted.length - 1]);
    else if (dup === 'tertinggi')
      out.push(sorted.reduce((best, x) => ((x.score ?? -1) > (best.score ?? -1) ? x : best), sorted[0]));
    else out.push(sorted[0]);
  }
  return out;
}

const correct = (q: Question, a: string) => a !== '' && (a === q.keyText || a.toUpperCase() === q.key);

function difficulty(pct: number | null): string | null {
  if (pct === null) return null;
  const p = pct / 100;
  return p > 0.7 ? 'Mudah' : p >= 0.3 ? 'Sedang' : 'Sukar';
}

/** Expected `Analisis Soal` rows (without the header), Catatan left null (free text, not compared). */
export function referenceItems(ss: FakeSpreadsheet, opts: ItemOptions = {}): Cell[][] {
  const keg = table(ss, 'Kegiatan');
  const soal = table(ss, 'Soal');
  const peserta = table(ss, 'Peserta');
  const formulir = table(ss, 'Formulir');
  const peng = table(ss, 'Pengaturan');
  if (!keg || !soal) return [];
  let dup = 'pertama';
  if (peng) {
    const ck = peng.col('Pengaturan', 'Setting', 'Key');
    const cv = peng.col('Nilai', 'Value');
    for (const r of peng.rows) if (hk(at(r, ck)) === 'responsganda') dup = hk(at(r, cv)) || dup;
  }
  const codes: string[] = [];
  const kc = keg.col('Kode', 'Kode Kegiatan', 'Code', 'Training Code');
  for (const r of keg.rows) {
    const c = txt(at(r, kc));
    if (c && !codes.includes(c)) codes.push(c);
  }
  const out: Cell[][] = [];
  for (const code of codes) {
    const sc = soal.col('Kode Kegiatan', 'Kode');
    const qs: Question[] = [];
    for (const r of soal.rows) {
      if (txt(at(r, sc)) !== code) continue;
      const no = Number(at(r, soal.col('No', 'Nomor')));
      const key = txt(at(r, soal.col('Kunci', 'Key'))).toUpperCase();
      const w = at(r, soal.col('Bobot', 'Weight'));
      if (!Number.isInteger(no) || qs.some((q) => q.no === no)) continue;
      qs.push({
        no,
        text: txt(at(r, soal.col('Pertanyaan', 'Question'))),
        key,
        keyText: txt(at(r, soal.col(`Pilihan ${key}`, `Option ${key}`))),
        weight: typeof w === 'number' && w > 0 ? w : 1,
      });
    }
    qs.sort((a, b) => a.no - b.no);
    if (!qs.length) continue;
    const roster = new Set<string>();
    if (peserta) {
      const pc = peserta.col('Kode Kegiatan', 'Kode');
      const pn = peserta.col('NIP');
      for (const r of peserta.rows) {
        const n = txt(at(r, pc)) === code ? nipOf(at(r, pn)) : null;
        if (n) roster.add(n);
      }
    }
    const sheetOf = (kind: string) => {
      if (!formulir) return null;
      const fc = formulir.col('Kode Kegiatan', 'Kode');
      const fk = formulir.col('Jenis');
      const fs = formulir.col('Lembar Respons', 'Response Sheet');
      const row = formulir.rows.find((r) => txt(at(r, fc)) === code && txt(at(r, fk)) === kind);
      return row ? txt(at(row, fs)) : null;
    };
    const pre = readResponses(ss, sheetOf('Pre-Test') ?? '', qs, roster, dup, opts);
    const post = readResponses(ss, sheetOf('Post-Test') ?? '', qs, roster, dup, opts);
    const pct = (list: Resp[], q: Question) =>
      list.length
        ? round2((list.filter((x) => correct(q, x.answers.get(q.no) ?? '')).length / list.length) * 100)
        : null;
    // Daya Beda groups (§4): upper and lower 27% by post-test score when n ≥ 10.
    const scored = post.filter((x) => x.score !== null);
    const ranked = [...scored].sort(
      (a, b) =>
        (b.score as number) - (a.score as number) ||
        (opts.ties === 'nip' ? a.nip.localeCompare(b.nip) : a.time - b.time || a.order - b.order),
    );
    const n = ranked.length;
    const k = n >= 10 ? Math.max(1, Math[opts.kRounding ?? 'round'](0.27 * n)) : 0;
    const upper = ranked.slice(0, k);
    const lower = ranked.slice(n - k);
    for (const q of qs) {
      const bPre = pct(pre, q);
      const bPost = pct(post, q);
      const p = (g: Resp[]) => g.filter((x) => correct(q, x.answers.get(q.no) ?? '')).length / g.length;
      out.push([
        code,
        q.no,
        q.text,
        bPre,
        bPost,
        bPre !== null && bPost !== null ? round2(bPost - bPre) : null,
        difficulty(bPost),
        k > 0 ? round2(p(upper) - p(lower)) : null,
        null,
      ]);
    }
  }
  return out;
}
