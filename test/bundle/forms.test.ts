// Forms through the built bundle in the emulator: created from the sheets, answered by simulated participants,
// imported exactly (FormApp path) and by the linked sheets, re-runs that change nothing, links, and the panel.

import type { FakeForm, FakeFormApp } from '../../emulator/forms';
import { _allForms, _formById, SimulatedParticipants, submitResponse } from '../../emulator/respondent';
import { SHEETS } from '../../src/core/schema';
import type { FormInfo, FormsResult, ImportResult, PanelState, ParticipantLink } from '../../src/shared/rpc';
import { answerKeyFromSoal } from '../../tools/answer-key';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, noCheckin, testNip, typeBelowHeader } from './harness';

const K1 = 'DOU-T1';
const K2 = 'DOU-T2';

const PEOPLE = Array.from({ length: 8 }, (_, i) => ({ nip: testNip(i + 1), name: `Peserta ${i + 1}` }));

/** A workbook with only Kegiatan, Sesi, Peserta and Soal typed in after Setup. */
async function workbook(opts: { badSoal?: boolean } = {}): Promise<Harness> {
  const h = harness();
  await h.call('runSetup');
  noCheckin(h);
  const ss = h.ss;
  typeBelowHeader(ss, 'Kegiatan', [
    [
      K1,
      'Etika Pelayanan',
      'Teknis',
      '',
      'Mandiri',
      new Date(2026, 10, 24),
      new Date(2026, 10, 25),
      'Aula',
      '',
      '',
      '',
      '',
    ],
    [
      K2,
      'Arsip Digital',
      'Teknis',
      '',
      'Mandiri',
      new Date(2026, 3, 10),
      new Date(2026, 3, 10),
      'Aula',
      '',
      '',
      '',
      '',
    ],
  ]);
  typeBelowHeader(ss, 'Sesi', [
    [K1, 1, new Date(2026, 10, 24), '', '', 'Kode Etik ASN', 'Ceramah', 'Dr. Sari', '', 'BKPSDM', 2],
    [K1, 2, new Date(2026, 10, 24), '', '', 'Pelayanan Prima', 'Diskusi', 'Budi Santoso', '', 'Ombudsman', 2],
    [K1, 3, new Date(2026, 10, 25), '', '', 'Studi Kasus', 'Diskusi', 'Dr. Sari', '', 'BKPSDM', 1],
    [K2, 1, new Date(2026, 3, 10), '', '', 'Arsip: Dasar', 'Ceramah', 'Rina', '', 'Dinas Arsip', 3],
  ]);
  typeBelowHeader(ss, 'Peserta', [
    ...PEOPLE.map((p, i) => [K1, p.nip, p.name, 'Analis', 'III/a', i % 2 ? 'Bappeda' : 'BKPSDM', '', '']),
    ...PEOPLE.slice(0, 3).map((p) => [K2, p.nip, p.name, 'Analis', 'III/a', 'BKPSDM', '', '']),
  ]);
  const soal: unknown[][] = [
    [K1, 1, 'Nilai dasar ASN adalah?', 'BerAKHLAK', 'Malas', 'Santai', '', '', 'A', 2],
    [K1, 2, 'Kota mangga?', 'Kediri', 'Probolinggo', 'Malang', 'Blitar', '', 'B', 1],
    [K1, 3, 'Pelayanan prima berarti?', 'Lambat', 'Ramah dan cepat', 'Mahal', '', '', 'B', 1],
    [K1, 4, 'Satuan JP?', '30 menit', '45 menit', '60 menit', '', '', 'B', 1],
    [K2, 1, 'Arsip vital?', 'Penting', 'Sampah', '', '', '', opts.badSoal ? '' : 'A', 1],
    [K2, 2, 'Retensi?', 'Jangka simpan', 'Warna map', '', '', '', 'A', 1],
  ];
  typeBelowHeader(ss, 'Soal', soal);
  return h;
}

function formApp(h: Harness): FakeFormApp {
  return h.env.globals.FormApp as FakeFormApp;
}

function ledger(h: Harness): Array<Record<string, unknown>> {
  const [head, ...rows] = h.values('Formulir');
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(head.map((k, i) => [String(k), r[i]])));
}

function formOf(h: Harness, code: string, kind: string): FakeForm {
  const row = ledger(h).find((r) => r['Kode Kegiatan'] === code && r.Jenis === kind && r['ID Formulir']);
  if (!row) throw new Error(`no ${kind} ${code} in Formulir`);
  return _formById(formApp(h), String(row['ID Formulir']));
}

const roster = PEOPLE.map((p) => ({ ...p }));

