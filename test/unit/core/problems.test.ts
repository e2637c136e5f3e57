// Unit tests of the coded problems: a code renders its catalog text at its level; every problem has a code.

import { PROBLEM_LEVELS, type ProblemCode, type Severity } from '../../../src/core/problemCodes';
import {
  foldByCause,
  type Problem,
  type ProblemAt,
  Problems,
  placeKey,
  problem,
  sortProblems,
} from '../../../src/core/problems';
import { PROBLEM_TEXT } from '../../../src/text/id/problems';

test('a code renders its message and suggestion from the catalog, at its level', () => {
  const p = new Problems();
  p.add(
    'participant.duplicate',
    { sheet: 'Peserta', row: 7, column: 'NIP' },
    { nip: '1', code: 'K1', firstRow: 2 },
  );
  p.add('training.endBeforeStart', { sheet: 'Kegiatan', row: 3 });
  expect(p.list).toEqual([
    {
      code: 'participant.duplicate',
      level: 'Error',
      sheet: 'Peserta',
      row: 7,
      column: 'NIP',
      message: 'NIP 1 sudah terdaftar di K1 pada baris 2; baris ini tidak dihitung.',
      suggestion: 'Hapus baris ganda.',
      trainingCode: 'K1',
    },
    {
      code: 'training.endBeforeStart',
      level: 'Error',
      sheet: 'Kegiatan',
      row: 3,
      column: '',
      message: 'Tanggal Selesai lebih awal dari Tanggal Mulai.',
      suggestion: 'Periksa kedua tanggal.',
    },
  ]);
  expect(p.codes()).toEqual(['participant.duplicate', 'training.endBeforeStart']);
  expect(p.errors).toBe(2);
});

test('a made problem is added as it is, level and text from its code', () => {
  const p = new Problems();
  p.add(
    problem(
      'form.cannotOpen',
      { sheet: 'Formulir', row: 4, column: 'ID Formulir' },
      { kind: 'Pre-Test', code: 'K1', id: 'f1' },
    ),
  );
  p.add(problem('attendance.notRecorded', { sheet: 'Kehadiran', row: null }, { code: 'K1' }));
  expect(p.list.map((x) => [x.code, x.level, x.column, x.suggestion])).toEqual([
    [
      'form.cannotOpen',
      'Peringatan',
      'ID Formulir',
      'Periksa apakah formulir dihapus atau Anda tidak punya akses. Hapus ID Formulir bila formulir memang sudah tidak ada.',
    ],
    ['attendance.notRecorded', 'Peringatan', '', 'Isi lembar Kehadiran atau bagikan formulir Presensi.'],
  ]);
  expect([p.errors, p.warnings]).toEqual([0, 2]);
});

const NEEDS_NIP = 'Formulir harus punya pertanyaan yang judulnya memuat "NIP".';
const NEEDS_SESI = 'Formulir presensi harus punya pertanyaan "Sesi".';
const PULL = 'Jalankan Tarik Respons (menu DOU ASN atau panel), lalu ulangi langkah ini.';
const KP = { kind: 'Post-Test', code: 'K1' };

