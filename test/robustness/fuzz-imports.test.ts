// Fuzz of imported scores (issue 11 item 1): generated scores in and out of their domain by every route (a response
// sheet's Skor cell, a quiz's item scores through FormApp, the add-on's store edited by hand), through the core
// readers and through the built bundle. Properties: every out-of-domain score is an Error naming its source and
// never reaches an output; every in-domain score is read exactly (against an independent, integer computation).

import fc from 'fast-check';
import type { FakeForm, FakeFormApp } from '../../emulator/forms';
import { submitResponse } from '../../emulator/respondent';
import { mapAnswers, mapFormResponses, readResponseSheet } from '../../src/core/answers';
import type { FormSnapshot } from '../../src/core/formResponses';
import { emptyResponses, type FormRecord } from '../../src/core/model';
import { Problems } from '../../src/core/problems';
import { ANSWER_HEADERS, answerCells, parseStore } from '../../src/core/responseStore';
import { OUTPUTS } from '../../src/core/schema';
import { defaultSettings } from '../../src/core/settings';
import { importTestScores, scoreKey } from '../../src/core/testScores';
import type { ScoresResult } from '../../src/shared/rpc';
import { oneTraining, rowsByKey, testNip, typeBelowHeader } from '../bundle/harness';
import { formRecord, participant, training } from '../unit/core/_fixtures';

const SEED = Number(process.env.FUZZ_SEED ?? 20261102);
const CODE = 'K1';
const NIPS = Array.from({ length: 9 }, (_, i) => testNip(i + 1));

/** round2(10·a / m) half away from zero, in integers: the score of a/10 points of m, independent of src/core. */
function expectedScore(tenths: number, max: number): number {
  const n = 1000 * tenths;
  const q = Math.floor(n / max);
  return (2 * (n - q * max) >= max ? q + 1 : q) / 100;
}

// ---------------------------------------------------------------- score cells of a response sheet

/** A Skor cell and what it means: `ok` with points (in tenths) of max, or out of its domain. */
type ScoreCase = { cell: unknown; ok: true; tenths: number; max: number } | { cell: unknown; ok: false };

const dec = (tenths: number, comma: boolean) => {
  const s = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  return comma ? s.replace('.', ',') : s;
};

const inDomainCell: fc.Arbitrary<ScoreCase> = fc
  .record({
    max: fc.integer({ min: 1, max: 200 }),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    form: fc.constantFrom('spaced', 'tight', 'number', 'percent', 'text'),
    comma: fc.boolean(),
  })
  .map(({ max, frac, form, comma }): ScoreCase => {
    if (form === 'spaced' || form === 'tight') {
      const tenths = Math.floor(frac * max * 10);
      const cell = form === 'spaced' ? `${dec(tenths, comma)} / ${max}` : `${dec(tenths, comma)}/${max}`;
      return { cell, ok: true, tenths, max };
    }
    const tenths = Math.floor(frac * 1000);
    if (form === 'number') return { cell: tenths / 10, ok: true, tenths, max: 100 };
    return { cell: `${dec(tenths, comma)}${form === 'percent' ? '%' : ''}`, ok: true, tenths, max: 100 };
  });

const outOfDomainCell: fc.Arbitrary<ScoreCase> = fc
  .oneof(
    fc
      .integer({ min: 1, max: 100 })
      .chain((m) => fc.integer({ min: m + 1, max: 10 * m }).map((p) => `${p} / ${m}`)),
    fc.integer({ min: 1, max: 100 }).chain((m) => fc.integer({ min: 1, max: m }).map((p) => `-${p} / ${m}`)),
    fc.integer({ min: 0, max: 50 }).map((p) => `${p} / 0`),
    fc.integer({ min: 1, max: 50 }).map((m) => `3 / -${m}`),
    fc.double({ min: 100.01, max: 1e300, noNaN: true }),
    fc.double({ min: -1e300, max: -0.01, noNaN: true }),
    fc.integer({ min: 101, max: 100000 }).map((n) => `${n}%`),
    fc.constantFrom<unknown>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '999999999999999999999 / 7',
    ),
  )
  .map((cell): ScoreCase => ({ cell, ok: false }));