/** The whole class answers K1's forms, with one NIP typo, one duplicate, one late submission and absentees. */
function answerAll(h: Harness): void {
  const sim = new SimulatedParticipants(7);
  const start = new Date('2026-11-24T08:00:00+07:00');
  const answerKey = answerKeyFromSoal(h.values('Soal'), K1);
  sim.answerForm(formOf(h, K1, 'Pre-Test'), roster, {
    start,
    absent: 1,
    nipTypos: 1,
    accuracy: 0.5,
    answerKey,
  });
  sim.answerForm(formOf(h, K1, 'Post-Test'), roster, {
    answerKey,
    start: new Date('2026-11-25T14:00:00+07:00'),
    absent: 1,
    duplicates: 1,
    late: 1,
    accuracy: 0.8,
  });
  sim.answerForm(formOf(h, K1, 'Evaluasi'), roster, {
    start: new Date('2026-11-25T15:00:00+07:00'),
    absent: 2,
  });
  const presensi = formOf(h, K1, 'Presensi');
  const choices = ['Sesi 1: Kode Etik ASN', 'Sesi 2: Pelayanan Prima', 'Sesi 3: Studi Kasus'];
  choices.forEach((c, i) => {
    sim.answerForm(presensi, roster, {
      start: new Date(`2026-11-2${4 + (i === 2 ? 1 : 0)}T${String(8 + i).padStart(2, '0')}:00:00+07:00`),
      absent: i === 1 ? 2 : 0,
      fixed: { Sesi: c },
    });
  });
}

describe('creating the forms from the sheets', () => {
  test('every form of every training is built, published, linked, its sheet renamed and recorded once', async () => {
    const h = await workbook();
    const r = await h.call<FormsResult>('createForms', null);
    expect(r.created).toBe(10);
    expect(r.updated).toBe(0);
    const rows = ledger(h);
    expect(rows.map((x) => `${x['Kode Kegiatan']} ${x.Jenis}`)).toEqual([
      `${K1} Pre-Test`,
      `${K1} Post-Test`,
      `${K1} Evaluasi`,
      `${K1} Presensi`,
      `${K1} Pasca Pelatihan`,
      `${K2} Pre-Test`,
      `${K2} Post-Test`,
      `${K2} Evaluasi`,
      `${K2} Presensi`,
      `${K2} Pasca Pelatihan`,
    ]);
    for (const row of rows) {
      const sheetName = String(row['Lembar Respons']);
      expect(sheetName.length).toBeLessThanOrEqual(31);
      const sheet = h.ss.getSheetByName(sheetName);
      expect(sheet).toBeTruthy();
      const form = _formById(formApp(h), String(row['ID Formulir']));
      expect(sheet?._formUrl).toContain(String(row['ID Formulir']));
      expect(form._state.published).toBe(true);
      expect(form._state.accepting).toBe(true);
      expect(row['Tautan Isi']).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
      expect(row['Tautan Edit']).toMatch(/\/edit$/);
      expect(Object.prototype.toString.call(row.Dibuat)).toBe('[object Date]');
    }
    expect(rows.map((x) => x['Lembar Respons'])).toContain(`Respons Pre-Test ${K1}`);
    expect(rows.map((x) => x['Lembar Respons'])).toContain(`Respons Pasca Pelatihan ${K1}`);
    // no locale-named sheet is left behind
    expect(h.ss._sheets.map((s) => s._name).filter((n) => /Jawaban Formulir|Form Responses/.test(n))).toEqual(
      [],
    );

    const pre = formOf(h, K1, 'Pre-Test')._state;
    // create(title) names only the file: the add-on sets the form's own title too
    expect(pre.title).toBe(`Pre-Test ${K1}: Etika Pelayanan`);
    expect(pre.fileName).toBe(pre.title);
    // not a quiz: FormApp cannot stop a quiz from showing the key after the Pre-Test (scored from Soal instead)
    expect(pre.isQuiz).toBe(false);
    const [nipItem, nameItem, ...qs] = pre.items;
    expect(nipItem).toMatchObject({ type: 'TEXT', title: 'NIP', required: true });
    expect(nipItem.validation?.rule).toEqual({ kind: 'matches', pattern: '^\\d{18}$' });
    expect(nipItem.helpText).toMatch(/18 digit/);
    expect(nameItem).toMatchObject({ type: 'TEXT', required: true });
    expect(qs.map((q) => q.title)).toEqual([
      '1. Nilai dasar ASN adalah?',
      '2. Kota mangga?',
      '3. Pelayanan prima berarti?',
      '4. Satuan JP?',
    ]);
    expect(qs[0].choices).toEqual([
      { value: 'BerAKHLAK', correct: false },
      { value: 'Malas', correct: false },
      { value: 'Santai', correct: false },
    ]);
    // the answer key is nowhere in either test form: no correct choice, no points, no text naming it
    for (const kind of ['Pre-Test', 'Post-Test']) {
      const f = formOf(h, K1, kind)._state;
      expect(f.isQuiz).toBe(false);
      expect(f.items.flatMap((i) => i.choices).some((c) => c.correct)).toBe(false);
      expect(f.items.map((i) => i.points)).toEqual(f.items.map(() => 0));
      const texts = [f.title, f.description, f.confirmationMessage, ...f.items.map((i) => i.helpText)];
      for (const t of texts) expect(t).not.toMatch(/BerAKHLAK|Probolinggo|Ramah dan cepat|45 menit|kunci/i);
      expect(f.items.map((i) => i.validation?.helpText ?? '').join(' ')).not.toMatch(/BerAKHLAK|kunci/i);
    }

    const ev = formOf(h, K1, 'Evaluasi')._state;
    const grids = ev.items.filter((i) => i.type === 'GRID');
    expect(grids.map((g) => g.title)).toEqual([
      'Sesi 1: Kode Etik ASN — Dr. Sari',
      'Sesi 2: Pelayanan Prima — Budi Santoso',
      'Sesi 3: Studi Kasus — Dr. Sari',
      'Penyelenggaraan',
    ]);
    expect(grids[0].columns).toEqual(['1', '2', '3', '4']);
    expect(grids[0].rows.length).toBeGreaterThan(2);
    expect(ev.items.at(-1)).toMatchObject({ type: 'PARAGRAPH_TEXT', title: 'Saran' });

    const pr = formOf(h, K1, 'Presensi')._state;
    expect(pr.items.map((i) => i.title)).toEqual(['NIP', 'Sesi']);
    expect(pr.items[1].choices.map((c) => c.value)).toEqual([
      'Sesi 1: Kode Etik ASN',
      'Sesi 2: Pelayanan Prima',
      'Sesi 3: Studi Kasus',
    ]);
    const pasca = formOf(h, K1, 'Pasca Pelatihan')._state;
    expect(pasca.items.map((i) => i.type)).toEqual(['TEXT', 'GRID', 'PARAGRAPH_TEXT']);
    expect(pasca.items[1].title).toBe('Pasca Pelatihan');
  });
});

