// core/xlsx read back by ExcelJS (a reader written apart from it) and, for the container, by JSZip and unzip -t.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { columnName, type XlsxSheet, xlsxBytes, xlsxSheetNames, xmlChars } from '../../../src/core/xlsx';

const UNZIP = '/usr/bin/unzip';
const SEED = Number(process.env.FUZZ_SEED ?? 20260301);
const NIP = '198501012010011001';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The archive's parts as text, by name, in the archive's order. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

/** XML 1.0's Char production (§2.2), written apart from the module: what a cell's text keeps. */
const xmlLegal = (s: string) =>
  Array.from(s)
    .filter((ch) => {
      const cp = ch.codePointAt(0)!;
      return (
        cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        cp >= 0x10000
      );
    })
    .join('');

const SIASN: XlsxSheet = {
  name: 'Ekspor SIASN',
  header: ['NIP', 'Nama', 'JP', 'Nomor Sertifikat', 'Catatan'],
  rows: [
    [NIP, 'Ni Putu Ayu Désirée, S.E.', 32, '001/DOU/2026', null],
    ['199001012015032002', 'Muhammad Rizky 😀', 24.5, '002/DOU/2026', 'A & B <c> "d" \'e\''],
    ['=SUM(A1)', '+6281234567890', -3, '-5', '@user'],
    ['0012', '', 0, null, 'baris\nkedua'],
  ],
  widths: [22, 32, 6, 18, 40],
};

