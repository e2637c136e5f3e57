// Form specs from the sheets (pure): content, Soal problems that stop a quiz, stable fingerprints, sheet names,
// follow-up reminders and the FormApp response mapping.

import { mapFormResponses } from '../../../src/core/answers';
import {
  buildFormSpecs,
  fingerprintOf,
  followUpsDue,
  responseSheetName,
  type SpecInput,
} from '../../../src/core/formSpecs';
import { emptyResponses, type FormRecord } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import { SHEETS } from '../../../src/core/schema';
import { parseWorkbook } from '../../../src/core/workbook';

const head = (k: keyof typeof SHEETS) => SHEETS[k].columns.map((c) => c.header);

function input(soal: unknown[][], extra: Partial<SpecInput> = {}): SpecInput {
  const raw = {
    trainings: [
      head('trainings'),
      ['K1', 'Tema Satu', '', '', '', new Date(2026, 10, 24), null, '', '', '', '', ''],
    ],
    sessions: [
      head('sessions'),
      ['K1', 2, '', '', '', 'Materi Dua', '', 'Bu Rina', '', '', 2],
      ['K1', 1, '', '', '', 'Materi Satu', '', 'Pak Budi', '', '', 2],
    ],
    participants: [head('participants')],
    questions: [head('questions'), ...soal],
    aspects: [
      head('aspects'),
      ['Narasumber', 'Penguasaan materi'],
      ['Narasumber', 'Ketepatan waktu'],
      ['Penyelenggaraan', 'Konsumsi'],
      ['Pasca Pelatihan', 'Penerapan di tempat kerja'],
    ],
  };
  const problems = new Problems();
  const wb = parseWorkbook(raw, 'Asia/Jakarta', problems);
  return {
    trainings: wb.trainings,
    sessions: wb.sessions,
    questions: wb.questions,
    aspects: wb.aspects,
    scale: 4,
    rawQuestions: raw.questions,
    problems: problems.list,
    ...extra,
  };
}

const GOOD = [
  ['K1', 2, 'Dua?', 'x', 'y', '', '', '', 'B', 2],
  ['K1', 1, 'Satu?', 'a', 'b', 'c', '', '', 'A', ''],
];

describe('buildFormSpecs', () => {
  test('five forms per training with the contract titles, items in No and session order', () => {
    const r = buildFormSpecs(input(GOOD));
    expect(r.skipped).toEqual([]);
    expect(r.specs.map((s) => s.kind)).toEqual([
      'Pre-Test',
      'Post-Test',
      'Evaluasi',
      'Presensi',
      'Pasca Pelatihan',
    ]);
    const pre = r.specs[0];
    expect(pre.items.map((i) => i.title)).toEqual(['NIP', 'Nama Lengkap', '1. Satu?', '2. Dua?']);
    // a plain form: the options only, no key, no points (scored from Soal at import)
    expect(pre.items[2]).toEqual({
      type: 'choice',
      title: '1. Satu?',
      help: '',
      required: true,
      choices: ['a', 'b', 'c'],
    });
    expect(pre.items[3]).toMatchObject({ choices: ['x', 'y'] });
    expect(pre.items[0]).toMatchObject({ type: 'text', required: true, pattern: '^\\d{18}$' });
    const ev = r.specs[2];
    expect(ev.items.map((i) => i.title)).toEqual([
      'Sesi 1: Materi Satu — Pak Budi',
      'Sesi 2: Materi Dua — Bu Rina',
      'Penyelenggaraan',
      'Saran',
    ]);
    expect(ev.items[0]).toMatchObject({
      rows: ['Penguasaan materi', 'Ketepatan waktu'],
      columns: ['1', '2', '3', '4'],
    });
    expect(r.specs[3].items[1]).toMatchObject({
      title: 'Sesi',
      choices: ['Sesi 1: Materi Satu', 'Sesi 2: Materi Dua'],
    });
    expect(r.specs[4].items[1]).toMatchObject({
      type: 'grid',
      title: 'Pasca Pelatihan',
      rows: ['Penerapan di tempat kerja'],
    });
  });

  test.each([
    ['missing key', ['K1', 3, 'Tiga?', 'a', 'b', '', '', '', '', 1], /Kunci jawaban kosong/],
    ['invalid key', ['K1', 3, 'Tiga?', 'a', 'b', '', '', '', 'F', 1], /Kunci "F" tidak valid/],
    [
      'key on an empty option',
      ['K1', 3, 'Tiga?', 'a', 'b', '', '', '', 'C', 1],
      /menunjuk pilihan yang kosong/,
    ],
    ['duplicate No', ['K1', 1, 'Lagi?', 'a', 'b', '', '', '', 'A', 1], /lebih dari sekali/],
    ['fewer than two options', ['K1', 3, 'Tiga?', 'a', '', '', '', '', 'A', 1], /kurang dari dua pilihan/],
    ['repeated option', ['K1', 3, 'Tiga?', 'a', 'A', '', '', '', 'A', 1], /lebih dari sekali pada soal/],
  ])('%s: no Pre/Post form for the training, the reason names the row', (_, row, why) => {
    const r = buildFormSpecs(input([...GOOD, row]));
    expect(r.specs.map((s) => s.kind)).toEqual(['Evaluasi', 'Presensi', 'Pasca Pelatihan']);
    const pre = r.skipped.find((s) => s.kind === 'Pre-Test');
    expect(pre?.reason).toMatch(/baris 4/);
    expect(pre?.reason).toMatch(why);
  });

  test('a repeated option is question.optionRepeated on its Soal row (the parser does not see it)', () => {
    const r = buildFormSpecs(input([...GOOD, ['K1', 3, 'Tiga?', 'a', 'A', '', '', '', 'A', 1]]));
    expect(r.problems.map((p) => [p.code, p.level, p.sheet, p.row, p.column, p.message])).toEqual([
      [
        'question.optionRepeated',
        'Error',
        'Soal',
        4,
        'Pilihan A',
        'Pilihan "A" ditulis lebih dari sekali pada soal yang sama.',
      ],
    ]);
  });

  test('fingerprints are stable and change with the content, not with row order', () => {
    const a = buildFormSpecs(input(GOOD)).specs;
    const b = buildFormSpecs(input([...GOOD].reverse())).specs;
    expect(a.map((s) => s.fingerprint)).toEqual(b.map((s) => s.fingerprint));
    const c = buildFormSpecs(input([GOOD[0], ['K1', 1, 'Satu lagi?', 'a', 'b', 'c', '', '', 'A', '']])).specs;
    expect(c[0].fingerprint).not.toBe(a[0].fingerprint);
    expect(c[2].fingerprint).toBe(a[2].fingerprint);
    // the key and Bobot are not in the form: changing them needs no form update (scores come from Soal)
    const k = buildFormSpecs(input([GOOD[0], ['K1', 1, 'Satu?', 'a', 'b', 'c', '', '', 'B', 3]])).specs;
    expect(k.map((s) => s.fingerprint)).toEqual(a.map((s) => s.fingerprint));
    expect(fingerprintOf({ x: 1 })).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(a.map((s) => s.fingerprint)).size).toBe(5);
  });
});

