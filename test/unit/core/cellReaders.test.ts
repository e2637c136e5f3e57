// Unit tests of the typed cell readers: each column type reads its cells and reports a bad one at that cell.

import { type CellContext, cellReader, NO_NIP } from '../../../src/core/cellReaders';
import { Problems } from '../../../src/core/problems';

const NOW = new Date(2026, 11, 2);
const ctx = (): CellContext => ({
  tz: 'Asia/Jakarta',
  problems: new Problems(),
  codes: new Map(),
  now: NOW,
});
const row = (cells: Record<string, unknown>, n = 5) => ({ row: n, cells });

test('text and code: trimmed (a code also collapses inner spaces); a blank required cell is reported', () => {
  const c = ctx();
  const cell = cellReader('trainings', { theme: { blank: 'training.themeBlank' } }, c);
  expect(cell(row({ code: '  DOU  2026 ', theme: ' Tema ' }), 'code')).toBe('DOU 2026');
  expect(cell(row({ theme: ' Tema ' }), 'theme')).toBe('Tema');
  expect(cell(row({ place: 42 }), 'place')).toBe('42');
  expect(cell(row({ theme: '   ' }), 'theme')).toBe('');
  expect(c.problems.list).toEqual([
    expect.objectContaining({ code: 'training.themeBlank', row: 5, column: 'Tema' }),
  ]);
  expect(cell.header('signerNip')).toBe('NIP Penandatangan');
});

test('nip: normalised and checked; a number or a bad layout is reported unless the rule is silent', () => {
  const c = ctx();
  const cell = cellReader('participants', { nip: { blank: 'nip.blank' } }, c);
  expect(cell(row({ nip: "'19850101 201001 1 001" }), 'nip')).toMatchObject({
    ok: true,
    nip: '198501012010011001',
  });
  expect(cell(row({ nip: '' }), 'nip')).toBe(NO_NIP);
  expect(cell(row({ nip: 198501012010011000 }), 'nip')).toMatchObject({ ok: false, numberTyped: true });
  expect(cell(row({ nip: '12345' }), 'nip')).toMatchObject({ ok: false, nip: '12345' });
  expect(c.problems.list.map((p) => [p.code, p.message])).toEqual([
    ['nip.blank', 'NIP kosong.'],
    [
      'nip.numberTyped',
      'NIP tersimpan sebagai angka (198501012010011000) sehingga digit terakhirnya hilang.',
    ],
    ['nip.invalid', 'NIP "12345" tidak valid: NIP harus 18 digit, terbaca 5 digit'],
  ]);
  const quiet = ctx();
  expect(
    cellReader('sessions', { speakerNip: { silent: true } }, quiet)(row({ speakerNip: 'x' }), 'speakerNip')
      .ok,
  ).toBe(false);
  expect(quiet.problems.list).toEqual([]);
});

test('date, time and datetime: read in the spreadsheet zone; unreadable text reported', () => {
  const c = ctx();
  const cell = cellReader('sessions', {}, c);
  expect(cell(row({ date: '24/11/2026' }), 'date')).toEqual(new Date(2026, 10, 24));
  expect(cell(row({ date: new Date(2026, 10, 24, 15) }), 'date')).toEqual(new Date(2026, 10, 24));
  expect(cell(row({ date: '31/02/2026' }), 'date')).toBeNull();
  expect(cell(row({ start: '08.30' }), 'start')).toBe(510);
  expect(cell(row({ start: 0.5 }), 'start')).toBe(720);
  expect(cell(row({ start: '8 pagi' }), 'start')).toBeNull();
  expect(cell(row({ end: '' }), 'end')).toBeNull();
  expect(c.problems.codes()).toEqual(['date.invalid', 'time.invalid']);
  const created = new Date(2026, 10, 1, 9, 30);
  const forms = cellReader('forms', {}, ctx());
  expect(forms(row({ created }), 'created')).toBe(created);
  expect(forms(row({ created: 'kemarin' }), 'created')).toBeNull();
});