const caseArb = fc.oneof({ weight: 3, arbitrary: inDomainCell }, { weight: 2, arbitrary: outOfDomainCell });

const form = (o: Partial<FormRecord> = {}): FormRecord => formRecord(CODE, o, 2);

const roster = NIPS.map((nip, i) => participant(CODE, nip, `Peserta ${i + 1}`));

/** The rules' view of the tests read: post score per NIP, and the problems. */
function scores(out: ReturnType<typeof emptyResponses>, problems: Problems) {
  const r = importTestScores(
    {
      trainings: [training(CODE)],
      participants: roster,
      questions: [],
      tests: out.tests,
      scores: [],
      settings: defaultSettings(),
    },
    problems,
  );
  return (nip: string) => r.byParticipant.get(scoreKey(CODE, nip))?.post ?? null;
}

const ERROR = 'response.scoreOutOfRange';

describe('fuzz: imported scores against their domain, core readers', () => {
  test('a response sheet: out of domain is an Error at its Skor cell and no score; in domain read exactly', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: NIPS.length }), (cases) => {
        const rows = cases.map((c, i) => [new Date(2026, 10, 24, 9, i), c.cell, NIPS[i], `Peserta ${i + 1}`]);
        const problems = new Problems();
        const out = emptyResponses();
        readResponseSheet([['Stempel waktu', 'Skor', 'NIP', 'Nama'], ...rows], form(), out, problems);
        const post = scores(out, problems);
        cases.forEach((c, i) => {
          const at = problems.list.filter((p) => p.row === i + 2);
          if (c.ok) {
            expect(at).toEqual([]);
            expect(post(NIPS[i])).toBeCloseTo(expectedScore(c.tenths, c.max), 9);
          } else {
            expect(at.map((p) => [p.code, p.level, p.sheet, p.column])).toEqual([
              [ERROR, 'Error', 'Respons Post', 'Skor'],
            ]);
            expect(at[0].message).toContain(NIPS[i]);
            expect(post(NIPS[i])).toBeNull();
          }
        });
        expect(problems.list.every((p) => p.code === ERROR)).toBe(true);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  const itemScoreArb = (points: number) =>
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.integer({ min: 0, max: points }).map((v) => ({ v: v as unknown, ok: true })),
      },
      { weight: 1, arbitrary: fc.constant({ v: null as unknown, ok: true }) },
      {
        weight: 2,
        arbitrary: fc
          .oneof(
            fc.integer({ min: points + 1, max: points + 50 }),
            fc.integer({ min: -50, max: -1 }),
            fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, '3', {}),
          )
          .map((v) => ({ v, ok: false })),
      },
    );

  test('a quiz through FormApp: any item score outside 0..points is an Error naming form, item, NIP', () => {
    const quizArb = fc
      .array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 6 })
      .chain((points) =>
        fc.record({
          points: fc.constant(points),
          responses: fc.array(fc.tuple(...points.map(itemScoreArb)), {
            minLength: 1,
            maxLength: NIPS.length,
          }),
        }),
      );
    fc.assert(
      fc.property(quizArb, ({ points, responses }) => {
        const max = points.reduce((s, p) => s + p, 0);
        const snap: FormSnapshot = {
          isQuiz: true,
          maxPoints: max,
          items: [
            { id: 0, type: 'TEXT', title: 'NIP', rows: [] },
            ...points.map((p, k) => ({
              id: k + 1,
              type: 'MULTIPLE_CHOICE',
              title: `${k + 1}. Soal`,
              rows: [],
              points: p,
            })),
          ],
          responses: responses.map((scoresOf, i) => ({
            timestamp: new Date(2026, 10, 24, 9, i),
            answers: { 0: NIPS[i] },
            score: scoresOf.reduce((s, x) => s + Number(x.v ?? 0), 0),
            itemScores: scoresOf.map((x) => x.v),
          })),
        };
        const problems = new Problems();
        const out = emptyResponses();
        mapFormResponses(form({ formId: 'F1', title: 'Kuis Etika' }), snap, out, problems);
        const post = scores(out, problems);
        responses.forEach((scoresOf, i) => {
          const errs = problems.list.filter((p) => p.row === i + 2 && p.code === ERROR);
          const firstBad = scoresOf.findIndex((x) => !x.ok);
          if (firstBad >= 0) {
            expect(errs).toHaveLength(1);
            expect(errs[0].level).toBe('Error');
            expect(errs[0].column).toBe(`${firstBad + 1}. Soal`);
            expect(errs[0].message).toContain('"Kuis Etika"');
            expect(errs[0].message).toContain(`NIP ${NIPS[i]}`);
            expect(post(NIPS[i])).toBeNull();
          } else {
            expect(errs).toEqual([]);
            const got = scoresOf.reduce((s, x) => s + ((x.v as number | null) ?? 0), 0);
            // a quiz without points has no score: the answers go to Soal (none here: unscorable)
            if (max > 0) expect(post(NIPS[i])).toBeCloseTo(expectedScore(got * 10, max), 9);
            else expect(post(NIPS[i])).toBeNull();
          }
        });
      }),
      { numRuns: 400, seed: SEED + 1 },
    );
  });

  test('the store edited by hand: Poin outside 0..Poin Maks is an Error at the _Respons cell, never used', () => {
    const cellArb = fc.oneof(
      fc
        .record({ p: fc.integer({ min: 0, max: 20 }), m: fc.integer({ min: 20, max: 40 }) })
        .map((x) => ({ ...x, ok: true })),
      fc
        .oneof(
          fc.record({ p: fc.integer({ min: 41, max: 1000 }), m: fc.integer({ min: 1, max: 40 }) }),
          fc.record({ p: fc.integer({ min: -100, max: -1 }), m: fc.integer({ min: 1, max: 40 }) }),
          fc.record({ p: fc.integer({ min: 0, max: 10 }), m: fc.integer({ min: -5, max: 0 }) }),
          fc.record({ p: fc.constantFrom<unknown>('banyak', true, Number.NaN), m: fc.constant(10) }),
        )
        .map((x) => ({ ...x, ok: false })),
    );
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: NIPS.length }), (cells) => {
        const rows = cells.map((c, i) => {
          const r = answerCells({
            source: 'F1',
            responseId: `r${i}`,
            trainingCode: CODE,
            kind: 'Post-Test',
            nip: NIPS[i],
            timestamp: new Date(2026, 10, 24, 9, i),
            name: '',
            points: 1,
            maxPoints: 2,
            answers: { questions: {} },
            src: { sheet: 'Respons Post', row: i + 2 },
          });
          r[7] = c.p;
          r[8] = c.m;
          return r;
        });
        const store = parseStore([ANSWER_HEADERS, ...rows], []);
        const problems = new Problems();
        const out = emptyResponses();
        mapAnswers(form({ formId: 'F1' }), store.answers.get('F1') ?? [], out, problems);
        const post = scores(out, problems);
        cells.forEach((c, i) => {
          const errs = problems.list.filter((p) => p.sheet === '_Respons' && p.row === i + 2);
          if (c.ok) {
            expect(errs).toEqual([]);
            expect(post(NIPS[i])).toBeCloseTo(expectedScore((c.p as number) * 10, c.m), 9);
          } else {
            expect(errs.map((p) => [p.code, p.level, p.column])).toEqual([[ERROR, 'Error', 'Poin']]);
            expect(post(NIPS[i])).toBeNull();
          }
        });
      }),
      { numRuns: 300, seed: SEED + 2 },
    );
  });
});

