// Unit tests of test-score import: quiz scores, answer checking, duplicate policies, typed values winning.

import { mapFormResponses, readResponseSheet } from '../../../src/core/answers';
import { emptyResponses, type FormRecord } from '../../../src/core/model';
import { Problems, placeKey } from '../../../src/core/problems';
import { type DuplicatePolicy, defaultSettings } from '../../../src/core/settings';
import {
  answerLetter,
  importTestScores,
  responsePoints,
  scoreKey,
  scoreToType,
  type TestScoresInput,
  testKey,
} from '../../../src/core/testScores';
import { nipFor, participant, question, scoreRow, testResponse, training } from './_fixtures';

const [a, b, c] = [nipFor(1), nipFor(2), nipFor(3)];
const roster = [participant('K1', a, 'Ani'), participant('K1', b, 'Budi'), participant('K1', c, 'Citra')];
const at = (h: number, m = 0) => new Date(2026, 10, 24, h, m);

function run(o: Partial<TestScoresInput>, policy: DuplicatePolicy = 'Pertama') {
  const p = new Problems();
  const r = importTestScores(
    {
      trainings: [training('K1')],
      participants: roster,
      questions: [],
      tests: [],
      scores: [],
      settings: { ...defaultSettings(), duplicatePolicy: policy },
      ...o,
    },
    p,
  );
  return { r, p, get: (nip: string) => r.byParticipant.get(scoreKey('K1', nip)) };
}

test('quiz score: round2(points / max × 100), half away from zero', () => {
  const { get, p } = run({
    tests: [
      testResponse('K1', 'Pre-Test', a, { points: 2, maxPoints: 3 }), // 66.666… → 66.67
      testResponse('K1', 'Post-Test', a, { points: 7, maxPoints: 8 }), // 87.5
      testResponse('K1', 'Post-Test', b, { points: 1, maxPoints: 6 }), // 16.666… → 16.67
      testResponse('K1', 'Pre-Test', b, { points: 80.005, maxPoints: 100 }), // 80.005 → 80.01
    ],
  });
  expect(get(a)).toMatchObject({ pre: 66.67, post: 87.5, preImported: 66.67, postImported: 87.5 });
  expect(get(b)).toMatchObject({ pre: 80.01, post: 16.67 });
  expect(get(c)).toMatchObject({ pre: null, post: null, postTimestamp: null });
  expect(p.list).toEqual([]);
});

test('no score: answers checked against Soal.Kunci with Bobot (letters or option text)', () => {
  const questions = [
    question('K1', 1, 'A'),
    question('K1', 2, 'B', { weight: 2 }),
    question('K1', 3, 'C'),
    question('K1', 4, 'D'),
  ];
  const { get } = run({
    questions,
    tests: [
      // 1 right (A), 2 right as text ("Dua"), 3 wrong, 4 blank → (1 + 2) / 5 = 60
      testResponse('K1', 'Post-Test', a, { answers: { 1: 'a', 2: ' dua ', 3: 'A' } }),
      // all right, "C. Tiga" form → 100
      testResponse('K1', 'Post-Test', b, { answers: { 1: 'Satu', 2: 'B', 3: 'C. Tiga', 4: 'D)' } }),
    ],
  });
  expect(get(a)?.post).toBe(60);
  expect(get(b)?.post).toBe(100);
});

