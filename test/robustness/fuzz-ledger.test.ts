// Ledger fuzz: random sequences of the edits an admin makes to the `Sertifikat` ledger and to Drive between
// certificate runs (a row deleted, a NIP retyped, a header renamed, two columns swapped, the header row deleted, a
// formula in Nomor, a PDF trashed or deleted for good, a PDF cell cleared for re-issue, a newcomer, an undo), each
// followed by a run through the built bundle. Properties: no number printed on a file is ever changed, reused or
// issued twice; no certificate has two live PDFs; a run that stops makes nothing and its message names a cell (or
// the file); a run that goes through leaves a ledger that agrees with every file it links.

import fc from 'fast-check';
import type { FakeSheet } from '../../emulator/spreadsheet';
import { SHEETS } from '../../src/core/schema';
import type { CertificateProgress } from '../../src/shared/rpc';
import { synthNip, synthWorkbook } from '../../tools/synth';
import { type Harness, harness, startAll } from '../bundle/harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const NAME = SHEETS.certificates.name;
/** What the runs reached (so a fuzz that only hits early stops is seen). */
const tally = { madeLater: 0 };

type Edit =
  | { t: 'deleteRow'; at: number }
  | { t: 'retypeNip'; at: number; nip: number }
  | { t: 'renameHeader'; header: 'Nomor' | 'NIP' | 'Status' | 'PDF' | 'Nama' }
  | { t: 'swapColumns'; a: number; b: number }
  | { t: 'deleteHeaderRow' }
  | { t: 'formulaInNumber'; at: number }
  | { t: 'trashPdf'; at: number }
  | { t: 'deletePdf'; at: number }
  | { t: 'clearPdfCell'; at: number }
  | { t: 'newcomer' }
  | { t: 'undoLedger' }
  | { t: 'untrashAll' };

