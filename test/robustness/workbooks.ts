// Messy-workbook generator for the robustness fuzz: fast-check arbitraries for input sheets, Formulir and response
// sheets (any header order, aliases, wrong types, formula-like text, broken NIPs), and a writer into the emulator.

import fc from 'fast-check';
import { type FakeSheet, FakeSpreadsheet } from '../../emulator/spreadsheet';
import { type ColumnDef, headerKey, SHEETS, type SheetDef } from '../../src/core/schema';

export type Cell = string | number | boolean | Date | null;

export interface SheetSpec {
  name: string;
  /** Row 1 and data rows, written exactly as a person's stored cells (strings stay strings, never parsed). */
  rows: Cell[][];
  /** Columns (0-based) formatted as plain text before the values, as Setup does for NIP and code columns. */
  textCols: number[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

// ---------------------------------------------------------------- value pools

export const VALID_NIPS = [
  '198501012010011001',
  '199001012015032002',
  '197903152005012003',
  '199411022020102001',
  '199203152023212001', // PPPK layout (digits 13–14 = 21)
];

/** Person-typed text that must come out exactly as typed (never a formula, never `#ERROR!`). */
export const TRICKY_TEXT = [
  '=Budi',
  '=1+1',
  '=HYPERLINK("http://x","y")',
  '+62812345',
  '-Ani',
  '@Citra',
  "'Dewi",
  'Ñoño Ümlaut 漢字 😀',
  '<img src=x onerror=alert(1)>',
  '  Eko  ',
  'x'.repeat(3000),
];

const NAMES = ['Budi Santoso', 'Siti Aminah', 'Rina', ...TRICKY_TEXT];

const CODES = ['DOU-01', 'DOU-02'];
/** Codes as a person may type them: the known ones, variants and unknown ones. */
const CODE_VARIANTS = [' DOU-01 ', 'dou-01', 'ZZZ-99', '=DOU-01', '-DOU-02', "'DOU-01", '', 12];

const nipVariant = (nip: string): fc.Arbitrary<Cell> =>
  fc.constantFrom<Cell>(
    nip,
    `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`,
    `${nip.slice(0, 8)}.${nip.slice(8, 14)}.${nip.slice(14, 15)}.${nip.slice(15)}`,
    `${nip.slice(0, 8)}-${nip.slice(8, 14)}-${nip.slice(14)}`,
    `'${nip}`,
    Number(nip), // an 18-digit number: digits already lost
    nip.slice(1), // 17 digits
    `${nip}9`,
  );

export const nipArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALID_NIPS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALID_NIPS).chain(nipVariant) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('abc', '', 'NIP', '=198501012010011001', true) },
);

const codeArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CODES) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(...CODE_VARIANTS) },
);

/** Any junk a cell can hold. */
export const junkArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(...TRICKY_TEXT, '', 'abc', 'TRUE', 'ya', '80,5', '1e400', '#N/A', '#ERROR!'),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom<Cell>(1.98501012010011e17, 0, -0, 1e300),
  fc.boolean(),
  fc.date({ min: new Date(1899, 11, 30), max: new Date(2100, 0, 1), noInvalidDate: true }),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

const dateArb: fc.Arbitrary<Cell> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.date({ min: new Date(2025, 0, 1), max: new Date(2027, 0, 1), noInvalidDate: true }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Cell>('24/11/2026', '2026-11-24', 'besok', 46350, '31/02/2026', '99/99/9999'),
  },
);
const timeArb: fc.Arbitrary<Cell> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 7, max: 16 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => new Date(1899, 11, 30, h, m)),
  },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('08:00', '8.30', 0.375, 'pagi', 25, '25:99') },
);
const numberArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(105, -5, 2.5, 80.005, '80', '80,5', 'abc', '') },
);
const boolArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('TRUE', 'ya', 'Hadir', 1, 0, 'x', '') },
);

