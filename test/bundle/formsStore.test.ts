// The response store through the bundle: after one Tarik Respons no step calls FormApp; a second Tarik Respons
// with nothing new costs a few calls per form whatever the class size; steps say when responses were not imported;
// an import cut by the time budget or a crash goes on where it stopped and ends with the same store.

import type { FakeFormApp } from '../../emulator/forms';
import { _formById, SimulatedParticipants, submitResponse } from '../../emulator/respondent';
import { STORES } from '../../src/core/schema';
import type {
  CertificateProgress,
  FormInfo,
  FormsResult,
  ImportResult,
  ScoresResult,
} from '../../src/shared/rpc';
import {
  correctedSampleSpreadsheet,
  everyTraining,
  type Harness,
  harness,
  noCheckin,
  preflightAll,
  testNip,
  typeBelowHeader,
} from './harness';

const K1 = 'DOU-T1';

/** One training of `n` participants, 3 sessions, 4 questions; its forms made by the add-on and answered. */
async function answered(n = 8): Promise<Harness> {
  const h = harness();
  await h.call('runSetup');
  noCheckin(h);
  const day1 = new Date(2026, 10, 24);
  const day2 = new Date(2026, 10, 25);
  typeBelowHeader(h.ss, 'Kegiatan', [
    [K1, 'Etika Pelayanan', 'Teknis', '', 'Mandiri', day1, day2, 'Aula', '', '', '', ''],
  ]);
  typeBelowHeader(h.ss, 'Sesi', [
    [K1, 1, day1, '', '', 'Kode Etik ASN', 'Ceramah', 'Dr. Sari', '', 'BKPSDM', 2],
    [K1, 2, day1, '', '', 'Pelayanan Prima', 'Diskusi', 'Budi Santoso', '', 'Ombudsman', 2],
    [K1, 3, day2, '', '', 'Studi Kasus', 'Diskusi', 'Dr. Sari', '', 'BKPSDM', 1],
  ]);
  const people = Array.from({ length: n }, (_, i) => ({
    nip: `1985${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}2010011${String(i % 1000).padStart(3, '0')}`,
    name: `Peserta ${i + 1}`,
  }));
  typeBelowHeader(
    h.ss,
    'Peserta',
    people.map((p, i) => [K1, p.nip, p.name, 'Analis', 'III/a', i % 2 ? 'Bappeda' : 'BKPSDM', '', '']),
  );
  typeBelowHeader(h.ss, 'Soal', [
    [K1, 1, 'Nilai dasar ASN adalah?', 'BerAKHLAK', 'Malas', 'Santai', '', '', 'A', 2],
    [K1, 2, 'Kota mangga?', 'Kediri', 'Probolinggo', 'Malang', 'Blitar', '', 'B', 1],
  ]);
  await h.call<FormsResult>('createForms', K1);
  const sim = new SimulatedParticipants(n);
  const at = (d: string) => new Date(`${d}+07:00`);
  sim.answerForm(formOf(h, 'Pre-Test'), people, { start: at('2026-11-24T08:00:00'), absent: 1 });
  sim.answerForm(formOf(h, 'Post-Test'), people, { start: at('2026-11-25T14:00:00'), duplicates: 1 });
  sim.answerForm(formOf(h, 'Evaluasi'), people, { start: at('2026-11-25T15:00:00') });
  sim.answerForm(formOf(h, 'Presensi'), people, {
    start: at('2026-11-24T09:00:00'),
    fixed: { Sesi: 'Sesi 1: Kode Etik ASN' },
  });
  return h;
}

function formOf(h: Harness, kind: string) {
  const [head, ...rows] = h.values('Formulir');
  const row = rows.find((r) => r[head.indexOf('Jenis')] === kind && r[head.indexOf('ID Formulir')]);
  if (!row) throw new Error(`no ${kind}`);
  return _formById(h.env.globals.FormApp as FakeFormApp, String(row[head.indexOf('ID Formulir')]));
}

function formAppCalls(h: Harness, run: () => Promise<unknown>): Promise<number> {
  const before = h.env.rt.totalCalls('FormApp');
  return run().then(() => h.env.rt.totalCalls('FormApp') - before);
}

const masalah = (h: Harness) =>
  h
    .values('Masalah')
    .slice(1)
    .map((r) => String(r[4]));