test('a plain (non-quiz) form: the FormApp path and the sheet path give the same answers, scored against Soal', () => {
  const form: FormRecord = {
    src: { sheet: 'Formulir', row: 2 },
    trainingCode: 'K1',
    kind: 'Pre-Test',
    title: 'Pre',
    formId: 'id',
    fillUrl: '',
    editUrl: '',
    responseSheet: 'Respons Pre-Test K1',
    created: null,
  };
  const questions = [question('K1', 1, 'A', { weight: 2 }), question('K1', 2, 'B'), question('K1', 3, 'C')];
  const ts = at(9);
  // FormApp: a form that is not a quiz (no score), answers as choice text
  const viaForm = emptyResponses();
  mapFormResponses(
    form,
    {
      isQuiz: false,
      maxPoints: null,
      items: [
        { id: 10, type: 'TEXT', title: 'NIP', rows: [] },
        { id: 11, type: 'TEXT', title: 'Nama Lengkap', rows: [] },
        { id: 12, type: 'MULTIPLE_CHOICE', title: '1. Pertanyaan 1', rows: [] },
        { id: 13, type: 'MULTIPLE_CHOICE', title: '2. Pertanyaan 2', rows: [] },
        { id: 14, type: 'MULTIPLE_CHOICE', title: '3. Pertanyaan 3', rows: [] },
      ],
      responses: [
        { timestamp: ts, answers: { 10: a, 11: 'Ani', 12: 'Satu', 13: 'Tiga', 14: 'Tiga' }, score: null },
      ],
    },
    viaForm,
    new Problems(),
  );
  // the linked sheet of the same form: no Skor column
  const viaSheet = emptyResponses();
  readResponseSheet(
    [
      ['Stempel waktu', 'NIP', 'Nama Lengkap', '1. Pertanyaan 1', '2. Pertanyaan 2', '3. Pertanyaan 3'],
      [ts, a, 'Ani', 'Satu', 'Tiga', 'Tiga'],
    ],
    form,
    viaSheet,
    new Problems(),
  );
  expect(viaForm.tests[0]).toMatchObject({
    points: null,
    maxPoints: null,
    answers: viaSheet.tests[0].answers,
  });
  expect(viaSheet.tests[0]).toMatchObject({ points: null, maxPoints: null });
  // (2 + 1) of 4 → 75, by the one scoring function (responsePoints) for both
  for (const tests of [viaForm.tests, viaSheet.tests]) {
    expect(responsePoints(tests[0], questions)).toEqual({ points: 3, maxPoints: 4 });
    expect(run({ questions, tests }).get(a)?.pre).toBe(75);
  }
});

test('answerLetter', () => {
  const q = question('K1', 1, 'B');
  expect(answerLetter(q, 'b')).toBe('B');
  expect(answerLetter(q, 'Empat')).toBe('D');
  expect(answerLetter(q, 'E. ')).toBe('E');
  expect(answerLetter(q, 'nothing')).toBeNull();
  expect(answerLetter(q, '')).toBeNull();
  expect(answerLetter(q, undefined)).toBeNull();
});

describe('duplicate policy per NIP and test', () => {
  const tests = [
    testResponse('K1', 'Post-Test', a, {
      points: 60,
      maxPoints: 100,
      timestamp: at(10),
      src: { sheet: 'R', row: 2 },
    }),
    testResponse('K1', 'Post-Test', a, {
      points: 90,
      maxPoints: 100,
      timestamp: at(9),
      src: { sheet: 'R', row: 3 },
    }),
    testResponse('K1', 'Post-Test', a, {
      points: 70,
      maxPoints: 100,
      timestamp: at(11),
      src: { sheet: 'R', row: 4 },
    }),
    testResponse('K1', 'Post-Test', b, {
      points: 50,
      maxPoints: 100,
      timestamp: at(9),
      src: { sheet: 'R', row: 5 },
    }),
  ];
  test.each([
    ['Pertama', 90, 9],
    ['Terakhir', 70, 11],
    ['Tertinggi', 90, 9],
  ] as const)('%s', (policy, score, hour) => {
    const { get, p, r } = run({ tests }, policy);
    expect(get(a)?.post).toBe(score);
    expect(get(a)?.postTimestamp?.getTime()).toBe(at(hour).getTime());
    expect(get(b)?.post).toBe(50);
    // The two responses not used are each reported; the chosen list has one per NIP.
    expect(p.codes()).toEqual(['response.duplicate', 'response.duplicate']);
    expect(p.list.every((x) => x.message.includes(`Respons Ganda: ${policy}`))).toBe(true);
    expect(
      r.chosen
        .get(testKey('K1', 'Post-Test'))
        ?.map((x) => x.nip)
        .sort(),
    ).toEqual([a, b].sort());
  });
  test('Tertinggi breaks a score tie by the earliest timestamp', () => {
    const { get } = run(
      {
        tests: [
          testResponse('K1', 'Post-Test', a, { points: 80, maxPoints: 100, timestamp: at(12) }),
          testResponse('K1', 'Post-Test', a, { points: 80, maxPoints: 100, timestamp: at(8) }),
        ],
      },
      'Tertinggi',
    );
    expect(get(a)?.postTimestamp?.getTime()).toBe(at(8).getTime());
  });
});

