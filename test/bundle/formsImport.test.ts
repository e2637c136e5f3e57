// Tarik Respons into the store: answers from the linked sheet (one read), exact NIPs and timestamps from FormApp (at
// most 4 calls per response), the same outputs as the full FormApp read, the fallback when the sheet stops pairing,
// and a second import that costs a few calls per form.

import type { FakeForm, FakeFormApp } from '../../emulator/forms';
import { _formById, SimulatedParticipants, submitResponse } from '../../emulator/respondent';
import { pairSheetRows, sameNip, sheetShapeProblem } from '../../src/core/formResponses';
import type { FormsResult, ImportResult } from '../../src/shared/rpc';
import { type Harness, harness, noCheckin, testNip, typeBelowHeader } from './harness';

const K1 = 'DOU-T1';
const PEOPLE = Array.from({ length: 8 }, (_, i) => ({ nip: testNip(i + 1), name: `Peserta ${i + 1}` }));

/** One training of 8 participants, 3 sessions, 4 questions; its 4 forms made by the add-on. */
async function withForms(): Promise<Harness> {
  const h = harness();
  await h.call('runSetup');
  noCheckin(h);
  const ss = h.ss;
  const day1 = new Date(2026, 10, 24);
  const day2 = new Date(2026, 10, 25);
  typeBelowHeader(ss, 'Kegiatan', [
    [K1, 'Etika Pelayanan', 'Teknis', '', 'Mandiri', day1, day2, 'Aula', '', '', '', ''],
  ]);
  typeBelowHeader(ss, 'Sesi', [
    [K1, 1, day1, '', '', 'Kode Etik ASN', 'Ceramah', 'Dr. Sari', '', 'BKPSDM', 2],
    [K1, 2, day1, '', '', 'Pelayanan Prima', 'Diskusi', 'Budi Santoso', '', 'Ombudsman', 2],
    [K1, 3, day2, '', '', 'Studi Kasus', 'Diskusi', 'Dr. Sari', '', 'BKPSDM', 1],
  ]);
  typeBelowHeader(
    ss,
    'Peserta',
    PEOPLE.map((p, i) => [K1, p.nip, p.name, 'Analis', 'III/a', i % 2 ? 'Bappeda' : 'BKPSDM', '', '']),
  );
  typeBelowHeader(ss, 'Soal', [
    [K1, 1, 'Nilai dasar ASN adalah?', 'BerAKHLAK', 'Malas', 'Santai', '', '', 'A', 2],
    [K1, 2, 'Kota mangga?', 'Kediri', 'Probolinggo', 'Malang', 'Blitar', '', 'B', 1],
    [K1, 3, 'Pelayanan prima berarti?', 'Lambat', 'Ramah dan cepat', 'Mahal', '', '', 'B', 1],
    [K1, 4, 'Satuan JP?', '30 menit', '45 menit', '60 menit', '', '', 'B', 1],
  ]);
  const made = await h.call<FormsResult>('createForms', K1);
  expect(made.created).toBeGreaterThanOrEqual(4);
  return h;
}

const formApp = (h: Harness) => h.env.globals.FormApp as FakeFormApp;

function ledger(h: Harness): Array<Record<string, unknown>> {
  const [head, ...rows] = h.values('Formulir');
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(head.map((k, i) => [String(k), r[i]])));
}

function formOf(h: Harness, kind: string): { form: FakeForm; sheet: string } {
  const row = ledger(h).find((r) => r['Kode Kegiatan'] === K1 && r.Jenis === kind && r['ID Formulir']);
  if (!row) throw new Error(`no ${kind} in Formulir`);
  return { form: _formById(formApp(h), String(row['ID Formulir'])), sheet: String(row['Lembar Respons']) };
}

/** The class answers: a NIP typo, duplicate and late submissions, absentees; timestamps carry milliseconds. */
function answerAll(h: Harness): void {
  const sim = new SimulatedParticipants(11);
  const roster = PEOPLE.map((p) => ({ ...p }));
  sim.answerForm(formOf(h, 'Pre-Test').form, roster, {
    start: new Date('2026-11-24T08:00:00.000+07:00'),
    absent: 1,
    nipTypos: 1,
    duplicates: 1,
  });
  sim.answerForm(formOf(h, 'Post-Test').form, roster, {
    start: new Date('2026-11-25T14:00:00.000+07:00'),
    duplicates: 2,
    late: 1,
  });
  sim.answerForm(formOf(h, 'Evaluasi').form, roster, {
    start: new Date('2026-11-25T15:00:00.000+07:00'),
    absent: 2,
    duplicates: 1,
  });
  const presensi = formOf(h, 'Presensi').form;
  ['Sesi 1: Kode Etik ASN', 'Sesi 2: Pelayanan Prima', 'Sesi 3: Studi Kasus'].forEach((c, i) => {
    sim.answerForm(presensi, roster, {
      start: new Date(`2026-11-2${4 + (i === 2 ? 1 : 0)}T${String(8 + i).padStart(2, '0')}:00:00+07:00`),
      absent: i,
      duplicates: i === 0 ? 1 : 0,
      fixed: { Sesi: c },
    });
  });
}

