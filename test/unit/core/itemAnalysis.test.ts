// Unit tests of Analisis Soal: percent correct, Peningkatan, Tingkat Kesukaran, Daya Beda (n ≥ 10 and n < 10).

import { analyzeItems, difficultyOf } from '../../../src/core/itemAnalysis';
import type { TestResponse } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';
import { importTestScores } from '../../../src/core/testScores';
import { nipFor, participant, question, testResponse, training } from './_fixtures';

const questions = [question('K1', 1, 'A'), question('K1', 2, 'B'), question('K1', 3, 'C')];

function analyse(
  n: number,
  post: (i: number) => Record<number, string>,
  pre: (i: number) => Record<number, string>,
) {
  const nips = Array.from({ length: n }, (_, i) => nipFor(i));
  const tests: TestResponse[] = [];
  nips.forEach((nip, i) => {
    // Totals from the quiz score (10 − i points of 10), so taker i is the (i+1)-th best.
    tests.push(
      testResponse('K1', 'Post-Test', nip, {
        points: 10 - i,
        maxPoints: 10,
        answers: post(i),
        src: { sheet: 'Post', row: i + 2 },
      }),
    );
    tests.push(
      testResponse('K1', 'Pre-Test', nip, {
        points: 1,
        maxPoints: 10,
        answers: pre(i),
        src: { sheet: 'Pre', row: i + 2 },
      }),
    );
  });
  const p = new Problems();
  const scores = importTestScores(
    {
      trainings: [training('K1')],
      participants: nips.map((nip, i) => participant('K1', nip, `P${i}`)),
      questions,
      tests,
      scores: [],
      settings: defaultSettings(),
    },
    p,
  );
  expect(p.list).toEqual([]);
  return analyzeItems([training('K1')], questions, scores.chosen);
}

test('n = 10: percentages, Peningkatan, Kesukaran, Daya Beda with upper/lower 3', () => {
  const q1Right = new Set([0, 1, 2, 3, 4, 5, 9]); // upper 3/3, lower 1/3
  const q2Right = new Set([7, 8]); // upper 0/3, lower 2/3
  const rows = analyse(
    10,
    (i) => ({ 1: q1Right.has(i) ? 'A' : 'C', 2: q2Right.has(i) ? 'Dua' : 'A' }),
    (i) => ({ 1: i < 3 ? 'a' : 'B', 2: i < 5 ? 'B' : 'C' }),
  );
  expect(rows).toEqual([
    {
      trainingCode: 'K1',
      no: 1,
      text: 'Pertanyaan 1',
      prePercent: 30,
      postPercent: 70,
      improvement: 40,
      difficulty: 'Sedang',
      discrimination: 0.67,
      note: '',
      flags: [],
    },
    {
      trainingCode: 'K1',
      no: 2,
      text: 'Pertanyaan 2',
      prePercent: 50,
      postPercent: 20,
      improvement: -30,
      difficulty: 'Sukar',
      discrimination: -0.67,
      // fewer right after than before: it got worse
      note: 'Memburuk: yang benar di Post-Test lebih sedikit daripada di Pre-Test; periksa materi sesi dan kunci jawabannya; Terlalu sukar; Daya beda negatif: periksa kunci jawaban',
      flags: ['worse', 'tooHard', 'negative'],
    },
    {
      trainingCode: 'K1',
      no: 3,
      text: 'Pertanyaan 3',
      prePercent: 0,
      postPercent: 0,
      improvement: 0,
      difficulty: 'Sukar',
      discrimination: 0,
      note: 'Tidak ada yang menjawab; Terlalu sukar; Daya beda rendah',
      flags: ['tooHard', 'low'],
    },
  ]);
});

test('n < 10: no Daya Beda, with a note', () => {
  const rows = analyse(
    4,
    (i) => ({ 1: 'A', 2: i === 0 ? 'B' : 'C' }),
    () => ({}),
  );
  expect(rows[0]).toMatchObject({
    prePercent: 0,
    postPercent: 100,
    improvement: 100,
    difficulty: 'Mudah',
    discrimination: null,
  });
  expect(rows[0].note).toBe('Daya beda tidak dihitung: kurang dari 10 peserta');
  expect(rows[1]).toMatchObject({ postPercent: 25, difficulty: 'Sukar', discrimination: null });
  expect(rows[1].note).toBe('Daya beda tidak dihitung: kurang dari 10 peserta; Terlalu sukar');
});

test('no responses yet', () => {
  const rows = analyzeItems([training('K1')], questions, new Map());
  expect(rows).toHaveLength(3);
  expect(rows[0]).toMatchObject({
    prePercent: null,
    postPercent: null,
    improvement: null,
    difficulty: '',
    discrimination: null,
  });
  expect(rows[0].note).toBe('Belum ada respons');
});

test('difficulty bands on the shown post percent', () => {
  expect(difficultyOf(70.01)).toBe('Mudah');
  expect(difficultyOf(70)).toBe('Sedang');
  expect(difficultyOf(30)).toBe('Sedang');
  expect(difficultyOf(29.99)).toBe('Sukar');
  expect(difficultyOf(null)).toBe('');
});

test('too easy: more than 90% right before the training (or, without a Pre-Test, after it)', () => {
  // 10 takers: question 1 right for all before and after, question 2 right for 9 of 10 before and all after
  const rows = analyse(
    10,
    () => ({ 1: 'A', 2: 'Dua' }),
    (i) => ({ 1: 'A', 2: i === 0 ? 'C' : 'B' }),
  );
  expect(rows[0]).toMatchObject({ prePercent: 100, postPercent: 100 });
  expect(rows[0].flags).toContain('tooEasy');
  expect(rows[0].note).toMatch(/^Terlalu mudah: lebih dari 90% sudah benar sebelum pelatihan/);
  // exactly 90% before is not more than 90%
  expect(rows[1]).toMatchObject({ prePercent: 90 });
  expect(rows[1].flags).not.toContain('tooEasy');
});