test('integer, number and score: ranges from the rule (score 0–100 by default), text with a comma read', () => {
  const c = ctx();
  const sessions = cellReader('sessions', { number: { min: 1, max: 1000 }, jp: { min: 0, max: 100 } }, c);
  expect(sessions(row({ number: '3' }), 'number')).toBe(3);
  expect(sessions(row({ number: 2.5 }), 'number')).toBeNull();
  expect(sessions(row({ jp: '2,5' }), 'jp')).toBe(2.5);
  expect(sessions(row({ jp: -1 }), 'jp')).toBeNull();
  const scores = cellReader('scores', {}, c);
  expect(scores(row({ post: 100 }), 'post')).toBe(100);
  expect(scores(row({ post: 'seratus' }), 'post')).toBeNull();
  expect(scores(row({ post: '' }), 'post')).toBeNull();
  expect(c.problems.list.map((p) => [p.code, p.message, p.suggestion])).toEqual([
    ['integer.invalid', 'Nomor sesi "2.5" tidak valid.', 'Isi dengan bilangan bulat antara 1 dan 1000.'],
    ['number.invalid', 'JP "-1" tidak valid.', 'Isi dengan angka antara 0 dan 100.'],
    ['score.invalid', 'Nilai Post-Test "seratus" tidak valid.', 'Isi dengan angka antara 0 dan 100.'],
  ]);
});

test('bool: a checkbox or typed yes/no; unreadable reported, blank is null', () => {
  const c = ctx();
  const cell = cellReader('attendance', {}, c);
  expect([true, 'ya', 'Hadir', false, 'tidak', 0].map((v) => cell(row({ present: v }), 'present'))).toEqual([
    true,
    true,
    true,
    false,
    false,
    false,
  ]);
  expect(cell(row({ present: '' }), 'present')).toBeNull();
  expect(cell(row({ present: 'mungkin' }), 'present')).toBeNull();
  expect(c.problems.list.map((p) => [p.code, p.message])).toEqual([
    ['bool.invalid', 'Nilai Hadir "mungkin" tidak dapat dibaca.'],
  ]);
});

test('choice: spelled as the schema spells it; unknown is a Peringatan read as typed, or an Error read as ""', () => {
  const c = ctx();
  const trainings = cellReader('trainings', {}, c);
  expect(trainings(row({ pattern: 'bersama instansi lain' }), 'pattern')).toBe('Bersama Instansi Lain');
  expect(trainings(row({ pattern: 'Daring' }), 'pattern')).toBe('Daring');
  const questions = cellReader(
    'questions',
    { key: { blank: 'question.keyBlank', invalid: 'question.keyInvalid' } },
    c,
  );
  expect(questions(row({ key: 'c' }), 'key')).toBe('C');
  expect(questions(row({ key: 'g' }), 'key')).toBe('');
  expect(questions(row({ key: '' }), 'key')).toBe('');
  expect(c.problems.list.map((p) => [p.code, p.level, p.suggestion])).toEqual([
    [
      'choice.unknown',
      'Peringatan',
      'Pilih salah satu: Mandiri / Bersama Instansi Lain / Bersama Masyarakat.',
    ],
    ['question.keyInvalid', 'Error', 'Isi salah satu huruf A–E.'],
    ['question.keyBlank', 'Error', 'Isi salah satu huruf A–E.'],
  ]);
});

// ---------------------------------------------------------------- value domains (issue 11 items 2 and 7)

const fmtRow = (cells: Record<string, unknown>, n = 2) => ({ row: n, cells });
/** A sheet's number formats: `formats[field]` at row `n` (1-based), columns numbered in the order given. */
function formatsOf(fields: Record<string, string>, n = 2) {
  const keys = Object.keys(fields);
  const grid: string[][] = [];
  grid[n - 1] = keys.map((k) => fields[k]);
  return { grid, columns: new Map(keys.map((k, i) => [k, i])) };
}

test('percent: a percent-formatted score reads as the percent it shows; text "85%" the same', () => {
  const c = ctx();
  const scores = cellReader('scores', {}, c, formatsOf({ post: '0%', pre: '0.00%', task: '0"%"' }));
  expect(scores(fmtRow({ post: 0.85 }), 'post')).toBe(85);
  expect(scores(fmtRow({ pre: 0.855 }), 'pre')).toBe(85.5);
  // a % inside quotes is a literal: the cell holds what it shows
  expect(scores(fmtRow({ task: 90 }), 'task')).toBe(90);
  expect(cellReader('scores', {}, c)(fmtRow({ post: '85%' }), 'post')).toBe(85);
  expect(cellReader('scores', {}, c)(fmtRow({ post: ' 85,5 % ' }), 'post')).toBe(85.5);
  expect(c.problems.list).toEqual([]);
  // 85 typed into a cell already formatted as percent shows 8500%: out of range, reported as shown
  scores(fmtRow({ post: 85 }), 'post');
  expect(c.problems.list.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
    ['score.invalid', 2, 'Post-Test', 'Nilai Post-Test "8500%" tidak valid.'],
  ]);
});

