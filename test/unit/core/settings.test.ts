// Unit tests of Pengaturan: defaults, reading key/value rows, and the problems of unknown, repeated or bad values.

import {
  bandLabel,
  certificateSettingsBlocker,
  defaultSettings,
  parseSettings,
  SETTING_DEFS,
} from '../../../src/core/settings';

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
    ['setting.weightsZero', 'Error', 5, 'Nilai'],
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

// ---------------------------------------------------------------- percent cells, groups as a whole (issue 11)

const fmtRows = (...kvf: Array<[unknown, unknown, string?]>) =>
  kvf.map(([key, value, format], i) => ({ row: i + 2, key, value, format }));

test('a percent setting typed "90%" (stored 0.9, format 0%) reads as 90; text "90%" the same', () => {
  const { settings, problems } = parseSettings(
    fmtRows(
      ['Batas Kehadiran Sertifikat (%)', 0.9, '0%'],
      ['Bobot Post-Test', 0.605, '0.0%'],
      ['Bobot Keaktifan', '20%'],
      ['Batas Predikat Sangat Memuaskan', 0.9501, '0.00%'],
    ),
  );
  expect(problems.list).toEqual([]);
  expect(settings).toMatchObject({ attendanceThreshold: 90, weightPost: 60.5, weightActivity: 20 });
  expect(settings.predicateBands[0]).toEqual({ label: 'Sangat Memuaskan', min: 95.01 });
  expect(settings.refused).toEqual([]);
});

test('a percent in a setting that is no percent (minutes, counts, scale) is an Error; the default is used', () => {
  const { settings, problems } = parseSettings(
    fmtRows(['Menit per JP', 0.45, '0%'], ['Jumlah Piagam', '5%'], ['Skala Evaluasi', 0.04, '0%']),
  );
  expect(problems.list.map((p) => [p.code, p.level, p.row, p.column])).toEqual([
    ['setting.percentFormat', 'Error', 2, 'Nilai'],
    ['setting.percentFormat', 'Error', 3, 'Nilai'],
    ['setting.percentFormat', 'Error', 4, 'Nilai'],
  ]);
  expect(problems.list[0].message).toBe(
    'Nilai "45%" untuk "Menit per JP" ditulis atau diformat sebagai persen, padahal pengaturan ini bukan persen; nilai bawaan 45 dipakai.',
  );
  expect(settings).toMatchObject({ minutesPerJp: 45, awardCount: 5, evaluationScale: 4 });
  expect(settings.refused).toEqual(['Menit per JP', 'Jumlah Piagam', 'Skala Evaluasi']);
  expect(certificateSettingsBlocker(settings)).toMatch(/"Menit per JP", "Jumlah Piagam"/);
});

test('counts in a sane range: minutes per JP whole, 1–240; awards 0–100; scale 2–10', () => {
  const { settings, problems } = parseSettings(
    rows(['Menit per JP', 22.5], ['Menit per JP ', 0], ['Jumlah Piagam', 1000], ['Skala Evaluasi', 1]),
  );
  expect(problems.codes()).toEqual([
    'setting.invalid',
    'setting.duplicate',
    'setting.invalid',
    'setting.invalid',
  ]);
  expect(settings).toMatchObject({ minutesPerJp: 45, awardCount: 5, evaluationScale: 4 });
});

test('predicate bands out of order: an Error at each cell concerned, the whole group takes its defaults', () => {
  // the example: Sangat Memuaskan and Memuaskan swapped, 96.4 would be graded Memuaskan
  const { settings, problems } = parseSettings(
    rows(['Batas Predikat Sangat Memuaskan', 80.01], ['Batas Predikat Memuaskan', 90.01]),
  );
  expect(problems.list.map((p) => [p.code, p.level, p.sheet, p.row, p.column])).toEqual([
    ['setting.bandsOrder', 'Error', 'Pengaturan', 2, 'Nilai'],
    ['setting.bandsOrder', 'Error', 'Pengaturan', 3, 'Nilai'],
  ]);
  expect(problems.list[0].message).toBe(
    'Batas Predikat tidak berurutan: "Batas Predikat Sangat Memuaskan" (80,01) harus lebih besar daripada "Batas Predikat Memuaskan" (90,01); semua Batas Predikat memakai nilai bawaan (90,01 / 80,01 / 70,01 / 60,01).',
  );
  expect(settings.predicateBands).toEqual(defaultSettings().predicateBands);
  expect(bandLabel(settings.predicateBands, 96.4)).toBe('Sangat Memuaskan');
  expect(bandLabel(settings.predicateBands, 92.8)).toBe('Sangat Memuaskan');
  expect(settings.refused).toEqual(expect.arrayContaining(['Batas Predikat Memuaskan']));
  expect(certificateSettingsBlocker(settings)).toMatch(/sertifikat belum dapat dibuat/);
});

test('equal thresholds leave a band empty: refused; a band typed against a default neighbour is named alone', () => {
  const eq = parseSettings(rows(['Batas Predikat Cukup Memuaskan', 60.01]));
  // Cukup (typed 60.01) equals Kurang (default 60.01): only the typed cell is reported
  expect(eq.problems.list.map((p) => [p.code, p.row])).toEqual([['setting.bandsOrder', 2]]);
  expect(eq.settings.predicateBands.map((b) => b.min)).toEqual(
    defaultSettings().predicateBands.map((b) => b.min),
  );
  const ev = parseSettings(rows(['Batas Evaluasi Baik', 90]));
  expect(ev.problems.list.map((p) => [p.code, p.row])).toEqual([['setting.bandsOrder', 2]]);
  expect(ev.settings.evaluationBands).toEqual(defaultSettings().evaluationBands);
  // evaluation bands do not decide a certificate
  expect(certificateSettingsBlocker(ev.settings)).toBeNull();
  // ordered bands, typed in any row order, are accepted as typed
  const ok = parseSettings(
    rows(
      ['Batas Predikat Kurang Memuaskan', 50],
      ['Batas Predikat Sangat Memuaskan', 85],
      ['Batas Predikat Cukup Memuaskan', 65],
      ['Batas Predikat Memuaskan', 75],
    ),
  );
  expect(ok.problems.list).toEqual([]);
  expect(ok.settings.predicateBands.map((b) => b.min)).toEqual([85, 75, 65, 50, Number.NEGATIVE_INFINITY]);
  expect(certificateSettingsBlocker(ok.settings)).toBeNull();
});

test('all weights 0: the Error says the default weights are used, and certificates are held', () => {
  const { settings, problems } = parseSettings(
    rows(['Bobot Post-Test', 0], ['Bobot Keaktifan', 0], ['Bobot Tugas', 0], ['Bobot Kehadiran', 0]),
  );
  expect(problems.list.map((p) => [p.code, p.row, p.message])).toEqual([
    [
      'setting.weightsZero',
      2,
      'Jumlah semua bobot Nilai Akhir adalah 0; bobot bawaan (60 / 20 / 10 / 10) dipakai.',
    ],
  ]);
  expect(settings.refused).toEqual(['Bobot Post-Test', 'Bobot Keaktifan', 'Bobot Tugas', 'Bobot Kehadiran']);
  expect(certificateSettingsBlocker(settings)).not.toBeNull();
});
