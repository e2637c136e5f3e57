// Fuzz of value domains (issue 11 items 2, 6, 7): numbers outside their domain, percent and other number formats,
// date windows and settings permutations. Property: no silent wrong result (every out-of-domain input is an Error
// naming its sheet, row and column, and no value read is outside its domain), never a crash.

import fc from 'fast-check';
import { type CellContext, cellReader, dateWindow } from '../../src/core/cellReaders';
import { Problems } from '../../src/core/problems';
import { type ColumnDef, OUTPUTS, SHEETS, type SheetKey } from '../../src/core/schema';
import {
  bandLabel,
  certificateSettingsBlocker,
  defaultSettings,
  parseSettings,
  SETTING_DEFS,
} from '../../src/core/settings';
import { harness, rowsByKey, testNip } from '../bundle/harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const ctx = (now = new Date(2026, 11, 2)): CellContext => ({
  tz: 'Asia/Jakarta',
  problems: new Problems(),
  codes: new Map(),
  now,
});

/** Every number column of every sheet the workbook reader reads, with its type. */
const NUMBER_COLUMNS = (Object.keys(SHEETS) as SheetKey[]).flatMap((sheet) =>
  (SHEETS[sheet].columns as readonly ColumnDef[])
    .filter((c) => ['integer', 'number', 'score', 'percent'].includes(c.type))
    .map((c) => ({ sheet, key: c.key, header: c.header, type: c.type, name: SHEETS[sheet].name })),
);

/** A raw cell and its number format, as getValues / getNumberFormats give them. */
const FORMATS = [
  'General',
  '0.###############',
  '0',
  '0.00',
  '#,##0',
  '0%',
  '0.00%',
  '#,##0.0%',
  '0"%"',
  '0\\%',
  '@',
];
const cellArb = fc.oneof(
  fc.record({ raw: fc.double({ min: -1e6, max: 1e6, noNaN: true }), fmt: fc.constantFrom(...FORMATS) }),
  fc.record({ raw: fc.integer({ min: -200, max: 20000 }), fmt: fc.constantFrom(...FORMATS) }),
  fc.record({ raw: fc.double({ min: 0, max: 1.2, noNaN: true }), fmt: fc.constantFrom('0%', '0.00%') }),
  fc.record({
    raw: fc
      .tuple(fc.integer({ min: -50, max: 150 }), fc.constantFrom('%', ' %', ',5%', '.25 %'))
      .map(([n, s]) => `${n}${s}`),
    fmt: fc.constantFrom('@', 'General'),
  }),
  fc.record({
    raw: fc.integer({ min: 0, max: 60000 }).map((d) => new Date(1899, 11, 30 + d, d % 24)),
    fmt: fc.constantFrom('dd/MM/yyyy', 'HH:mm', '[h]:mm'),
  }),
  fc.record({
    raw: fc.constantFrom('abc', '1e5', '--3', '', ' ', '١٢', 'Infinity'),
    fmt: fc.constant('General'),
  }),
);

/** What a percent-formatted or percent-typed cell shows, as a number; undefined when it is no percent. */
function shownPercent(raw: unknown, fmt: string): number | undefined {
  const pattern = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (typeof raw === 'number' && fmt !== '@' && pattern.includes('%')) return raw * 100;
  if (typeof raw === 'string') {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(raw);
    if (m) return Number(m[1].replace(',', '.'));
  }
  return undefined;
}

describe('fuzz: number cells by every column, format and route', () => {
  test('a value read is in its domain and means what the cell shows; anything else is an Error at the cell', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMBER_COLUMNS),
        cellArb,
        fc.integer({ min: 2, max: 5000 }),
        (col, c, row) => {
          const x = ctx();
          const grid: string[][] = [];
          grid[row - 1] = [c.fmt];
          const read = cellReader(col.sheet, {}, x, {
            grid,
            columns: new Map([[col.key, 0]]),
          }) as unknown as (r: { row: number; cells: Record<string, unknown> }, f: string) => number | null;
          const v = read({ row, cells: { [col.key]: c.raw } }, col.key);
          const problems = x.problems.list;
          const blank = c.raw === '' || (typeof c.raw === 'string' && c.raw.trim() === '');
          if (v === null) {
            // refused: named at its cell (a blank cell is only reported when its rule says so)
            if (!blank) {
              expect(problems).toHaveLength(1);
              expect(problems[0]).toMatchObject({ level: 'Error', sheet: col.name, row, column: col.header });
              expect(problems[0].message).not.toMatch(/undefined|NaN|\[object/);
            }
            return;
          }
          expect(problems).toEqual([]);
          expect(Number.isFinite(v)).toBe(true);
          const percentUnit = col.type === 'score' || col.type === 'percent';
          if (percentUnit) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
          }
          if (col.type === 'integer') expect(Number.isInteger(v)).toBe(true);
          expect(c.raw instanceof Date).toBe(false);
          const pct = shownPercent(c.raw, c.fmt);
          // a percent is read as the percent it shows, only where the unit is percent
          if (pct !== undefined) {
            expect(percentUnit).toBe(true);
            expect(v).toBeCloseTo(pct, 6);
          } else if (typeof c.raw === 'number') expect(v).toBe(c.raw);
        },
      ),
      { numRuns: RUNS * 3, seed: SEED },
    );
  });
});