test('typed Nilai values win; the post timestamp is dropped for a typed post', () => {
  const { get } = run({
    tests: [
      testResponse('K1', 'Pre-Test', a, { points: 40, maxPoints: 100 }),
      testResponse('K1', 'Post-Test', a, { points: 70, maxPoints: 100 }),
      testResponse('K1', 'Post-Test', b, { points: 75, maxPoints: 100, timestamp: at(9) }),
    ],
    scores: [scoreRow('K1', a, { post: 85.125, activity: 90, task: 80 }), scoreRow('K1', b, { pre: 50 }, 3)],
  });
  expect(get(a)).toMatchObject({
    pre: 40,
    post: 85.13,
    postImported: 70,
    postTyped: true,
    postTimestamp: null,
    activity: 90,
    task: 80,
  });
  expect(get(b)).toMatchObject({ pre: 50, preTyped: true, post: 75, postTimestamp: at(9) });
});

test('unknown NIP → Error with the closest roster match; Peringatan once the fix is typed', () => {
  const typo = `${a.slice(0, 16)}99`;
  const r1 = run({ tests: [testResponse('K1', 'Post-Test', typo, { points: 5, maxPoints: 10 })] });
  expect(r1.p.codes()).toEqual(['response.nipNotEnrolled']);
  expect(r1.p.list[0]).toMatchObject({ level: 'Error', column: 'NIP' });
  expect(r1.p.list[0].suggestion).toContain(`Mungkin maksudnya ${a} (Ani)`);
  const r2 = run({
    tests: [testResponse('K1', 'Post-Test', typo, { points: 5, maxPoints: 10 })],
    scores: [scoreRow('K1', a, { post: 50 })],
  });
  expect(r2.p.codes()).toEqual(['response.nipNotEnrolledTyped']);
  expect(r2.p.list[0].level).toBe('Peringatan');
});

test('number-typed NIP in a response → Error at that response cell, never guessed', () => {
  const { p, get } = run({
    tests: [
      testResponse('K1', 'Post-Test', Number(a), { points: 9, maxPoints: 10, src: { sheet: 'R', row: 12 } }),
    ],
  });
  expect(get(a)?.post).toBeNull();
  expect(p.codes()).toEqual(['response.nipNumberTyped']);
  expect(p.list[0]).toMatchObject({ level: 'Error', sheet: 'R', row: 12, column: 'NIP' });
});

test('a response without score and without Soal → Error', () => {
  const { p } = run({ tests: [testResponse('K1', 'Pre-Test', a, { answers: { 1: 'A' } })] });
  expect(p.list[0]).toMatchObject({ code: 'response.unscorable', level: 'Error', column: 'Skor' });
});

test('Nilai rows come from the parser (one per roster NIP): used as given, shown rounded, not checked again', () => {
  const { p, get } = run({ scores: [scoreRow('K1', a, { post: 70.005, activity: 80 }, 2)] });
  expect(get(a)).toMatchObject({ post: 70.01, postTyped: true, activity: 80, record: { src: { row: 2 } } });
  expect(p.list).toEqual([]);
});