test('percent in a column whose unit is not percent (JP, session, question weight): an Error at the cell', () => {
  const c = ctx();
  const sessions = cellReader('sessions', {}, c, formatsOf({ jp: '0%', number: '0.00%' }));
  expect(sessions(fmtRow({ jp: 0.9 }), 'jp')).toBeNull();
  expect(sessions(fmtRow({ number: 0.01 }), 'number')).toBeNull();
  expect(cellReader('questions', {}, c)(fmtRow({ weight: '50%' }), 'weight')).toBeNull();
  expect(c.problems.list.map((p) => [p.code, p.level, p.sheet, p.row, p.column, p.message])).toEqual([
    ['number.percentFormat', 'Error', 'Sesi', 2, 'JP', 'JP "90%" ditulis atau diformat sebagai persen.'],
    [
      'number.percentFormat',
      'Error',
      'Sesi',
      2,
      'Sesi',
      'Nomor sesi "1%" ditulis atau diformat sebagai persen.',
    ],
    [
      'number.percentFormat',
      'Error',
      'Soal',
      2,
      'Bobot',
      'Bobot "50%" ditulis atau diformat sebagai persen.',
    ],
  ]);
  expect(c.problems.list[0].suggestion).toMatch(/tanpa tanda %.*Format → Angka → Otomatis/);
});

test('a number column whose cell Sheets returns as a date, time or duration is refused, not guessed', () => {
  const c = ctx();
  const sessions = cellReader('sessions', {}, c);
  expect(sessions(fmtRow({ jp: new Date(1899, 11, 30, 2, 0) }), 'jp')).toBeNull();
  expect(cellReader('scores', {}, c)(fmtRow({ post: new Date(1900, 2, 25) }), 'post')).toBeNull();
  expect(c.problems.list.map((p) => [p.code, p.column, p.message])).toEqual([
    [
      'number.dateFormat',
      'JP',
      'JP terbaca sebagai tanggal atau jam (30/12/1899 02:00), karena selnya diformat sebagai tanggal, jam, atau durasi.',
    ],
    [
      'number.dateFormat',
      'Post-Test',
      'Nilai Post-Test terbaca sebagai tanggal atau jam (25/03/1900), karena selnya diformat sebagai tanggal, jam, atau durasi.',
    ],
  ]);
});

test('dates outside 1/1/2000 … 31/12 of the run year + 2 are an Error at the cell and not used', () => {
  const c = ctx();
  const trainings = cellReader('trainings', {}, c);
  expect(trainings(fmtRow({ startDate: new Date(1899, 11, 30) }), 'startDate')).toBeNull();
  expect(trainings(fmtRow({ startDate: '01/03/2100' }), 'startDate')).toBeNull();
  expect(trainings(fmtRow({ endDate: new Date(1999, 11, 31) }), 'endDate')).toBeNull();
  expect(trainings(fmtRow({ endDate: new Date(2000, 0, 1) }), 'endDate')).toEqual(new Date(2000, 0, 1));
  expect(trainings(fmtRow({ endDate: new Date(2028, 11, 31, 9) }), 'endDate')).toEqual(
    new Date(2028, 11, 31),
  );
  expect(trainings(fmtRow({ endDate: new Date(2029, 0, 1) }), 'endDate')).toBeNull();
  expect(cellReader('sessions', {}, c)(fmtRow({ date: new Date(1899, 11, 30, 8) }), 'date')).toBeNull();
  expect(c.problems.list.map((p) => [p.code, p.sheet, p.column, p.message])).toEqual([
    [
      'date.implausible',
      'Kegiatan',
      'Tanggal Mulai',
      'Tanggal Mulai 30/12/1899 di luar rentang yang wajar (01/01/2000 sampai 31/12/2028), sehingga tanggal ini tidak dipakai.',
    ],
    ['date.implausible', 'Kegiatan', 'Tanggal Mulai', expect.stringContaining('01/03/2100')],
    ['date.implausible', 'Kegiatan', 'Tanggal Selesai', expect.stringContaining('31/12/1999')],
    ['date.implausible', 'Kegiatan', 'Tanggal Selesai', expect.stringContaining('01/01/2029')],
    ['date.implausible', 'Sesi', 'Tanggal', expect.stringContaining('30/12/1899')],
  ]);
  expect(c.problems.list[0].suggestion).toMatch(/jam atau angka/);
  // the window moves with the run's "now", which comes in through the context
  const later = { ...ctx(), now: new Date(2098, 5, 1) };
  expect(cellReader('trainings', {}, later)(fmtRow({ startDate: '01/03/2100' }), 'startDate')).toEqual(
    new Date(2100, 2, 1),
  );
});
