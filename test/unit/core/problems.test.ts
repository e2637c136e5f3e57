// Unit tests of the coded problems: a code renders its catalog text at its level; the uncoded API still works.

import { PROBLEM_LEVELS, type ProblemCode } from '../../../src/core/problemCodes';
import { OTHER, Problems, problem, sortProblems } from '../../../src/core/problems';
import { PROBLEM_TEXT } from '../../../src/text/id/problems';

test('a code renders its message and suggestion from the catalog, at its level', () => {
  const p = new Problems();
  p.add(
    'participant.duplicate',
    { sheet: 'Peserta', row: 7, column: 'NIP' },
    { nip: '1', code: 'K1', firstRow: 2 },
  );
  p.add('training.endBeforeStart', { sheet: 'Kegiatan', row: 3 });
  expect(p.list).toEqual([
    {
      code: 'participant.duplicate',
      level: 'Error',
      sheet: 'Peserta',
      row: 7,
      column: 'NIP',
      message: 'NIP 1 sudah terdaftar di K1 pada baris 2; baris ini tidak dihitung.',
      suggestion: 'Hapus baris ganda.',
    },
    {
      code: 'training.endBeforeStart',
      level: 'Error',
      sheet: 'Kegiatan',
      row: 3,
      column: '',
      message: 'Tanggal Selesai lebih awal dari Tanggal Mulai.',
      suggestion: 'Periksa kedua tanggal.',
    },
  ]);
  expect(p.codes()).toEqual(['participant.duplicate', 'training.endBeforeStart']);
  expect(p.errors).toBe(2);
});

test('the uncoded error/warn keep working with the code "other"; a made problem is added as it is', () => {
  const p = new Problems();
  p.error('Formulir', 4, 'ID Formulir', 'Formulir tidak dapat dibuka.', 'Periksa ID.');
  p.warn('Formulir', null, '', 'Catatan.');
  p.add(problem('attendance.notRecorded', { sheet: 'Kehadiran', row: null }, { code: 'K1' }));
  expect(p.list.map((x) => [x.code, x.level, x.suggestion])).toEqual([
    [OTHER, 'Error', 'Periksa ID.'],
    [OTHER, 'Peringatan', ''],
    ['attendance.notRecorded', 'Peringatan', 'Isi lembar Kehadiran atau bagikan formulir Presensi.'],
  ]);
  expect([p.errors, p.warnings]).toEqual([1, 2]);
});

test('every code has a level and a message and suggestion in the catalog (and nothing else is there)', () => {
  const codes = Object.keys(PROBLEM_LEVELS) as ProblemCode[];
  expect(Object.keys(PROBLEM_TEXT).sort()).toEqual([...codes].sort());
  for (const c of codes) {
    expect(['Error', 'Peringatan']).toContain(PROBLEM_LEVELS[c]);
    expect(PROBLEM_TEXT[c].message).toBeTruthy();
    expect(PROBLEM_TEXT[c].suggestion).toBeDefined();
    expect(c).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  }
});

test('sortProblems: errors first, then sheet, row, column, message', () => {
  const at = (sheet: string, row: number | null) => ({ sheet, row });
  const ps = [
    problem('form.unreadable', at('Formulir', 2)),
    problem('training.endBeforeStart', at('Kegiatan', 5)),
    problem('training.endBeforeStart', at('Kegiatan', 3)),
    problem('nip.blank', at('Peserta', 2), { column: 'NIP', text: '' }),
  ];
  expect(sortProblems(ps).map((x) => [x.sheet, x.row])).toEqual([
    ['Kegiatan', 3],
    ['Kegiatan', 5],
    ['Peserta', 2],
    ['Formulir', 2],
  ]);
});

test("the table module's problems under their codes read as its texts do", () => {
  const p = new Problems();
  p.add(
    'header.missing',
    { sheet: 'Kehadiran', row: 1, column: 'Hadir' },
    { sheet: 'Kehadiran', header: 'Hadir' },
  );
  p.add('header.rival', { sheet: 'Peserta', row: 4 }, { sheet: 'Peserta', rival: 4, used: 2 });
  expect(p.list.map((x) => [x.level, x.message])).toEqual([
    [
      'Error',
      'Kolom wajib "Hadir" tidak ada di lembar "Kehadiran"; lembar ini tidak dibaca sampai kolomnya ada.',
    ],
    ['Peringatan', 'Baris 4 lembar "Peserta" juga tampak seperti baris judul kolom; baris 2 yang dipakai.'],
  ]);
});
