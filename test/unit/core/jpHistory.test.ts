// Unit tests of JP across years and Capaian 20 JP (core/jpHistory.ts): a hand-made workbook of three years, two
// units, PNS and PPPK, imported sheets with damaged NIPs, and a Daftar ASN; every output recomputed independently
// below and compared cell for cell, plus figures worked out by hand.

import {
  buildHistory,
  countedJp,
  importSheetForm,
  jpCoverage,
  PPPK_JP_CAP,
  readJpImports,
  readRoster,
  rosterForYear,
  targetFor,
} from '../../../src/core/jpHistory';
import type { JpRow } from '../../../src/core/jpSummary';
import { checkNip } from '../../../src/core/nip';
import { Problems } from '../../../src/core/problems';
import { JP_IMPORT, OUTPUTS, SHEETS } from '../../../src/core/schema';
import { defaultSettings } from '../../../src/core/settings';
import { nipFor } from './_fixtures';

const settings = defaultSettings(); // target 20
const NOW = new Date(2026, 11, 10);
const HEADER = OUTPUTS.jp.columns.map((c) => c.header);
/** PPPK NI: born 1990-01-0d, TMT 2022, contract 1, male, serial d. */
const pppk = (d: number) => `1990010${d}20222110${String(d).padStart(2, '0')}`;
const [P1, P2, P3, P4, P5, P6] = [1, 2, 3, 4, 5, 6].map((i) => nipFor(i));
const [K1, K2] = [pppk(1), pppk(2)];

const own = (o: Partial<JpRow> & { nip: string; jp: number; unit: string }): JpRow => ({
  year: 2026,
  name: `Nama ${o.nip.slice(-3)}`,
  status: 'PNS',
  trainings: 1,
  target: 20,
  shortfall: Math.max(0, 20 - o.jp),
  achieved: o.jp >= 20,
  ...o,
});

/** A Rekap JP row as the output writes it (Tahun, NIP, Nama, Unit Kerja, Status Kepegawaian, Kegiatan, JP, …). */
const out = (year: unknown, nip: unknown, unit: string, status: string, jp: unknown) => [
  year,
  nip,
  `Nama ${String(nip).slice(-3)}`,
  unit,
  status,
  1,
  jp,
  20,
  0,
  'x',
];

const OWN: JpRow[] = [
  own({ nip: P1, jp: 20, unit: 'Dinas A' }), // a tie at the target: reached
  own({ nip: P2, jp: 19.99, unit: 'Dinas A' }),
  own({ nip: K1, jp: 30, unit: 'Dinas A', status: 'PPPK' }), // over the cap: 24 count
  own({ nip: P3, jp: 8, unit: 'Dinas B' }),
];

const SHEETS_IN = [
  { name: 'Kegiatan', values: [['Kode']] }, // not an import
  {
    name: 'Salinan Rekap JP',
    values: [
      HEADER,
      out(2024, P1, 'Dinas A', 'PNS', 12),
      out(2024, P4, 'Dinas B', 'PNS', 21),
      out('', P5, 'Dinas B', 'PNS', 5), // no year: not read
      out(2025, P1, 'Dinas A', 'PNS', 99), // Rekap JP 2025 has P1 2025: that one wins
      out(2026, P2, 'Dinas A', 'PNS', 40), // this workbook computes P2 2026: own wins
      out(2026, P5, 'Dinas B', 'PNS', 20), // 2026 but not in own: taken
    ],
  },
  {
    name: 'Rekap JP 2025',
    values: [
      HEADER,
      out(2025, P1, 'Dinas A', 'PNS', 24),
      out(2025, Number('198501012010011001'), 'Dinas A', 'PNS', 40), // a number: digits lost, never merged
      out(2025, '12345', 'Dinas B', 'PNS', 30), // invalid
      out('', K2, 'Dinas B', '', 26), // blank Tahun: the name's year; status from the NI; capped
      out(2025, P4, 'Dinas B', 'PNS', 20),
      out(2025, P4, 'Dinas B', 'PNS', 15), // the same NIP twice: the first row wins
      out(2024, P3, 'Dinas B', 'PNS', 10), // another year than the sheet's
      out(2025, P6, 'Dinas B', 'PNS', 'banyak'), // JP unreadable
    ],
  },
];