function typedArb(col: ColumnDef): fc.Arbitrary<Cell> {
  switch (col.type) {
    case 'code':
      return codeArb;
    case 'nip':
      return nipArb;
    case 'date':
    case 'datetime':
      return dateArb;
    case 'time':
      return timeArb;
    case 'integer':
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 }) },
        { weight: 1, arbitrary: fc.constantFrom<Cell>(0, -1, 1.5, '2', 'dua', '') },
      );
    case 'number':
    case 'score':
    case 'percent':
      return numberArb;
    case 'bool':
      return boolArb;
    case 'choice': {
      const ch = (col as { choices?: readonly string[] }).choices ?? [];
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom<Cell>(...ch) },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Cell>('', 'lainnya', ch[0]?.toLowerCase() ?? 'x', ` ${ch[0]} `),
        },
      );
    }
    default:
      return fc.constantFrom<Cell>(...NAMES);
  }
}

const cellArb = (col: ColumnDef): fc.Arbitrary<Cell> =>
  fc.oneof({ weight: 10, arbitrary: typedArb(col) }, { weight: 1, arbitrary: junkArb });

// ---------------------------------------------------------------- input sheets

/** Header spelling for a column: canonical or an alias that names no other column, in odd case/spacing. */
function headerArb(def: SheetDef, col: ColumnDef): fc.Arbitrary<string> {
  const others = new Set(
    def.columns
      .filter((c) => c !== col)
      .flatMap((c) => [c.header, ...(c.aliases ?? [])])
      .map(headerKey),
  );
  const names = [col.header, ...(col.aliases ?? [])].filter(
    (n) => n === col.header || !others.has(headerKey(n)),
  );
  return fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('as-is', 'upper', 'lower', 'spaced'))
    .map(([n, style]) =>
      style === 'upper'
        ? n.toUpperCase()
        : style === 'lower'
          ? n.toLowerCase()
          : style === 'spaced'
            ? ` ${n}  `
            : n,
    );
}

/** Settings rows: known keys with good or junk values, unknown keys. */
const SETTING_KEYS = [
  'Menit per JP',
  'Target JP per Tahun',
  'Batas Kehadiran Sertifikat (%)',
  'Bobot Post-Test',
  'Bobot Keaktifan',
  'Bobot Tugas',
  'Bobot Kehadiran',
  'Jumlah Piagam',
  'Respons Ganda',
  'Skala Evaluasi',
  'Pengakuan JP',
  'Batas Predikat Memuaskan',
  'Batas Evaluasi Baik',
  'Format Nomor Sertifikat',
  'Kirim Email',
  'Kunci Tak Dikenal',
];
const settingValueArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(
    0,
    -10,
    45,
    100,
    1e9,
    'Pertama',
    'Terakhir',
    'Tertinggi',
    'Sesuai Kehadiran',
    'Ya',
    'Tidak',
  ),
  junkArb,
);