describe('every step reads the store', () => {
  test('after one Tarik Respons: 0 FormApp calls in Periksa Data, Hitung Nilai, Rekap JP, Rekap Evaluasi, the certificate pre-flight and every batch', async () => {
    const h = harness({ spreadsheet: await correctedSampleSpreadsheet() });
    await h.call('runSetup');
    noCheckin(h);
    await h.call<FormsResult>('createForms', null);
    const sim = new SimulatedParticipants(3);
    const peserta = h.values('Peserta').slice(1);
    const roster = peserta
      .filter((r) => r[0] === 'DOU-2026-03' && typeof r[1] === 'string' && /^\d{18}$/.test(String(r[1])))
      .map((r) => ({ nip: String(r[1]), name: String(r[2]) }));
    const list = await h.call<FormInfo[]>('listForms');
    const pre = list.find((f) => f.code === 'DOU-2026-03' && f.kind === 'Evaluasi' && f.formId);
    sim.answerForm(_formById(h.env.globals.FormApp as FakeFormApp, pre!.formId), roster, {
      start: new Date('2026-12-10T15:00:00+07:00'),
    });
    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.evaluations).toBeGreaterThan(30);
    expect(pulled.remaining).toBe(0);
    await h.call('createTemplates');
    const steps: Array<[string, unknown[]]> = [
      ['runCheck', []],
      ['computeScores', []],
      ['computeJp', []],
      ['computeEvaluation', []],
      ['preflightCertificates', [everyTraining(h)]],
      ['startCertificates', [false, everyTraining(h)]],
      ['continueCertificates', []],
    ];
    for (const [fn, args] of steps) {
      const n = await formAppCalls(h, () => h.call(fn, ...args));
      expect([fn, n]).toEqual([fn, 0]);
    }
    const pf = await preflightAll(h);
    expect(pf.ok).toBe(true);
    expect((await h.call<CertificateProgress>('certificateStatus')).done).toBeGreaterThan(0);
    // the store is two hidden sheets the add-on made, the NIP column plain text
    for (const def of Object.values(STORES)) {
      const s = h.ss.getSheetByName(def.name)!;
      expect(s.isSheetHidden()).toBe(true);
      expect(h.values(def.name)[0]).toEqual(def.columns.map((c) => c.header));
    }
    const store = h.values(STORES.responses.name);
    const nipCol = store[0].indexOf('NIP');
    expect(store.slice(1).every((r) => typeof r[nipCol] === 'string')).toBe(true);
    expect(
      h.ss
        .getSheetByName(STORES.responses.name)!
        .getRange(2, nipCol + 1)
        .getNumberFormat(),
    ).toBe('@');
  });

  test('a second Tarik Respons with nothing new: a few FormApp calls per form, the same for 8 and 60 participants', async () => {
    const costs: number[] = [];
    for (const n of [8, 60]) {
      const h = await answered(n);
      await h.call<ImportResult>('pullResponses');
      costs.push(await formAppCalls(h, () => h.call('pullResponses')));
    }
    expect(costs[0]).toBe(costs[1]);
    // per form: openById, getResponses(since), and the IDs and times of the responses of the last second
    expect(costs[0]).toBeLessThanOrEqual(5 * 5);
  });

  test('steps say when a form was never imported, or its linked sheet has rows not imported yet', async () => {
    const h = await answered();
    const codes = (r: ScoresResult) => r.problems.map((p) => p.code).filter((c) => c?.startsWith('store.'));
    expect(codes(await h.call<ScoresResult>('computeScores'))).toEqual(Array(5).fill('store.neverImported'));
    expect(masalah(h).filter((m) => /belum pernah ditarik/.test(m))).toHaveLength(5);
    expect(
      h
        .values('Masalah')
        .slice(1)
        .some((r) => /Jalankan Tarik Respons/.test(String(r[5]))),
    ).toBe(true);
    await h.call<ImportResult>('pullResponses');
    await h.call('computeScores');
    expect(masalah(h).filter((m) => /ditarik/.test(m))).toEqual([]);
    submitResponse(formOf(h, 'Presensi'), { NIP: testNip(1), Sesi: 'Sesi 2: Pelayanan Prima' });
    expect(codes(await h.call<ScoresResult>('computeScores'))).toEqual(['store.newRows']);
    expect(masalah(h).filter((m) => /1 baris yang belum ditarik/.test(m))).toHaveLength(1);
    // the panel's forms list says when each form was imported
    const list = await h.call<FormInfo[]>('listForms');
    expect(list.every((f) => /^ditarik \d+ \w+ 2026 \d\d\.\d\d$/.test(f.imported))).toBe(true);
    await h.call<ImportResult>('pullResponses');
    await h.call('computeScores');
    expect(masalah(h).filter((m) => /ditarik/.test(m))).toEqual([]);
  });
});

