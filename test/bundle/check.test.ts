// "Periksa Data" through the bundle: the right problems at the right cells on messy workbooks, one read per sheet,
// and service calls that do not grow with the number of participants.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importXlsx } from '../../emulator/xlsx';
import { OUTPUTS } from '../../src/core/schema';
import type { CheckResult, ProblemView, SetupResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { harness, INPUT_SHEETS, masalah, ROOT } from './harness';

interface Expected {
  sheet: string;
  row: number | null;
  columns: string[];
  level: 'Error' | 'Peringatan';
  keywords: string[];
  why: string;
}

describe('Periksa Data on the messy fixture (exported from Sheets with real-world mess)', () => {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/messy.expected.json'), 'utf8')) as {
    problems: Expected[];
    mustNotReport: Array<{ sheet: string; row: number; why: string }>;
  };
  let problems: ProblemView[] = [];

  beforeAll(async () => {
    const ss = await importXlsx(join(ROOT, 'test/fixtures/messy.xlsx'));
    const h = harness({ spreadsheet: ss });
    await h.call<CheckResult>('runCheck');
    problems = masalah(h);
  });

  test.each(fixture.problems.map((p) => [`${p.sheet}!${p.row ?? ''} ${p.why}`, p] as const))(
    'reports %s',
    (_n, e) => {
      const hit = problems.find(
        (p) =>
          p.sheet === e.sheet &&
          (e.row === null ? p.row === null || p.row === 1 : p.row === e.row) &&
          e.columns.some((c) => c.toLowerCase() === p.column.toLowerCase()) &&
          p.level === e.level &&
          e.keywords.some((k) => `${p.message} ${p.suggestion}`.toLowerCase().includes(k.toLowerCase())),
      );
      // or folded under its cause (one row per cause, issue 14): the cause's row names this row among those it affects
      const folded = problems.find(
        (p) => e.row !== null && new RegExp(`${e.sheet} baris (\\d+, )*${e.row}\\b`).test(p.message),
      );
      if (!hit && !folded) {
        const near = problems.filter((p) => p.sheet === e.sheet && p.row === e.row);
        throw new Error(`missing: ${JSON.stringify(e)}\nat that row: ${JSON.stringify(near, null, 1)}`);
      }
    },
  );

  test('reports no Error where nothing is wrong', () => {
    for (const ok of fixture.mustNotReport) {
      const wrong = problems.filter((p) => p.sheet === ok.sheet && p.row === ok.row && p.level === 'Error');
      expect({ ...ok, errors: wrong }).toEqual({ ...ok, errors: [] });
    }
  });
});