function table(h: Harness, sheet: string): Array<Record<string, unknown>> {
  const [head, ...rows] = h.values(sheet);
  return rows.map((r) => Object.fromEntries(head.map((k, i) => [String(k), r[i]])));
}

describe('responses flow into the outputs without a hand step', () => {
  test('answered forms give Rekap Nilai, Rekap Evaluasi and attendance; NIPs arrive whole', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', null);
    answerAll(h);
    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.tests).toBeGreaterThanOrEqual(14);
    expect(pulled.attendance).toBeGreaterThan(15);
    expect(pulled.evaluations).toBe(6);
    // K1's four answered forms are read from their linked sheets, NIPs from FormApp; the unanswered ones by FormApp
    expect(pulled.message).toMatch(
      /formulir: 4 dibaca dari lembar respons dan NIP-nya dari formulir, 6 langsung dari formulir saja/,
    );
    await h.call('computeScores');
    // the NIP typo is reported with the closest roster NIP; nothing says a NIP was damaged
    const masalah = table(h, 'Masalah');
    expect(masalah.some((p) => /tidak terdaftar sebagai peserta/.test(String(p.Masalah)))).toBe(true);
    expect(
      masalah.some((p) => /angka/.test(String(p.Masalah)) && String(p.Lembar).startsWith('Respons')),
    ).toBe(false);
    await h.call('computeEvaluation');
    const rekap = table(h, 'Rekap Nilai').filter((r) => r['Kode Kegiatan'] === K1);
    expect(rekap).toHaveLength(8);
    // every NIP in the outputs is the 18-digit text typed in Peserta
    for (const r of rekap) expect(PEOPLE.map((p) => p.nip)).toContain(r.NIP);
    const withPost = rekap.filter((r) => typeof r['Post-Test'] === 'number');
    expect(withPost.length).toBeGreaterThanOrEqual(7);
    expect(rekap.filter((r) => typeof r['Kehadiran (%)'] === 'number')).toHaveLength(8);
    const evals = table(h, 'Rekap Evaluasi').filter((r) => r['Kode Kegiatan'] === K1);
    expect(
      evals.some((r) => r.Jenis === 'Narasumber' && r.Sesi === 2 && r.Narasumber === 'Budi Santoso'),
    ).toBe(true);
    expect(
      evals.some((r) => r.Jenis === 'Penyelenggaraan' && r.Aspek === 'Keseluruhan' && r.Responden === 6),
    ).toBe(true);
  });
});

function callCounts(h: Harness): Map<string, number> {
  return new Map(h.env.rt.counts);
}
function callsSince(h: Harness, before: Map<string, number>, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of h.env.rt.counts) {
    const d = v - (before.get(k) ?? 0);
    if (d > 0 && k.startsWith(prefix)) out[k] = d;
  }
  return out;
}
const formsState = (h: Harness) => JSON.stringify(_allForms(formApp(h)));