function inputSheetArb(def: SheetDef): fc.Arbitrary<SheetSpec> {
  const cols = def.columns;
  return fc
    .record({
      chosen: fc.shuffledSubarray([...cols], { minLength: 1 }),
      keepRequired: fc.oneof(
        { weight: 9, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      textFormat: fc.boolean(),
    })
    .chain(({ chosen, keepRequired, textFormat }) => {
      const set = new Set(chosen);
      if (keepRequired) for (const c of cols) if (c.required) set.add(c);
      const order = [...chosen, ...cols.filter((c) => set.has(c) && !chosen.includes(c))];
      const isSettings = def.name === SHEETS.settings.name;
      const rowArb: fc.Arbitrary<Cell[]> = fc.oneof(
        { weight: 8, arbitrary: fc.tuple(...order.map((c) => rowCellArb(def, c, isSettings))) },
        { weight: 1, arbitrary: fc.constant(order.map(() => null)) }, // a blank row in the middle
      );
      return fc
        .record({
          header: fc.tuple(...order.map((c) => headerArb(def, c))),
          rows: fc.array(rowArb, { minLength: isSettings ? 0 : 1, maxLength: isSettings ? 6 : 7 }),
          dup: fc.boolean(),
        })
        .map(({ header, rows, dup }) => {
          const body = dup && rows.length > 0 ? [...rows, rows[0]] : rows; // a duplicate row
          const textCols = textFormat
            ? order.flatMap((c, i) => (c.type === 'nip' || c.type === 'code' ? [i] : []))
            : [];
          return { name: def.name, rows: [header as Cell[], ...body], textCols };
        });
    });
}

function rowCellArb(def: SheetDef, col: ColumnDef, isSettings: boolean): fc.Arbitrary<Cell> {
  if (isSettings && col.key === 'key') return fc.constantFrom<Cell>(...SETTING_KEYS);
  if (isSettings && col.key === 'value') return settingValueArb;
  if (def.name === SHEETS.questions.name && col.key === 'key')
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom<Cell>('A', 'B', 'C', 'D') },
      { weight: 1, arbitrary: fc.constantFrom<Cell>('a', 'F', '', 1, 'AB') },
    );
  return cellArb(col);
}

// ---------------------------------------------------------------- Formulir and response sheets

const KINDS = ['Pre-Test', 'Post-Test', 'Evaluasi', 'Presensi', 'Pasca Pelatihan'] as const;
type Kind = (typeof KINDS)[number];

const scoreArb: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(
  '7 / 10',
  '10 / 10',
  '7 / 0',
  '0 / 0',
  '11 / 10',
  '',
  'abc',
  105,
  -3,
  50,
  '3/4',
);
const tsArb: fc.Arbitrary<Cell> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.date({ min: new Date(2026, 0, 1), max: new Date(2026, 11, 31), noInvalidDate: true }),
  },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('', 'kemarin', 46350.5, true) },
);
const gradeArb: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(1, 2, 3, 4, 5, 0, -1, 2.5, '3', 'abc', '');

interface ResponseDef {
  header: Cell[];
  cell: (i: number) => fc.Arbitrary<Cell>;
}

function responseDef(kind: Kind, english: boolean): ResponseDef {
  const ts = english ? 'Timestamp' : 'Stempel waktu';
  if (kind === 'Pre-Test' || kind === 'Post-Test') {
    const header: Cell[] = [
      ts,
      english ? 'Score' : 'Skor',
      'NIP',
      'Nama Lengkap',
      '1. Pertanyaan satu',
      '2. =Soal',
    ];
    const cells = [tsArb, scoreArb, nipArb, fc.constantFrom<Cell>(...NAMES)];
    return { header, cell: (i) => cells[i] ?? fc.oneof(fc.constantFrom<Cell>('Satu', 'Dua', ''), junkArb) };
  }
  if (kind === 'Presensi') {
    const cells = [
      tsArb,
      nipArb,
      fc.constantFrom<Cell>('Sesi 1: Materi', 'Sesi 2: =Materi', 'Sesi 99: x', 'abc', 2, ''),
    ];
    return { header: [ts, 'NIP', 'Sesi'], cell: (i) => cells[i] ?? junkArb };
  }
  const header: Cell[] =
    kind === 'Evaluasi'
      ? [
          ts,
          'Sesi 1: Materi — =Narasumber [Penguasaan materi]',
          'Sesi 7: Tidak ada — X [Y]',
          'Penyelenggaraan [Kesigapan panitia]',
          'Saran',
        ]
      : [ts, 'NIP', 'Pasca Pelatihan [Penerapan]', 'Pasca Pelatihan [=Dampak]'];
  return {
    header,
    cell: (i) =>
      i === 0
        ? tsArb
        : header[i] === 'NIP'
          ? nipArb
          : header[i] === 'Saran'
            ? fc.constantFrom<Cell>(...NAMES)
            : gradeArb,
  };
}