const at = fc.nat({ max: 30 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  at.map((i) => ({ t: 'deleteRow' as const, at: i })),
  fc.record({ t: fc.constant('retypeNip' as const), at, nip: fc.integer({ min: 500, max: 520 }) }),
  fc
    .constantFrom('Nomor', 'NIP', 'Status', 'PDF', 'Nama')
    .map((header) => ({ t: 'renameHeader' as const, header: header as 'Nomor' })),
  fc.record({
    t: fc.constant('swapColumns' as const),
    a: fc.nat({ max: 11 }),
    b: fc.nat({ max: 11 }),
  }),
  fc.constant({ t: 'deleteHeaderRow' as const }),
  at.map((i) => ({ t: 'formulaInNumber' as const, at: i })),
  at.map((i) => ({ t: 'trashPdf' as const, at: i })),
  at.map((i) => ({ t: 'deletePdf' as const, at: i })),
  at.map((i) => ({ t: 'clearPdfCell' as const, at: i })),
  fc.constant({ t: 'newcomer' as const }),
  fc.constant({ t: 'undoLedger' as const }),
  fc.constant({ t: 'untrashAll' as const }),
);
/** Steps: some edits, then a run. */
const scenarioArb = fc.array(fc.array(editArb, { minLength: 1, maxLength: 2 }), {
  minLength: 2,
  maxLength: 4,
});

interface World {
  h: Harness;
  /**
   * Participants held back, added one by one as newcomers: their Peserta row and their rows of every other sheet
   * (attendance, scores, responses), held back too so that nothing of theirs is an Error while they are not enrolled.
   */
  later: Array<Array<{ sheet: string; row: unknown[] }>>;
  /** The ledger as the last run that went through left it (values and number formats), for "undo". */
  good: { values: unknown[][]; formats: string[][] } | null;
  /** Every number ever printed on a file, by file id, with the certificate key it was printed for. */
  printed: Map<string, { key: string; number: string }>;
}

const sheetOf = (h: Harness, name: string): FakeSheet => {
  const s = h.ss.getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

function snapshotLedger(h: Harness): World['good'] {
  const s = sheetOf(h, NAME);
  const r = s.getDataRange();
  return { values: r.getValues() as unknown[][], formats: r.getNumberFormats() };
}

async function world(): Promise<World> {
  const ss = synthWorkbook({ participants: 10, trainings: 1 });
  const h = harness({ spreadsheet: ss });
  const people = sheetOf(h, SHEETS.participants.name);
  const rows = people._dump() as unknown[][];
  const nips = rows.slice(-2).map((r) => String(r[1]));
  const later = nips.map(() => [] as Array<{ sheet: string; row: unknown[] }>);
  // each sheet's rows of the held-back NIPs, Peserta's first, deleted from the bottom up
  for (const sheet of [people, ...h.ss.getSheets().filter((x) => x !== people)]) {
    const values = sheet._dump() as unknown[][];
    for (let i = values.length - 1; i >= 1; i--) {
      const who = nips.findIndex((n) => values[i].some((c) => String(c) === n));
      if (who < 0) continue;
      later[who].unshift({ sheet: sheet.getName(), row: values[i] });
      sheet.deleteRow(i + 1);
    }
  }
  await h.call('pullResponses');
  await h.call('createTemplates');
  return { h, later, good: null, printed: new Map() };
}

function pdfFiles(h: Harness) {
  return h.env.drive._files().filter((f) => f.mimeType === 'application/pdf' && f.appProperties.douasnKey);
}

function dataRows(h: Harness): number {
  return Math.max(0, sheetOf(h, NAME).getLastRow() - 1);
}

function pdfIdAt(h: Harness, row: number): string | null {
  const values = sheetOf(h, NAME)._dump() as unknown[][];
  for (const cell of values[row - 1] ?? []) {
    const m = /\/file\/d\/([^/]+)/.exec(String(cell));
    if (m) return m[1];
  }
  return null;
}

function apply(w: World, e: Edit): void {
  const { h } = w;
  const s = sheetOf(h, NAME);
  const n = dataRows(h);
  const head = (s._dump() as unknown[][])[0] ?? [];
  const col = (name: string) => head.indexOf(name) + 1;
  const row = (i: number) => 2 + (n ? i % n : 0);
  switch (e.t) {
    case 'deleteRow':
      if (n > 1) s.deleteRow(row(e.at));
      return;
    case 'retypeNip':
      if (n && col('NIP')) s.getRange(row(e.at), col('NIP')).setValue(synthNip(e.nip));
      return;
    case 'renameHeader':
      if (col(e.header)) s.getRange(1, col(e.header)).setValue(`${e.header} (lama)`);
      return;
    case 'swapColumns': {
      const last = s.getLastRow();
      if (e.a === e.b || !last) return;
      const a = s.getRange(1, e.a + 1, last, 1);
      const b = s.getRange(1, e.b + 1, last, 1);
      const [va, vb, fa, fb] = [a.getValues(), b.getValues(), a.getNumberFormats(), b.getNumberFormats()];
      // a column moved with its formats, as cut and paste does
      a.setNumberFormats(fb);
      b.setNumberFormats(fa);
      a.setValues(vb);
      b.setValues(va);
      return;
    }
    case 'deleteHeaderRow':
      if (s.getLastRow() > 1) s.deleteRow(1);
      return;
    case 'formulaInNumber':
      if (n && col('Nomor')) s.getRange(row(e.at), col('Nomor')).setFormula('=1+1');
      return;
    case 'trashPdf':
    case 'deletePdf': {
      const id = n ? pdfIdAt(h, row(e.at)) : null;
      const f = id ? h.env.drive._get(id) : undefined;
      if (!f) return;
      if (e.t === 'trashPdf') f.trashed = true;
      else h.env.drive._deleteForever(f.id);
      return;
    }
    case 'clearPdfCell':
      if (n && col('PDF')) s.getRange(row(e.at), col('PDF')).setValue('');
      return;
    case 'newcomer': {
      const rows = w.later.shift();
      if (!rows) return;
      for (const { sheet, row } of rows) {
        const target = sheetOf(h, sheet);
        const r = target.getLastRow() + 1;
        const nipCol = (target._dump() as unknown[][])[0].indexOf('NIP') + 1;
        if (nipCol > 0) target.getRange(r, nipCol).setNumberFormat('@');
        target.getRange(r, 1, 1, row.length).setValues([row]);
      }
      return;
    }
    case 'undoLedger': {
      if (!w.good) return;
      s.clear();
      const { values, formats } = w.good;
      const r = s.getRange(1, 1, values.length, values[0].length);
      r.setNumberFormats(formats);
      r.setValues(values);
      return;
    }
    case 'untrashAll':
      for (const f of pdfFiles(h)) f.trashed = false;
      return;
  }
}

/** One run (start, then batches until it leaves 'running'); the violations of the properties it shows. */
async function runAndJudge(w: World, label: string): Promise<string[]> {
  const { h } = w;
  const out: string[] = [];
  const before = new Set(pdfFiles(h).map((f) => f.id));
  let p = await startAll(h);
  for (let i = 0; i < 30 && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  const files = pdfFiles(h);
  const made = files.filter((f) => !before.has(f.id));
  if (label !== 'first run') tally.madeLater += made.length;
  if (p.state === 'error') {
    if (made.length) out.push(`${label}: a run that stopped made ${made.length} file(s): ${p.message}`);
    if (!/baris \d+|berkas|judul/.test(p.message))
      out.push(`${label}: the stop names no cell or file: ${p.message}`);
  }
  // every number printed once, on one certificate, and never changed on its file
  for (const f of files) {
    const was = w.printed.get(f.id);
    const now = { key: f.appProperties.douasnKey, number: f.appProperties.douasnNumber };
    if (was && (was.key !== now.key || was.number !== now.number))
      out.push(`${label}: file ${f.name} changed from ${JSON.stringify(was)} to ${JSON.stringify(now)}`);
    if (!was) {
      for (const [id, other] of w.printed)
        if (other.number === now.number && other.key !== now.key && id !== f.id)
          out.push(`${label}: number ${now.number} printed again for ${now.key} (first for ${other.key})`);
      w.printed.set(f.id, now);
    }
  }
  const live = new Map<string, number>();
  for (const f of files)
    if (!f.trashed) live.set(f.appProperties.douasnKey, (live.get(f.appProperties.douasnKey) ?? 0) + 1);
  for (const [k, c] of live) if (c > 1) out.push(`${label}: ${c} live PDFs for ${k}`);
  if (p.state === 'done') {
    // the ledger agrees with every file it links
    const [head, ...rows] = sheetOf(h, NAME)._dump() as unknown[][];
    const c = (name: string) => head.indexOf(name);
    const byId = new Map(files.map((f) => [f.id, f]));
    for (const r of rows) {
      const id = /\/file\/d\/([^/]+)/.exec(String(r[c('PDF')]))?.[1];
      const f = id ? byId.get(id) : undefined;
      if (!f) continue;
      const key = `${r[c('Kode Kegiatan')]}|${r[c('Jenis')]}|${r[c('NIP')]}`;
      if (String(r[c('Nomor')]) !== f.appProperties.douasnNumber || key !== f.appProperties.douasnKey)
        out.push(
          `${label}: ledger says ${r[c('Nomor')]} ${key}, its file ${f.appProperties.douasnNumber} ${f.appProperties.douasnKey}`,
        );
    }
    w.good = snapshotLedger(h);
  }
  return out;
}

describe('fuzz: ledger edits between certificate runs', () => {
  test('no printed number is changed, reused or issued twice; a stopped run makes nothing and names the cell', async () => {
    let stops = 0;
    let dones = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (steps) => {
        const w = await world();
        const violations = await runAndJudge(w, 'first run');
        expect(violations).toEqual([]);
        for (const [i, edits] of steps.entries()) {
          for (const e of edits) apply(w, e);
          const v = await runAndJudge(w, `step ${i + 1} ${JSON.stringify(edits)}`);
          expect(v).toEqual([]);
        }
        const last = await w.h.call<CertificateProgress>('certificateStatus');
        if (last.state === 'error') stops++;
        else dones++;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // the generator reaches both outcomes
    expect(stops).toBeGreaterThan(0);
    expect(dones).toBeGreaterThan(0);
    // and files are made after edits (newcomers, re-issues), not only on the first run
    expect(tally.madeLater).toBeGreaterThan(0);
  }, 120_000);
});