describe('re-running form creation', () => {
  test('changes nothing: no form call that writes, no sheet write, same workbook and forms', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', null);
    answerAll(h);
    const book = JSON.stringify(h.ss._dump());
    const forms = formsState(h);
    const before = callCounts(h);
    const r = await h.call<FormsResult>('createForms', null);
    expect(r).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    const calls = callsSince(h, before);
    const writes = Object.keys(calls).filter((k) =>
      /FormApp\.(create|Form\.(add|set|delete|move)|\w+Item\.set)|Range\.set|insertSheet|setName|Properties\.setProperty/.test(
        k,
      ),
    );
    expect(writes).toEqual([]);
    expect(JSON.stringify(h.ss._dump())).toBe(book);
    expect(formsState(h)).toBe(forms);
    expect(r.forms.find((f) => f.code === K1 && f.kind === 'Pre-Test')?.responses).toBe(7);
  });

  test('a form without responses is updated in place when Soal changes; a form with responses never is', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    const soal = h.ss.getSheetByName('Soal')!;
    soal.getRange('C3').setValue('Kota mangga di Jawa Timur?');
    const preId = formOf(h, K1, 'Pre-Test')._state.id;
    const r1 = await h.call<FormsResult>('createForms', K1);
    expect(r1).toMatchObject({ created: 0, updated: 2, unchanged: 3 });
    const pre = formOf(h, K1, 'Pre-Test');
    expect(pre._state.id).toBe(preId);
    expect(pre._state.items.map((i) => i.title)).toContain('2. Kota mangga di Jawa Timur?');
    expect(pre._state.items).toHaveLength(6);
    // the linked sheet's header follows the renamed item (no orphan column)
    const header = h.values(`Respons Pre-Test ${K1}`)[0];
    expect(header).toContain('2. Kota mangga di Jawa Timur?');
    expect(header).not.toContain('2. Kota mangga?');
    expect(ledger(h).filter((x) => x['Kode Kegiatan'] === K1)).toHaveLength(5);

    // one participant answers the Pre-Test; then Soal changes again
    submitResponse(
      pre,
      {
        NIP: PEOPLE[0].nip,
        'Nama Lengkap': PEOPLE[0].name,
        '1. Nilai dasar ASN adalah?': 'BerAKHLAK',
        '2. Kota mangga di Jawa Timur?': 'Probolinggo',
        '3. Pelayanan prima berarti?': 'Lambat',
        '4. Satuan JP?': '45 menit',
      },
      { at: new Date('2026-11-24T08:30:00+07:00') },
    );
    const frozen = JSON.stringify(pre._state.items);
    soal.getRange('D5').setValue('15 menit');
    const r2 = await h.call<FormsResult>('createForms', K1);
    expect(r2).toMatchObject({ created: 0, updated: 1 });
    expect(JSON.stringify(pre._state.items)).toBe(frozen);
    expect(r2.notes.join('\n')).toMatch(
      new RegExp(`Pre-Test ${K1}: .*sudah punya 1 respons sehingga tidak diubah`),
    );
    expect(
      formOf(h, K1, 'Post-Test')
        ._state.items.at(-1)
        ?.choices.map((c) => c.value),
    ).toContain('15 menit');

    // asked for a new version: a second Pre-Test form, the old one (and its row) untouched
    const r3 = await h.call<FormsResult>('createForms', K1, { newVersion: true });
    expect(r3.created).toBe(1);
    expect(JSON.stringify(pre._state.items)).toBe(frozen);
    const preRows = ledger(h).filter((x) => x['Kode Kegiatan'] === K1 && x.Jenis === 'Pre-Test');
    expect(preRows).toHaveLength(2);
    expect(preRows[1].Judul).toMatch(/versi 2/);
    expect(preRows[1]['Lembar Respons']).toBe(`Respons Pre-Test ${K1} 2`);
    // both versions' responses are read
    const again = await h.call<FormsResult>('createForms', K1, { newVersion: true });
    expect(again.created).toBe(0);
  });

  test("Soal problems stop that training's quizzes and are reported; other forms are made", async () => {
    const h = await workbook({ badSoal: true });
    const r = await h.call<FormsResult>('createForms', null);
    expect(r.created).toBe(8);
    const kinds = ledger(h)
      .filter((x) => x['Kode Kegiatan'] === K2)
      .map((x) => x.Jenis);
    expect(kinds).toEqual(['Evaluasi', 'Presensi', 'Pasca Pelatihan']);
    expect(r.notes.join('\n')).toMatch(
      /Pre-Test DOU-T2 tidak dibuat: lembar Soal bermasalah \(baris 6: Kunci jawaban kosong/,
    );
    expect(r.problems.some((p) => p.sheet === 'Soal' && p.row === 6 && p.column === 'Kunci')).toBe(true);
    expect(r.errors).toBeGreaterThan(0);
  });

  test('a form whose file was deleted is made again; a hand-made form registered by sheet is never duplicated', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    const { _deleteForm } = await import('../../emulator/respondent');
    _deleteForm(formApp(h), formOf(h, K1, 'Presensi')._state.id);
    // a person registers a hand-made Pre-Test of K2 by its response sheet only
    const hand = h.ss.insertSheet('Jawaban Pre K2');
    hand.getRange('A1:C1').setValues([['Stempel waktu', 'NIP', 'Nama Lengkap']]);
    const f = h.ss.getSheetByName('Formulir')!;
    f.getRange(7, 1, 1, 7).setValues([[K2, 'Pre-Test', '', '', '', '', 'Jawaban Pre K2']]);
    const r = await h.call<FormsResult>('createForms', null);
    expect(r.notes.join('\n')).toMatch(/Presensi DOU-T1: formulir lama tidak dapat dibuka/);
    expect(r.notes.join('\n')).toMatch(/Pre-Test DOU-T2: formulir buatan sendiri sudah terdaftar/);
    const rows = ledger(h);
    expect(rows.filter((x) => x['Kode Kegiatan'] === K2 && x.Jenis === 'Pre-Test')).toHaveLength(1);
    expect(rows.filter((x) => x['Kode Kegiatan'] === K1 && x.Jenis === 'Presensi')).toHaveLength(2);
    expect(r.created).toBe(1 + 4);
  });
});