const KINDS = ['Pre-Test', 'Post-Test', 'Evaluasi', 'Presensi'] as const;

function masalah(h: Harness): Array<Record<string, unknown>> {
  const [head, ...rows] = h.values('Masalah');
  return rows.map((r) => Object.fromEntries(head.map((k, i) => [String(k), r[i]])));
}

/** Runs the compute features and returns their outputs (Rekap Nilai holds the attendance %) and problems. */
async function outputs(h: Harness) {
  await h.call('computeScores');
  const nilai = h.values('Rekap Nilai');
  const scoreProblems = masalah(h);
  await h.call('computeJp');
  await h.call('computeEvaluation');
  return {
    nilai,
    scoreProblems,
    jp: h.values('Rekap JP'),
    evaluasi: h.values('Rekap Evaluasi'),
    evaluationProblems: masalah(h),
  };
}

const fallbacks = (ps: Array<Record<string, unknown>>) =>
  ps.filter((p) => /tidak cocok dengan formulir/.test(String(p.Masalah)));

function formAppCalls(h: Harness, since: Map<string, number>): { total: number; perResponse: number } {
  let total = 0;
  let perResponse = 0;
  for (const [k, v] of h.env.rt.counts) {
    const d = v - (since.get(k) ?? 0);
    if (d <= 0 || !k.startsWith('FormApp')) continue;
    total += d;
    if (k.startsWith('FormApp.FormResponse') || k.startsWith('FormApp.ItemResponse')) perResponse += d;
  }
  return { total, perResponse };
}

const responseTotal = (h: Harness) =>
  KINDS.reduce((n, k) => n + formOf(h, k).form._state.responses.length, 0);

/** FormApp calls since `before`, and those per response (FormResponse / ItemResponse getters). */
function sinceCounts(h: Harness, before: Map<string, number>, prefix = ''): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of h.env.rt.counts) {
    const d = v - (before.get(k) ?? 0);
    if (d > 0 && k.startsWith(prefix)) out.set(k, d);
  }
  return out;
}

