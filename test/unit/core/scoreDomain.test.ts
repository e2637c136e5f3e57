// Imported scores checked against their domain by every route (issue 11 item 1): a response sheet's Skor cell, a
// quiz's item scores through FormApp, the add-on's store edited by hand, answers against Soal, and the last guard
// where the rules take their scores. Out of domain is an Error at its source, never a clamped or skipped value.

import { mapAnswers, mapFormResponses, quizScore, readResponseSheet } from '../../../src/core/answers';
import type { FormSnapshot } from '../../../src/core/formResponses';
import { emptyResponses, type FormRecord } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import { parseScoreCell } from '../../../src/core/responseSheets';
import { ANSWER_HEADERS, answerCells, parseStore } from '../../../src/core/responseStore';
import { inPercentDomain, scoreFault } from '../../../src/core/scoreDomain';
import { defaultSettings } from '../../../src/core/settings';
import { importTestScores, scoreKey } from '../../../src/core/testScores';
import { formRecord, nipFor, participant, question, scoreRow, testResponse, training } from './_fixtures';

const A = nipFor(1);
const form = (o: Partial<FormRecord> = {}): FormRecord => formRecord('K1', o, 3);

const PHRASE: Record<string, string> = {
  aboveMax: 'melebihi nilai maksimumnya',
  negative: 'kurang dari 0',
  maxNotPositive: 'nilai maksimumnya 0 atau kurang',
  notNumber: 'bukan angka',
};

/** A response sheet with one row whose Skor cell is `cell`: what the reader and the mapper make of it. */
function sheetWith(cell: unknown) {
  const problems = new Problems();
  const out = emptyResponses();
  readResponseSheet(
    [
      ['Stempel waktu', 'Skor', 'NIP', 'Nama'],
      [new Date(2026, 10, 24, 9), cell, A, 'Ani'],
    ],
    form(),
    out,
    problems,
  );
  return { tests: out.tests, problems };
}

describe('the domain', () => {
  test('points of a max: finite, max > 0, 0 ≤ points ≤ max; 0–100 for a score', () => {
    expect(scoreFault(8, 10)).toBeNull();
    expect(scoreFault(0, 10)).toBeNull();
    expect(scoreFault(10, 10)).toBeNull();
    expect(scoreFault(11, 10)).toBe('aboveMax');
    expect(scoreFault(-3, 10)).toBe('negative');
    expect(scoreFault(0, 0)).toBe('maxNotPositive');
    expect(scoreFault(10, -5)).toBe('maxNotPositive');
    expect(scoreFault(Number.NaN, 10)).toBe('notNumber');
    expect(scoreFault(5, Number.POSITIVE_INFINITY)).toBe('notNumber');
    expect(scoreFault('8', 10)).toBe('notNumber');
    expect(inPercentDomain(100)).toBe(true);
    expect(inPercentDomain(100.01)).toBe(false);
    expect(inPercentDomain(-0.01)).toBe(false);
    expect(inPercentDomain(Number.NaN)).toBe(false);
  });

  test('parseScoreCell reads the syntax only: "8 / 10", "8/10", "8,5 / 10", "85%", a number', () => {
    expect(parseScoreCell('8 / 10')).toEqual({ points: 8, max: 10 });
    expect(parseScoreCell('8/10')).toEqual({ points: 8, max: 10 });
    expect(parseScoreCell('8,5 / 10')).toEqual({ points: 8.5, max: 10 });
    expect(parseScoreCell('85%')).toEqual({ points: 85, max: 100 });
    expect(parseScoreCell('10 / -5')).toEqual({ points: 10, max: -5 });
    expect(parseScoreCell(150)).toEqual({ points: 150, max: 100 });
    expect(parseScoreCell('NaN')).toBeNull();
    expect(parseScoreCell('delapan')).toBeNull();
  });
});