describe('tests are scored against Soal at import', () => {
  test('Kunci and Bobot of Soal give each score (points / max × 100), the same on the FormApp and the sheet path', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    const pre = formOf(h, K1, 'Pre-Test');
    const post = formOf(h, K1, 'Post-Test');
    // Bobot 2, 1, 1, 1 (max 5); Peserta 1 answers all right, Peserta 2 only No 1, Peserta 3 only No 2
    const all = {
      '1. Nilai dasar ASN adalah?': 'BerAKHLAK',
      '2. Kota mangga?': 'Probolinggo',
      '3. Pelayanan prima berarti?': 'Ramah dan cepat',
      '4. Satuan JP?': '45 menit',
    };
    const wrong = {
      '1. Nilai dasar ASN adalah?': 'Malas',
      '2. Kota mangga?': 'Kediri',
      '3. Pelayanan prima berarti?': 'Lambat',
      '4. Satuan JP?': '30 menit',
    };
    const at = (d: string) => ({ at: new Date(d) });
    const answer = (form: FakeForm, p: (typeof PEOPLE)[number], a: Record<string, string>, when: string) =>
      submitResponse(form, { NIP: p.nip, 'Nama Lengkap': p.name, ...a }, at(when));
    answer(pre, PEOPLE[0], all, '2026-11-24T08:00:00+07:00');
    answer(
      pre,
      PEOPLE[1],
      { ...wrong, '1. Nilai dasar ASN adalah?': 'BerAKHLAK' },
      '2026-11-24T08:01:00+07:00',
    );
    answer(pre, PEOPLE[2], { ...wrong, '2. Kota mangga?': 'Probolinggo' }, '2026-11-24T08:02:00+07:00');
    answer(post, PEOPLE[0], all, '2026-11-25T14:00:00+07:00');
    answer(post, PEOPLE[1], all, '2026-11-25T14:01:00+07:00');
    answer(post, PEOPLE[2], wrong, '2026-11-25T14:02:00+07:00');
    const expected = [
      [PEOPLE[0].nip, 100, 100],
      [PEOPLE[1].nip, 40, 100],
      [PEOPLE[2].nip, 20, 0],
    ];
    const scores = () =>
      table(h, 'Rekap Nilai')
        .filter((r) => r['Kode Kegiatan'] === K1 && typeof r['Pre-Test'] === 'number')
        .map((r) => [r.NIP, r['Pre-Test'], r['Post-Test']])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.message).toMatch(/dibaca dari lembar respons dan NIP-nya dari formulir/);
    await h.call('computeScores');
    expect(scores()).toEqual(expected);
    // the FormApp-only path (no linked sheet) scores the same answers the same way (the training re-imported)
    pre.removeDestination();
    post.removeDestination();
    const again = await h.call<ImportResult>('pullResponses', { redo: K1 });
    expect(again.message).toMatch(/ditarik ulang dari awal/);
    await h.call('computeScores');
    expect(scores()).toEqual(expected);
    // the sheet path alone (the ledger forgets the form IDs) too, once the NIPs the sheet turned into numbers are
    // retyped as text (rows are in submission order: Peserta 1, 2, 3)
    for (const kind of ['Pre-Test', 'Post-Test']) {
      const name = `Respons ${kind} ${K1}`;
      const col = h.values(name)[0].indexOf('NIP') + 1;
      const range = h.ss.getSheetByName(name)!.getRange(2, col, 3, 1);
      range.setNumberFormat('@');
      range.setValues(PEOPLE.slice(0, 3).map((p) => [p.nip]));
    }
    const f = h.ss.getSheetByName('Formulir')!;
    const idCol = h.values('Formulir')[0].indexOf('ID Formulir') + 1;
    f.getRange(2, idCol, 2, 3).setValues([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect((await h.call<ImportResult>('pullResponses')).message).toMatch(/2 lewat lembar respons saja/);
    await h.call('computeScores');
    expect(scores()).toEqual(expected);
  });
});