describe('Periksa Data on the sample workbook', () => {
  test('names sheet, row and column in Indonesian and changes no input value', async () => {
    const ss = await importXlsx(join(ROOT, 'examples/dou-asn-contoh.xlsx'));
    const before = INPUT_SHEETS.map((n) => JSON.stringify(ss.getSheetByName(n)?._dump()));
    const h = harness({ spreadsheet: ss });
    const r = await h.call<CheckResult>('runCheck');
    expect(r.errors).toBeGreaterThan(0);
    const all = masalah(h);
    const numberNip = all.find((p) => p.sheet === 'Peserta' && p.column === 'NIP' && /angka/.test(p.message));
    expect(numberNip?.level).toBe('Error');
    expect(numberNip?.suggestion).toMatch(/teks/);
    expect(
      all.some((p) => p.sheet === 'Sesi' && p.column === 'Kode Kegiatan' && /DOU-2026-04/.test(p.message)),
    ).toBe(true);
    expect(all.some((p) => p.sheet === 'Nilai' && p.column === 'Keaktifan' && /105/.test(p.message))).toBe(
      true,
    );
    for (const p of all) {
      expect(p.sheet).not.toBe('');
      expect(p.message).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(INPUT_SHEETS.map((n) => JSON.stringify(ss.getSheetByName(n)?._dump()))).toEqual(before);
    expect(h.env.ss.toasts.at(-1)?.msg).toMatch(/Periksa Data selesai/);
  });

  test('reads every sheet with one getValues', async () => {
    const ss = await importXlsx(join(ROOT, 'examples/dou-asn-contoh.xlsx'));
    const h = harness({ spreadsheet: ss });
    await h.call('pullResponses');
    h.env.rt.resetCounters();
    await h.call('runCheck');
    const reads = h.env.rt.counts.get('SpreadsheetApp.Range.getValues') ?? 0;
    const sheetsRead = 9 /* inputs and ledgers */ + 2; /* the response store's two sheets */
    expect(reads).toBeLessThanOrEqual(sheetsRead + 1);
    expect(h.env.rt.counts.get('SpreadsheetApp.Range.getValue') ?? 0).toBe(0);
    expect(h.env.rt.counts.get('SpreadsheetApp.Range.setValues')).toBe(1);
  });
});

describe('service calls stay flat as rows grow', () => {
  async function callsFor(participants: number, fn: string): Promise<Record<string, number>> {
    const h = harness({ spreadsheet: synthWorkbook({ participants }) });
    await h.call('pullResponses');
    h.env.rt.resetCounters();
    await h.call(fn);
    return h.env.rt.snapshot();
  }

  test('Periksa Data makes the same calls for 100 and 10,000 participants', async () => {
    const small = await callsFor(100, 'runCheck');
    const large = await callsFor(10000, 'runCheck');
    // Masalah's links ask the ID of each sheet a problem is in: at most one per sheet, whatever the rows
    const ids = 'SpreadsheetApp.Sheet.getSheetId';
    const sheets = harness({ spreadsheet: synthWorkbook({ participants: 100 }) }).ss.getSheets().length;
    for (const c of [small, large]) expect(c[ids]).toBeLessThanOrEqual(sheets + 3);
    expect({ ...large, [ids]: 0 }).toEqual({ ...small, [ids]: 0 });
  });
});

describe('a title row above the Peserta header: Setup and the reader agree where the header is', () => {
  test('Siapkan Lembar Kerja again, then Periksa Data still reads every participant; no second header set', async () => {
    const ss = await importXlsx(join(ROOT, 'examples/dou-asn-contoh.xlsx'));
    const h = harness({ spreadsheet: ss });
    const plain = await h.call<CheckResult>('runCheck');
    const plainProblems = masalah(h);
    expect(plain.participants).toBeGreaterThan(100);

    const peserta = ss.getSheetByName('Peserta')!;
    peserta.insertRowsBefore(1, 2);
    peserta.getRange('A1').setValue('Daftar Peserta DOU ASN 2026');
    const titled = h.values('Peserta');
    await h.call<SetupResult>('runSetup');
    await h.call<SetupResult>('runSetup');
    expect(h.values('Peserta')).toEqual(titled);
    const headerCells = h
      .values('Peserta')
      .flat()
      .filter((v) => v === 'Kode Kegiatan' || v === 'NIP');
    expect(headerCells).toEqual(['Kode Kegiatan', 'NIP']);

    const r = await h.call<CheckResult>('runCheck');
    expect(r.participants).toBe(plain.participants);
    expect(r.errors).toBe(plain.errors);
    expect(r.warnings).toBe(plain.warnings);
    // the same problems, Peserta's rows two lower (also where a message names them: "Peserta baris 13", and in
    // Peserta's own "pada baris 2"); the rows of other sheets a cause lists stay
    const lower = (s: string, own: boolean) =>
      s.replace(own ? /\b(?:pada|Peserta) baris (\d+)/g : /Peserta baris (\d+)/g, (m, n) =>
        m.replace(n, String(Number(n) + 2)),
      );
    const shifted = plainProblems.map((p) => {
      const own = p.sheet === 'Peserta';
      return {
        ...p,
        row: own && p.row !== null ? p.row + 2 : p.row,
        message: lower(p.message, own),
        suggestion: lower(p.suggestion, own),
      };
    });
    expect(masalah(h)).toEqual(shifted);

    // the panel's "go to the cell" finds the column in the header row the readers use
    const nipProblem = shifted.find((p) => p.sheet === 'Peserta' && p.column === 'NIP' && p.row !== null);
    const nipCol = h.values('Peserta')[2].indexOf('NIP') + 1;
    const a1 = await h.call<string>('selectCell', 'Peserta', nipProblem?.row, 'NIP');
    expect(a1).toBe(`${String.fromCharCode(64 + nipCol)}${nipProblem?.row}`);
  });
});

describe('the problems Periksa Data returns carry their codes', () => {
  test('a training with no sessions and no participants: training.noSessions and training.noParticipants on its row', async () => {
    const ss = synthWorkbook({ participants: 10 });
    const h = harness({ spreadsheet: ss });
    const kegiatan = h.values('Kegiatan');
    const row = [...kegiatan[1]];
    row[kegiatan[0].indexOf('Kode')] = 'SIM-BARU';
    ss.getSheetByName('Kegiatan')!
      .getRange(kegiatan.length + 1, 1, 1, row.length)
      .setValues([row]);
    const r = await h.call<CheckResult>('runCheck');
    expect(
      r.problems
        .filter((p) => p.code?.startsWith('training.no'))
        .map((p) => [p.code, p.level, p.sheet, p.row, p.column]),
    ).toEqual([
      ['training.noParticipants', 'Peringatan', 'Kegiatan', kegiatan.length + 1, 'Kode'],
      ['training.noSessions', 'Peringatan', 'Kegiatan', kegiatan.length + 1, 'Kode'],
    ]);
    // Masalah shows the same problems, without a code column
    expect(masalah(h)).toEqual(r.problems.map(({ code: _, ...p }) => p));
    expect(h.values('Masalah')[0]).toEqual(OUTPUTS.problems.columns.map((c) => c.header));
  });
});