describe('a response sheet (Skor / Nilai column)', () => {
  test.each([
    ['11 / 10', 'aboveMax'],
    ['-3 / 10', 'negative'],
    [150, 'aboveMax'],
    [-1, 'negative'],
    ['0 / 0', 'maxNotPositive'],
    ['10 / -5', 'maxNotPositive'],
    [Number.NaN, 'notNumber'],
    [Number.POSITIVE_INFINITY, 'notNumber'],
    [1e300, 'aboveMax'],
    ['99999999999999999999 / 10', 'aboveMax'],
    ['150%', 'aboveMax'],
    ['150', 'aboveMax'],
  ])('%p is an Error at the Skor cell, the response not scored', (cell, fault) => {
    const { tests, problems } = sheetWith(cell);
    expect(tests).toEqual([]);
    expect(problems.list).toHaveLength(1);
    const [p] = problems.list;
    expect(p).toMatchObject({
      code: 'response.scoreOutOfRange',
      level: 'Error',
      sheet: 'Respons Post',
      row: 2,
      column: 'Skor',
    });
    expect(p.message).toContain('Post-Test');
    expect(p.message).toContain(A);
    expect(p.suggestion).toMatch(/Perbaiki skornya di lembar ini/);
    expect(p.message).toContain(PHRASE[fault]);
  });

  test.each([
    ['8 / 10', 8, 10],
    ['8/10', 8, 10],
    ['8,5 / 10', 8.5, 10],
    ['0 / 10', 0, 10],
    ['10 / 10', 10, 10],
    [85, 85, 100],
    ['85%', 85, 100],
    ['85', 85, 100],
    ['92,5', 92.5, 100],
    [0, 0, 100],
  ])('%p is read exactly', (cell, points, max) => {
    const { tests, problems } = sheetWith(cell);
    expect(problems.list).toEqual([]);
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ points, maxPoints: max });
  });

  test('text that is not a score stays a Peringatan (unreadable), as before', () => {
    const { tests, problems } = sheetWith('delapan');
    expect(tests).toEqual([]);
    expect(problems.codes()).toEqual(['response.scoreUnreadable']);
  });
});

describe('a Google Form quiz through FormApp', () => {
  const items: FormSnapshot['items'] = [
    { id: 0, type: 'TEXT', title: 'NIP', rows: [] },
    { id: 1, type: 'MULTIPLE_CHOICE', title: '1. Soal satu', rows: [], points: 4 },
    { id: 2, type: 'MULTIPLE_CHOICE', title: '2. Soal dua', rows: [], points: 6 },
  ];
  const snap = (itemScores: unknown[] | undefined, score: number | null = null): FormSnapshot => ({
    isQuiz: true,
    maxPoints: 10,
    items,
    responses: [
      {
        timestamp: new Date(2026, 10, 24, 9, 5, 7),
        answers: { 0: A },
        score: score ?? (itemScores ?? []).reduce<number>((s, v) => s + Number(v ?? 0), 0),
        ...(itemScores ? { itemScores } : {}),
      },
    ],
  });
  const read = (s: FormSnapshot) => {
    const problems = new Problems();
    const out = emptyResponses();
    mapFormResponses(form({ formId: 'F1', title: 'Post-Test Etika' }), s, out, problems);
    return { tests: out.tests, problems };
  };

  test('item scores within their points: the total of the maximum', () => {
    const { tests, problems } = read(snap([4, 3]));
    expect(problems.list).toEqual([]);
    expect(tests[0]).toMatchObject({ points: 7, maxPoints: 10 });
  });

  test.each([
    [[5, 0], '1. Soal satu', 'aboveMax'],
    [[-1, 6], '1. Soal satu', 'negative'],
    [[4, Number.NaN], '2. Soal dua', 'notNumber'],
    [[4, '3'], '2. Soal dua', 'notNumber'],
  ])('item scores %p: an Error naming the form, the item, the NIP and the time', (scores, item, fault) => {
    const { tests, problems } = read(snap(scores));
    expect(tests).toEqual([]);
    expect(problems.codes()).toEqual(['response.scoreOutOfRange']);
    const [p] = problems.list;
    expect(p.level).toBe('Error');
    expect(p.column).toBe(item);
    expect(p.message).toContain('"Post-Test Etika"');
    expect(p.message).toContain(`soal "${item}"`);
    expect(p.message).toContain(`NIP ${A}`);
    expect(p.message).toContain('24/11/2026 09:05:07');
    expect(p.suggestion).toMatch(/Google Formulir/);
    expect(quizScore(snap(scores), snap(scores).responses[0])).toMatchObject({ fault });
  });

  test('without item scores the total is checked against the maximum', () => {
    expect(read(snap(undefined, 11)).problems.codes()).toEqual(['response.scoreOutOfRange']);
    expect(read(snap(undefined, -2)).problems.codes()).toEqual(['response.scoreOutOfRange']);
    expect(read(snap(undefined, 9)).tests[0]).toMatchObject({ points: 9, maxPoints: 10 });
  });

  test('a quiz whose items have no points has no score: the answers go to Soal', () => {
    const s: FormSnapshot = {
      ...snap([0, 0]),
      maxPoints: 0,
      items: items.map((i) => (i.points === undefined ? i : { ...i, points: 0 })),
    };
    const { tests, problems } = read(s);
    expect(problems.list).toEqual([]);
    expect(tests[0]).toMatchObject({ points: null, maxPoints: null });
    // a grade above an item's 0 points is still an Error
    const graded = read({ ...s, responses: [{ ...s.responses[0], itemScores: [1, 0], score: 1 }] });
    expect(graded.problems.codes()).toEqual(['response.scoreOutOfRange']);
  });
});