test.each<[ProblemCode, object, Severity, string, string]>([
  ['form.noNipQuestion', { title: 'Pre' }, 'Error', 'Formulir "Pre" tidak punya pertanyaan NIP.', NEEDS_NIP],
  [
    'form.noSessionQuestion',
    { title: 'Pr' },
    'Error',
    'Formulir presensi "Pr" tidak punya pertanyaan Sesi.',
    NEEDS_SESI,
  ],
  ['form.noNipColumn', { sheet: 'R' }, 'Error', 'Lembar respons "R" tidak punya kolom NIP.', NEEDS_NIP],
  [
    'form.noSessionColumn',
    { sheet: 'R' },
    'Error',
    'Lembar respons presensi "R" tidak punya kolom Sesi.',
    NEEDS_SESI,
  ],
  [
    'form.sheetMismatch',
    { ...KP, sheet: 'R', reason: 'x' },
    'Peringatan',
    'Formulir Post-Test K1: lembar respons "R" tidak cocok dengan formulir (x); semua respons dibaca langsung dari formulir (lebih lambat).',
    'Jangan menghapus, menyisipkan, atau mengurutkan baris di lembar respons; olah salinannya bila perlu.',
  ],
  [
    'responses.sheetTwice',
    { sheet: 'R' },
    'Peringatan',
    'Lembar respons "R" terdaftar lebih dari sekali; dibaca sekali saja.',
    'Hapus baris ganda di lembar Formulir.',
  ],
  [
    'store.neverImported',
    KP,
    'Peringatan',
    'Respons formulir Post-Test K1 belum pernah ditarik; hasil dihitung tanpa respons formulir ini.',
    PULL,
  ],
  [
    'store.newRows',
    { ...KP, sheet: 'R', count: 2 },
    'Peringatan',
    'Lembar respons "R" (Post-Test K1) punya 2 baris yang belum ditarik; hasil dihitung tanpa respons itu.',
    PULL,
  ],
  [
    'response.scoreUnreadable',
    { shown: '' },
    'Peringatan',
    'Skor kosong; respons ini tidak dinilai.',
    'Ketik nilai peserta ini di lembar Nilai bila perlu.',
  ],
  [
    'response.scoreUnreadable',
    { shown: 'x' },
    'Peringatan',
    'Skor "x" tidak dapat dibaca; respons ini tidak dinilai.',
    'Ketik nilai peserta ini di lembar Nilai bila perlu.',
  ],
  [
    'response.sessionUnreadable',
    { shown: 'x' },
    'Error',
    'Jawaban sesi "x" tidak dapat dibaca.',
    'Pilihan sesi harus berbentuk "Sesi <nomor>: <materi>".',
  ],
  [
    'question.optionRepeated',
    { option: 'Ya' },
    'Error',
    'Pilihan "Ya" ditulis lebih dari sekali pada soal yang sama.',
    'Setiap pilihan jawaban harus berbeda.',
  ],
  [
    'training.noSessions',
    { code: 'K1' },
    'Peringatan',
    'Kegiatan K1 belum punya sesi.',
    'Tambahkan sesinya di lembar Sesi (dipakai untuk JP dan evaluasi narasumber).',
  ],
  [
    'training.noParticipants',
    { code: 'K1' },
    'Peringatan',
    'Kegiatan K1 belum punya peserta.',
    'Isi lembar Peserta.',
  ],
  [
    'form.linkUnopenable',
    {},
    'Peringatan',
    'Formulir pada tautan ini tidak dapat dibuka.',
    'Tempel Tautan Edit (…/forms/d/<ID>/edit) dari formulir yang Anda miliki, atau isi ID Formulir.',
  ],
  [
    'form.responseSheetNotFound',
    { kind: 'Evaluasi', code: 'K1' },
    'Peringatan',
    'Lembar respons formulir Evaluasi K1 tidak ditemukan.',
    'Respons tetap dibaca langsung dari formulir (ID Formulir).',
  ],
])('%s renders its wording at its level', (code, params, level, message, suggestion) => {
  const make = problem as (c: ProblemCode, at: ProblemAt, p?: object) => Problem;
  expect(make(code, { sheet: 'Formulir', row: 3 }, params)).toMatchObject({
    code,
    level,
    message,
    suggestion,
  });
});

test('every code has a level and a message and suggestion in the catalog (and nothing else is there)', () => {
  const codes = Object.keys(PROBLEM_LEVELS) as ProblemCode[];
  expect(Object.keys(PROBLEM_TEXT).sort()).toEqual([...codes].sort());
  for (const c of codes) {
    expect(['Error', 'Peringatan']).toContain(PROBLEM_LEVELS[c]);
    expect(PROBLEM_TEXT[c].message).toBeTruthy();
    expect(PROBLEM_TEXT[c].suggestion).toBeDefined();
    expect(c).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  }
});