describe('both import paths', () => {
  test('FormApp and the linked sheets give the same outputs; the sheet path flags NIPs the sheet turned into numbers', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    answerAll(h);
    await h.call('pullResponses');
    await h.call('computeScores');
    await h.call('computeEvaluation');
    const viaForms = { nilai: h.values('Rekap Nilai'), evaluasi: h.values('Rekap Evaluasi') };
    const preSheet = `Respons Pre-Test ${K1}`;
    // FormApp keeps the NIP whole; the linked sheet parsed it as a number and lost digits
    const pre = formOf(h, K1, 'Pre-Test');
    const nipId = pre._state.items[0].id;
    const first = pre._state.responses[0].answers.get(nipId);
    expect(first).toMatch(/^\d{18}$/);
    const nipCol = h.values(preSheet)[0].indexOf('NIP');
    const cell = h.values(preSheet)[1][nipCol];
    expect(typeof cell).toBe('number');
    expect(String(cell)).not.toBe(first);

    const kinds = ['Pre-Test', 'Post-Test', 'Presensi'] as const;
    const forms = kinds.map((k) => formOf(h, K1, k));
    // the sheet path: forget the form IDs, so every form is read from its linked sheet
    const f = h.ss.getSheetByName('Formulir')!;
    const idCol = h.values('Formulir')[0].indexOf('ID Formulir') + 1;
    // (and their links, or Tarik Respons would open them by link and fill the IDs in again)
    f.getRange(2, idCol, 5, 3).setValues(Array.from({ length: 5 }, () => ['', '', '']));
    const viaSheets = await h.call<ImportResult>('pullResponses');
    expect(viaSheets.message).toMatch(
      /0 dibaca dari lembar respons dan NIP-nya dari formulir, 0 langsung dari formulir saja, 5 lewat lembar respons saja/,
    );
    await h.call('computeScores');
    const masalah = table(h, 'Masalah');
    const flagged = masalah.filter(
      (p) => p.Lembar === preSheet && p.Kolom === 'NIP' && /angka/i.test(String(p.Masalah)),
    );
    expect(flagged.length).toBe(pre._state.responses.length);
    expect(flagged[0].Tingkat).toBe('Kesalahan');

    // the admin retypes the NIP column of each linked sheet as text: now both paths agree exactly
    for (const [i, kind] of kinds.entries()) {
      const form = forms[i];
      const sheetName = ledger(h).find((x) => x['Kode Kegiatan'] === K1 && x.Jenis === kind)?.[
        'Lembar Respons'
      ];
      const sheet = h.ss.getSheetByName(String(sheetName))!;
      const col = h.values(String(sheetName))[0].indexOf('NIP') + 1;
      const id = form._state.items[0].id;
      // sheet rows are in submission order (checked by timestamp, which the sheet holds to the second)
      const stamps = h
        .values(String(sheetName))
        .slice(1)
        .map((r) => (r[0] as Date).getTime());
      const nips = stamps.map((t, i) => {
        const r = form._state.responses[i];
        expect(Math.abs(r.timestamp - t)).toBeLessThan(1000);
        return [r.answers.get(id) as string];
      });
      const range = sheet.getRange(2, col, nips.length, 1);
      range.setNumberFormat('@');
      range.setValues(nips);
    }
    await h.call('pullResponses');
    await h.call('computeScores');
    await h.call('computeEvaluation');
    expect(h.values('Rekap Nilai')).toEqual(viaForms.nilai);
    expect(h.values('Rekap Evaluasi')).toEqual(viaForms.evaluasi);
    expect(viaForms.nilai.length).toBeGreaterThan(8);
  });

  test('a hand-made form registered by its edit link is opened, its ID filled in, and read through FormApp', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    const app = formApp(h);
    const form = app.create('Presensi Arsip (buatan admin)').setTitle('Presensi Arsip (buatan admin)');
    form.setPublished(true);
    form.addTextItem().setTitle('NIP Anda').setRequired(true);
    form.addMultipleChoiceItem().setTitle('Sesi').setChoiceValues(['Sesi 1: Arsip: Dasar']);
    const long = '199001012015012002';
    submitResponse(form, { 'NIP Anda': PEOPLE[1].nip, Sesi: 'Sesi 1: Arsip: Dasar' });
    const sheet = h.ss.getSheetByName('Formulir')!;
    sheet.getRange(7, 1, 1, 6).setValues([[K2, 'Presensi', '', '', '', form.getEditUrl()]]);
    const r = await h.call<ImportResult>('pullResponses');
    expect(r.attendance).toBeGreaterThanOrEqual(1);
    const row = ledger(h).find((x) => x['Kode Kegiatan'] === K2 && x.Jenis === 'Presensi');
    expect(row?.['ID Formulir']).toBe(form.getId());
    expect(row?.Judul).toBe('Presensi Arsip (buatan admin)');
    expect(String(row?.['Tautan Isi'])).toMatch(/viewform$/);
    expect(long).toHaveLength(18);
    // creating K2's forms later never rebuilds nor duplicates the admin's form
    const c = await h.call<FormsResult>('createForms', K2);
    expect(c.notes.join('\n')).toMatch(/Presensi DOU-T2: formulir didaftarkan manual/);
    expect(ledger(h).filter((x) => x['Kode Kegiatan'] === K2 && x.Jenis === 'Presensi')).toHaveLength(1);
    expect(form._state.items).toHaveLength(2);
  });

  test('a form registered by its published link cannot be opened by scripts: form.linkUnopenable on its row', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    const form = formApp(h).create('Presensi Tamu').setTitle('Presensi Tamu');
    form.setPublished(true);
    form.addTextItem().setTitle('NIP').setRequired(true);
    h.ss
      .getSheetByName('Formulir')!
      .getRange(7, 1, 1, 6)
      .setValues([[K2, 'Presensi', '', '', form.getPublishedUrl(), '']]);
    const r = await h.call<ImportResult>('pullResponses');
    const p = r.problems.find((x) => x.code === 'form.linkUnopenable');
    expect(p).toEqual({
      code: 'form.linkUnopenable',
      level: 'Peringatan',
      sheet: 'Formulir',
      row: 7,
      column: 'Tautan Isi',
      message: 'Formulir pada tautan ini tidak dapat dibuka.',
      suggestion:
        'Tempel Tautan Edit (…/forms/d/<ID>/edit) dari formulir yang Anda miliki, atau isi ID Formulir.',
      // the row's training (Masalah's Kode Kegiatan)
      trainingCode: K2,
    });
  });
});

