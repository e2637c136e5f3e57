// Ekspor SIASN (issue 15 item 1) through the built bundle: one riwayat kursus record per issued certificate, the
// xlsx read back (NIPs are 18-digit text cells, dates dd-mm-yyyy, jumlahJam the JP Rekap JP credits), the JSON with
// exactly the SIASN field names, byte-identical files on a rerun, the admin's Status SIASN kept, and the calls flat
// as certificates grow.

import ExcelJS from 'exceljs';
import { OUTPUTS } from '../../src/core/schema';
import { SIASN_FIELDS } from '../../src/core/siasn';
import type { SiasnExportResult } from '../../src/shared/rpc';
import { type Harness, issuedSynth, ledger, masalah, rowsByKey } from './harness';

jest.setTimeout(180_000);

const idOf = (url: string) => /\/d\/([-\w]+)/.exec(url)?.[1] ?? '';

function typeInKegiatan(h: Harness, header: string, value: string): void {
  const sheet = h.ss.getSheetByName('Kegiatan')!;
  const head = (sheet._dump() as unknown[][])[0].map(String);
  let col = head.indexOf(header) + 1;
  if (col === 0) {
    col = head.filter((x) => x !== '').length + 1;
    sheet.getRange(1, col).setValue(header);
  }
  sheet.getRange(2, col).setValue(value);
}