const ROSTER = [
  ['NIP', 'Nama', 'Unit Kerja', 'Status Kepegawaian', 'Tahun'],
  [P1, 'Ani', 'Dinas A', 'PNS', ''],
  [P2, 'Budi', 'Dinas A', '', ''],
  [K1, 'Citra', 'Dinas A', 'PPPK', ''],
  [P3, 'Dedi', 'Dinas B', '', ''],
  [P6, 'Eka', 'Dinas B', '', ''], // never trained: 0 JP, not reached
  [Number('198501012010011002'), 'Fajar', 'Dinas B', '', ''], // a number: reported, not counted
  [P3, 'Dedi lagi', 'Dinas B', '', ''], // duplicate
  [P4, 'Gita', 'Dinas B', 'PNS', 2024], // 2024 has its own list
];

function run() {
  const problems = new Problems();
  const imports = readJpImports(SHEETS_IN, problems, NOW);
  const history = buildHistory(OWN, imports, settings, problems);
  const roster = readRoster(ROSTER, { tz: 'Asia/Jakarta', problems, codes: new Map(), now: NOW });
  const coverage = jpCoverage(history, roster, settings, problems);
  return { problems, imports, history, roster, coverage };
}

describe('the fixture is what it says', () => {
  test('its NIPs are valid, PNS and PPPK as meant', () => {
    for (const n of [P1, P2, P3, P4, P5, P6]) expect(checkNip(n)).toMatchObject({ ok: true, kind: 'PNS' });
    for (const n of [K1, K2]) expect(checkNip(n)).toMatchObject({ ok: true, kind: 'PPPK' });
  });
  test('the import columns are Rekap JP headers', () => {
    for (const c of JP_IMPORT.columns) expect(HEADER).toContain(c.header);
  });
});

describe('the rule in one place', () => {
  test('PPPK: at most 24 JP count, the target never above 24; PNS: all JP', () => {
    expect(PPPK_JP_CAP).toBe(24);
    expect(countedJp(30, 'PPPK')).toBe(24);
    expect(countedJp(23.5, 'PPPK')).toBe(23.5);
    expect(countedJp(30, 'PNS')).toBe(30);
    expect(targetFor('PPPK', { targetJp: 20 })).toBe(20);
    expect(targetFor('PPPK', { targetJp: 30 })).toBe(24);
    expect(targetFor('PNS', { targetJp: 30 })).toBe(30);
  });
  test('sheet names: Rekap JP <tahun>, and a copy default name (case and spaces ignored)', () => {
    expect(importSheetForm('Rekap JP 2025')).toEqual({ year: 2025 });
    expect(importSheetForm('  rekap  jp 2024 ')).toEqual({ year: 2024 });
    expect(importSheetForm('Salinan Rekap JP')).toEqual({ year: null });
    expect(importSheetForm('Salinan dari Rekap JP 2')).toEqual({ year: null });
    expect(importSheetForm('Copy of Rekap JP')).toEqual({ year: null });
    for (const n of ['Rekap JP', 'Rekap JP Unit', 'Rekap JP 25', 'Riwayat JP', 'Rekap JP 2025 lama'])
      expect(importSheetForm(n)).toBeNull();
  });
});