describe('links, lists and the panel', () => {
  test('pre-filled links per participant with the NIP whole, one toPrefilledUrl per form whatever the roster', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', null);
    const before = callCounts(h);
    const links = await h.call<ParticipantLink[]>('getParticipantLinks', K1);
    const calls = callsSince(h, before, 'FormApp');
    expect(calls['FormApp.FormResponse.toPrefilledUrl']).toBe(6); // 3 forms × 2 trainings, not × participants
    expect(links).toHaveLength(8 * 3);
    const pre = formOf(h, K1, 'Pre-Test');
    const direct = pre
      .createResponse()
      .withItemResponse(
        (pre.getItems()[0] as GoogleAppsScript.Forms.Item)
          .asTextItem()
          .createResponse(PEOPLE[3].nip) as never,
      )
      .toPrefilledUrl();
    expect(links.find((l) => l.kind === 'Pre-Test' && l.nip === PEOPLE[3].nip)?.url).toBe(direct);
    expect(links.every((l) => l.url.includes(`=${l.nip}`))).toBe(true);
    const out = table(h, 'Tautan Peserta');
    expect(out).toHaveLength(8 * 3 + 3 * 3);
    expect(out[0]).toMatchObject({ 'Kode Kegiatan': K1, NIP: PEOPLE[0].nip, Jenis: 'Pre-Test' });
    expect(typeof out[0].NIP).toBe('string');
  });

  test('listForms counts responses; the panel lists forms and the follow-ups due', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', null);
    answerAll(h);
    const list = await h.call<FormInfo[]>('listForms');
    expect(list).toHaveLength(10);
    const count = (kind: string) => list.find((f) => f.code === K1 && f.kind === kind)?.responses;
    expect(count('Pre-Test')).toBe(formOf(h, K1, 'Pre-Test')._state.responses.length);
    expect(count('Presensi')).toBe(22);
    expect(count('Pasca Pelatihan')).toBe(0);
    const panel = await h.call<PanelState>('getPanelState');
    expect(panel.forms).toHaveLength(10);
    // K2 ended 10 April 2026, 7 months before the emulator's 27 November 2026, and its Pasca form is unanswered
    expect(panel.followUps).toEqual([{ code: K2, theme: 'Arsip Digital', endDate: '10 April 2026' }]);
    submitResponse(formOf(h, K2, 'Pasca Pelatihan'), {
      NIP: PEOPLE[0].nip,
      'Pasca Pelatihan': Object.fromEntries(
        formOf(h, K2, 'Pasca Pelatihan')._state.items[1].rows.map((r) => [r, '3']),
      ),
    });
    expect((await h.call<PanelState>('getPanelState')).followUps).toEqual([]);
  });

  test('menu items Buat Formulir and Tarik Respons run and say what happened', async () => {
    const h = await workbook();
    h.addon.open('FULL');
    await h.addon.menuClick('Buat Formulir');
    const alerts = h.env.ui._alerts;
    expect(ledger(h)).toHaveLength(10);
    await h.addon.menuClick('Tarik Respons');
    expect(JSON.stringify(alerts)).toMatch(/Formulir: 10 dibuat/);
    expect(JSON.stringify(alerts)).toMatch(/Respons ditarik/);
  });
});

describe('test forms an older version built as quizzes', () => {
  /** Turns the add-on's form into what the quiz-building version made: a quiz with the key and points. */
  function asOldQuiz(h: Harness, kind: string): FakeForm {
    const form = formOf(h, K1, kind);
    const f = form._state;
    f.isQuiz = true;
    for (const item of f.items) {
      if (item.type !== 'MULTIPLE_CHOICE') continue;
      item.choices[0].correct = true;
      item.points = 1;
    }
    h.env.props.document.data.set(`douasn.form.${f.id}`, JSON.stringify({ fp: '384e13e41bb34f10' }));
    return form;
  }

  test('without responses it becomes a plain form (no key, no points); with responses the admin is told', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', K1);
    const pre = asOldQuiz(h, 'Pre-Test');
    const post = asOldQuiz(h, 'Post-Test');
    submitResponse(post, {
      NIP: PEOPLE[0].nip,
      'Nama Lengkap': PEOPLE[0].name,
      '1. Nilai dasar ASN adalah?': 'BerAKHLAK',
      '2. Kota mangga?': 'Kediri',
      '3. Pelayanan prima berarti?': 'Lambat',
      '4. Satuan JP?': '30 menit',
    });
    const r = await h.call<FormsResult>('createForms', K1);
    expect(r.updated).toBe(1);
    expect(pre._state.isQuiz).toBe(false);
    expect(pre._state.items.some((i) => i.points !== 0 || i.choices.some((c) => c.correct))).toBe(false);
    expect(post._state.isQuiz).toBe(true);
    expect(r.notes.join('\n')).toMatch(/Post-Test DOU-T1: formulir ini masih kuis Google.*Buat Versi Baru/);
  });
});

