// Unit tests of Pengaturan: defaults, reading key/value rows, and the problems of unknown, repeated or bad values.

import { defaultSettings, parseSettings, SETTING_DEFS } from '../../../src/core/settings';

const rows = (...kv: Array<[unknown, unknown]>) => kv.map(([key, value], i) => ({ row: i + 2, key, value }));

test('defaults: every key applied as if typed; each key has its help text', () => {
  const s = defaultSettings();
  expect(s).toMatchObject({ minutesPerJp: 45, targetJp: 20, awardCount: 5, duplicatePolicy: 'Pertama' });
  expect(s.predicateBands.map((b) => [b.label, b.min])).toEqual([
    ['Sangat Memuaskan', 90.01],
    ['Memuaskan', 80.01],
    ['Cukup Memuaskan', 70.01],
    ['Kurang Memuaskan', 60.01],
    ['Tidak Memuaskan', Number.NEGATIVE_INFINITY],
  ]);
  expect(s.emailSubject).toBe('Sertifikat {{Tema}}');
  for (const d of SETTING_DEFS) expect(d.help).toMatch(/\.$/);
});

test('values are read by kind; keys match as headers do', () => {
  const { settings, problems } = parseSettings(
    rows(
      ['menit  per jp', '50'],
      ['Respons Ganda', 'terakhir'],
      ['Kirim Email', 'Ya'],
      ['Bobot Tugas', '12,5'],
    ),
  );
  expect(settings).toMatchObject({
    minutesPerJp: 50,
    duplicatePolicy: 'Terakhir',
    sendEmail: true,
    weightTask: 12.5,
  });
  expect(problems.list).toEqual([]);
});

test('unknown, repeated and unreadable settings; all weights 0 falls back to the defaults', () => {
  const { settings, problems } = parseSettings(
    rows(
      ['Warna Tema', 'biru'],
      ['Jumlah Piagam', 2.5],
      ['Respons Ganda', 'Acak'],
      ['Bobot Post-Test', 0],
      ['Bobot Keaktifan', 0],
      ['Bobot Tugas', 0],
      ['Bobot Kehadiran', 0],
      ['Bobot Kehadiran', 5],
    ),
  );
  expect(problems.list.map((p) => [p.code, p.level, p.row, p.column])).toEqual([
    ['setting.unknown', 'Peringatan', 2, 'Pengaturan'],
    ['setting.invalid', 'Error', 3, 'Nilai'],
    ['setting.invalid', 'Error', 4, 'Nilai'],
    ['setting.duplicate', 'Peringatan', 9, 'Pengaturan'],
    ['setting.weightsZero', 'Error', null, 'Nilai'],
  ]);
  expect(problems.list[1]).toMatchObject({
    message: 'Nilai "2.5" untuk "Jumlah Piagam" tidak dapat dibaca; nilai bawaan 5 dipakai.',
    suggestion: 'Isi dengan angka antara 0 dan 100 (bilangan bulat).',
  });
  expect(problems.list[2].suggestion).toBe('Pilih salah satu: Pertama / Terakhir / Tertinggi.');
  expect(settings).toMatchObject({
    awardCount: 5,
    duplicatePolicy: 'Pertama',
    weightPost: 60,
    weightAttendance: 10,
  });
});