describe('resumable and repeatable', () => {
  test('a slower Google: the time budget stops a run, the next starts where it stopped and finishes', async () => {
    const clean = await answered(20);
    await clean.call<ImportResult>('pullResponses');
    const h = await answered(20);
    // each getResponses takes 70 s more than modelled: four forms fit one execution's budget of 4 minutes
    const rt = h.env.rt;
    const call = rt.call.bind(rt);
    rt.call = ((m: string, cost: number, effect?: () => unknown) =>
      call(m, m === 'FormApp.Form.getResponses' ? cost + 70_000 : cost, effect)) as typeof rt.call;
    const first = await h.call<ImportResult>('pullResponses');
    expect(first.remaining).toBe(1);
    expect(first.message).toMatch(/1 formulir belum selesai ditarik. Jalankan Tarik Respons lagi/);
    const second = await h.call<ImportResult>('pullResponses');
    expect(second.remaining).toBe(0);
    expect(second.message).not.toMatch(/belum selesai/);
    const sorted = (x: Harness) =>
      x
        .values(STORES.responses.name)
        .map((r) => JSON.stringify(r))
        .sort();
    expect(sorted(h)).toEqual(sorted(clean));
  });

  test('a crash at any point of an import, then Tarik Respons again: the store and the outputs are those of an uncut import', async () => {
    const clean = await answered(6);
    await clean.call<ImportResult>('pullResponses');
    await clean.call('computeScores');
    const want = {
      store: clean
        .values(STORES.responses.name)
        .map((r) => JSON.stringify(r))
        .sort(),
      nilai: clean.values('Rekap Nilai'),
    };
    const probe = await answered(6);
    const before = probe.env.rt.totalCalls();
    await probe.call<ImportResult>('pullResponses');
    const total = probe.env.rt.totalCalls() - before;
    for (const at of [3, 20, Math.floor(total / 3), Math.floor(total / 2), total - 30, total - 5]) {
      const h = await answered(6);
      h.env.rt.injectFault({ method: '*', atCall: at, kind: 'timeout', after: at % 2 === 0 });
      await expect(h.call('pullResponses')).rejects.toThrow(/Exceeded maximum execution time/);
      h.env.rt.clearFaults();
      await h.call<ImportResult>('pullResponses');
      await h.call('computeScores');
      const got = h
        .values(STORES.responses.name)
        .map((r) => JSON.stringify(r))
        .sort();
      expect([at, got]).toEqual([at, want.store]);
      expect(h.values('Rekap Nilai')).toEqual(want.nilai);
    }
  });

  test('redo one training: its rows are read again from scratch; an unknown code is refused', async () => {
    const h = await answered();
    await h.call<ImportResult>('pullResponses');
    const before = h.values(STORES.responses.name);
    // a response deleted in the form is seen only when the training is redone
    const post = formOf(h, 'Post-Test');
    post.deleteResponse(post._state.responses[0].id);
    await h.call<ImportResult>('pullResponses');
    expect(h.values(STORES.responses.name)).toEqual(before);
    const redone = await h.call<ImportResult>('pullResponses', { redo: K1 });
    expect(redone.message).toMatch(/Respons 5 formulir kegiatan DOU-T1 ditarik ulang dari awal/);
    expect(h.values(STORES.responses.name).length).toBe(before.length - 1);
    const bad = await h.raw('pullResponses', { redo: 'TIDAK-ADA' });
    expect(bad).toEqual({
      ok: false,
      kind: 'userError',
      error: 'Kegiatan "TIDAK-ADA" tidak ada di lembar Kegiatan.',
    });
  });
});