describe('what the add-on keeps per form', () => {
  const MARK = 'douasn.form.';
  const OLD = 'douasn.formFingerprints';
  const marksOf = (h: Harness) =>
    Object.entries(h.env.props.document.toObject()).filter(([k]) => k.startsWith(MARK));

  test('one small property per form; the old single property is migrated and nothing counts as hand-made', async () => {
    const h = await workbook();
    await h.call<FormsResult>('createForms', null);
    const marks = marksOf(h);
    expect(marks).toHaveLength(10);
    for (const [, v] of marks) expect(Buffer.byteLength(v)).toBeLessThan(120);
    // the state an older version left: one property {formId: fingerprint}
    const store = h.env.props.document.data;
    const old: Record<string, string> = {};
    for (const [k, v] of marks) {
      old[k.slice(MARK.length)] = JSON.parse(v).fp;
      store.delete(k);
    }
    store.set(OLD, JSON.stringify(old));
    const before = formsState(h);
    const r = await h.call<FormsResult>('createForms', null);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 0, 10]);
    expect(r.notes.join('\n')).not.toMatch(/manual/);
    expect(formsState(h)).toBe(before);
    expect(store.has(OLD)).toBe(false);
    expect(
      marksOf(h)
        .map(([k]) => k.slice(MARK.length))
        .sort(),
    ).toEqual(Object.keys(old).sort());
  });

  test('300 forms (75 trainings × 4): built across runs, a rerun changes nothing and none counts as hand-made', async () => {
    const ss = synthWorkbook({ participants: 75, trainings: 75, sessions: 1, responses: false });
    ss.insertSheet('Formulir')
      .getRange(1, 1, 1, SHEETS.forms.columns.length)
      .setValues([SHEETS.forms.columns.map((c) => c.header)]);
    const h = harness({ spreadsheet: ss });
    let created = 0;
    let runs = 0;
    for (;;) {
      const r = await h.call<FormsResult>('createForms', null);
      created += r.created;
      runs++;
      expect(r.errors).toBe(0);
      if (!/Waktu eksekusi hampir habis/.test(r.message)) break;
      expect(r.message).toMatch(/jalankan Buat Formulir lagi/);
      expect(runs).toBeLessThan(40);
    }
    expect(created).toBe(300);
    expect(runs).toBeGreaterThan(1); // the time budget cut the work into runs, each ending cleanly
    const rows = ledger(h).filter((r) => r['ID Formulir']);
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => `${r['Kode Kegiatan']} ${r.Jenis}`)).size).toBe(300);
    expect(rows.every((r) => String(r['Lembar Respons']).startsWith('Respons '))).toBe(true);
    expect(_allForms(formApp(h))).toHaveLength(300);
    expect(marksOf(h)).toHaveLength(300);
    const before = formsState(h);
    const again = await h.call<FormsResult>('createForms', null);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 300]);
    expect(again.notes.join('\n')).not.toMatch(/manual|terpotong/);
    expect(formsState(h)).toBe(before);
  });
});

describe('a form build cut off at any call', () => {
  /** Forms of the store that are not in the ledger: only an empty, untitled, unpublished shell may be. */
  const orphans = (h: Harness) => {
    const known = new Set(ledger(h).map((r) => String(r['ID Formulir'])));
    return _allForms(formApp(h)).filter((f) => !known.has(f.id));
  };

  test('a timeout at every call index, then reruns: one form per training and kind, each recorded once and complete', async () => {
    const clean = await workbook();
    clean.env.rt.trace = [];
    const done = await clean.call<FormsResult>('createForms', K2);
    const methods = [...clean.env.rt.trace];
    clean.env.rt.trace = null;
    const total = methods.length;
    const shape = (h: Harness) =>
      ledger(h)
        .filter((r) => r['Kode Kegiatan'] === K2)
        .map((r) => {
          const f = _formById(formApp(h), String(r['ID Formulir']))._state;
          return [r.Jenis, r.Judul, r['Lembar Respons'], f.title, f.published, f.accepting, f.items.length];
        });
    const want = shape(clean);
    expect(done.created).toBe(5);
    expect(total).toBeGreaterThan(100);
    const windowHits: string[] = [];
    // every call cut before it takes effect; the writes also cut right after they took effect
    const WRITES = new Set([
      'FormApp.create',
      'PropertiesService.Properties.setProperty',
      'SpreadsheetApp.Range.setValues',
      'FormApp.Form.setDestination',
      'SpreadsheetApp.Sheet.setName',
    ]);
    const cuts = [
      ...methods.map((_, i) => ({ k: i + 1, after: false })),
      ...methods.flatMap((m, i) => (WRITES.has(m) ? [{ k: i + 1, after: true }] : [])),
    ];
    expect(cuts.length).toBeGreaterThan(total + 20);
    for (const { k, after } of cuts) {
      const h = await workbook();
      h.env.rt.trace = [];
      h.env.rt.injectFault({ method: '*', atCall: k, kind: 'timeout', after });
      await expect(h.call('createForms', K2)).rejects.toThrow(/Exceeded maximum execution time/);
      const cutAt = h.env.rt.trace.at(-1) as string;
      h.env.rt.trace = null;
      h.env.rt.clearFaults();
      const again = await h.call<FormsResult>('createForms', K2);
      expect(again.message).not.toMatch(/Waktu eksekusi/);
      const left = orphans(h);
      if (left.length) {
        // only a cut right after FormApp.create, before the form's mark is stored, leaves a form unrecorded:
        // an empty, untitled, unpublished shell that no participant can open
        windowHits.push(`${cutAt}${after ? ' (after)' : ''}`);
        expect(left).toHaveLength(1);
        expect(left[0]).toMatchObject({ title: '', published: false, items: 0, responses: 0 });
      }
      expect(shape(h)).toEqual(want);
      const rows = ledger(h).filter((r) => r['Kode Kegiatan'] === K2);
      expect(new Set(rows.map((r) => r['ID Formulir'])).size).toBe(5);
      // a third run changes nothing
      const third = await h.call<FormsResult>('createForms', K2);
      expect([third.created, third.updated]).toEqual([0, 0]);
    }
    // the one window: FormApp.create done, its ID asked, its mark not yet stored (3 cut points per form)
    expect(new Set(windowHits)).toEqual(
      new Set(['FormApp.create (after)', 'FormApp.Form.getId', 'PropertiesService.Properties.setProperty']),
    );
    expect(windowHits.length).toBe(15);
  }, 600_000);
});
