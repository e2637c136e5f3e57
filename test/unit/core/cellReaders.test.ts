// Unit tests of the typed cell readers: each column type reads its cells and reports a bad one at that cell.

import { type CellContext, cellReader, NO_NIP } from '../../../src/core/cellReaders';
import { Problems } from '../../../src/core/problems';

const ctx = (): CellContext => ({ tz: 'Asia/Jakarta', problems: new Problems(), codes: new Map() });
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