describe('the answer key is never in a form', () => {
  test('no form is a quiz or carries the key, points or the correct option in any text', () => {
    const r = buildFormSpecs(input(GOOD));
    for (const spec of r.specs) {
      expect(spec).not.toHaveProperty('isQuiz');
      const text = JSON.stringify(spec);
      expect(text).not.toMatch(/correct|points|kunci/i);
      for (const it of spec.items) expect(Object.keys(it).sort()).not.toContain('points');
    }
    const pre = r.specs[0];
    // the keyed option appears as a choice only, never in help text or the description
    for (const it of pre.items) expect(it.help).not.toMatch(/\b(a|x)\b/);
    expect(pre.description).not.toMatch(/jawaban benar|kunci/i);
  });

  test('a Bobot that is not a whole number no longer stops the tests (it is never a quiz point)', () => {
    const r = buildFormSpecs(input([...GOOD, ['K1', 3, 'Tiga?', 'a', 'b', '', '', '', 'A', 1.5]]));
    expect(r.specs.map((s) => s.kind)).toContain('Pre-Test');
    expect(r.problems).toEqual([]);
  });

  test('forms other than the tests keep the fingerprints they had while the tests were quizzes', () => {
    // fingerprints computed by the previous version (quiz-shaped specs) for this input
    const r = buildFormSpecs(input([['K1', 1, 'Satu?', 'a', 'b', 'c', '', '', 'A', '']]));
    const fp = Object.fromEntries(r.specs.map((s) => [s.kind, s.fingerprint]));
    expect(fp).toMatchObject({
      Evaluasi: '5cc826d09fc42bae',
      Presensi: '45004d03f89a637a',
      'Pasca Pelatihan': '7bdbcc54fa47e747',
    });
    // the quiz-shaped Pre-Test had 384e13e41bb34f10: the plain form differs, so an unanswered one is rebuilt
    expect(fp['Pre-Test']).not.toBe('384e13e41bb34f10');
  });
});

describe('responseSheetName', () => {
  test('Respons <Jenis> <Kode>: safe characters, at most 31, unique', () => {
    expect(responseSheetName('Pre-Test', 'DOU-2026-01', [])).toBe('Respons Pre-Test DOU-2026-01');
    expect(responseSheetName('Pre-Test', 'A/B:C?', [])).toBe('Respons Pre-Test A-B-C-');
    const long = responseSheetName('Pasca Pelatihan', 'DOU-2026-01', []);
    expect(long).toBe('Respons Pasca DOU-2026-01');
    const taken = ['respons pre-test dou-2026-01'];
    expect(responseSheetName('Pre-Test', 'DOU-2026-01', taken)).toBe('Respons Pre-Test DOU-2026-01 2');
    const huge = responseSheetName('Evaluasi', 'KODE-YANG-SANGAT-PANJANG-SEKALI', []);
    expect(huge.length).toBeLessThanOrEqual(31);
    expect(
      responseSheetName('Evaluasi', 'KODE-YANG-SANGAT-PANJANG-SEKALI', [huge]).length,
    ).toBeLessThanOrEqual(31);
    expect(responseSheetName('Evaluasi', 'KODE-YANG-SANGAT-PANJANG-SEKALI', [huge])).not.toBe(huge);
  });
});