describe('Riwayat JP', () => {
  test('by hand: one row per NIP and year, the source named, damaged rows left out', () => {
    const { history } = run();
    const got = history.map((h) => [h.nip, h.year, h.jp, h.countedJp, h.achieved, h.source, h.sourceRow]);
    const want = [
      [P1, 2024, 12, 12, false, 'Salinan Rekap JP', 2],
      [P1, 2025, 24, 24, true, 'Rekap JP 2025', 2],
      [P1, 2026, 20, 20, true, 'Rekap JP', 2],
      [P2, 2026, 19.99, 19.99, false, 'Rekap JP', 3],
      [P3, 2026, 8, 8, false, 'Rekap JP', 5],
      [P4, 2024, 21, 21, true, 'Salinan Rekap JP', 3],
      [P4, 2025, 20, 20, true, 'Rekap JP 2025', 6],
      [P5, 2026, 20, 20, true, 'Salinan Rekap JP', 7],
      [K1, 2026, 30, 24, true, 'Rekap JP', 4],
      [K2, 2025, 26, 24, true, 'Rekap JP 2025', 5],
    ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[1] as number) - (b[1] as number)));
    expect(got).toEqual(want);
    expect(history.find((h) => h.nip === K2)?.status).toBe('PPPK');
    expect(history.find((h) => h.nip === K1)?.note).toMatch(/PPPK: 30 JP, yang diakui 24 JP/);
    expect(history.every((h) => /^\d{18}$/.test(h.nip))).toBe(true);
  });

  test('each left-out row is in Masalah at its sheet, row and column, in Indonesian', () => {
    const { problems } = run();
    const at = (code: string) =>
      problems.list.filter((p) => p.code === code).map((p) => [p.sheet, p.row, p.column, p.level]);
    expect(at('jpImport.nipNumberTyped')).toEqual([['Rekap JP 2025', 3, 'NIP', 'Error']]);
    expect(at('jpImport.nipInvalid')).toEqual([['Rekap JP 2025', 4, 'NIP', 'Error']]);
    expect(at('jpImport.yearMissing')).toEqual([['Salinan Rekap JP', 4, 'Tahun', 'Error']]);
    expect(at('jpImport.yearMismatch')).toEqual([['Rekap JP 2025', 8, 'Tahun', 'Error']]);
    expect(at('jpImport.jpInvalid')).toEqual([['Rekap JP 2025', 9, 'JP', 'Error']]);
    expect(at('jpImport.duplicate')).toEqual([
      ['Rekap JP 2025', 7, 'NIP', 'Peringatan'],
      ['Salinan Rekap JP', 5, 'NIP', 'Peringatan'],
    ]);
    expect(at('jpImport.ownYear')).toEqual([['Salinan Rekap JP', 6, 'NIP', 'Peringatan']]);
    const numberTyped = problems.list.find((p) => p.code === 'jpImport.nipNumberTyped');
    expect(numberTyped?.message).toMatch(/tersimpan sebagai angka.*tidak dimasukkan ke Riwayat JP/);
    const dup = problems.list.find((p) => p.code === 'jpImport.duplicate' && p.sheet === 'Salinan Rekap JP');
    expect(dup?.message).toContain('"Rekap JP 2025" baris 2');
    // Daftar ASN: the number-typed NIP and the duplicate
    const roster = problems.list.filter((p) => p.sheet === SHEETS.roster.name);
    expect(roster.map((p) => [p.code, p.row])).toEqual(
      expect.arrayContaining([
        ['nip.numberTyped', 7],
        ['roster.duplicate', 8],
      ]),
    );
  });
});

/** The rules of Capaian 20 JP restated plainly, from Riwayat JP and Daftar ASN as the README states them. */
function reference(history: ReturnType<typeof run>['history'], roster: string[][] | unknown[][]) {
  const entries = roster
    .slice(1)
    .filter((r) => typeof r[0] === 'string')
    .map((r) => ({
      nip: r[0] as string,
      name: r[1] as string,
      unit: r[2] as string,
      status: (r[3] as string) || (checkNip(r[0]).kind as string),
      year: r[4] === '' ? null : (r[4] as number),
    }));
  const unique: typeof entries = [];
  for (const e of entries) if (!unique.some((u) => u.nip === e.nip && u.year === e.year)) unique.push(e);
  const years = [
    ...new Set([...history.map((h) => h.year), ...unique.flatMap((e) => (e.year ? [e.year] : []))]),
  ];
  years.sort();
  const cells: unknown[][] = [];
  for (const year of years) {
    const own = unique.filter((e) => e.year === year);
    const list = own.length ? own : unique.filter((e) => e.year === null);
    const counted = list.map((e) => {
      const h = history.find((x) => x.nip === e.nip && x.year === year);
      const jp = h ? (e.status === 'PPPK' ? Math.min(24, h.jp) : h.jp) : 0;
      return { unit: e.unit, status: e.status, jp, reached: jp >= 20, untrained: !h };
    });
    const units = [...new Set(counted.map((c) => `${c.unit}|${c.status}`))].sort((a, b) => {
      const [ua, sa] = a.split('|');
      const [ub, sb] = b.split('|');
      return ua < ub ? -1 : ua > ub ? 1 : sa === 'PNS' ? -1 : sb === 'PNS' ? 1 : 0;
    });
    for (const key of units) {
      const [unit, status] = key.split('|');
      const g = counted.filter((c) => c.unit === unit && c.status === status);
      const reached = g.filter((c) => c.reached).length;
      const total = Math.round(g.reduce((s, c) => s + c.jp, 0) * 100) / 100;
      cells.push([
        year,
        unit,
        status,
        g.length,
        reached,
        g.length - reached,
        Math.round((reached / g.length) * 100 * 100) / 100,
        20,
        total,
        Math.round((total / g.length) * 100) / 100,
        g.filter((c) => c.untrained).length,
        'Daftar ASN',
      ]);
    }
  }
  return cells;
}

