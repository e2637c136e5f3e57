// Unit tests of Nilai Akhir: weights, renormalisation, missing components, Predikat.

import {
  type Components,
  computeFinalScores,
  finalScoreOf,
  planComponents,
} from '../../../src/core/finalScore';
import { Problems } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';

const settings = defaultSettings(); // 60 / 20 / 10 / 10
const member = (c: Partial<Components>, scoreRow: number | null = null, name = 'Ani') => ({
  components: { post: null, activity: null, task: null, attendance: null, ...c },
  name,
  nip: '198503152010011002',
  participantSrc: { sheet: 'Peserta', row: 5 },
  scoreSrc: scoreRow === null ? null : { sheet: 'Nilai', row: scoreRow },
});

test('all components: Σ wᵢcᵢ / Σ wᵢ', () => {
  const plan = planComponents([{ post: 80, activity: 90, task: 70, attendance: 100 }], settings);
  expect(plan.used.map((u) => u.name)).toEqual(['Post-Test', 'Keaktifan', 'Tugas', 'Kehadiran']);
  // (60·80 + 20·90 + 10·70 + 10·100) / 100 = 83
  expect(finalScoreOf({ post: 80, activity: 90, task: 70, attendance: 100 }, plan).finalScore).toBe(83);
});

test('no Tugas at all → weights 60/20/10 renormalised over 90, with one Peringatan', () => {
  const p = new Problems();
  const { plan, results } = computeFinalScores(
    'K1',
    [
      member({ post: 80, activity: 90, attendance: 100 }, 2),
      member({ post: 70, activity: 75, attendance: 87.5 }, 3),
    ],
    settings,
    p,
  );
  expect(plan.dropped).toEqual(['Tugas']);
  // (60·80 + 20·90 + 10·100) / 90 = 84.444… → 84.44
  expect(results[0].finalScore).toBe(84.44);
  // (60·70 + 20·75 + 10·87.5) / 90 = 73.0555… → 73.06
  expect(results[1].finalScore).toBe(73.06);
  expect(results[1].predicate).toBe('Cukup Memuaskan');
  expect(p.codes()).toEqual(['finalScore.componentDropped']);
  expect(p.list[0]).toMatchObject({ level: 'Peringatan', sheet: 'Nilai', column: 'Tugas' });
});

test('attendance not recorded → dropped without its own warning here', () => {
  const p = new Problems();
  const { plan, results } = computeFinalScores(
    'K1',
    [member({ post: 80, activity: 90, task: 70 })],
    settings,
    p,
  );
  expect(plan.dropped).toEqual(['Kehadiran']);
  // (60·80 + 20·90 + 10·70) / 90 = 81.11
  expect(results[0].finalScore).toBe(81.11);
  expect(p.list).toEqual([]);
});

test('a participant missing a component others have gets 0, Peringatan at the Nilai or Peserta row', () => {
  const p = new Problems();
  const { results } = computeFinalScores(
    'K1',
    [
      member({ post: 90, activity: 80, task: 100, attendance: 100 }, 2),
      member({ post: 90, activity: 80, attendance: 100 }, 3, 'Budi'), // no Tugas, has a Nilai row
      member({ activity: 80, task: 100, attendance: 100 }, null, 'Citra'), // no Nilai row at all
    ],
    settings,
    p,
  );
  expect(results[1]).toMatchObject({ finalScore: 80, missing: ['Tugas'] }); // (5400 + 1600 + 0 + 1000) / 100
  expect(results[2]).toMatchObject({ finalScore: 36, missing: ['Post-Test'] }); // (0 + 1600 + 1000 + 1000) / 100
  expect(p.list.map((x) => [x.code, x.sheet, x.row, x.column])).toEqual([
    ['finalScore.componentMissing', 'Nilai', 3, 'Tugas'],
    ['finalScore.componentMissing', 'Peserta', 5, ''],
  ]);
  // the message names the participant
  expect(p.list[0].message).toContain('Budi (198503152010011002)');
});

test('rounding at .005: half away from zero on the decimal value', () => {
  // only Post-Test (60) and Keaktifan (20): (60·80.01 + 20·80) / 80 = 80.0075 → 80.01
  const plan = planComponents([{ post: 80.01, activity: 80, task: null, attendance: null }], settings);
  expect(finalScoreOf({ post: 80.01, activity: 80, task: null, attendance: null }, plan).finalScore).toBe(
    80.01,
  );
  // (60·80.01 + 20·80 + 10·80 + 10·80) / 100 = 80.006 → 80.01
  const plan4 = planComponents([{ post: 80.01, activity: 80, task: 80, attendance: 80 }], settings);
  expect(finalScoreOf({ post: 80.01, activity: 80, task: 80, attendance: 80 }, plan4).finalScore).toBe(80.01);
  // (10·70.05) / 10 with only Tugas weight: 70.05 exactly stays
  const only = { ...settings, weightPost: 0, weightActivity: 0, weightAttendance: 0 };
  const planT = planComponents([{ post: 99, activity: 99, task: 70.05, attendance: 99 }], only);
  expect(finalScoreOf({ post: 99, activity: 99, task: 70.05, attendance: 99 }, planT).finalScore).toBe(70.05);
});

test('weight 0 components are never used nor warned about', () => {
  const p = new Problems();
  const s = { ...settings, weightTask: 0 };
  const { plan } = computeFinalScores('K1', [member({ post: 70, activity: 70, attendance: 70 })], s, p);
  expect(plan.used.map((u) => u.name)).toEqual(['Post-Test', 'Keaktifan', 'Kehadiran']);
  expect(p.list).toEqual([]);
});

test('Predikat bands (defaults) and no component → null', () => {
  const pred = (post: number) =>
    computeFinalScores('K', [member({ post })], settings, new Problems()).results[0].predicate;
  expect(pred(90.01)).toBe('Sangat Memuaskan');
  expect(pred(90)).toBe('Memuaskan');
  expect(pred(80.01)).toBe('Memuaskan');
  expect(pred(70.01)).toBe('Cukup Memuaskan');
  expect(pred(60.01)).toBe('Kurang Memuaskan');
  expect(pred(60)).toBe('Tidak Memuaskan');
  const none = computeFinalScores('K', [member({})], settings, new Problems()).results[0];
  expect(none).toEqual({ finalScore: null, predicate: '', missing: [] });
});