// ---------------------------------------------------------------- through the built bundle

const workbook = () =>
  oneTraining(
    CODE,
    NIPS.map((nip, i) => ({ nip, name: `Peserta ${i + 1}` })),
  );

/** Rekap Nilai holds nothing outside 0–100; the out-of-domain NIPs have no Post-Test, rank or Piagam. */
function checkRekap(h: Awaited<ReturnType<typeof workbook>>, r: ScoresResult, bad: Set<string>) {
  for (const row of rowsByKey(h, OUTPUTS.results)) {
    for (const k of ['pre', 'post', 'finalScore'] as const) {
      if (row[k] === '') continue;
      expect(row[k] as number).toBeGreaterThanOrEqual(0);
      expect(row[k] as number).toBeLessThanOrEqual(100);
    }
    if (bad.has(String(row.nip))) expect([row.post, row.rank, row.award]).toEqual(['', '', '']);
  }
  const errs = r.problems.filter((p) => p.code === ERROR);
  expect(errs).toHaveLength(bad.size);
  if (bad.size) expect(r.message).not.toMatch(/Tidak ada masalah/);
}

describe('fuzz: imported scores against their domain, through the bundle', () => {
  test('a hand-made response sheet', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { minLength: NIPS.length, maxLength: NIPS.length }),
        async (cases) => {
          const h = await workbook();
          typeBelowHeader(h.ss, 'Formulir', [
            [CODE, 'Post-Test', 'Post-Test', '', '', '', 'Respons Post', ''],
          ]);
          const sheet = h.ss.insertSheet('Respons Post');
          sheet.getRange(1, 2, cases.length + 1, 2).setNumberFormat('@');
          sheet
            .getRange(1, 1, cases.length + 1, 4)
            .setValues([
              ['Stempel waktu', 'Skor', 'NIP', 'Nama'],
              ...cases.map((c, i) => [new Date(2026, 10, 24, 9, i), c.cell, NIPS[i], `Peserta ${i + 1}`]),
            ]);
          const r = await h.call<ScoresResult>('computeScores');
          const bad = new Set(NIPS.filter((_, i) => !cases[i].ok));
          checkRekap(h, r, bad);
          const body = rowsByKey(h, OUTPUTS.results);
          cases.forEach((c, i) => {
            if (!c.ok) return;
            expect(body.find((x) => x.nip === NIPS[i])?.post).toBeCloseTo(expectedScore(c.tenths, c.max), 9);
          });
        },
      ),
      { numRuns: 6, seed: SEED + 3 },
    );
  });

  test('a quiz through FormApp with grades set by a script', async () => {
    const gradeArb = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }).map((g) => ({ g, ok: true })) },
      { weight: 1, arbitrary: fc.integer({ min: 6, max: 40 }).map((g) => ({ g, ok: false })) },
      { weight: 1, arbitrary: fc.integer({ min: -20, max: -1 }).map((g) => ({ g, ok: false })) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(gradeArb, { nil: null }), { minLength: NIPS.length, maxLength: NIPS.length }),
        async (grades) => {
          const h = await workbook();
          const FormApp = h.env.globals.FormApp as FakeFormApp;
          const f = FormApp.create('Kuis').setTitle('Kuis Etika') as unknown as FakeForm;
          f.setIsQuiz(true);
          f.addTextItem().setTitle('NIP');
          const q = f.addMultipleChoiceItem().setTitle('1. Soal');
          q.setChoices([q.createChoice('Benar', true), q.createChoice('Salah', false)]).setPoints(5);
          f.setPublished(true);
          NIPS.forEach((nip, i) => {
            submitResponse(
              f,
              { NIP: nip, '1. Soal': i % 2 ? 'Benar' : 'Salah' },
              { at: new Date(2026, 10, 24, 9, i) },
            );
          });
          const responses = f.getResponses();
          const graded = responses.filter((resp, i) => {
            const g = grades[i];
            if (!g) return false;
            const ir = resp.getGradableResponseForItem(f.getItems()[1]);
            if (!ir) throw new Error('not gradable');
            resp.withItemGrade(ir.setScore(g.g));
            return true;
          });
          if (graded.length) f.submitGrades(graded);
          typeBelowHeader(h.ss, 'Formulir', [[CODE, 'Post-Test', 'Kuis Etika', f.getId(), '', '', '', '']]);
          await h.call('pullResponses');
          const r = await h.call<ScoresResult>('computeScores');
          const bad = new Set(NIPS.filter((_, i) => grades[i] && !grades[i]?.ok));
          checkRekap(h, r, bad);
          const body = rowsByKey(h, OUTPUTS.results);
          NIPS.forEach((nip, i) => {
            const g = grades[i];
            if (g && !g.ok) return;
            const points = g ? g.g : i % 2 ? 5 : 0;
            expect(body.find((x) => x.nip === nip)?.post).toBe(expectedScore(points * 10, 5));
          });
        },
      ),
      { numRuns: 5, seed: SEED + 4 },
    );
  });
});