describe('xlsxBytes read back by ExcelJS', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await load(xlsxBytes([SIASN]));
    ws = wb.worksheets[0];
  });

  it('has the sheet, its header row and its rows, values as given', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ekspor SIASN']);
    expect(ws.getRow(1).values).toEqual([undefined, ...SIASN.header]);
    expect(ws.getCell('A2').value).toBe(NIP);
    expect(ws.getCell('B2').value).toBe('Ni Putu Ayu Désirée, S.E.');
    expect(ws.getCell('C2').value).toBe(32);
    expect(ws.getCell('E2').value).toBeNull();
    expect(ws.getCell('B3').value).toBe('Muhammad Rizky 😀');
    expect(ws.getCell('C3').value).toBe(24.5);
    expect(ws.getCell('E5').value).toBe('baris\nkedua');
    expect(ws.rowCount).toBe(5);
  });

  it('keeps an 18-digit NIP and a leading-zero code as text, numbers as numbers', () => {
    for (const ref of ['A2', 'A3', 'A5', 'D2']) {
      expect(ws.getCell(ref).type).toBe(ExcelJS.ValueType.String);
      expect(typeof ws.getCell(ref).value).toBe('string');
    }
    expect(ws.getCell('A5').value).toBe('0012');
    for (const ref of ['C2', 'C3', 'C4', 'C5']) expect(ws.getCell(ref).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('C4').value).toBe(-3);
    expect(ws.getCell('C5').value).toBe(0);
  });

  it('formats every text cell `@` (so a value typed over it stays text), numbers General', () => {
    for (const ref of ['A1', 'B1', 'A2', 'B2', 'D2', 'A4', 'E3']) expect(ws.getCell(ref).numFmt).toBe('@');
    for (const ref of ['C2', 'C3']) expect(ws.getCell(ref).numFmt).toBeUndefined();
  });

  it('writes an empty text as a blank cell formatted as text, and null as no cell', () => {
    expect(ws.getCell('B5').type).toBe(ExcelJS.ValueType.Null);
    expect(ws.getCell('B5').numFmt).toBe('@');
    expect(ws.getCell('D5').numFmt).toBeUndefined();
    expect(ws.getCell('E2').numFmt).toBeUndefined();
  });

  it('never writes a formula: =, +, -, @ at the start are text', async () => {
    expect(ws.getCell('A4').value).toBe('=SUM(A1)');
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B4').value).toBe('+6281234567890');
    expect(ws.getCell('D4').value).toBe('-5');
    expect(ws.getCell('E4').value).toBe('@user');
    for (const [name, xml] of await parts(xlsxBytes([SIASN])))
      expect([name, /<f[\s>/]/.test(xml)]).toEqual([name, false]);
  });

  it('bolds the header only, freezes the first row and sets the column widths', () => {
    for (const c of [1, 2, 3, 4, 5]) expect(ws.getRow(1).getCell(c).font?.bold).toBe(true);
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    expect(ws.views).toHaveLength(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2' });
    expect(ws.columns.map((c) => c.width)).toEqual([22, 32, 6, 18, 40]);
  });

  it('escapes < & > " \' and keeps non-ASCII text, emoji as one 4-byte UTF-8 sequence', async () => {
    expect(ws.getCell('E3').value).toBe('A & B <c> "d" \'e\'');
    const sst = (await parts(xlsxBytes([SIASN]))).get('xl/sharedStrings.xml')!;
    expect(sst).toContain('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    const raw = Buffer.from(xlsxBytes([SIASN]));
    expect(raw.includes(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(true); // 😀 U+1F600
    expect(raw.includes(Buffer.from('Désirée', 'utf8'))).toBe(true);
  });
});

describe('what XML cannot carry, and what SpreadsheetML would misread', () => {
  it('drops control characters (not tab, LF, CR), lone surrogates, U+FFFE and U+FFFF; keeps pairs', async () => {
    const given = [
      'a\u0000b\u0008c\u000bd\u001fe',
      'x\ud800y\udc00z',
      'p\ufffeq\uffffr\ufffd',
      't\tu\nv\rw',
      '😀\ud83d',
    ];
    expect(given.map(xmlChars)).toEqual(['abcde', 'xyz', 'pqr\ufffd', 't\tu\nv\rw', '😀']);
    const ws = (await load(xlsxBytes([{ name: 'S', header: ['v'], rows: given.map((g) => [g]) }])))
      .worksheets[0];
    expect(given.map((_, i) => ws.getCell(i + 2, 1).value)).toEqual(given.map(xmlChars));
  });

  it('keeps a literal _xHHHH_ and a CR (which a reader would turn into a character, or an LF)', async () => {
    const given = ['_x0041_', 'a_x00e9_b', '__x0041__', '_x000D\r', 'r\r\nn', '\r'];
    const bytes = xlsxBytes([{ name: 'S', header: ['v'], rows: given.map((g) => [g]) }]);
    expect((await parts(bytes)).get('xl/sharedStrings.xml')).toContain('_x005F_x0041_');
    const ws = (await load(bytes)).worksheets[0];
    expect(given.map((_, i) => ws.getCell(i + 2, 1).value)).toEqual(given);
  });

  it('random text round-trips exactly once XML-illegal characters are removed (property)', async () => {
    // UTF-16 units of every kind (lone surrogates, controls, U+FFFE), whole code points, and the risky fragments
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        ' ',
        '\t',
        '\n',
        '\r',
        '_x0041_',
        '_x',
        '_',
        '=',
        ']]>',
        'é',
        '😀',
      ),
    );
    const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), async (texts) => {
        const ws = (await load(xlsxBytes([{ name: 'P', header: texts, rows: [texts] }]))).worksheets[0];
        texts.forEach((t, c) => {
          const want = xmlLegal(t);
          for (const r of [1, 2]) {
            const cell = ws.getCell(r, c + 1);
            expect(cell.value).toBe(want === '' ? null : want);
            expect(cell.numFmt).toBe('@');
          }
        });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('numbers', () => {
  it('are written as the shortest text that reads back the same; safe integers without an exponent', async () => {
    const nums = [
      0,
      -0,
      1,
      -1,
      32,
      24.5,
      0.1 + 0.2,
      1 / 3,
      1e-7,
      123456789012345,
      Number.MAX_SAFE_INTEGER,
      1e21,
      -5e-324,
    ];
    const bytes = xlsxBytes([{ name: 'N', header: ['n'], rows: nums.map((n) => [n]) }]);
    const xml = (await parts(bytes)).get('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<v>9007199254740991</v>');
    expect(xml).toContain('<v>123456789012345</v>');
    expect(xml).toContain('<v>0</v>');
    const ws = (await load(bytes)).worksheets[0];
    expect(nums.map((_, i) => ws.getCell(i + 2, 1).value)).toEqual(
      nums.map((n) => (Object.is(n, -0) ? 0 : n)),
    );
  });

  it('refuses NaN and ±Infinity (an error, not an empty cell), and values of other types', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(() => xlsxBytes([{ name: 'N', header: ['a', 'b'], rows: [[1, bad]] }])).toThrow(
        new RangeError(`xlsx: sheet "N" cell B2 is ${bad}, not a finite number`),
      );
    const date = new Date(0) as unknown as number;
    expect(() => xlsxBytes([{ name: 'N', header: ['a'], rows: [[date]] }])).toThrow(TypeError);
    expect(() => xlsxBytes([{ name: 'N', header: ['a'], rows: [[true as unknown as number]] }])).toThrow(
      TypeError,
    );
  });
});

describe('sheet names', () => {
  it('are cut to 31 characters, without [ ] : * ? / \\, control characters or apostrophes at the ends', () => {
    expect(
      xlsxSheetNames([
        'Rekap 2025/2026',
        '[Draft] a:b*c?d\\e',
        'x'.repeat(40),
        "'Quoted'",
        ' \t',
        'tab\there',
        `${'y'.repeat(30)}😀`,
        'History',
      ]),
    ).toEqual([
      'Rekap 2025_2026',
      '_Draft_ a_b_c_d_e',
      'x'.repeat(31),
      'Quoted',
      'Sheet5',
      'tab here',
      'y'.repeat(30),
      'History_',
    ]);
  });

  it('are made unique in any letter case, the suffix within the 31 characters', () => {
    expect(
      xlsxSheetNames(['Data', 'data', 'DATA', 'Data (2)', 'z'.repeat(31), 'Z'.repeat(31), '', 'Sheet7']),
    ).toEqual([
      'Data',
      'data (2)',
      'DATA (3)',
      'Data (2) (2)',
      'z'.repeat(31),
      `${'Z'.repeat(27)} (2)`,
      'Sheet7',
      'Sheet7 (2)',
    ]);
    for (const n of xlsxSheetNames(['a'.repeat(99), 'A'.repeat(99), 'a'.repeat(99)]))
      expect(n.length).toBeLessThanOrEqual(31);
  });

  it('are what the workbook says, escaped, in the order given', async () => {
    const names = ['Peserta & <Nilai>', 'peserta & <nilai>', 'a/b', "O'Brien"];
    const wb = await load(xlsxBytes(names.map((name) => ({ name, header: ['h'], rows: [[name]] }))));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Peserta & <Nilai>',
      'peserta & <nilai> (2)',
      'a_b',
      "O'Brien",
    ]);
    expect(wb.worksheets.map((w) => w.getCell('A2').value)).toEqual(names);
  });
});

describe('the package', () => {
  const two: XlsxSheet[] = [SIASN, { name: 'Ringkasan', header: ['Jumlah'], rows: [[4]], widths: [12] }];

  it('holds the minimal parts, in a fixed order, each sheet named in the content types', async () => {
    const p = await parts(xlsxBytes(two));
    expect([...p.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const types = p.get('[Content_Types].xml')!;
    for (const part of [
      '/xl/workbook.xml',
      '/xl/worksheets/sheet2.xml',
      '/xl/styles.xml',
      '/xl/sharedStrings.xml',
    ])
      expect(types).toContain(`PartName="${part}"`);
    expect(p.get('xl/worksheets/sheet1.xml')).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(p.get('xl/worksheets/sheet1.xml')).toContain('<dimension ref="A1:E5"/>');
    expect(p.get('xl/styles.xml')).toContain('numFmtId="49"');
    const wb = await load(xlsxBytes(two));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ekspor SIASN', 'Ringkasan']);
    expect(wb.worksheets[1].getCell('A2').value).toBe(4);
    expect(wb.worksheets[1].getColumn(1).width).toBe(12);
  });

  it('is byte-identical for identical input', () => {
    const a = xlsxBytes(two);
    const b = xlsxBytes(JSON.parse(JSON.stringify(two)) as XlsxSheet[]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(xlsxBytes([SIASN])))).toBe(false);
  });

  it('passes unzip -t, every part STORED and dated 1980-01-01 00:00', () => {
    if (!existsSync(UNZIP)) return;
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    try {
      const file = join(dir, 'siasn.xlsx');
      writeFileSync(file, xlsxBytes(two));
      expect(execFileSync(UNZIP, ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
      const entries = execFileSync(UNZIP, ['-v', file], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => /\.(xml|rels)$/.test(l.trim()));
      expect(entries).toHaveLength(8);
      for (const l of entries) expect(l).toMatch(/\sStored\s.*\s1980-01-01 00:00\s/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('handles a sheet with no rows and one with no header', async () => {
    const wb = await load(
      xlsxBytes([
        { name: 'Kosong', header: ['NIP', 'Nama'], rows: [] },
        { name: 'Tanpa Judul', header: [], rows: [[null, 'b']] },
      ]),
    );
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'NIP', 'Nama']);
    expect(wb.worksheets[0].rowCount).toBe(1);
    expect(wb.worksheets[1].getCell('B2').value).toBe('b');
  });

  it('refuses what Excel would not open', () => {
    expect(() => xlsxBytes([])).toThrow(RangeError);
    expect(() => xlsxBytes([{ name: 'S', header: ['a'], rows: [['x'.repeat(32768)]] }])).toThrow(/32767/);
    expect(() => xlsxBytes([{ name: 'S', header: ['a'], rows: [['x'.repeat(32767)]] }])).not.toThrow();
    for (const w of [0, -1, 256, Number.NaN])
      expect(() => xlsxBytes([{ name: 'S', header: ['a'], rows: [], widths: [w] }])).toThrow(RangeError);
    expect(() => xlsxBytes([{ name: 'S', header: new Array(16385).fill('h'), rows: [] }])).toThrow(/16384/);
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });
});

describe('a 10,000-row export', () => {
  it('builds in reasonable time and reads back whole', async () => {
    const rows = Array.from({ length: 10000 }, (_, i) => [
      String(198501012010011001n + BigInt(i)),
      `Peserta ${i} Désirée`,
      'Penata Muda Tk. I (III/b)',
      'Badan Kepegawaian Daerah',
      'Pelatihan Dasar CPNS Golongan III',
      i % 40,
      `${String(i + 1).padStart(5, '0')}/DOU/2026`,
      '2026-03-01',
    ]);
    const sheet: XlsxSheet = {
      name: 'Ekspor SIASN',
      header: ['NIP', 'Nama', 'Pangkat', 'Instansi', 'Pelatihan', 'JP', 'Nomor', 'Tanggal'],
      rows,
    };
    const t0 = performance.now();
    const bytes = xlsxBytes([sheet]);
    const ms = performance.now() - t0;
    console.log(
      `xlsxBytes: 10,000 rows × 8 columns in ${ms.toFixed(0)} ms, ${(bytes.length / 1e6).toFixed(1)} MB`,
    );
    const ws = (await load(bytes)).worksheets[0];
    expect(ws.rowCount).toBe(10001);
    expect(ws.getCell('A10001').value).toBe('198501012010021000');
    expect(ws.getCell('F10001').value).toBe(9999 % 40);
  });
});