test('chosen responses (for Analisis Soal) hold valid roster NIPs only; the score still reaches the participant', () => {
  const p = new Problems();
  const r = importTestScores(
    {
      trainings: [training('K1')],
      participants: [participant('K1', a, 'Ani'), participant('K1', '12345', 'Invalid')],
      questions: [],
      tests: [
        testResponse('K1', 'Post-Test', a, { points: 5, maxPoints: 10 }),
        testResponse('K1', 'Post-Test', '12345', { points: 6, maxPoints: 10 }),
      ],
      scores: [],
      settings: defaultSettings(),
    },
    p,
  );
  expect(r.chosen.get(testKey('K1', 'Post-Test'))?.map((x) => x.nip)).toEqual([a]);
  expect(r.byParticipant.get(scoreKey('K1', '12345'))?.post).toBe(60);
});

describe('a response whose participant is damaged or unmatched (issue 14 item 3: the cause, and the right fix)', () => {
  test('the NIP is right but Peserta stored it as a number: the response follows that Peserta cell, no NIP guessed', () => {
    const damaged = participant('K1', Number(a) as unknown as string, 'Ani', {
      src: { sheet: 'Peserta', row: 13 },
    });
    expect(damaged.nipValid).toBe(false);
    const p = new Problems();
    importTestScores(
      {
        trainings: [training('K1')],
        participants: [damaged, participant('K1', b, 'Budi')],
        questions: [],
        tests: [testResponse('K1', 'Pre-Test', a, { points: 5, maxPoints: 10, src: { sheet: 'R', row: 6 } })],
        scores: [],
        settings: defaultSettings(),
      },
      p,
    );
    expect(p.codes()).toEqual(['reference.nipStoredAsNumber']);
    expect(p.list[0]).toMatchObject({ sheet: 'R', row: 6, column: 'NIP', level: 'Error' });
    expect(p.list[0].follows).toBe(placeKey({ sheet: 'Peserta', row: 13, column: 'NIP' }));
    expect(p.list[0].suggestion).toBe('Ketik ulang NIP di lembar Peserta baris 13 sebagai teks.');
  });

  test('a damaged NIP is never suggested as the match for a typo', () => {
    const damaged = participant('K1', Number(a) as unknown as string, 'Ani');
    const typo = `${String(damaged.nip).slice(0, 17)}7`;
    const p = new Problems();
    importTestScores(
      {
        trainings: [training('K1')],
        participants: [damaged],
        questions: [],
        tests: [testResponse('K1', 'Post-Test', typo, { points: 5, maxPoints: 10 })],
        scores: [],
        settings: defaultSettings(),
      },
      p,
    );
    expect(p.list[0].suggestion).not.toContain(damaged.nip);
    expect(p.list[0].suggestion).not.toContain('Mungkin maksudnya');
  });

  test('an unmatched response says the score to type, and the missing Post-Test follows it', () => {
    const typo = `${a.slice(0, 16)}99`;
    const { p, r } = run({
      tests: [
        testResponse('K1', 'Post-Test', typo, { points: 9, maxPoints: 12, src: { sheet: 'R', row: 6 } }),
      ],
    });
    expect(p.list[0].suggestion).toBe(
      `Mungkin maksudnya ${a} (Ani). Skor 9/12 → ketik 75 di lembar Nilai, kolom Post-Test, untuk NIP ${a}.`,
    );
    expect(r.byParticipant.get(scoreKey('K1', a))?.pendingPost).toEqual({
      sheet: 'R',
      row: 6,
      column: 'NIP',
    });
    // once typed, nothing is pending and no score is offered
    const typed = run({
      tests: [testResponse('K1', 'Post-Test', typo, { points: 9, maxPoints: 12 })],
      scores: [scoreRow('K1', a, { post: 75 })],
    });
    expect(typed.r.byParticipant.get(scoreKey('K1', a))?.pendingPost).toBeUndefined();
    expect(typed.p.list[0].suggestion).not.toContain('Skor');
  });

  test('scoreToType rounds as Nilai does and writes Indonesian decimals', () => {
    expect(scoreToType({ points: 9, maxPoints: 12 })).toBe('skor 9/12 → ketik 75');
    expect(scoreToType({ points: 2, maxPoints: 3 })).toBe('skor 2/3 → ketik 66,67');
  });
});
