// Value domains through the bundle (issue 11 items 2, 6, 7): a cell's number format is part of its meaning, dates
// outside a plausible window are refused, and settings are checked as a whole; each end result as the admin sees it.

import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { OUTPUTS, SHEETS, type SheetKey } from '../../src/core/schema';
import type { CheckResult, PreflightResult, ProblemView, SetupResult } from '../../src/shared/rpc';
import { type Harness, harness, masalah, rowsByKey, testNip } from './harness';

/** Rows typed below a sheet's header by column key (the header Setup wrote), strings parsed as typed. */
function type(ss: FakeSpreadsheet, key: SheetKey, rows: Array<Record<string, unknown>>): void {
  const def = SHEETS[key];
  const sheet = ss.getSheetByName(def.name)!;
  const head = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const at = (header: string) => head.indexOf(header);
  const grid = rows.map((r) => {
    const line: unknown[] = head.map(() => '');
    for (const [k, v] of Object.entries(r)) {
      const c = (def.columns as ReadonlyArray<{ key: string; header: string }>).find((x) => x.key === k)!;
      line[at(c.header)] = v;
    }
    return line;
  });
  sheet.getRange(2, 1, grid.length, head.length).setValues(grid);
}

/** Types a setting's value as a person would, into a cell whose format is automatic (so "90%" becomes 0.9, 0%). */
function typeSetting(ss: FakeSpreadsheet, key: string, typed: string): number {
  const sheet = ss.getSheetByName('Pengaturan')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === key) + 1;
  expect(row).toBeGreaterThan(0);
  const cell = sheet.getRange(row, 2);
  cell.setNumberFormat('General');
  cell.setValue(typed);
  return row;
}

const A = testNip(1);
const B = testNip(2);
const C = testNip(3);
const D = testNip(4);

/** One training K1 (two sessions of 2 JP), A at both sessions, B at one; K2 and K3 with implausible dates. */
async function workbook(): Promise<Harness> {
  const h = harness();
  await h.call<SetupResult>('runSetup');
  type(h.ss, 'trainings', [
    { code: 'K1', theme: 'Tema Satu', startDate: '24/11/2026', endDate: '25/11/2026' },
    { code: 'K2', theme: 'Tema Dua', startDate: '24/11/2026' },
    { code: 'K3', theme: 'Tema Tiga', startDate: '01/03/2100' },
  ]);
  // K2's start: a time typed into the date column, i.e. serial 0 shown as a date (30/12/1899)
  const kegiatan = h.ss.getSheetByName('Kegiatan')!;
  const head = kegiatan.getRange(1, 1, 1, kegiatan.getLastColumn()).getValues()[0];
  const startCol = head.indexOf('Tanggal Mulai') + 1;
  kegiatan.getRange(3, startCol).setNumberFormat('dd/MM/yyyy').setValue(0);
  type(h.ss, 'sessions', [
    { trainingCode: 'K1', number: 1, jp: 2 },
    { trainingCode: 'K1', number: 2, jp: 2 },
    { trainingCode: 'K2', number: 1, jp: 3 },
    { trainingCode: 'K3', number: 1, jp: 3 },
  ]);
  type(h.ss, 'participants', [
    { trainingCode: 'K1', nip: A, name: 'Ani' },
    { trainingCode: 'K1', nip: B, name: 'Budi' },
    { trainingCode: 'K2', nip: C, name: 'Citra' },
    { trainingCode: 'K3', nip: D, name: 'Dodi' },
  ]);
  type(h.ss, 'attendance', [
    { trainingCode: 'K1', session: 1, nip: A, present: true },
    { trainingCode: 'K1', session: 2, nip: A, present: true },
    { trainingCode: 'K1', session: 1, nip: B, present: true },
    { trainingCode: 'K1', session: 2, nip: B, present: false },
    { trainingCode: 'K2', session: 1, nip: C, present: true },
    { trainingCode: 'K3', session: 1, nip: D, present: true },
  ]);
  return h;
}

async function check(h: Harness): Promise<ProblemView[]> {
  await h.call<CheckResult>('runCheck');
  return masalah(h);
}

test('Batas Kehadiran typed "90%" (stored 0.9, format 0%): read as 90, a 50 % participant gets no certificate', async () => {
  const h = await workbook();
  typeSetting(h.ss, 'Batas Kehadiran Sertifikat (%)', '90%');
  // the premise: Sheets stored the typed percent as a fraction with a percent format
  const sheet = h.ss.getSheetByName('Pengaturan')!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'Batas Kehadiran Sertifikat (%)') + 1;
  expect(sheet.getRange(row, 2).getValue()).toBe(0.9);
  expect(sheet.getRange(row, 2).getNumberFormat()).toBe('0%');
  const problems = await check(h);
  expect(problems.filter((p) => p.sheet === 'Pengaturan')).toEqual([]);
  await h.call('computeScores');
  const rows = rowsByKey(h, OUTPUTS.results).filter((r) => r.trainingCode === 'K1');
  const by = new Map(rows.map((r) => [r.nip, r]));
  expect(by.get(B)).toMatchObject({ attendance: 50, certificate: 'Tidak' });
  expect(by.get(A)).toMatchObject({ attendance: 100, certificate: 'Ya' });
});

