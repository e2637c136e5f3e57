// Tests the generated sample workbook and messy fixture: sheet contract, NIP typing, planted problems, determinism.

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SETTING_DEFS } from '../../src/core/settings';
import { buildMessy, FIXTURE_DIR, messyBytes } from '../../tools/make-fixtures';
import {
  buildSampleDataset,
  buildSampleSheets,
  README_PATH,
  renderReadme,
  SAMPLE_PATH,
  type SampleDataset,
  sampleBytes,
  writeSample,
} from '../../tools/make-sample';
import { expectFromReference } from '../../tools/sample/expected';

/** DESIGN §3.1–3.2, written out independently of the generator. */
const CONTRACT: Record<string, string[]> = {
  Kegiatan: [
    'Kode',
    'Tema',
    'Jenis Kompetensi',
    'Kompetensi Smart ASN',
    'Pola Pelaksanaan',
    'Tanggal Mulai',
    'Tanggal Selesai',
    'Tempat',
    'JP',
    'Penandatangan',
    'NIP Penandatangan',
    'Jabatan Penandatangan',
    'Jenis Diklat SIASN',
  ],
  Sesi: [
    'Kode Kegiatan',
    'Sesi',
    'Tanggal',
    'Jam Mulai',
    'Jam Selesai',
    'Materi',
    'Metode',
    'Narasumber',
    'NIP Narasumber',
    'Instansi Narasumber',
    'JP',
    'Golongan Narasumber',
    'Kategori Tarif',
  ],
  Peserta: [
    'Kode Kegiatan',
    'NIP',
    'Nama',
    'Jabatan',
    'Pangkat/Golongan',
    'Unit Kerja',
    'Email',
    'Status Kepegawaian',
    'No. HP',
  ],
  Kehadiran: ['Kode Kegiatan', 'Sesi', 'NIP', 'Hadir'],
  Nilai: ['Kode Kegiatan', 'NIP', 'Nama', 'Pre-Test', 'Post-Test', 'Keaktifan', 'Tugas'],
  Soal: [
    'Kode Kegiatan',
    'No',
    'Pertanyaan',
    'Pilihan A',
    'Pilihan B',
    'Pilihan C',
    'Pilihan D',
    'Pilihan E',
    'Kunci',
    'Bobot',
  ],
  'Aspek Evaluasi': ['Jenis', 'Aspek'],
  Pengaturan: ['Pengaturan', 'Nilai'],
  Formulir: [
    'Kode Kegiatan',
    'Jenis',
    'Judul',
    'ID Formulir',
    'Tautan Isi',
    'Tautan Edit',
    'Lembar Respons',
    'Dibuat',
  ],
};
const CODES = ['DOU-2026-01', 'DOU-2026-02', 'DOU-2026-03'];

type V = string | number | boolean | Date | null;
interface Table {
  ws: ExcelJS.Worksheet;
  headers: string[];
  /** Data rows by sheet row number (2..), values by header. */
  rows: Array<{ row: number; get: (h: string) => V; cell: (h: string) => ExcelJS.Cell; blank: boolean }>;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function table(wb: ExcelJS.Workbook, name: string): Table {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  const headers: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++) headers.push(String(ws.getCell(1, c).value ?? ''));
  const rows: Table['rows'] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = (h: string) => {
      const i = headers.indexOf(h);
      if (i < 0) throw new Error(`${name}: no column ${h}`);
      return ws.getCell(r, i + 1);
    };
    const get = (h: string) => (cell(h).value ?? null) as V;
    const blank = headers.every((_, i) => ws.getCell(r, i + 1).value == null);
    rows.push({ row: r, get, cell, blank });
  }
  return { ws, headers, rows };
}