const ODD_HEADERS: Cell[] = ['', 42, true, 'NIP', '=SUM(A1)'];

interface FormEntry {
  code: Cell;
  kind: Cell;
  english: boolean;
  /** Lembar Respons as written in Formulir. */
  sheetName: string;
  /** Header and data rows of the response sheet. */
  rows: Cell[][];
  /** The registered sheet does not exist. */
  missing: boolean;
}

const kindOf = (k: Cell): Kind => ((KINDS as readonly Cell[]).includes(k) ? (k as Kind) : 'Pre-Test');

const formEntryArb: fc.Arbitrary<FormEntry> = fc
  .record({
    code: codeArb,
    kind: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom<Cell>(...KINDS) },
      { weight: 1, arbitrary: fc.constantFrom<Cell>('pre-test', 'Kuis', '') },
    ),
    english: fc.boolean(),
    oddHeader: fc.option(fc.constantFrom(...ODD_HEADERS), { nil: undefined }),
    missing: fc.oneof(
      { weight: 8, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
  })
  .chain(({ code, kind, english, oddHeader, missing }) => {
    const def = responseDef(kindOf(kind), english);
    const header = oddHeader === undefined ? def.header : [...def.header, oddHeader];
    const row = fc.tuple(...header.map((_, i) => def.cell(i)));
    return fc.array(row, { maxLength: 6 }).map((rows) => ({
      code,
      kind,
      english,
      missing,
      sheetName: `Respons ${String(kind)} ${String(code)}`.replace(/[:\\/?*[\]]/g, '-').slice(0, 31),
      rows: [header, ...rows],
    }));
  });

// ---------------------------------------------------------------- the workbook

const INPUT_DEFS: SheetDef[] = [
  SHEETS.settings,
  SHEETS.trainings,
  SHEETS.sessions,
  SHEETS.participants,
  SHEETS.attendance,
  SHEETS.scores,
  SHEETS.questions,
  SHEETS.aspects,
];

export const workbookArb: fc.Arbitrary<WorkbookSpec> = fc
  .record({
    inputs: fc.tuple(...INPUT_DEFS.map(inputSheetArb)),
    forms: fc.array(formEntryArb, { minLength: 1, maxLength: 5 }),
  })
  .map(({ inputs, forms }) => {
    const sheets: SheetSpec[] = [...inputs];
    const formRows: Cell[][] = [SHEETS.forms.columns.map((c) => c.header)];
    const used = new Set(sheets.map((s) => s.name.toLowerCase()));
    for (const f of forms) {
      const base = f.sheetName.trim() || 'Respons';
      let name = base;
      for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} ${n}`;
      formRows.push([f.code, f.kind, '', '', '', '', name, '']);
      if (f.missing) continue;
      used.add(name.toLowerCase());
      sheets.push({ name, rows: f.rows, textCols: [] });
    }
    sheets.push({ name: SHEETS.forms.name, rows: formRows, textCols: [0] });
    return { sheets };
  });

// ---------------------------------------------------------------- writing into the emulator

/** Stores the spec's cells as a person's typed values: strings stay exactly those strings (as if typed with `'`). */
export function writeWorkbook(spec: WorkbookSpec): FakeSpreadsheet {
  const ss = new FakeSpreadsheet({ name: 'Fuzz' });
  const first = ss._sheets[0];
  for (const s of spec.sheets) {
    const sheet = ss._insertSheet(s.name);
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    if (width > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    for (const c of s.textCols) sheet.getRange(1, c + 1, Math.max(1, s.rows.length), 1).setNumberFormat('@');
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        storeCell(sheet, r, c, v);
      });
    });
  }
  ss.deleteSheet(first);
  return ss;
}

function storeCell(sheet: FakeSheet, r: number, c: number, v: Cell): void {
  if (v === null || v === '') sheet._store(r, c, { value: null });
  else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    sheet._store(r, c, { value: v });
  else sheet._store(r, c, sheet._convert(v, ''));
}