describe('Capaian 20 JP', () => {
  test('with Daftar ASN: the whole unit, 0 JP not reached, PPPK capped; equals the plain restatement', () => {
    const { history, coverage } = run();
    const got = coverage.rows.map((r) => [
      r.year,
      r.unit,
      r.status,
      r.asn,
      r.reached,
      r.notReached,
      r.percent,
      r.target,
      r.totalJp,
      r.meanJp,
      r.untrained,
      r.basis,
    ]);
    expect(got).toEqual(reference(history, ROSTER));
    // by hand: 2026 Dinas A PNS = P1 (20, reached, a tie) + P2 (19.99): 1 of 2, 50 %; Dinas A PPPK = K1 (30 → 24)
    expect(got).toContainEqual([2026, 'Dinas A', 'PNS', 2, 1, 1, 50, 20, 39.99, 20, 0, 'Daftar ASN']);
    expect(got).toContainEqual([2026, 'Dinas A', 'PPPK', 1, 1, 0, 100, 20, 24, 24, 0, 'Daftar ASN']);
    // Dinas B PNS 2026: P3 8 JP and P6 never trained: 0 of 2; P5 (2026, from the copy) is not listed
    expect(got).toContainEqual([2026, 'Dinas B', 'PNS', 2, 0, 2, 0, 20, 8, 4, 1, 'Daftar ASN']);
    // 2024 has its own list (P4 only)
    expect(got.filter((r) => r[0] === 2024)).toEqual([
      [2024, 'Dinas B', 'PNS', 1, 1, 0, 100, 20, 21, 21, 0, 'Daftar ASN'],
    ]);
  });

  test('people of Riwayat JP missing from Daftar ASN are named once per year', () => {
    const { problems } = run();
    const notListed = problems.list.filter((p) => p.code === 'roster.notListed');
    expect(notListed.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^1 ASN punya JP tahun 2024 .*${P1}`)),
      expect.stringMatching(/^2 ASN punya JP tahun 2025/),
      expect.stringMatching(new RegExp(`^1 ASN punya JP tahun 2026 .*${P5}`)),
    ]);
  });

  test('without Daftar ASN: every NIP of Riwayat JP that year, the trend per year PNS and PPPK apart', () => {
    const problems = new Problems();
    const history = buildHistory(OWN, readJpImports(SHEETS_IN, problems, NOW), settings, problems);
    const c = jpCoverage(history, null, settings, problems);
    expect(c.years).toEqual([2024, 2025, 2026]);
    expect(c.rows.every((r) => r.basis === 'Peserta')).toBe(true);
    expect(c.rows.reduce((s, r) => s + r.asn, 0)).toBe(history.length);
    const y2026 = c.trend.find((t) => t.year === 2026);
    // PNS 2026: P1 20 ✓, P2 19.99 ✗, P3 8 ✗, P5 20 ✓ → 2/4; PPPK: K1 → 1/1
    expect(y2026).toEqual({
      year: 2026,
      pnsAsn: 4,
      pnsReached: 2,
      pnsPercent: 50,
      pppkAsn: 1,
      pppkReached: 1,
      pppkPercent: 100,
      basis: 'Peserta',
    });
    expect(c.trend.find((t) => t.year === 2024)?.pppkPercent).toBeNull();
    expect(problems.list.some((p) => p.code === 'roster.notListed')).toBe(false);
  });

  test('rosterForYear: that year’s rows, else the rows without a year, else none', () => {
    const { roster } = run();
    expect(rosterForYear(roster, 2024)?.map((e) => e.nip)).toEqual([P4]);
    expect(rosterForYear(roster, 2026)?.map((e) => e.nip)).toEqual([P1, P2, K1, P3, P6]);
    expect(rosterForYear(null, 2026)).toBeNull();
    expect(rosterForYear([], 2026)).toBeNull();
  });

  test('a sheet named for a year outside the window is not read', () => {
    const problems = new Problems();
    const rows = readJpImports(
      [{ name: 'Rekap JP 1999', values: [HEADER, out('', P1, 'A', 'PNS', 5)] }],
      problems,
      NOW,
    );
    expect(rows).toEqual([]);
    expect(problems.list.map((p) => p.code)).toEqual(['jpImport.sheetYear']);
  });
});