describe('the fast import (linked sheet + exact NIPs from FormApp)', () => {
  test('gives the same Rekap Nilai, Rekap JP, Rekap Evaluasi, attendance and problems as the full FormApp read', async () => {
    const h = await withForms();
    answerAll(h);
    // the linked sheets hold the NIPs as numbers that lost digits, and timestamps without milliseconds
    const pre = formOf(h, 'Pre-Test');
    const preValues = h.values(pre.sheet);
    const nipCol = preValues[0].indexOf('NIP');
    expect(typeof preValues[1][nipCol]).toBe('number');
    expect(pre.form._state.responses.some((r) => r.timestamp % 1000 !== 0)).toBe(true);

    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.message).toMatch(/formulir: 4 dibaca dari lembar respons dan NIP-nya dari formulir/);
    const fast = await outputs(h);
    const fastProblems = [...fast.scoreProblems, ...fast.evaluationProblems];
    // no false "NIP stored as a number" from form-fed rows, and no fallback
    expect(fastProblems.some((p) => /angka/i.test(String(p.Masalah)))).toBe(false);
    expect(fallbacks(fastProblems)).toEqual([]);
    // the typo and the duplicates did arrive and are reported under the exact NIP
    expect(fast.scoreProblems.some((p) => /tidak terdaftar sebagai peserta/.test(String(p.Masalah)))).toBe(
      true,
    );
    expect(fast.scoreProblems.some((p) => /kali; respons ini tidak dipakai/.test(String(p.Masalah)))).toBe(
      true,
    );
    const rekap = fast.nilai.slice(1).filter((r) => r[fast.nilai[0].indexOf('Kode Kegiatan')] === K1);
    expect(rekap).toHaveLength(8);
    for (const r of rekap) expect(PEOPLE.map((p) => p.nip)).toContain(r[fast.nilai[0].indexOf('NIP')]);
    const attendance = fast.nilai[0].indexOf('Kehadiran (%)');
    expect(rekap.filter((r) => typeof r[attendance] === 'number')).toHaveLength(8);
    expect(new Set(rekap.map((r) => r[attendance])).size).toBeGreaterThan(1);
    expect(fast.evaluasi.length).toBeGreaterThan(4);

    // the full FormApp read of the same forms: unlink every sheet (the sheets stay, nothing pairs any more) and
    // redo the training's import
    const linkedSheets = KINDS.map((k) => formOf(h, k).sheet);
    for (const k of KINDS) formOf(h, k).form.removeDestination();
    for (const s of linkedSheets) expect(h.ss.getSheetByName(s)?.getFormUrl()).toBeNull();
    const redone = await h.call<ImportResult>('pullResponses', { redo: K1 });
    expect(redone.message).toMatch(
      /formulir: 0 dibaca dari lembar respons dan NIP-nya dari formulir, 5 langsung dari formulir saja/,
    );
    const full = await outputs(h);
    expect(full).toEqual(fast);
  });

  test('rows deleted or sorted in a sheet after the import change nothing; new responses then fall back to FormApp, said in a Peringatan', async () => {
    const h = await withForms();
    answerAll(h);
    await h.call<ImportResult>('pullResponses');
    const fast = await outputs(h);
    const post = formOf(h, 'Post-Test');
    h.ss.getSheetByName(post.sheet)?.deleteRow(3);
    // the admin sorts the Presensi sheet by NIP
    const pres = formOf(h, 'Presensi');
    const sheet = h.ss.getSheetByName(pres.sheet)!;
    const nipCol = h.values(pres.sheet)[0].indexOf('NIP');
    const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
    range.setValues(range.getValues().sort((a, b) => Number(b[nipCol]) - Number(a[nipCol])));
    // nothing new in the forms: the store is what counts, and it still holds every response
    await h.call<ImportResult>('pullResponses');
    expect(await outputs(h)).toEqual(fast);

    // one more Post-Test response: its sheet no longer pairs, so the new response is read through FormApp
    submitResponse(
      post.form,
      {
        NIP: PEOPLE[7].nip,
        'Nama Lengkap': PEOPLE[7].name,
        '1. Nilai dasar ASN adalah?': 'BerAKHLAK',
        '2. Kota mangga?': 'Probolinggo',
        '3. Pelayanan prima berarti?': 'Ramah dan cepat',
        '4. Satuan JP?': '45 menit',
      },
      // after every response already imported (the simulated late one included): Google stamps the submission
      { at: new Date('2026-12-31T08:00:00+07:00') },
    );
    const late = await h.call<ImportResult>('pullResponses');
    expect(late.problems.filter((p) => p.code === 'form.sheetMismatch')).toMatchObject([
      { level: 'Peringatan', sheet: 'Formulir', column: 'Lembar Respons' },
    ]);
    const after = await outputs(h);
    const warned = fallbacks(after.scoreProblems);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ Tingkat: 'Peringatan', Lembar: 'Formulir' });
    expect(String(warned[0].Masalah)).toMatch(new RegExp(`Post-Test ${K1}.*${post.sheet}.*baris respons`));
    // the late response is the one more response counted for that participant
    const stored = h.values('_Respons').filter((r) => r[0] === post.form._state.id);
    expect(stored).toHaveLength(post.form._state.responses.length);
    expect(new Set(stored.map((r) => r[1])).size).toBe(stored.length);
  });

  test('FormApp calls: at most 4 per response plus a constant per form on import, a few per form when nothing is new', async () => {
    const h = await withForms();
    answerAll(h);
    const responses = responseTotal(h);
    expect(responses).toBeGreaterThan(30);
    const before = new Map(h.env.rt.counts);
    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.tests + pulled.attendance + pulled.evaluations).toBeGreaterThan(30);
    const fast = formAppCalls(h, before);
    expect(fast.perResponse).toBeLessThanOrEqual(4 * responses);
    expect(fast.total).toBeLessThanOrEqual(4 * responses + 40 * KINDS.length);
    // each linked sheet read once, the store's two sheets once
    const reads = sinceCounts(h, before).get('SpreadsheetApp.Range.getValues') ?? 0;
    expect(reads).toBeLessThanOrEqual(20);

    const quiet = new Map(h.env.rt.counts);
    await h.call<ImportResult>('pullResponses');
    const again = formAppCalls(h, quiet);
    // per form: openById, getResponses(since), and the ids/timestamps of the last second's responses
    expect(again.total).toBeLessThanOrEqual(5 * 5);
    expect(sinceCounts(h, quiet).get('FormApp.Form.getResponses')).toBe(5);

    for (const k of KINDS) formOf(h, k).form.removeDestination();
    const slow0 = new Map(h.env.rt.counts);
    await h.call<ImportResult>('pullResponses', { redo: K1 });
    const slow = formAppCalls(h, slow0);
    expect(slow.perResponse).toBeGreaterThan(2 * fast.perResponse);
  });
});