describe('Ekspor SIASN', () => {
  let h: Harness;
  let first: SiasnExportResult;

  beforeAll(async () => {
    h = await issuedSynth(12);
    typeInKegiatan(h, 'Jenis Diklat SIASN', 'Diklat Teknis');
    await h.call('computeJp');
    first = await h.call<SiasnExportResult>('exportSiasn');
  });

  test('one row per issued Sertifikat, one to one by training and NIP; the reference sheet lists ids 1–10', () => {
    const issued = ledger(h).filter((r) => r.Jenis === 'Sertifikat' && r.PDF);
    const rows = rowsByKey(h, OUTPUTS.siasn);
    expect(rows).toHaveLength(issued.length);
    expect(first.rows).toBe(issued.length);
    expect(first.ready).toBe(issued.length);
    expect(new Set(rows.map((r) => `${r.trainingCode}|${r.nip}`))).toEqual(
      new Set(issued.map((r) => `${r['Kode Kegiatan']}|${r.NIP}`)),
    );
    expect(rows.every((r) => r.jenisDiklatId === '3' && r.status === 'Belum' && r.note === '')).toBe(true);
    const ref = rowsByKey(h, OUTPUTS.siasnReference);
    expect(ref.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(masalah(h).filter((p) => /SIASN/.test(p.message))).toEqual([]);
  });

  test('the xlsx: NIPs are 18-digit text cells, dates dd-mm-yyyy, jumlahJam the JP Rekap JP credits', async () => {
    const t = first.trainings[0];
    const f = h.env.drive._get(idOf(t.xlsx))!;
    expect(f.name).toBe(`Ekspor SIASN - ${t.code}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.content!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(['NIP', 'Nama', ...SIASN_FIELDS, 'Nama File PDF', 'Tautan PDF']);
    const col = (name: string) => header.indexOf(name) + 1;
    const jp = new Map(rowsByKey(h, OUTPUTS.jp).map((r) => [String(r.nip), r.jp]));
    const pdfs = new Set(
      h.env.drive
        ._files()
        .filter((x) => x.mimeType === 'application/pdf')
        .map((x) => x.name),
    );
    let n = 0;
    ws.eachRow((row, i) => {
      if (i === 1) return;
      n++;
      const nip = row.getCell(col('NIP')).value;
      expect(typeof nip).toBe('string');
      expect(nip).toMatch(/^\d{18}$/);
      for (const d of ['tanggalKursus', 'tanggalSelesaiKursus'])
        expect(row.getCell(col(d)).value).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      const hours = row.getCell(col('jumlahJam')).value;
      expect(Number.isInteger(hours)).toBe(true);
      expect(hours).toBe(jp.get(String(nip)));
      expect(typeof row.getCell(col('tahunKursus')).value).toBe('number');
      expect(pdfs.has(String(row.getCell(col('Nama File PDF')).value))).toBe(true);
    });
    expect(n).toBe(first.ready);
  });

  test('the JSON: each record has the NIP, the file and a kursus object with exactly the SIASN fields', () => {
    const f = h.env.drive._get(idOf(first.trainings[0].json))!;
    const records = JSON.parse(Buffer.from(f.content!).toString('utf8')) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(first.ready);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(['nip', 'nama', 'namaFilePdf', 'tautanPdf', 'kursus']);
      expect(Object.keys(r.kursus as object)).toEqual([...SIASN_FIELDS]);
      const k = r.kursus as Record<string, unknown>;
      expect(k.pnsOrangId).toBe('');
      expect(typeof k.jumlahJam).toBe('number');
      expect(r.nip).toMatch(/^\d{18}$/);
    }
  });

  test('a rerun writes no file (the same bytes), and the Status SIASN the admin typed stays', async () => {
    const sheet = h.ss.getSheetByName('Ekspor SIASN')!;
    const head = (sheet._dump() as unknown[][])[0].map(String);
    sheet.getRange(2, head.indexOf('Status SIASN') + 1).setValue('Diusulkan');
    const before = h.env.drive
      ._files()
      .filter((x) => /^Ekspor SIASN/.test(x.name))
      .map((x) => [x.id, x.content]);
    h.env.rt.resetCounters();
    const again = await h.call<SiasnExportResult>('exportSiasn');
    expect(again.message).toMatch(/0 berkas ditulis, 2 tidak berubah/);
    expect(h.env.rt.counts.get('Drive.Files.update') ?? 0).toBe(0);
    expect(h.env.rt.counts.get('Drive.Files.create') ?? 0).toBe(0);
    const after = h.env.drive
      ._files()
      .filter((x) => /^Ekspor SIASN/.test(x.name))
      .map((x) => [x.id, x.content]);
    expect(after).toEqual(before);
    const rows = rowsByKey(h, OUTPUTS.siasn);
    expect(rows[0].status).toBe('Diusulkan');
    expect(rows.slice(1).every((r) => r.status === 'Belum')).toBe(true);
  });

  test('a changed training name rewrites the files in place (same ids and links)', async () => {
    const ids = first.trainings.map((t) => [idOf(t.xlsx), idOf(t.json)]);
    const sheet = h.ss.getSheetByName('Kegiatan')!;
    const head = (sheet._dump() as unknown[][])[0].map(String);
    sheet.getRange(2, head.indexOf('Tema') + 1).setValue('Tema Baru');
    const r = await h.call<SiasnExportResult>('exportSiasn');
    expect(r.message).toMatch(/2 berkas ditulis, 0 tidak berubah/);
    expect(r.trainings.map((t) => [idOf(t.xlsx), idOf(t.json)])).toEqual(ids);
    expect(rowsByKey(h, OUTPUTS.siasn).every((x) => x.namaKursus === 'Tema Baru')).toBe(true);
  });
});

describe('Ekspor SIASN reports what SIASN would refuse', () => {
  test('a blank Jenis Diklat SIASN is taken from Jenis Kompetensi with a Peringatan; an unknown one is a Kesalahan', async () => {
    const h = await issuedSynth(6);
    const r = await h.call<SiasnExportResult>('exportSiasn');
    // the synthetic training's Jenis Kompetensi is Teknis: Diklat Teknis (3), to be checked
    const warned = masalah(h).filter((p) => p.column === 'Jenis Diklat SIASN');
    expect(warned.map((p) => [p.level, p.sheet, p.row])).toEqual([['Peringatan', 'Kegiatan', 2]]);
    expect(warned[0].message).toMatch(/dipakai Diklat Teknis karena Jenis Kompetensinya Teknis/);
    expect(r.ready).toBe(r.rows);
    expect(rowsByKey(h, OUTPUTS.siasn).every((x) => x.jenisDiklatId === '3')).toBe(true);
    typeInKegiatan(h, 'Jenis Diklat SIASN', 'Diklat Teknik');
    const bad = await h.call<SiasnExportResult>('exportSiasn');
    const err = masalah(h).filter((p) => p.column === 'Jenis Diklat SIASN');
    expect(err.map((p) => [p.level, p.sheet, p.row])).toEqual([['Error', 'Kegiatan', 2]]);
    expect(bad.ready).toBe(0);
    expect(
      rowsByKey(h, OUTPUTS.siasn).every(
        (x) => x.jenisDiklatId === '' && /tidak ada di daftar SIASN/.test(String(x.note)),
      ),
    ).toBe(true);
  });
});

describe('Ekspor SIASN calls stay flat as certificates grow', () => {
  async function calls(n: number): Promise<Record<string, number>> {
    const h = await issuedSynth(n);
    typeInKegiatan(h, 'Jenis Diklat SIASN', '3');
    await h.call('exportSiasn');
    h.env.rt.resetCounters();
    await h.call('exportSiasn');
    return h.env.rt.snapshot();
  }
  test('the same calls for 6 and 40 certificates (a rerun on unchanged data)', async () => {
    const small = await calls(6);
    const large = await calls(40);
    const ids = 'SpreadsheetApp.Sheet.getSheetId';
    expect({ ...large, [ids]: 0 }).toEqual({ ...small, [ids]: 0 });
  });
});