describe('fuzz: date windows', () => {
  test('a date is used only inside 1/1/2000 … 31/12 of the run year + 2; outside, an Error at the cell', () => {
    const dateCols = (Object.keys(SHEETS) as SheetKey[]).flatMap((sheet) =>
      (SHEETS[sheet].columns as readonly ColumnDef[])
        .filter((c) => c.type === 'date')
        .map((c) => ({ sheet, key: c.key, header: c.header, name: SHEETS[sheet].name })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...dateCols),
        fc.integer({ min: -400, max: 110000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 2015, max: 2060 }),
        fc.boolean(),
        (col, days, hour, year, asText) => {
          const x = ctx(new Date(year, 5, 15));
          const d = new Date(1899, 11, 30 + days, hour);
          const raw = asText
            ? `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
            : d;
          const read = cellReader(col.sheet, {}, x) as unknown as (
            r: { row: number; cells: Record<string, unknown> },
            f: string,
          ) => Date | null;
          const v = read({ row: 7, cells: { [col.key]: raw } }, col.key);
          const w = dateWindow(x.now);
          const day = new Date(d.getFullYear(), d.getMonth(), d.getDate());
          const inside = day >= w.from && day <= w.to && d.getFullYear() >= 1000;
          if (inside) {
            expect(v).toEqual(day);
            expect(x.problems.list).toEqual([]);
          } else {
            expect(v).toBeNull();
            expect(x.problems.list).toEqual([
              expect.objectContaining({ level: 'Error', sheet: col.name, row: 7, column: col.header }),
            ]);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });
});

const PREDICATE_KEYS = SETTING_DEFS.filter((d) => d.key.startsWith('Batas Predikat')).map((d) => d.key);
const EVALUATION_KEYS = SETTING_DEFS.filter((d) => d.key.startsWith('Batas Evaluasi')).map((d) => d.key);
const WEIGHT_KEYS = SETTING_DEFS.filter((d) => d.key.startsWith('Bobot')).map((d) => d.key);
const NUMBER_DEFS = SETTING_DEFS.filter((d) => d.kind.t === 'number');

/** A setting's value as typed: a number, a number in a percent-formatted cell (the fraction), or text. */
const settingValueArb = fc.oneof(
  fc.record({
    value: fc.integer({ min: -10, max: 2000 }) as fc.Arbitrary<unknown>,
    format: fc.constant('General'),
  }),
  fc.record({
    value: fc.double({ min: 0, max: 100, noNaN: true }).map((n) => Math.round(n * 100) / 100),
    format: fc.constant('General'),
  }),
  fc.record({ value: fc.double({ min: 0, max: 1.1, noNaN: true }), format: fc.constantFrom('0%', '0.00%') }),
  fc.record({ value: fc.integer({ min: 0, max: 120 }).map((n) => `${n}%`), format: fc.constant('@') }),
  fc.record({ value: fc.constantFrom('', 'dua', '1e3', true), format: fc.constant('General') }),
);

/** The value a 0–100 percent setting takes from its cell, as the contract says; undefined when refused. */
function acceptedPercent(value: unknown, format: string): number | undefined {
  const pct = shownPercent(value, format);
  const n = pct ?? (typeof value === 'number' ? value : undefined);
  return n !== undefined && n >= 0 && n <= 100 ? Math.round(n * 1e9) / 1e9 : undefined;
}

describe('fuzz: settings permutations (band order shuffled, zero weights, extreme counts, percent cells)', () => {
  test('every group used is valid as a whole; a refused group is an Error at a typed cell and holds certificates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom(...NUMBER_DEFS.map((d) => d.key)), v: settingValueArb }), {
          maxLength: 14,
        }),
        fc.shuffledSubarray([...PREDICATE_KEYS, ...EVALUATION_KEYS]),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.boolean(),
        (extra, bandKeys, bandValues, zeroWeights) => {
          const typed: Array<{ key: string; value: unknown; format?: string }> = [];
          for (const [i, k] of bandKeys.entries())
            typed.push({ key: k, value: Math.round(bandValues[i] * 100) / 100 });
          if (zeroWeights) for (const k of WEIGHT_KEYS) typed.push({ key: k, value: 0 });
          for (const e of extra) typed.push({ key: e.key, value: e.v.value, format: e.v.format });
          const rows = typed.map((t, i) => ({ row: i + 2, key: t.key, value: t.value, format: t.format }));
          const { settings, problems } = parseSettings(rows);
          const errors = problems.list.filter((p) => p.level === 'Error');
          for (const p of problems.list) {
            expect(p.sheet).toBe('Pengaturan');
            expect(p.message).not.toMatch(/undefined|NaN|\[object/);
          }
          // every number setting inside its kind's range
          const d = defaultSettings();
          expect(
            settings.weightPost + settings.weightActivity + settings.weightTask + settings.weightAttendance,
          ).toBeGreaterThan(0);
          for (const list of ['predicateBands', 'evaluationBands'] as const) {
            const mins = settings[list].map((b) => b.min).slice(0, -1);
            for (let i = 1; i < mins.length; i++) expect(mins[i]).toBeLessThan(mins[i - 1]);
            for (const m of mins) {
              expect(m).toBeGreaterThanOrEqual(0);
              expect(m).toBeLessThanOrEqual(100);
            }
            // the labels a value gets fall as the value falls
            let last = -1;
            let monotone = true;
            for (let x = 100; x >= 0; x -= 0.5) {
              const i = settings[list].findIndex((b) => b.label === bandLabel(settings[list], x));
              if (i < last) monotone = false;
              last = i;
            }
            expect(monotone).toBe(true);
          }
          expect(settings.awardCount).toBeGreaterThanOrEqual(0);
          expect(settings.awardCount).toBeLessThanOrEqual(100);
          expect(Number.isInteger(settings.awardCount)).toBe(true);
          expect(settings.minutesPerJp).toBeGreaterThanOrEqual(1);
          expect(settings.attendanceThreshold).toBeLessThanOrEqual(100);
          expect(settings.evaluationScale).toBeGreaterThanOrEqual(2);
          // no silent change: a refused group is the defaults, an Error stands at a typed cell, certificates held
          const predicateTyped = new Map<string, number>();
          const firstRow = new Map<string, { value: unknown; format?: string }>();
          for (const t of typed) if (!firstRow.has(t.key)) firstRow.set(t.key, t);
          for (const k of PREDICATE_KEYS) {
            const t = firstRow.get(k);
            const n = t ? acceptedPercent(t.value, t.format ?? 'General') : undefined;
            if (n !== undefined) predicateTyped.set(k, n);
          }
          const predicateMins = PREDICATE_KEYS.map(
            (k) => predicateTyped.get(k) ?? Number(SETTING_DEFS.find((x) => x.key === k)?.default),
          );
          const ordered = predicateMins.every((m, i) => i === 0 || m < predicateMins[i - 1]);
          if (!ordered) {
            expect(settings.predicateBands).toEqual(d.predicateBands);
            expect(errors.some((p) => p.message.includes('Batas Predikat tidak berurutan'))).toBe(true);
            expect(certificateSettingsBlocker(settings)).not.toBeNull();
          }
          if (settings.refused.length) expect(errors.length).toBeGreaterThan(0);
          if (errors.some((p) => p.row !== null && /Bobot|Kehadiran|Predikat|Piagam|Menit/.test(p.message)))
            expect(certificateSettingsBlocker(settings)).not.toBeNull();
        },
      ),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });
});

describe('fuzz: the end result through the bundle (percent cells, dates, bands)', () => {
  const NIPS = [1, 2, 3, 4, 5].map(testNip);
  test('Rekap Nilai and Rekap JP carry no value outside its domain; every refused input is named', async () => {
    const cases = fc.sample(
      fc.record({
        posts: fc.array(cellArb, { minLength: 5, maxLength: 5 }),
        threshold: settingValueArb,
        start: fc.integer({ min: -10, max: 80000 }),
        bands: fc.shuffledSubarray(PREDICATE_KEYS, { minLength: 2, maxLength: 4 }),
      }),
      { numRuns: Number(process.env.FUZZ_BUNDLE_RUNS ?? 8), seed: SEED + 3 },
    );
    for (const c of cases) {
      const h = harness();
      await h.call('runSetup');
      const put = (name: string, rows: unknown[][]) => {
        const s = h.ss.getSheetByName(name)!;
        const head = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
        return { s, col: (header: string) => head.indexOf(header) + 1, rows };
      };
      const keg = put('Kegiatan', []);
      keg.s.getRange(2, keg.col('Kode')).setValue('K1');
      keg.s.getRange(2, keg.col('Tema')).setValue('Tema');
      keg.s.getRange(2, keg.col('Tanggal Mulai')).setNumberFormat('dd/MM/yyyy').setValue(c.start);
      const sesi = put('Sesi', []);
      sesi.s.getRange(2, sesi.col('Kode Kegiatan')).setValue('K1');
      sesi.s.getRange(2, sesi.col('Sesi')).setValue(1);
      sesi.s.getRange(2, sesi.col('JP')).setValue(4);
      const pes = put('Peserta', []);
      const nil = put('Nilai', []);
      NIPS.forEach((nip, i) => {
        pes.s.getRange(2 + i, pes.col('Kode Kegiatan')).setValue('K1');
        pes.s.getRange(2 + i, pes.col('NIP')).setValue(nip);
        pes.s.getRange(2 + i, pes.col('Nama')).setValue(`Peserta ${i}`);
        nil.s.getRange(2 + i, nil.col('Kode Kegiatan')).setValue('K1');
        nil.s.getRange(2 + i, nil.col('NIP')).setValue(nip);
        const post = nil.s.getRange(2 + i, nil.col('Post-Test'));
        post.setNumberFormat(c.posts[i].fmt);
        if (c.posts[i].raw !== '') post.setValue(c.posts[i].raw);
      });
      const set = h.ss.getSheetByName('Pengaturan')!;
      const keys = set
        .getDataRange()
        .getValues()
        .map((r) => String(r[0]));
      const cell = (k: string) => set.getRange(keys.indexOf(k) + 1, 2);
      cell('Batas Kehadiran Sertifikat (%)')
        .setNumberFormat(c.threshold.format)
        .setValue(c.threshold.value as never);
      // the chosen bands typed 60, 70, 80… in a random order of the bands: often out of order
      const typedBand = new Map<string, number>();
      for (const [i, k] of c.bands.entries()) {
        cell(k).setValue(60 + i * 10);
        typedBand.set(k, 60 + i * 10);
      }
      const mins = PREDICATE_KEYS.map(
        (k) => typedBand.get(k) ?? Number(SETTING_DEFS.find((x) => x.key === k)?.default),
      );
      const bandsOrdered = mins.every((m, i) => i === 0 || m < mins[i - 1]);
      await h.call('runCheck');
      await h.call('computeScores');
      await h.call('computeJp');
      const problems = rowsByKey(h, OUTPUTS.problems);
      for (const r of rowsByKey(h, OUTPUTS.results)) {
        for (const k of ['pre', 'post', 'finalScore', 'attendance'] as const) {
          if (r[k] === '') continue;
          expect(typeof r[k]).toBe('number');
          expect(r[k] as number).toBeGreaterThanOrEqual(0);
          expect(r[k] as number).toBeLessThanOrEqual(100);
        }
        const row = 2 + NIPS.indexOf(String(r.nip));
        const p = c.posts[NIPS.indexOf(String(r.nip))];
        const refused = problems.some(
          (x) => x.sheet === 'Nilai' && x.row === row && x.column === 'Post-Test',
        );
        // a Post-Test typed but not shown is refused at its cell
        if (r.post === '' && p.raw !== '' && !(typeof p.raw === 'string' && p.raw.trim() === ''))
          expect(refused).toBe(true);
        if (r.post !== '') {
          const pct = shownPercent(p.raw, p.fmt);
          expect(r.post).toBeCloseTo(pct ?? (p.raw as number), 2);
        }
      }
      const w = dateWindow(new Date());
      for (const r of rowsByKey(h, OUTPUTS.jp)) {
        expect(r.year as number).toBeGreaterThanOrEqual(w.from.getFullYear());
        expect(r.year as number).toBeLessThanOrEqual(w.to.getFullYear());
      }
      const d = new Date(1899, 11, 30 + c.start);
      if (d < w.from || d > w.to)
        expect(
          problems.some((x) => x.sheet === 'Kegiatan' && x.row === 2 && x.column === 'Tanggal Mulai'),
        ).toBe(true);
      // the predicate printed is the one of the bands in use: as typed when ordered, else the defaults
      const bands = defaultSettings().predicateBands;
      if (bandsOrdered) for (const [i, m] of mins.entries()) bands[i].min = m;
      for (const r of rowsByKey(h, OUTPUTS.results))
        if (r.finalScore !== '') expect(r.predicate).toBe(bandLabel(bands, r.finalScore as number));
      if (!bandsOrdered)
        expect(
          problems.some((x) => x.sheet === 'Pengaturan' && String(x.message).includes('tidak berurutan')),
        ).toBe(true);
    }
  });
});
