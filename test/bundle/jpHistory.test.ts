// JP across years and Capaian 20 JP (issue 15 items 2–3) through the built bundle: earlier years' Rekap JP copied
// into the spreadsheet as `Rekap JP <tahun>`, an optional Daftar ASN, one click of Rekap JP writing Rekap JP, Rekap JP
// Unit, Riwayat JP, Capaian 20 JP and its trend chart; number-typed NIPs reported, never merged; calls stay flat.

import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { OUTPUTS, SHEETS } from '../../src/core/schema';
import type { JpResult, PreflightResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { nipFor } from '../unit/core/_fixtures';
import { harness, masalah, oneTraining, preflightAll, rowsByKey, testNip } from './harness';

const HEADER = OUTPUTS.jp.columns.map((c) => c.header);
/** PPPK NI: born 1990-01-0d, TMT 2022, contract 1, male, serial d. */
const pppk = (d: number) => `1990010${d}20222110${String(d).padStart(2, '0')}`;

/** A sheet as the admin gets it by copying an earlier Rekap JP in: NIP column plain text, then the rows. */
function copyIn(ss: FakeSpreadsheet, name: string, header: readonly string[], rows: unknown[][]): void {
  const sheet = ss.insertSheet(name);
  if (rows.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1);
  const nipCol = header.indexOf('NIP') + 1;
  sheet.getRange(1, nipCol, rows.length + 1, 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length + 1, header.length).setValues([[...header], ...rows]);
}

const old = (year: unknown, nip: unknown, unit: string, status: string, jp: number) => [
  year,
  nip,
  `ASN ${String(nip).slice(-2)}`,
  unit,
  status,
  1,
  jp,
  20,
  Math.max(0, 20 - jp),
  jp >= 20 ? 'Tercapai' : 'Belum Tercapai',
];

async function workbook() {
  const people = [1, 2, 3].map((d) => ({ nip: testNip(d), name: `Peserta ${d}` }));
  const h = await oneTraining('DOU-2026-01', people);
  copyIn(h.ss, 'Rekap JP 2025', HEADER, [
    old(2025, testNip(1), 'BKPSDM', 'PNS', 22),
    old(2025, testNip(4), 'Dinas Kesehatan', 'PNS', 12),
    old(2025, pppk(1), 'Dinas Kesehatan', 'PPPK', 30),
    old(2025, 'x', 'BKPSDM', 'PNS', 5),
  ]);
  // a NIP typed as a number in the old sheet (its cell not plain text): the digits are already lost
  h.ss
    .getSheetByName('Rekap JP 2025')!
    .getRange(5, 2)
    .setNumberFormat('0')
    .setValue(Number(testNip(5)));
  copyIn(h.ss, 'Salinan Rekap JP', HEADER, [
    old(2024, testNip(1), 'BKPSDM', 'PNS', 18),
    old(2025, testNip(4), 'Dinas Kesehatan', 'PNS', 40), // Rekap JP 2025 has it: not summed
  ]);
  return h;
}

describe('Riwayat JP and Capaian 20 JP in one click of Rekap JP', () => {
  test('Riwayat JP: one row per NIP and year, the source named, NIPs text, the number NIP reported not merged', async () => {
    const h = await workbook();
    const r = await h.call<JpResult>('computeJp');
    const rows = rowsByKey(h, OUTPUTS.jpHistory);
    expect(rows.map((x) => [x.nip, x.year, x.jp, x.countedJp, x.source, x.sourceRow])).toEqual([
      [testNip(1), 2024, 18, 18, 'Salinan Rekap JP', 2],
      [testNip(1), 2025, 22, 22, 'Rekap JP 2025', 2],
      [testNip(1), 2026, 2, 2, 'Rekap JP', 2],
      [testNip(2), 2026, 2, 2, 'Rekap JP', 3],
      [testNip(3), 2026, 2, 2, 'Rekap JP', 4],
      [testNip(4), 2025, 12, 12, 'Rekap JP 2025', 3],
      [pppk(1), 2025, 30, 24, 'Rekap JP 2025', 4],
    ]);
    for (const x of rows) expect(typeof x.nip).toBe('string');
    const nipColumn = OUTPUTS.jpHistory.columns.findIndex((c) => c.key === 'nip') + 1;
    const formats = h.ss
      .getSheetByName('Riwayat JP')!
      .getRange(2, nipColumn, rows.length, 1)
      .getNumberFormats();
    expect(formats.flat().every((f) => f === '@')).toBe(true);
    const problems = masalah(h);
    const at = () => problems.filter((p) => p.sheet === 'Rekap JP 2025' && p.row === 5);
    expect(at().map((p) => [p.level, p.column])).toEqual([['Error', 'NIP']]);
    expect(at()[0].message).toMatch(/tersimpan sebagai angka/);
    expect(
      problems.some((p) => p.sheet === 'Salinan Rekap JP' && p.row === 3 && /sudah diambil/.test(p.message)),
    ).toBe(true);
    expect(r.years.map((y) => [y.year, y.own, y.sources])).toEqual([
      [2024, false, ['Salinan Rekap JP']],
      [2025, false, ['Rekap JP 2025']],
      [2026, true, []],
    ]);
    expect(r.message).toMatch(/mencakup tahun 2024, 2025, 2026 \(2 lembar tahun sebelumnya\)/);
  });

  test('Capaian 20 JP per year, unit and status, its trend chart; the panel list says the year', async () => {
    const h = await workbook();
    const r = await h.call<JpResult>('computeJp');
    const cov = rowsByKey(h, OUTPUTS.jpCoverage);
    expect(cov.map((c) => [c.year, c.unit, c.status, c.asn, c.reached, c.percent, c.basis])).toEqual([
      [2024, 'BKPSDM', 'PNS', 1, 0, 0, 'Peserta'],
      [2025, 'BKPSDM', 'PNS', 1, 1, 100, 'Peserta'],
      [2025, 'Dinas Kesehatan', 'PNS', 1, 0, 0, 'Peserta'],
      [2025, 'Dinas Kesehatan', 'PPPK', 1, 1, 100, 'Peserta'],
      [2026, 'BKPSDM', 'PNS', 3, 0, 0, 'Peserta'],
    ]);
    expect(r.coverage).toHaveLength(cov.length);
    const trend = rowsByKey(h, OUTPUTS.jpTrend);
    expect(trend.map((t) => [t.year, t.pnsPercent, t.pppkPercent])).toEqual([
      ['2024', 0, ''],
      ['2025', 50, 100],
      ['2026', 0, ''],
    ]);
    const charts = h.ss
      .getSheetByName('Tren Capaian 20 JP')!
      .getCharts()
      .map((c) => (c as unknown as { _spec: { type: string; ranges: string[] } })._spec);
    expect(charts).toEqual([
      expect.objectContaining({
        type: 'COLUMN',
        ranges: ["'Tren Capaian 20 JP'!A1:A4", "'Tren Capaian 20 JP'!B1:C4"],
      }),
    ]);
    expect(r.below.map((b) => [b.year, b.unit, b.nip])).toEqual([
      [2026, 'BKPSDM', testNip(1)],
      [2026, 'BKPSDM', testNip(2)],
      [2026, 'BKPSDM', testNip(3)],
      [2025, 'Dinas Kesehatan', testNip(4)],
      [2024, 'BKPSDM', testNip(1)],
    ]);
  });

  test('with Daftar ASN: the whole unit counts, someone never trained is below with 0 JP; Setup never makes it', async () => {
    const h = await workbook();
    await h.call('runSetup');
    expect(h.ss.getSheetByName('Daftar ASN')).toBeNull();
    const header = SHEETS.roster.columns.map((c) => c.header);
    copyIn(h.ss, 'Daftar ASN', header, [
      [testNip(1), 'Peserta 1', 'BKPSDM', 'PNS', ''],
      [testNip(2), 'Peserta 2', 'BKPSDM', '', ''],
      [testNip(3), 'Peserta 3', 'BKPSDM', '', ''],
      [testNip(6), 'Belum Pernah', 'BKPSDM', '', ''],
      [testNip(4), 'Empat', 'Dinas Kesehatan', '', ''],
      [pppk(1), 'Pe Tiga Ka', 'Dinas Kesehatan', 'PPPK', ''],
    ]);
    const before = JSON.stringify(h.values('Daftar ASN'));
    const oldBefore = JSON.stringify(h.values('Rekap JP 2025'));
    const r = await h.call<JpResult>('computeJp');
    const cov = rowsByKey(h, OUTPUTS.jpCoverage).filter((c) => c.year === 2026);
    expect(cov.map((c) => [c.unit, c.status, c.asn, c.reached, c.untrained, c.basis])).toEqual([
      ['BKPSDM', 'PNS', 4, 0, 1, 'Daftar ASN'],
      ['Dinas Kesehatan', 'PNS', 1, 0, 1, 'Daftar ASN'],
      ['Dinas Kesehatan', 'PPPK', 1, 0, 1, 'Daftar ASN'],
    ]);
    const never = r.below.find((b) => b.nip === testNip(6) && b.year === 2026);
    expect(never).toMatchObject({ name: 'Belum Pernah', jp: 0, shortfall: 20, untrained: true });
    expect(r.years.every((y) => y.basis === 'Daftar ASN')).toBe(true);
    // nothing a person typed changes
    expect(JSON.stringify(h.values('Daftar ASN'))).toBe(before);
    expect(JSON.stringify(h.values('Rekap JP 2025'))).toBe(oldBefore);
    await h.call('runSetup');
    expect(JSON.stringify(h.values('Daftar ASN'))).toBe(before);
  });

  test('Masalah is the same whichever step ran last (every step reads the earlier years)', async () => {
    const h = await workbook();
    const seen: string[] = [];
    for (const fn of ['computeJp', 'runCheck', 'computeScores', 'computeEvaluation']) {
      await h.call(fn);
      seen.push(JSON.stringify(h.values('Masalah')));
    }
    expect(new Set(seen).size).toBe(1);
    expect(masalah(h).some((p) => p.sheet === 'Rekap JP 2025')).toBe(true);
  });
});

describe('the certificates do not depend on the earlier years', () => {
  test('Errors in a copied Rekap JP or in Daftar ASN never stop a certificate run', async () => {
    const h = await workbook();
    copyIn(
      h.ss,
      'Daftar ASN',
      SHEETS.roster.columns.map((c) => c.header),
      [['123', 'Salah', 'BKPSDM', '', '']],
    );
    await h.call('runCheck');
    const errors = masalah(h).filter(
      (p) => p.level === 'Error' && (p.sheet === 'Rekap JP 2025' || p.sheet === 'Daftar ASN'),
    );
    expect(errors.map((p) => [p.sheet, p.row])).toEqual([
      ['Daftar ASN', 2],
      ['Rekap JP 2025', 5],
    ]);
    const pre = await preflightAll<PreflightResult>(h);
    expect(pre.gate?.blocking).toEqual([]);
  });
});

describe('service calls stay flat: Rekap JP with 1 and 3 earlier years of 100 and 2,000 people', () => {
  async function calls(people: number, years: number): Promise<Record<string, number>> {
    const h = harness({ spreadsheet: synthWorkbook({ participants: people }) });
    for (let y = 0; y < years; y++) {
      const rows = Array.from({ length: people }, (_, i) =>
        old(2025 - y, nipFor(i), `Unit ${i % 7}`, 'PNS', (i * 3) % 31),
      );
      copyIn(h.ss, `Rekap JP ${2025 - y}`, HEADER, rows);
    }
    const roster = Array.from({ length: people }, (_, i) => [nipFor(i), `ASN ${i}`, `Unit ${i % 7}`, '', '']);
    copyIn(
      h.ss,
      'Daftar ASN',
      SHEETS.roster.columns.map((c) => c.header),
      roster,
    );
    await h.call('pullResponses');
    h.env.rt.resetCounters();
    await h.call('computeJp');
    return h.env.rt.snapshot();
  }
  // an output sheet past 1,000 rows is grown once; Masalah's links ask each problem sheet's ID once
  const GROW = 'SpreadsheetApp.Sheet.insertRowsAfter';
  const IDS = 'SpreadsheetApp.Sheet.getSheetId';
  // a new output sheet's place among the tabs reads every tab's name once (only when the sheet is made)
  const NAMES = 'SpreadsheetApp.Sheet.getName';
  const without = (c: Record<string, number>, ...keys: string[]) => {
    const out = new Map(Object.entries(c));
    for (const k of keys) out.delete(k);
    return [...out].sort();
  };

  test('the same calls for 100 and 2,000 people (but an output sheet grown past 1,000 rows once)', async () => {
    for (const years of [1, 3]) {
      const [small, large] = [await calls(100, years), await calls(2000, years)];
      expect(without(large, GROW, IDS)).toEqual(without(small, GROW, IDS));
      expect((large[GROW] ?? 0) - (small[GROW] ?? 0)).toBeLessThanOrEqual(6);
      expect(Math.abs((large[IDS] ?? 0) - (small[IDS] ?? 0))).toBeLessThanOrEqual(years + 1);
    }
  });

  test('each earlier year costs one read of its sheet', async () => {
    const [one, three] = [await calls(100, 1), await calls(100, 3)];
    const diff = Object.keys({ ...one, ...three })
      .filter((k) => k !== NAMES && k !== IDS)
      .map((k) => [k, (three[k] ?? 0) - (one[k] ?? 0)])
      .filter(([, n]) => n !== 0);
    expect(diff).toEqual([
      ['SpreadsheetApp.Range.getValues', 2],
      ['SpreadsheetApp.Sheet.getDataRange', 2],
    ]);
  });
});