describe('followUpsDue', () => {
  const t = (code: string, end: Date) => ({ ...input(GOOD).trainings[0], code, endDate: end });
  test('trainings that ended 6–12 months ago without Pasca responses', () => {
    const now = new Date(2026, 10, 27);
    const list = [
      t('A', new Date(2026, 3, 10)),
      t('B', new Date(2026, 9, 1)),
      t('C', new Date(2025, 9, 1)),
      t('D', new Date(2026, 2, 1)),
    ];
    expect(followUpsDue(list, new Map([['D', 3]]), now).map((x) => x.code)).toEqual(['A']);
  });
});

describe('mapFormResponses', () => {
  const form: FormRecord = {
    src: { sheet: 'Formulir', row: 2 },
    trainingCode: 'K1',
    kind: 'Post-Test',
    title: 'Post',
    formId: 'id',
    fillUrl: '',
    editUrl: '',
    responseSheet: 'Respons Post-Test K1',
    created: null,
  };
  test('NIP string kept whole, quiz points and max, answers by question No', () => {
    const out = emptyResponses();
    const n = mapFormResponses(
      form,
      {
        isQuiz: true,
        maxPoints: 3,
        items: [
          { id: 1, type: 'TEXT', title: 'NIP', rows: [] },
          { id: 2, type: 'TEXT', title: 'Nama Lengkap', rows: [] },
          { id: 3, type: 'MULTIPLE_CHOICE', title: '1. Satu?', rows: [] },
          { id: 4, type: 'MULTIPLE_CHOICE', title: '2. Dua?', rows: [] },
        ],
        responses: [
          { timestamp: new Date(0), answers: { 1: '198501012010011001', 2: 'Budi', 3: 'a' }, score: 1 },
        ],
      },
      out,
      new Problems(),
    );
    expect(n).toBe(1);
    expect(out.tests[0]).toMatchObject({
      nipRaw: '198501012010011001',
      name: 'Budi',
      points: 1,
      maxPoints: 3,
      answers: { 1: 'a' },
    });
    expect(out.tests[0].src).toEqual({ sheet: 'Respons Post-Test K1', row: 2 });
  });

  test('grid rows become ratings (null rows skipped); Sesi choice gives the session number', () => {
    const out = emptyResponses();
    mapFormResponses(
      { ...form, kind: 'Evaluasi' },
      {
        isQuiz: false,
        maxPoints: null,
        items: [
          { id: 1, type: 'GRID', title: 'Sesi 2: Materi — Bu Rina', rows: ['A', 'B'] },
          { id: 2, type: 'PARAGRAPH_TEXT', title: 'Saran', rows: [] },
        ],
        responses: [{ timestamp: null, answers: { 1: ['4', null], 2: 'Bagus' }, score: null }],
      },
      out,
      new Problems(),
    );
    expect(out.evaluations[0].ratings).toEqual([
      {
        subject: { type: 'Narasumber', session: 2 },
        aspect: 'A',
        value: '4',
        column: 'Sesi 2: Materi — Bu Rina [A]',
      },
    ]);
    expect(out.evaluations[0].comments).toEqual(['Bagus']);
    const att = emptyResponses();
    mapFormResponses(
      { ...form, kind: 'Presensi' },
      {
        isQuiz: false,
        maxPoints: null,
        items: [
          { id: 1, type: 'TEXT', title: 'NIP', rows: [] },
          { id: 2, type: 'MULTIPLE_CHOICE', title: 'Sesi', rows: [] },
        ],
        responses: [
          { timestamp: null, answers: { 1: '198501012010011001', 2: 'Sesi 3: Studi' }, score: null },
        ],
      },
      att,
      new Problems(),
    );
    expect(att.attendance[0]).toMatchObject({ session: 3, nipRaw: '198501012010011001' });
  });

  test('a form without its NIP question, or a Presensi without its Sesi question, gives no row and its code', () => {
    const p = new Problems();
    const snap = (title: string) => ({
      isQuiz: false,
      maxPoints: null,
      items: [{ id: 1, type: 'TEXT', title, rows: [] }],
      responses: [{ timestamp: new Date(0), answers: { 1: 'x' }, score: null }],
    });
    expect(mapFormResponses(form, snap('Nama Lengkap'), emptyResponses(), p)).toBe(0);
    expect(
      mapFormResponses({ ...form, kind: 'Presensi', title: 'Hadir' }, snap('NIP'), emptyResponses(), p),
    ).toBe(0);
    expect(p.list.map((x) => [x.code, x.level, x.sheet, x.row, x.column, x.message])).toEqual([
      [
        'form.noNipQuestion',
        'Error',
        'Formulir',
        2,
        'ID Formulir',
        'Formulir "Post" tidak punya pertanyaan NIP.',
      ],
      [
        'form.noSessionQuestion',
        'Error',
        'Formulir',
        2,
        'ID Formulir',
        'Formulir presensi "Hadir" tidak punya pertanyaan Sesi.',
      ],
    ]);
  });
});