describe('pairing a linked sheet with the responses (pure)', () => {
  const head = ['Stempel waktu', 'Skor', 'NIP', 'Nama Lengkap'];
  const at = (s: number) => new Date(Date.UTC(2026, 10, 24, 1, 0, s));
  const rows = [
    [at(1), '3 / 5', 198501012010011000, 'A'],
    [at(5), '4 / 5', 198501022010011000, 'B'],
  ];
  const keys = [
    { timestamp: new Date(at(1).getTime() + 640), nip: PEOPLE[0].nip },
    { timestamp: new Date(at(5).getTime() + 5), nip: PEOPLE[1].nip },
  ];

  test('rows pair by order within the second; NIP and timestamp are replaced by the exact ones', () => {
    const p = pairSheetRows([head, ...rows], keys);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.values[1][2]).toBe(PEOPLE[0].nip);
    expect((p.values[1][0] as Date).getTime()).toBe(keys[0].timestamp.getTime());
    expect(p.values[2][3]).toBe('B');
    expect(p.rows).toEqual([1, 2]);
  });

  test('only the rows after those already imported pair with the new responses', () => {
    const p = pairSheetRows([head, ...rows], keys.slice(1), 1);
    expect(p).toMatchObject({ ok: true, rows: [2] });
    expect(pairSheetRows([head, ...rows], keys, 1)).toMatchObject({ ok: false });
  });

  test('a missing row, a row out of order or a NIP that does not match refuses to pair', () => {
    expect(pairSheetRows([head, rows[0]], keys)).toMatchObject({ ok: false });
    expect(pairSheetRows([head, rows[1], rows[0]], keys)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/stempel waktu baris 2/),
    });
    const wrong = [rows[0], [at(5), '4 / 5', 199001012015012000, 'B']];
    expect(pairSheetRows([head, ...wrong], keys)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/NIP baris 3/),
    });
    // more than a second apart is not the same response
    const late = [{ timestamp: new Date(at(1).getTime() + 1000), nip: PEOPLE[0].nip }, keys[1]];
    expect(pairSheetRows([head, ...rows], late)).toMatchObject({ ok: false });
  });

  test('sameNip accepts the exact text or the number Sheets made of it, nothing else', () => {
    expect(sameNip(Number(PEOPLE[0].nip), PEOPLE[0].nip)).toBe(true);
    expect(sameNip(PEOPLE[0].nip, PEOPLE[0].nip)).toBe(true);
    expect(sameNip(198501012010011000 + 1e6, PEOPLE[0].nip)).toBe(false);
    expect(sameNip('', null)).toBe(true);
    expect(sameNip(123, null)).toBe(false);
  });

  test("a sheet whose columns are not the form's own (stale, missing, doubled) is refused", () => {
    const items = [
      { id: 0, type: 'TEXT', title: 'NIP', rows: [] },
      { id: 1, type: 'TEXT', title: 'Nama Lengkap', rows: [] },
      { id: 2, type: 'MULTIPLE_CHOICE', title: '1. Satu?', rows: [] },
    ];
    const good = ['Stempel waktu', 'Skor', 'NIP', 'Nama Lengkap', '1. Satu?'];
    expect(sheetShapeProblem(good, items, true, 'Pre-Test')).toBeNull();
    expect(sheetShapeProblem(good.slice(1), items, true, 'Pre-Test')).toMatch(/Stempel waktu/);
    expect(sheetShapeProblem(good, items, false, 'Pre-Test')).toMatch(/Skor/);
    expect(sheetShapeProblem([...good, 'NIP'], items, true, 'Pre-Test')).toMatch(/NIP/);
    expect(
      sheetShapeProblem(['Stempel waktu', 'Skor', 'NIP lama', ...good.slice(2)], items, true, 'Pre-Test'),
    ).toMatch(/NIP/);
  });
});
