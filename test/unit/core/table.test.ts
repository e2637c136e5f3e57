// The one table reader: header aliases, any column order, blank rows skipped, missing and duplicate headers.

import { Problems } from '../../../src/core/problems';
import { headerKey, SHEETS } from '../../../src/core/schema';
import { readTable } from '../../../src/core/table';

describe('readTable', () => {
  test('maps canonical headers and English aliases in any order, ignoring extra columns', () => {
    const p = new Problems();
    const t = readTable(
      [
        ['Name', 'Catatan', ' kode   KEGIATAN ', 'NIP', 'Unit'],
        ['Budi', 'x', 'DOU-01', '198501012010011001', 'BKPSDM'],
      ],
      SHEETS.participants,
      p,
    );
    expect(t.headerRow).toBe(1);
    expect(t.rows).toEqual([
      {
        row: 2,
        cells: expect.objectContaining({
          name: 'Budi',
          trainingCode: 'DOU-01',
          nip: '198501012010011001',
          unit: 'BKPSDM',
          email: '',
        }),
      },
    ]);
    expect(p.list).toEqual([]);
  });

  test('skips blank rows (and rows holding only unticked checkboxes) and keeps sheet row numbers', () => {
    const p = new Problems();
    const t = readTable(
      [
        ['Kode Kegiatan', 'Sesi', 'NIP', 'Hadir'],
        ['A', 1, 'n1', true],
        ['', '', '', false],
        ['  ', '', '', ''],
        ['A', 2, 'n1', false],
      ],
      SHEETS.attendance,
      p,
    );
    expect(t.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  test('finds a header below a title row', () => {
    const p = new Problems();
    const t = readTable(
      [['Daftar Peserta DOU ASN 2026'], [], ['Kode Kegiatan', 'NIP', 'Nama'], ['A', 'n', 'Budi']],
      SHEETS.participants,
      p,
    );
    expect(t.headerRow).toBe(3);
    expect(t.rows[0].row).toBe(4);
  });

  test('a missing required column is an Error naming the sheet and column; the rows are still read', () => {
    const p = new Problems();
    const t = readTable(
      [
        ['Kode Kegiatan', 'Sesi', 'NIP'],
        ['A', 1, 'n'],
      ],
      SHEETS.attendance,
      p,
    );
    expect(p.list).toEqual([
      expect.objectContaining({ level: 'Error', sheet: 'Kehadiran', row: 1, column: 'Hadir' }),
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].cells.present).toBe('');
  });

  test('a duplicate header is a Peringatan and the first column wins', () => {
    const p = new Problems();
    const t = readTable(
      [
        ['NIP', 'Nama', 'Name', 'Kode Kegiatan'],
        ['n', 'Budi', 'Other', 'A'],
      ],
      SHEETS.participants,
      p,
    );
    expect(t.rows[0].cells.name).toBe('Budi');
    expect(p.list[0]).toMatchObject({ level: 'Peringatan', column: 'Name' });
  });

  test('headerKey ignores case, spaces and punctuation', () => {
    expect(headerKey(' Pre-Test ')).toBe(headerKey('pretest'));
    expect(headerKey('Pangkat/Golongan')).toBe(headerKey('pangkat golongan'));
    expect(headerKey('Batas Kehadiran (%)')).toBe('bataskehadiran%');
  });
});
