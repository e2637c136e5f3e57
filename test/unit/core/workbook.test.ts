// The workbook parser: the rules that decide which rows count, reported at their cells.

import { Problems } from '../../../src/core/problems';
import { SHEETS } from '../../../src/core/schema';
import { parseWorkbook, type RawWorkbook } from '../../../src/core/workbook';

const NIP = '198501012010011001';
const h = (k: keyof typeof SHEETS) => SHEETS[k].columns.map((c) => c.header);

function book(extra: RawWorkbook = {}): RawWorkbook {
  return {
    trainings: [h('trainings'), ['K1', 'Tema', '', '', '', new Date(2026, 10, 24), '', '', '', '', '', '']],
    sessions: [
      ['Kode Kegiatan', 'Sesi', 'JP'],
      ['K1', 1, 2],
      ['K1', 2, 2],
    ],
    participants: [
      ['Kode Kegiatan', 'NIP', 'Nama'],
      ['K1', NIP, 'Budi'],
    ],
    ...extra,
  };
}

describe('parseWorkbook', () => {
  test('Kehadiran rows with Hadir left blank are not "absent": left out, one Peringatan per training', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({ attendance: [h('attendance'), ['K1', 1, NIP, ''], ['K1', 2, NIP, ''], ['K1', 2, NIP, true]] }),
      'Asia/Jakarta',
      p,
    );
    expect(wb.attendance.map((a) => [a.session, a.present])).toEqual([[2, true]]);
    expect(p.list).toEqual([
      expect.objectContaining({
        level: 'Peringatan',
        sheet: 'Kehadiran',
        row: 2,
        column: 'Hadir',
        message: expect.stringMatching(/^2 baris/),
      }),
    ]);
  });

  test('a reference to a NIP stored as a number in Peserta points at that Peserta row', () => {
    const p = new Problems();
    parseWorkbook(
      book({
        participants: [
          ['Kode Kegiatan', 'NIP', 'Nama'],
          ['K1', Number(NIP), 'Budi'],
        ],
        attendance: [h('attendance'), ['K1', 1, NIP, true]],
      }),
      'Asia/Jakarta',
      p,
    );
    const ref = p.list.find((x) => x.sheet === 'Kehadiran');
    expect(ref).toMatchObject({ level: 'Error', row: 2, column: 'NIP' });
    expect(ref?.message).toMatch(/Peserta baris 2.*angka/);
    expect(p.list.find((x) => x.sheet === 'Peserta')).toMatchObject({
      level: 'Error',
      row: 2,
      column: 'NIP',
    });
  });

  test('a sheet missing a required column is not read at all', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({
        attendance: [
          ['Kode Kegiatan', 'Sesi', 'NIP'],
          ['K1', 1, NIP],
        ],
      }),
      'Asia/Jakarta',
      p,
    );
    expect(wb.attendance).toEqual([]);
    expect(p.list).toEqual([
      expect.objectContaining({ level: 'Error', sheet: 'Kehadiran', column: 'Hadir' }),
    ]);
  });

  test('a participant listed twice in a training counts once; the later row is an Error', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({
        participants: [
          ['Kode Kegiatan', 'NIP', 'Nama'],
          ['K1', NIP, 'Budi'],
          ['K1', `'${NIP}`, 'Budi lagi'],
        ],
      }),
      'Asia/Jakarta',
      p,
    );
    expect(wb.participants.map((x) => x.name)).toEqual(['Budi']);
    expect(p.list).toEqual([
      expect.objectContaining({ level: 'Error', sheet: 'Peserta', row: 3, column: 'NIP' }),
    ]);
  });
});