test('sortProblems: errors first, then sheet, row, column, message', () => {
  const at = (sheet: string, row: number | null) => ({ sheet, row });
  const ps = [
    problem('form.unreadable', at('Formulir', 2)),
    problem('training.endBeforeStart', at('Kegiatan', 5)),
    problem('training.endBeforeStart', at('Kegiatan', 3)),
    problem('nip.blank', at('Peserta', 2), { column: 'NIP', text: '' }),
  ];
  expect(sortProblems(ps).map((x) => [x.sheet, x.row])).toEqual([
    ['Kegiatan', 3],
    ['Kegiatan', 5],
    ['Peserta', 2],
    ['Formulir', 2],
  ]);
});

test("the table module's problems under their codes read as its texts do", () => {
  const p = new Problems();
  p.add(
    'header.missing',
    { sheet: 'Kehadiran', row: 1, column: 'Hadir' },
    { sheet: 'Kehadiran', header: 'Hadir' },
  );
  p.add('header.rival', { sheet: 'Peserta', row: 4 }, { sheet: 'Peserta', rival: 4, used: 2 });
  expect(p.list.map((x) => [x.level, x.message])).toEqual([
    [
      'Error',
      'Kolom wajib "Hadir" tidak ada di lembar "Kehadiran"; lembar ini tidak dibaca sampai kolomnya ada.',
    ],
    ['Peringatan', 'Baris 4 lembar "Peserta" juga tampak seperti baris judul kolom; baris 2 yang dipakai.'],
  ]);
});

describe('foldByCause: one entry per cause (issue 14 item 3)', () => {
  const at = (sheet: string, row: number, column = 'NIP', follows?: ProblemAt['follows']): ProblemAt => ({
    sheet,
    row,
    column,
    ...(follows ? { follows } : {}),
  });
  const peserta13 = { sheet: 'Peserta', row: 13, column: 'NIP' };

  test('followers of a reported cause go under it, through chains; the rest stays in order', () => {
    const p = new Problems();
    p.add('nip.numberTyped', at('Peserta', 13), { column: 'NIP', text: '198501012010011000' });
    p.add('reference.nipStoredAsNumber', at('Kehadiran', 13, 'NIP', peserta13), {
      nip: '198501012010011001',
      rosterRow: 13,
    });
    p.add('training.endBeforeStart', at('Kegiatan', 3, ''));
    // a response that follows the Peserta cell, and a missing score that follows the response
    p.add('reference.nipStoredAsNumber', at('R Pre', 6, 'NIP', peserta13), {
      nip: '198501012010011001',
      rosterRow: 13,
    });
    p.add(
      'finalScore.componentMissing',
      at('Nilai', 27, 'Post-Test', { sheet: 'R Pre', row: 6, column: 'NIP' }),
      { name: 'Ani', nip: '1', code: 'K1', component: 'Post-Test', pending: { sheet: 'R Pre', row: 6 } },
    );
    // a follower whose cause is not reported stays
    p.add(
      'finalScore.componentMissing',
      at('Peserta', 20, '', { sheet: 'Peserta', row: 20, column: 'NIP' }),
      { name: 'Budi', nip: '2', code: 'K1', component: 'Tugas', pending: null },
    );
    p.fold();
    expect(p.codes()).toEqual(['nip.numberTyped', 'training.endBeforeStart', 'finalScore.componentMissing']);
    expect(p.list[0].consequences?.map((c) => `${c.sheet} ${c.row}`)).toEqual([
      'Kehadiran 13',
      'R Pre 6',
      'Nilai 27',
    ]);
    expect(p.list[2].consequences).toBeUndefined();
    expect(p.errors).toBe(2);
    expect(p.warnings).toBe(1);
  });

  test('a cycle of follows ends at the first problem met again; nothing is lost', () => {
    const list: Problem[] = [
      {
        ...problem('training.endBeforeStart', at('A', 1)),
        follows: placeKey({ sheet: 'B', row: 1, column: 'NIP' }),
      },
      {
        ...problem('training.endBeforeStart', at('B', 1)),
        follows: placeKey({ sheet: 'A', row: 1, column: 'NIP' }),
      },
    ];
    const out = foldByCause(list);
    const count = (ps: Problem[]) => ps.reduce((n, x) => n + 1 + (x.consequences?.length ?? 0), 0);
    expect(count(out)).toBe(2);
  });
});