const normNip = (v: V) =>
  String(v)
    .replace(/^'/, '')
    .replace(/[\s.-]/g, '');

/** Independent NIP layout check (DESIGN §4.1). */
function nipKind(nip: string): 'PNS' | 'PPPK' | null {
  if (!/^\d{18}$/.test(nip)) return null;
  const y = +nip.slice(0, 4);
  const m = +nip.slice(4, 6);
  const d = +nip.slice(6, 8);
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || y < 1965 || y > 2000) return null;
  if (nip[14] !== '1' && nip[14] !== '2') return null;
  const ty = +nip.slice(8, 12);
  const t2 = +nip.slice(12, 14);
  if (ty < y + 20) return null;
  if (t2 >= 1 && t2 <= 12) return 'PNS';
  if (t2 >= 21 && t2 <= 29) return 'PPPK';
  return null;
}

async function load(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

/** Every cell value of every sheet, for comparing two workbooks by content. */
function contents(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).map((v) => (isDate(v) ? v.toISOString() : v)));
    });
    out[ws.name] = rows;
  });
  return out;
}

let wb: ExcelJS.Workbook;
let ds: SampleDataset;
beforeAll(async () => {
  wb = await load(SAMPLE_PATH);
  ds = await buildSampleDataset();
});

describe('sample workbook structure', () => {
  test('has every contract sheet and every response sheet registered in Formulir', () => {
    for (const name of Object.keys(CONTRACT)) expect(wb.getWorksheet(name)).toBeDefined();
    const ledger = table(wb, 'Formulir').rows.map((r) => String(r.get('Lembar Respons')));
    expect(ledger).toHaveLength(6);
    for (const s of ledger) expect(wb.getWorksheet(s)).toBeDefined();
    expect(table(wb, 'Formulir').rows.every((r) => r.get('ID Formulir') === null)).toBe(true);
  });

  test('header rows are exactly the contract, bold and frozen', () => {
    for (const [name, headers] of Object.entries(CONTRACT)) {
      const t = table(wb, name);
      // Pengaturan carries an extra, ignored Keterangan column.
      expect(name === 'Pengaturan' ? t.headers.slice(0, 2) : t.headers).toEqual(headers);
      expect(t.ws.getCell(1, 1).font?.bold).toBe(true);
      expect(t.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  test('about 40 participants per training, several people in more than one training', () => {
    const peserta = table(wb, 'Peserta');
    const byCode = new Map<string, Set<string>>();
    for (const r of peserta.rows) {
      if (r.blank) continue;
      const code = String(r.get('Kode Kegiatan'));
      if (!byCode.has(code)) byCode.set(code, new Set());
      byCode.get(code)!.add(normNip(r.get('NIP')));
    }
    expect([...byCode.keys()].sort()).toEqual(CODES);
    for (const set of byCode.values()) {
      expect(set.size).toBeGreaterThanOrEqual(35);
      expect(set.size).toBeLessThanOrEqual(45);
    }
    const count = new Map<string, number>();
    for (const set of byCode.values()) for (const n of set) count.set(n, (count.get(n) ?? 0) + 1);
    expect([...count.values()].filter((c) => c >= 2).length).toBeGreaterThanOrEqual(15);
    expect([...count.values()].filter((c) => c === 3).length).toBeGreaterThanOrEqual(3);
    // The planted blank rows sit between filled rows.
    const blanks = peserta.rows.filter((r) => r.blank).map((r) => r.row);
    expect(blanks).toHaveLength(2);
    expect(blanks[0]).toBeLessThan(peserta.ws.rowCount);
  });

  test('NIP and code cells are plain text, except the one deliberate number per place', () => {
    const nipCols: Array<[string, string]> = [
      ['Peserta', 'NIP'],
      ['Kehadiran', 'NIP'],
      ['Nilai', 'NIP'],
      ['Sesi', 'NIP Narasumber'],
      ['Kegiatan', 'NIP Penandatangan'],
      ['Peserta', 'Kode Kegiatan'],
      ['Kegiatan', 'Kode'],
    ];
    const numbers: string[] = [];
    for (const [sheet, col] of nipCols)
      for (const r of table(wb, sheet).rows) {
        const v = r.get(col);
        if (v === null) continue;
        if (typeof v === 'number') numbers.push(`${sheet}!${r.row}`);
        else {
          expect(typeof v).toBe('string');
          expect(r.cell(col).numFmt).toBe('@');
        }
      }
    expect(numbers).toEqual([
      `Peserta!${ds.planted.find((p) => p.what.includes('diketik sebagai ANGKA'))!.row}`,
    ]);
    const num = table(wb, 'Peserta').rows.find((r) => typeof r.get('NIP') === 'number')!;
    expect(num.get('NIP')).toBe(Number('198501012010011001')); // the nearest double: digits already lost
    expect(String(num.get('NIP'))).toBe('198501012010011000');

    const respNumbers: string[] = [];
    for (const s of table(wb, 'Formulir').rows.map((r) => String(r.get('Lembar Respons')))) {
      const t = table(wb, s);
      if (!t.headers.includes('NIP')) continue;
      for (const r of t.rows) if (typeof r.get('NIP') === 'number') respNumbers.push(s);
    }
    expect(respNumbers).toEqual(['Respons Post-Test DOU-2026-01']);
  });

  test('every roster NIP has a valid PNS or PPPK layout, except the planted 17-digit one and the number', () => {
    const bad: string[] = [];
    let pppk = 0;
    for (const r of table(wb, 'Peserta').rows) {
      const v = r.get('NIP');
      if (r.blank || typeof v === 'number') continue;
      const kind = nipKind(normNip(v));
      if (!kind) bad.push(normNip(v));
      if (kind === 'PPPK') pppk++;
      const status = r.get('Status Kepegawaian');
      if (kind && status !== null) expect(status).toBe(kind);
    }
    expect(bad).toEqual(['19900514201503100']);
    expect(pppk).toBeGreaterThanOrEqual(3);
  });

  test('dates are dates, clock times are time values formatted HH:mm', () => {
    const sesi = table(wb, 'Sesi');
    for (const r of sesi.rows) {
      const d = r.get('Tanggal');
      expect(isDate(d) && d.getUTCHours() === 0).toBe(true);
      for (const h of ['Jam Mulai', 'Jam Selesai']) {
        const t = r.get(h);
        expect(
          isDate(t) && t.getUTCFullYear() === 1899 && t.getUTCMonth() === 11 && t.getUTCDate() === 30,
        ).toBe(true);
        expect(r.cell(h).numFmt).toBe('HH:mm');
      }
    }
    // One session is 120 minutes: not a whole number of 45-minute JP.
    const mins = sesi.rows.map(
      (r) => ((r.get('Jam Selesai') as Date).getTime() - (r.get('Jam Mulai') as Date).getTime()) / 60000,
    );
    expect(mins.filter((m) => m % 45 !== 0)).toEqual([120]);
    const keg = table(wb, 'Kegiatan');
    expect(keg.rows.map((r) => r.get('JP'))).toEqual([null, null, 6]);
    expect(keg.rows[2].get('Tanggal Selesai')).toBeNull();
  });

  test('Kehadiran: booleans; none for DOU-2026-02; some DOU-2026-01 participants below 80%', () => {
    const k = table(wb, 'Kehadiran');
    const jp: Record<number, number> = { 1: 3, 2: 3, 3: 4, 4: 4, 5: 3 };
    const att = new Map<string, number>();
    for (const r of k.rows) {
      expect(typeof r.get('Hadir')).toBe('boolean');
      expect(r.get('Kode Kegiatan')).not.toBe('DOU-2026-02');
      if (r.get('Kode Kegiatan') === 'DOU-2026-01' && r.get('Hadir') === true && jp[r.get('Sesi') as number])
        att.set(String(r.get('NIP')), (att.get(String(r.get('NIP'))) ?? 0) + jp[r.get('Sesi') as number]);
    }
    const below = [...att.values()].filter((v) => (v / 17) * 100 < 80);
    expect(below.length).toBeGreaterThanOrEqual(3);
    expect(below.length).toBeLessThanOrEqual(6);
  });

  test('Nilai: no Tugas in DOU-2026-03, Tugas and Keaktifan in the others, one 105, a few typed Pre/Post', () => {
    const n = table(wb, 'Nilai');
    const of = (c: string) => n.rows.filter((r) => r.get('Kode Kegiatan') === c);
    expect(of('DOU-2026-03').every((r) => r.get('Tugas') === null)).toBe(true);
    expect(of('DOU-2026-02').every((r) => typeof r.get('Tugas') === 'number')).toBe(true);
    expect(of('DOU-2026-01').filter((r) => r.get('Tugas') === null)).toHaveLength(1);
    expect(n.rows.filter((r) => r.get('Keaktifan') === 105)).toHaveLength(1);
    const typed = n.rows.filter((r) => r.get('Pre-Test') !== null || r.get('Post-Test') !== null);
    expect(typed.length).toBeGreaterThanOrEqual(3);
    expect(typed.length).toBeLessThanOrEqual(6);
  });

  test('quiz response sheets: locale headers, Skor consistent with the answers and Soal.Kunci', () => {
    const soal = table(wb, 'Soal');
    const key = (code: string) =>
      soal.rows
        .filter((r) => r.get('Kode Kegiatan') === code)
        .map((r) => {
          const letter = String(r.get('Kunci'));
          return { text: String(r.get(`Pilihan ${letter}`)), weight: (r.get('Bobot') as number | null) ?? 1 };
        });
    const check = (sheet: string, code: string, scoreHeader: string | null, lead: string[]) => {
      const t = table(wb, sheet);
      expect(t.headers.slice(0, lead.length)).toEqual(lead);
      const k = key(code);
      expect(t.headers.slice(lead.length)).toHaveLength(10);
      t.headers.slice(lead.length).forEach((h, i) => {
        expect(h.startsWith(`${i + 1}. `)).toBe(true);
      });
      const max = k.reduce((a, q) => a + q.weight, 0);
      for (const r of t.rows) {
        expect(isDate(r.get(lead[0]))).toBe(true);
        const points = t.headers
          .slice(lead.length)
          .reduce((a, h, i) => a + (r.get(h) === k[i].text ? k[i].weight : 0), 0);
        if (scoreHeader) expect(r.get(scoreHeader)).toBe(`${points} / ${max}`);
      }
      return t;
    };
    check('Respons Pre-Test DOU-2026-01', 'DOU-2026-01', 'Skor', [
      'Stempel waktu',
      'Alamat email',
      'Skor',
      'NIP',
      'Nama Lengkap',
    ]);
    const post1 = check('Respons Post-Test DOU-2026-01', 'DOU-2026-01', 'Skor', [
      'Stempel waktu',
      'Alamat email',
      'Skor',
      'NIP',
      'Nama Lengkap',
    ]);
    check('Respons Post-Test DOU-2026-02', 'DOU-2026-02', 'Score', [
      'Timestamp',
      'Email Address',
      'Score',
      'NIP',
      'Nama Lengkap',
    ]);
    const pre2 = check('Respons Pre-Test DOU-2026-02', 'DOU-2026-02', null, [
      'Stempel waktu',
      'NIP',
      'Nama Lengkap',
    ]);
    expect(pre2.headers.some((h) => /^(skor|score)$/i.test(h))).toBe(false);
    // A duplicate submission by the same NIP, later in time.
    const nips = post1.rows.map((r) => String(r.get('NIP')));
    const dup = nips.filter((n, i) => nips.indexOf(n) !== i);
    expect(dup).toHaveLength(1);
    const times = post1.rows
      .filter((r) => String(r.get('NIP')) === dup[0])
      .map((r) => (r.get('Stempel waktu') as Date).getTime());
    expect(times[1]).toBeGreaterThan(times[0]);
    // An unknown NIP (a typo of a roster NIP).
    const roster = new Set(
      table(wb, 'Peserta')
        .rows.filter((r) => r.get('Kode Kegiatan') === 'DOU-2026-01')
        .map((r) => normNip(r.get('NIP'))),
    );
    // 198501012010011001 is the knock-on of the roster NIP typed as a number (the roster cannot hold it).
    const unknown = post1.rows
      .map((r) => r.get('NIP'))
      .filter((v) => typeof v === 'string' && !roster.has(v) && v !== '198501012010011001');
    expect(unknown).toHaveLength(1);
    expect([...roster].some((n) => [...n].filter((ch, i) => ch !== String(unknown[0])[i]).length === 2)).toBe(
      true,
    );
  });

  test('evaluation grid: headers per session and organiser aspect, values 1–4 except one 5', () => {
    const t = table(wb, 'Respons Evaluasi DOU-2026-01');
    const aspects = table(wb, 'Aspek Evaluasi');
    const nara = aspects.rows
      .filter((r) => r.get('Jenis') === 'Narasumber')
      .map((r) => String(r.get('Aspek')));
    const peny = aspects.rows
      .filter((r) => r.get('Jenis') === 'Penyelenggaraan')
      .map((r) => String(r.get('Aspek')));
    const sesi = table(wb, 'Sesi').rows.filter((r) => r.get('Kode Kegiatan') === 'DOU-2026-01');
    const want = ['Stempel waktu'];
    for (const s of sesi)
      for (const a of nara)
        want.push(`Sesi ${s.get('Sesi')}: ${s.get('Materi')} — ${s.get('Narasumber')} [${a}]`);
    for (const a of peny) want.push(`Penyelenggaraan [${a}]`);
    want.push('Saran');
    expect(t.headers).toEqual(want);
    const values = t.rows
      .flatMap((r) => t.headers.slice(1, -1).map((h) => r.get(h)))
      .filter((v) => v !== null);
    expect(values.every((v) => typeof v === 'number' && Number.isInteger(v))).toBe(true);
    expect(values.filter((v) => (v as number) > 4)).toEqual([5]);
    expect(values.filter((v) => (v as number) < 1)).toEqual([]);
    expect(aspects.ws.getCell(1, 1).note).toBeTruthy();
  });

  test('Presensi answers name a real session of DOU-2026-03', () => {
    const t = table(wb, 'Respons Presensi DOU-2026-03');
    expect(t.headers).toEqual(['Stempel waktu', 'NIP', 'Sesi']);
    const topics = new Map(
      table(wb, 'Sesi')
        .rows.filter((r) => r.get('Kode Kegiatan') === 'DOU-2026-03')
        .map((r) => [r.get('Sesi'), r.get('Materi')]),
    );
    for (const r of t.rows) {
      const m = /^Sesi (\d+): (.+)$/.exec(String(r.get('Sesi')));
      expect(m).not.toBeNull();
      expect(topics.get(Number(m![1]))).toBe(m![2]);
      expect(typeof r.get('NIP')).toBe('string');
    }
  });

  test('Pengaturan holds every settings key with its default', () => {
    const t = table(wb, 'Pengaturan');
    const got = new Map(t.rows.map((r) => [r.get('Pengaturan'), r.get('Nilai')]));
    for (const d of SETTING_DEFS) expect(got.get(d.key)).toBe(d.default);
  });

  test('planted problems point at rows that show them', () => {
    expect(ds.planted.length).toBeGreaterThanOrEqual(12);
    for (const p of ds.planted) expect(wb.getWorksheet(p.sheet)!.rowCount).toBeGreaterThanOrEqual(p.row);
    const at = (sheet: string, needle: string) =>
      ds.planted.find((p) => p.sheet === sheet && p.what.includes(needle))!;
    const cell = (sheet: string, row: number, col: string) =>
      table(wb, sheet)
        .rows.find((r) => r.row === row)!
        .get(col);
    expect(cell('Kehadiran', at('Kehadiran', 'Sesi 6').row, 'Sesi')).toBe(6);
    expect(cell('Nilai', at('Nilai', '105').row, 'Keaktifan')).toBe(105);
    expect(cell('Sesi', at('Sesi', 'DOU-2026-04').row, 'Kode Kegiatan')).toBe('DOU-2026-04');
    expect(cell('Peserta', at('Peserta', '=Budi').row, 'Nama')).toBe('=Budi');
    expect(cell('Peserta', at('Peserta', '<img').row, 'Nama')).toBe('<img src=x onerror=alert(1)>');
    expect(cell('Peserta', at('Peserta', 'spasi').row, 'NIP')).toBe('19790315 200501 2 003');
    expect(cell('Peserta', at('Peserta', 'titik').row, 'NIP')).toBe('19830722.200901.1.002');
    // The formula-like name is stored as text, not as a formula.
    const budi = table(wb, 'Peserta').rows.find((r) => r.get('Nama') === '=Budi')!;
    expect(budi.cell('Nama').type).toBe(ExcelJS.ValueType.String);
  });

  test('the designed ranking of DOU-2026-01 has a shared rank 5 and every tie-break', () => {
    const ranks = ds.expectedRanking01.map((r) => r.rank);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12, 13, 14]);
    const [, r2, r3] = ds.expectedRanking01;
    expect(r2.final).toBe(r3.final);
    expect(r2.post).toBeGreaterThan(r3.post);
    expect(ds.expectedRanking01.some((r) => r.pre === 100 && r.gain === null && r.post < 100)).toBe(true);
    const reach = [...ds.expectedJp.values()].filter((v) => v >= 20).length;
    expect(reach).toBeGreaterThan(5);
    expect(reach).toBeLessThan(ds.expectedJp.size / 2);
    expect(ds.trainingJp).toEqual({ 'DOU-2026-01': 17, 'DOU-2026-02': 12, 'DOU-2026-03': 6 });
  });

  test('the expected figures come from the reference, which refuses a broken design', async () => {
    // Swap the NIPs of the designed ranks 1 and 2: the reference still ranks the workbook, the check must fail.
    const nip = new Map(ds.designedNip);
    nip.set('P1', ds.designedNip.get('P2')!);
    nip.set('P2', ds.designedNip.get('P1')!);
    await expect(expectFromReference(ds.bytes, { ...ds, designedNip: nip })).rejects.toThrow(
      'designed rank broken: P1 expected 1, got 2',
    );
  });
});

describe('determinism', () => {
  test('the generator is byte-stable and the committed sample and README are up to date', async () => {
    const a = await sampleBytes(buildSampleSheets());
    const b = await sampleBytes(buildSampleSheets());
    expect(a.equals(b)).toBe(true);
    expect(ds.bytes.equals(a)).toBe(true);
    expect(a.equals(readFileSync(SAMPLE_PATH))).toBe(true);
    expect(renderReadme(ds)).toBe(readFileSync(README_PATH, 'utf8'));
  });

  test('two runs into temp files give the same cell values', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dou-sample-'));
    await writeSample(path.join(dir, 'a.xlsx'), null);
    await writeSample(path.join(dir, 'b.xlsx'), null);
    const ca = contents(await load(path.join(dir, 'a.xlsx')));
    const cb = contents(await load(path.join(dir, 'b.xlsx')));
    expect(Object.keys(ca)).toHaveLength(15);
    expect(ca).toEqual(cb);
  });
});

describe('messy fixture', () => {
  test('is byte-stable and matches the committed files', async () => {
    const { sheets, expected } = buildMessy();
    expect((await messyBytes(sheets)).equals(readFileSync(path.join(FIXTURE_DIR, 'messy.xlsx')))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'messy.expected.json'), 'utf8'))).toEqual(expected);
  });

  test('the expected problems point at the mess they describe', async () => {
    const m = await load(path.join(FIXTURE_DIR, 'messy.xlsx'));
    const { expected } = buildMessy();
    for (const p of [...expected.problems, ...expected.mustNotReport]) {
      const ws = m.getWorksheet(p.sheet)!;
      expect(ws).toBeDefined();
      if (p.row !== null) expect(ws.rowCount).toBeGreaterThanOrEqual(p.row);
    }
    expect(typeof m.getWorksheet('Peserta')!.getCell('C3').value).toBe('number');
    const kh = table(m, 'Kehadiran').headers.map((h) => h.toLowerCase());
    expect(kh).not.toContain('hadir');
    expect(table(m, 'Sesi').headers[0]).toBe('  kode   kegiatan ');
    const start = m.getWorksheet('Sesi')!.getCell('D2').value;
    expect(isDate(start) && start.getUTCFullYear() === 2026 && start.getUTCHours() === 8).toBe(true);
    expect(expected.problems.filter((p) => p.level === 'Error').length).toBeGreaterThanOrEqual(10);
  });
});
