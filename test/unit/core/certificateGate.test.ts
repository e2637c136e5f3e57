// Unit tests of the certificate gate's pure rules: the grade printed, whether a training has ended, planning only
// the scope, and the Errors that stop a run.

import {
  blockingProblems,
  causeText,
  gradeShown,
  planInScope,
  trainingEnded,
  withGradePolicy,
} from '../../../src/core/certificateGate';
import { type MergeValues, newLedgerRow } from '../../../src/core/certificates';
import { problem } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';

const bands = defaultSettings().predicateBands;

test('Cetak Predikat: the lowest band is the failing one; a hidden grade empties Predikat and Nilai Akhir', () => {
  expect(gradeShown('Hanya predikat lulus', bands, 'Tidak Memuaskan')).toBe(false);
  expect(gradeShown('Hanya predikat lulus', bands, 'Kurang Memuaskan')).toBe(true);
  expect(gradeShown('Ya', bands, 'Tidak Memuaskan')).toBe(true);
  expect(gradeShown('Tidak', bands, 'Sangat Memuaskan')).toBe(false);
  expect(gradeShown('Ya', bands, '')).toBe(false);
  const v = { Predikat: 'Tidak Memuaskan', 'Nilai Akhir': '29,20', Nama: 'A' } as MergeValues;
  expect(withGradePolicy(v, 'Hanya predikat lulus', bands)).toMatchObject({
    Predikat: '',
    'Nilai Akhir': '',
    Nama: 'A',
  });
  expect(withGradePolicy(v, 'Ya', bands)).toBe(v);
});

test('a training has ended on its last day (calendar days, not instants); no date = not ended', () => {
  const day = { year: 2026, month: 12, day: 2 };
  expect(trainingEnded(new Date(2026, 11, 2), day)).toBe(true);
  expect(trainingEnded(new Date(2026, 11, 2, 23, 59), day)).toBe(true);
  expect(trainingEnded(new Date(2026, 11, 3), day)).toBe(false);
  expect(trainingEnded(new Date(2025, 11, 31), day)).toBe(true);
  expect(trainingEnded(null, day)).toBe(false);
});

test('planning a scope leaves the other trainings’ rows exactly in place, unnumbered and not eligible', () => {
  const outside = newLedgerRow({
    trainingCode: 'B',
    kind: 'Sertifikat',
    number: '',
    nip: '2',
    name: 'Budi',
    status: '',
    email: '',
  });
  const inside = newLedgerRow({
    trainingCode: 'A',
    kind: 'Sertifikat',
    number: '',
    nip: '1',
    name: 'Ani',
    status: '',
    email: '',
  });
  const plan = planInScope(
    [outside, inside],
    [
      { trainingCode: 'A', kind: 'Sertifikat', nip: '1', name: 'Ani', email: '' },
      { trainingCode: 'A', kind: 'Sertifikat', nip: '3', name: 'Cici', email: '' },
      { trainingCode: 'B', kind: 'Sertifikat', nip: '4', name: 'Dodi', email: '' },
    ],
    { numberFor: (code, _k, seq) => `${code}-${seq}`, sequenceOf: () => null },
    new Set(['A']),
  );
  expect(plan.rows[0]).toBe(outside);
  expect(outside.number).toBe('');
  expect(outside.note).toBe('');
  expect(plan.rows.map((r) => [r.trainingCode, r.nip, r.number])).toEqual([
    ['B', '2', ''],
    ['A', '1', 'A-1'],
    ['A', '3', 'A-2'],
  ]);
  expect([...plan.eligible].every((k) => k.startsWith('A'))).toBe(true);
});

test('Errors of the scope block by cause; other trainings’ do not; an Error of no known training blocks', () => {
  const at = (row: number) => ({ sheet: 'Peserta', row, column: 'NIP' });
  const ps = [
    problem('nip.invalid', { ...at(5), trainingCode: 'A' }, {
      sheet: 'Peserta',
      row: 5,
      column: 'NIP',
      value: 'x',
      reason: 'r',
    } as never),
    problem('nip.invalid', { ...at(9), trainingCode: 'A' }, {
      sheet: 'Peserta',
      row: 9,
      column: 'NIP',
      value: 'x',
      reason: 'r',
    } as never),
    problem('nip.invalid', { ...at(12), trainingCode: 'B' }, {
      sheet: 'Peserta',
      row: 12,
      column: 'NIP',
      value: 'x',
      reason: 'r',
    } as never),
    problem('attendance.notRecorded', { sheet: 'Kehadiran', row: null }, { code: 'A' }),
  ];
  const r = blockingProblems(ps, new Set(['A']), (p) => p.trainingCode ?? null);
  expect(r.causes.map(causeText)).toEqual(['NIP tidak valid: 2 baris (Peserta baris 5, Peserta baris 9)']);
  expect([r.errors, r.warnings]).toEqual([2, 1]);
  expect(blockingProblems(ps, new Set(['C']), (p) => p.trainingCode ?? null).errors).toBe(0);
  const global = problem('setting.weightsZero', { sheet: 'Pengaturan', row: 3 });
  expect(blockingProblems([global], new Set(['C']), () => null).errors).toBe(1);
});