describe("the add-on's store (_Respons) edited by hand", () => {
  const row = (points: unknown, max: unknown) => {
    const cells = answerCells({
      source: 'F1',
      responseId: 'r1',
      trainingCode: 'K1',
      kind: 'Post-Test',
      nip: A,
      timestamp: new Date(2026, 10, 24, 9),
      name: 'Ani',
      points: 8,
      maxPoints: 10,
      answers: { questions: {} },
      src: { sheet: 'Respons Post', row: 2 },
    });
    cells[7] = points;
    cells[8] = max;
    return cells;
  };
  const read = (points: unknown, max: unknown) => {
    const store = parseStore([ANSWER_HEADERS, row(points, max)], []);
    const problems = new Problems();
    const out = emptyResponses();
    mapAnswers(form({ formId: 'F1' }), store.answers.get('F1') ?? [], out, problems);
    return { tests: out.tests, problems };
  };

  test.each([
    [150, 10],
    [-3, 10],
    [5, 0],
    [5, -1],
    ['banyak', 10],
    [150, ''],
  ])('Poin %p of %p: an Error at the store cell, never used', (points, max) => {
    const { tests, problems } = read(points, max);
    expect(tests).toEqual([]);
    expect(problems.list).toHaveLength(1);
    expect(problems.list[0]).toMatchObject({
      code: 'response.scoreOutOfRange',
      level: 'Error',
      sheet: '_Respons',
      row: 2,
      column: 'Poin',
    });
    expect(problems.list[0].suggestion).toMatch(/Tarik Respons/);
  });

  test('points within their maximum are read back exactly', () => {
    expect(read(8, 10).tests[0]).toMatchObject({ points: 8, maxPoints: 10 });
    expect(read('', '').tests[0]).toMatchObject({ points: null, maxPoints: null });
  });
});

describe('answers against the Soal key, and the last guard', () => {
  const roster = [participant('K1', A, 'Ani')];
  const run = (o: Parameters<typeof importTestScores>[0] extends infer I ? Partial<I> : never) => {
    const problems = new Problems();
    const r = importTestScores(
      {
        trainings: [training('K1')],
        participants: roster,
        questions: [],
        tests: [],
        scores: [],
        settings: defaultSettings(),
        ...o,
      },
      problems,
    );
    return { problems, ps: r.byParticipant.get(scoreKey('K1', A)) };
  };

  test('every Bobot 0 (max 0): an Error that names the weights, no division by zero', () => {
    const questions = [question('K1', 1, 'A', { weight: 0 }), question('K1', 2, 'B', { weight: 0 })];
    const { problems, ps } = run({
      questions,
      tests: [testResponse('K1', 'Post-Test', A, { answers: { 1: 'A', 2: 'B' } })],
    });
    expect(ps?.post).toBeNull();
    expect(problems.codes()).toEqual(['response.keyWeightsZero']);
    expect(problems.list[0]).toMatchObject({ level: 'Error', column: 'Bobot' });
  });

  test('more answers than questions: the extra answers count for nothing, the score stays ≤ 100', () => {
    const questions = [question('K1', 1, 'A'), question('K1', 2, 'B')];
    const { problems, ps } = run({
      questions,
      tests: [testResponse('K1', 'Post-Test', A, { answers: { 1: 'A', 2: 'B', 3: 'C', 4: 'D', 9: 'A' } })],
    });
    expect(problems.list).toEqual([]);
    expect(ps?.post).toBe(100);
  });

  test('a response reaching the rules with points outside their domain is an Error there, not used', () => {
    const { problems, ps } = run({
      tests: [testResponse('K1', 'Post-Test', A, { points: 11, maxPoints: 10 })],
    });
    expect(ps?.post).toBeNull();
    expect(problems.codes()).toEqual(['score.outOfDomain']);
    expect(problems.list[0].level).toBe('Error');
  });

  test('a typed Nilai outside 0–100 that reached the rules is an Error at its cell, not used', () => {
    const { problems, ps } = run({ scores: [scoreRow('K1', A, { post: 150, activity: -1, pre: 50 })] });
    expect(ps).toMatchObject({ post: null, postTyped: false, activity: null, pre: 50 });
    expect(problems.codes()).toEqual(['score.outOfDomain', 'score.outOfDomain']);
    expect(problems.list.map((p) => p.column)).toEqual(['Post-Test', 'Keaktifan']);
  });
});