test('a Post-Test typed "85%" is 85 in Rekap Nilai; a JP typed "90%" is an Error at its cell', async () => {
  const h = await workbook();
  type(h.ss, 'scores', [
    { trainingCode: 'K1', nip: A, post: '85%' },
    { trainingCode: 'K1', nip: B, post: '72,5%' },
  ]);
  const sesi = h.ss.getSheetByName('Sesi')!;
  const jpCol = sesi.getRange(1, 1, 1, sesi.getLastColumn()).getValues()[0].indexOf('JP') + 1;
  sesi.getRange(3, jpCol).setValue('90%');
  const problems = await check(h);
  expect(problems.filter((p) => p.sheet === 'Nilai' && p.level === 'Error')).toEqual([]);
  expect(problems).toContainEqual(
    expect.objectContaining({
      level: 'Error',
      sheet: 'Sesi',
      row: 3,
      column: 'JP',
      message: 'JP "90%" ditulis atau diformat sebagai persen.',
    }),
  );
  await h.call('computeScores');
  const by = new Map(
    rowsByKey(h, OUTPUTS.results)
      .filter((r) => r.trainingCode === 'K1')
      .map((r) => [r.nip, r]),
  );
  expect(by.get(A)?.post).toBe(85);
  expect(by.get(B)?.post).toBe(72.5);
});

test('trainings dated 30/12/1899 or in 2100: an Error at the Kegiatan cell, and no JP credited for them', async () => {
  const h = await workbook();
  const problems = await check(h);
  const dates = problems.filter((p) => p.sheet === 'Kegiatan' && p.column === 'Tanggal Mulai');
  expect(dates).toEqual([
    expect.objectContaining({ level: 'Error', row: 3, message: expect.stringContaining('30/12/1899') }),
    expect.objectContaining({ level: 'Error', row: 4, message: expect.stringContaining('01/03/2100') }),
  ]);
  expect(dates[0].suggestion).toMatch(/jam atau angka/);
  await h.call('computeJp');
  const jp = rowsByKey(h, OUTPUTS.jp);
  expect(jp.map((r) => r.year)).not.toContain(1899);
  expect(jp.map((r) => r.year)).not.toContain(2100);
  for (const r of jp) if (r.nip === C || r.nip === D) expect(r.jp).toBe(0);
  expect(jp.filter((r) => r.nip === A).map((r) => [r.year, r.jp])).toEqual([[2026, 4]]);
});

test('predicate bands out of order: an Error at the cells, defaults used, and certificates are held', async () => {
  const h = await workbook();
  // Nilai Akhir = Post-Test alone
  for (const [k, v] of [
    ['Bobot Post-Test', '100'],
    ['Bobot Keaktifan', '0'],
    ['Bobot Tugas', '0'],
    ['Bobot Kehadiran', '0'],
  ])
    typeSetting(h.ss, k, v);
  const high = typeSetting(h.ss, 'Batas Predikat Sangat Memuaskan', '80,01');
  const low = typeSetting(h.ss, 'Batas Predikat Memuaskan', '90,01');
  type(h.ss, 'scores', [
    { trainingCode: 'K1', nip: A, post: '96,4' },
    { trainingCode: 'K1', nip: B, post: '92,8' },
  ]);
  const problems = (await check(h)).filter((p) => p.sheet === 'Pengaturan');
  expect(problems.map((p) => [p.level, p.row, p.column])).toEqual([
    ['Error', high, 'Nilai'],
    ['Error', low, 'Nilai'],
  ]);
  expect(problems[0].message).toMatch(/tidak berurutan.*nilai bawaan/);
  await h.call('computeScores');
  const by = new Map(
    rowsByKey(h, OUTPUTS.results)
      .filter((r) => r.trainingCode === 'K1')
      .map((r) => [r.nip, r]),
  );
  // not the swapped bands' Memuaskan / Sangat Memuaskan: the defaults, which the Error names
  expect(by.get(A)).toMatchObject({ finalScore: 96.4, predicate: 'Sangat Memuaskan' });
  expect(by.get(B)).toMatchObject({ finalScore: 92.8, predicate: 'Sangat Memuaskan' });
  const pre = await h.call<PreflightResult>('preflightCertificates');
  expect(pre.ok).toBe(false);
  expect(pre.errors.join('\n')).toMatch(/"Batas Predikat Sangat Memuaskan".*sertifikat belum dapat dibuat/);
  // nothing was made
  expect(h.env.drive._files().filter((f) => f.mimeType === 'application/pdf')).toEqual([]);
});
