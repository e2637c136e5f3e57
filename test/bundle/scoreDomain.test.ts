// Imported scores checked against their domain through the built bundle, one route each (issue 11 item 1): a
// hand-made response sheet, a Google Form quiz read through FormApp (a grade set above the points), and the add-on's
// store edited by hand. Each time: an Error at the right place, no Nilai Akhir above 100 in Rekap Nilai, no Piagam
// for that participant, and the run does not say "Tidak ada masalah".

import type { FakeForm, FakeFormApp } from '../../emulator/forms';
import { submitResponse } from '../../emulator/respondent';
import { OUTPUTS, STORES } from '../../src/core/schema';
import type { ImportResult, ProblemView, ScoresResult } from '../../src/shared/rpc';
import { type Harness, oneTraining, rowsByKey, testNip, typeBelowHeader } from './harness';

const K1 = 'DOU-S1';
const PEOPLE = Array.from({ length: 7 }, (_, i) => ({ nip: testNip(i + 1), name: `Peserta ${i + 1}` }));
/** The participant whose score is out of its domain (8th-best otherwise: a Piagam only through the bad score). */
const BAD = PEOPLE[6];
const stamp = (i: number) => new Date(2026, 10, 24, 10, i, 0);

const workbook = (forms: unknown[][]): Promise<Harness> => oneTraining(K1, PEOPLE, forms);

/** A response sheet a person made: header and rows, the NIP column as plain text. */
function responseSheet(h: Harness, name: string, rows: unknown[][]): void {
  const sheet = h.ss.insertSheet(name);
  // Skor and NIP as plain text, so "-3 / 10" stays what was typed (typed bare, Sheets makes it a formula)
  sheet.getRange(1, 2, rows.length + 1, 2).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length + 1, 4).setValues([['Stempel waktu', 'Skor', 'NIP', 'Nama'], ...rows]);
}

const problemsOf = (r: { problems: ProblemView[] }) => r.problems;

/** What must hold after any out-of-domain score: nothing above 100 anywhere, no rank or Piagam from it. */
function checkOutputs(h: Harness, r: ScoresResult): void {
  const body = rowsByKey(h, OUTPUTS.results);
  expect(body.length).toBe(PEOPLE.length);
  for (const row of body) {
    for (const k of ['pre', 'post', 'finalScore', 'gain'] as const) {
      const v = row[k];
      if (v === '') continue;
      expect(typeof v).toBe('number');
      if (k !== 'gain') expect(v as number).toBeLessThanOrEqual(100);
      if (k !== 'gain') expect(v as number).toBeGreaterThanOrEqual(0);
    }
  }
  const bad = body.find((x) => x.nip === BAD.nip);
  expect(bad?.post).toBe('');
  expect(bad?.award).toBe('');
  expect(bad?.rank).toBe('');
  expect(r.errors).toBeGreaterThan(0);
  expect(r.message).not.toMatch(/Tidak ada masalah/);
}

const goodRows = () => PEOPLE.slice(0, 6).map((p, i) => [stamp(i), `${9 - i} / 10`, p.nip, p.name]);

describe('a hand-made response sheet', () => {
  test.each([['11 / 10'], ['-3 / 10'], [150], ['0 / 0']])(
    'Skor %p: an Error at its cell, the participant unscored, nothing above 100, no Piagam',
    async (bad) => {
      const h = await workbook([[K1, 'Post-Test', 'Post-Test manual', '', '', '', 'Respons Post', '']]);
      responseSheet(h, 'Respons Post', [...goodRows(), [stamp(9), bad, BAD.nip, BAD.name]]);
      const r = await h.call<ScoresResult>('computeScores');
      const errs = problemsOf(r).filter((p) => p.code === 'response.scoreOutOfRange');
      expect(errs).toHaveLength(1);
      expect(errs[0]).toMatchObject({ level: 'Error', sheet: 'Respons Post', row: 8, column: 'Skor' });
      expect(errs[0].message).toContain(BAD.nip);
      checkOutputs(h, r);
      // the Masalah sheet says it too, in Indonesian
      const masalah = h.values('Masalah').map((row) => row.join(' | '));
      expect(masalah.some((l) => l.includes('Respons Post') && l.includes('tidak dinilai'))).toBe(true);
    },
  );
});

