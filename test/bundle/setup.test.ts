// "Siapkan Lembar Kerja" through the bundle: creates the contract, plain text before values, idempotent, never
// changes a typed value.

import { SETUP_ORDER, SHEETS } from '../../src/core/schema';
import { SETTING_DEFS } from '../../src/core/settings';
import type { SetupResult } from '../../src/shared/rpc';
import { harness } from './harness';

const names = SETUP_ORDER.map((k) => SHEETS[k].name);

describe('setup on an empty spreadsheet', () => {
  test('creates every sheet of the contract with canonical headers, frozen and bold', async () => {
    const h = harness();
    const r = await h.call<SetupResult>('runSetup');
    expect(r.created).toEqual(names);
    for (const key of SETUP_ORDER) {
      const def = SHEETS[key];
      const sheet = h.ss.getSheetByName(def.name)!;
      expect(sheet).toBeTruthy();
      expect(h.values(def.name)[0]).toEqual(def.columns.map((c) => c.header));
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    }
    expect(r.message).toMatch(/Lembar dibuat/);
  });

  test('NIP and code columns are plain text before any value is written, so a typed NIP stays whole', async () => {
    const h = harness();
    h.env.rt.trace = [];
    await h.call('runSetup');
    // one trace segment per created sheet, in SETUP_ORDER; where a sheet has NIP/code columns, the plain-text
    // format comes before the first value written to it
    const segments = h.env.rt.trace
      .join('\n')
      .split('SpreadsheetApp.Spreadsheet.insertSheet')
      .slice(1)
      .map((s) => s.split('\n'));
    expect(segments).toHaveLength(SETUP_ORDER.length);
    SETUP_ORDER.forEach((key, i) => {
      const hasText = SHEETS[key].columns.some((c) => c.type === 'nip' || c.type === 'code');
      const format = segments[i].indexOf('SpreadsheetApp.RangeList.setNumberFormat');
      const write = segments[i].indexOf('SpreadsheetApp.Range.setValues');
      expect(write).toBeGreaterThan(0);
      if (hasText) {
        expect(format).toBeGreaterThanOrEqual(0);
        expect(format).toBeLessThan(write);
      }
    });
    const peserta = h.ss.getSheetByName('Peserta')!;
    expect(peserta.getRange('B2').getNumberFormat()).toBe('@');
    expect(peserta.getRange('A500').getNumberFormat()).toBe('@');
    // the admin types an 18-digit NIP and a code after setup: both stay text
    peserta.getRange('A2:C2').setValues([['DOU-01', '198501012010011001', 'Budi']]);
    expect(peserta.getRange('B2').getValue()).toBe('198501012010011001');
    const kehadiran = h.ss.getSheetByName('Kehadiran')!;
    expect(kehadiran.getRange('D2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    const kegiatan = h.ss.getSheetByName('Kegiatan')!;
    const v = kegiatan.getRange('C2').getDataValidation();
    expect(v?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(v?.getCriteriaValues()[0]).toEqual(['Teknis', 'Manajerial', 'Sosial Kultural', 'Pemerintahan']);
  });

  test('writes preset aspects (labelled as examples) and every default setting', async () => {
    const h = harness();
    await h.call('runSetup');
    const aspects = h.values('Aspek Evaluasi');
    expect(aspects.length).toBeGreaterThan(10);
    expect(h.ss.getSheetByName('Aspek Evaluasi')!.getRange('B1').getNote()).toMatch(/contoh/i);
    const settings = h.values('Pengaturan').slice(1);
    expect(settings.map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.key));
    expect(settings.find((r) => r[0] === 'Format Nomor Sertifikat')?.[1]).toBe(
      '{nomor:3}/DOU-ASN/{kode}/{tahun}',
    );
    expect(settings.find((r) => r[0] === 'Menit per JP')?.[1]).toBe(45);
  });

  test('running it twice changes nothing', async () => {
    const h = harness();
    await h.call('runSetup');
    const before = JSON.stringify(h.ss._dump());
    const r = await h.call<SetupResult>('runSetup');
    expect(r.created).toEqual([]);
    expect(r.addedColumns).toEqual([]);
    expect(r.presets).toEqual([]);
    expect(r.message).toBe('Semua lembar sudah lengkap; tidak ada yang diubah.');
    expect(JSON.stringify(h.ss._dump())).toBe(before);
  });
});

describe('setup on an existing workbook', () => {
  test('adds missing headers at the end, says so, and never changes a typed value', async () => {
    const h = harness();
    const peserta = h.ss.insertSheet('Peserta');
    peserta.getRange('A1:D3').setValues([
      ['Nama', 'NIP', 'Kode Kegiatan', 'Catatan saya'],
      ['Budi', "'198501012010011001", 'DOU-01', 'hadir'],
      ['Sri', "'199001012015012002", 'DOU-01', ''],
    ]);
    const before = h.values('Peserta');
    const r = await h.call<SetupResult>('runSetup');
    expect(r.addedColumns).toEqual([
      {
        sheet: 'Peserta',
        columns: ['Jabatan', 'Pangkat/Golongan', 'Unit Kerja', 'Email', 'Status Kepegawaian', 'No. HP'],
      },
    ]);
    expect(r.message).toMatch(/Kolom ditambahkan di akhir lembar Peserta/);
    const after = h.values('Peserta');
    expect(after[0]).toEqual([
      ...before[0],
      'Jabatan',
      'Pangkat/Golongan',
      'Unit Kerja',
      'Email',
      'Status Kepegawaian',
      'No. HP',
    ]);
    for (let r = 0; r < before.length; r++) expect(after[r].slice(0, 4)).toEqual(before[r]);
    expect(r.created).not.toContain('Peserta');
  });

  test('an existing settings sheet keeps its values and gains only the missing keys', async () => {
    const h = harness();
    const s = h.ss.insertSheet('Pengaturan');
    s.getRange('A1:B3').setValues([
      ['Pengaturan', 'Nilai'],
      ['Menit per JP', 60],
      ['Jumlah Piagam', 3],
    ]);
    await h.call('runSetup');
    const rows = h.values('Pengaturan');
    expect(rows[1].slice(0, 2)).toEqual(['Menit per JP', 60]);
    expect(rows[2].slice(0, 2)).toEqual(['Jumlah Piagam', 3]);
    expect(rows.filter((r) => r[0] === 'Menit per JP')).toHaveLength(1);
    expect(rows.length).toBe(SETTING_DEFS.length + 1);
  });
});

describe('setup finds the header where the readers do', () => {
  test('below a title row: missing columns go into that header row after the last used column, once', async () => {
    const h = harness();
    const peserta = h.ss.insertSheet('Peserta');
    peserta.getRange('A1:D5').setValues([
      ['Daftar Peserta DOU ASN 2026', '', '', ''],
      ['', '', '', ''],
      ['Kode Kegiatan', 'NIP', 'Nama', 'Catatan saya'],
      ['DOU-01', "'198501012010011001", 'Budi', 'hadir'],
      ['DOU-01', "'199001012015012002", 'Sri', ''],
    ]);
    const before = h.values('Peserta');
    const r = await h.call<SetupResult>('runSetup');
    const added = ['Jabatan', 'Pangkat/Golongan', 'Unit Kerja', 'Email', 'Status Kepegawaian', 'No. HP'];
    expect(r.addedColumns).toEqual([{ sheet: 'Peserta', columns: added }]);
    const after = h.values('Peserta');
    expect(after[0]).toEqual([...before[0], '', '', '', '', '', '']);
    expect(after[2]).toEqual([...before[2], ...added]);
    for (let i = 0; i < before.length; i++) expect(after[i].slice(0, 4)).toEqual(before[i]);
    // the status column below the header gets its list; the title row is left alone
    expect(peserta.getRange('I4').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(peserta.getRange('I3').getDataValidation()).toBeNull();
    const again = await h.call<SetupResult>('runSetup');
    expect(again.addedColumns).toEqual([]);
    expect(h.values('Peserta')).toEqual(after);
  });

  test('a sheet whose header cannot be found gets no second header set, and the message says why', async () => {
    const h = harness();
    const nilai = h.ss.insertSheet('Nilai');
    const rows = Array.from({ length: 12 }, (_, i) => [`catatan ${i + 1}`, i]);
    nilai.getRange(1, 1, rows.length, 2).setValues(rows);
    const before = h.values('Nilai');
    const r = await h.call<SetupResult>('runSetup');
    expect(r.addedColumns.map((a) => a.sheet)).not.toContain('Nilai');
    expect(r.created).not.toContain('Nilai');
    expect(h.values('Nilai')).toEqual(before);
    expect(r.message).toMatch(/Lembar Nilai: baris judul kolom tidak ditemukan/);
  });
});