describe('a Google Form quiz read through FormApp', () => {
  /** A hand-made quiz (not the add-on's): NIP, Nama and two graded questions of 5 points each. */
  function quiz(h: Harness): FakeForm {
    const FormApp = h.env.globals.FormApp as FakeFormApp;
    const form = FormApp.create('Post-Test Etika').setTitle('Post-Test Etika') as unknown as FakeForm;
    form.setIsQuiz(true);
    form.addTextItem().setTitle('NIP');
    form.addTextItem().setTitle('Nama');
    const q1 = form.addMultipleChoiceItem().setTitle('1. Nilai dasar ASN?');
    q1.setChoices([q1.createChoice('BerAKHLAK', true), q1.createChoice('Lain', false)]).setPoints(5);
    const q2 = form.addMultipleChoiceItem().setTitle('2. Kota mangga?');
    q2.setChoices([q2.createChoice('Probolinggo', true), q2.createChoice('Kediri', false)]).setPoints(5);
    form.setPublished(true);
    PEOPLE.forEach((p, i) => {
      submitResponse(
        form,
        {
          NIP: p.nip,
          Nama: p.name,
          '1. Nilai dasar ASN?': i < 3 ? 'BerAKHLAK' : 'Lain',
          '2. Kota mangga?': i === 6 ? 'Kediri' : 'Probolinggo',
        },
        { at: stamp(i) },
      );
    });
    return form;
  }

  test('a grade set above the item points: an Error naming the form, the NIP and the time; never used', async () => {
    const h = await workbook([]);
    const form = quiz(h);
    // a teacher's script grades the last respondent's first answer 15 of its 5 points
    const resp = form.getResponses()[6];
    const graded = resp.getGradableResponseForItem(form.getItems()[2]);
    if (!graded) throw new Error('no gradable response');
    resp.withItemGrade(graded.setScore(15));
    form.submitGrades([resp]);
    typeBelowHeader(h.ss, 'Formulir', [[K1, 'Post-Test', 'Post-Test Etika', form.getId(), '', '', '', '']]);
    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.tests).toBe(6);
    const r = await h.call<ScoresResult>('computeScores');
    const errs = problemsOf(r).filter((p) => p.code === 'response.scoreOutOfRange');
    expect(errs).toHaveLength(1);
    expect(errs[0].level).toBe('Error');
    expect(errs[0].column).toBe('1. Nilai dasar ASN?');
    expect(errs[0].message).toContain('"Post-Test Etika"');
    expect(errs[0].message).toContain(`NIP ${BAD.nip}`);
    expect(errs[0].message).toContain('24/11/2026 10:06:00');
    expect(errs[0].suggestion).toMatch(/Google Formulir/);
    checkOutputs(h, r);

    // the grade corrected in Forms (same response, same time): the next Tarik Respons reads it again
    const again = form.getResponses()[6];
    const fixed = again.getGradableResponseForItem(form.getItems()[2]);
    if (!fixed) throw new Error('no gradable response');
    again.withItemGrade(fixed.setScore(5));
    form.submitGrades([again]);
    await h.call<ImportResult>('pullResponses');
    const r2 = await h.call<ScoresResult>('computeScores');
    expect(problemsOf(r2).filter((p) => p.code === 'response.scoreOutOfRange')).toEqual([]);
    const row = rowsByKey(h, OUTPUTS.results).find((x) => x.nip === BAD.nip);
    expect(row?.post).toBe(50);
  });
});

describe("the add-on's store edited by hand", () => {
  test('Poin changed to 150 in _Respons: an Error at that cell, never used; Tarik Respons repairs it', async () => {
    const h = await workbook([[K1, 'Post-Test', 'Post-Test manual', '', '', '', 'Respons Post', '']]);
    responseSheet(h, 'Respons Post', [...goodRows(), [stamp(9), '2 / 10', BAD.nip, BAD.name]]);
    await h.call<ImportResult>('pullResponses');
    const store = h.ss.getSheetByName(STORES.responses.name);
    if (!store) throw new Error('no store');
    const values = store.getDataRange().getValues();
    const head = values[0].map(String);
    const at = values.findIndex((row) => row[head.indexOf('NIP')] === BAD.nip);
    expect(at).toBeGreaterThan(0);
    store.getRange(at + 1, head.indexOf('Poin') + 1).setValue(150);
    const r = await h.call<ScoresResult>('computeScores');
    const errs = problemsOf(r).filter((p) => p.code === 'response.scoreOutOfRange');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      level: 'Error',
      sheet: STORES.responses.name,
      row: at + 1,
      column: 'Poin',
    });
    expect(errs[0].suggestion).toMatch(/Tarik Respons/);
    checkOutputs(h, r);
    // Tarik Respons reads the response sheet again: the store holds its true score, the Error is gone
    await h.call<ImportResult>('pullResponses');
    const r2 = await h.call<ScoresResult>('computeScores');
    expect(problemsOf(r2).filter((p) => p.code === 'response.scoreOutOfRange')).toEqual([]);
    expect(rowsByKey(h, OUTPUTS.results).find((x) => x.nip === BAD.nip)?.post).toBe(20);
  });
});
