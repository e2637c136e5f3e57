// Response sheets as Google Forms writes them, in Indonesian and English locale, into the response model.

import { readResponseSheet } from '../../../src/core/answers';
import { emptyResponses, type FormRecord } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import {
  gridSubject,
  parseScoreCell,
  parseSessionAnswer,
  responseColumns,
} from '../../../src/core/responseSheets';

const form = (kind: FormRecord['kind'], sheet = 'R'): FormRecord => ({
  src: { sheet: 'Formulir', row: 2 },
  trainingCode: 'DOU-01',
  kind,
  title: '',
  formId: '',
  fillUrl: '',
  editUrl: '',
  responseSheet: sheet,
  created: null,
});

describe('response sheets', () => {
  test('Indonesian and English headers map to the same columns', () => {
    const id = responseColumns([
      'Stempel waktu',
      'Alamat email',
      'Skor',
      'NIP',
      'Nama Lengkap',
      '1. Apa itu SAKIP?',
    ]);
    const en = responseColumns([
      'Timestamp',
      'Email Address',
      'Score',
      'NIP Peserta',
      'Name',
      '1. Apa itu SAKIP?',
    ]);
    for (const c of [id, en]) {
      expect([c.timestamp, c.email, c.score, c.nip, c.name]).toEqual([0, 1, 2, 3, 4]);
      expect(c.questions.get(1)).toBe(5);
    }
  });

  test('scores "7 / 10" and plain numbers (0–100)', () => {
    expect(parseScoreCell('7 / 10')).toEqual({ points: 7, max: 10 });
    expect(parseScoreCell('7,5 / 12')).toEqual({ points: 7.5, max: 12 });
    expect(parseScoreCell(80)).toEqual({ points: 80, max: 100 });
    expect(parseScoreCell('tujuh')).toBeNull();
  });

  test('session answers and grid titles', () => {
    expect(parseSessionAnswer('Sesi 2: Kebijakan')).toBe(2);
    expect(parseSessionAnswer(3)).toBe(3);
    expect(gridSubject('Sesi 12: Materi — Dr. A')).toEqual({ type: 'Narasumber', session: 12 });
    expect(gridSubject('Penyelenggaraan')).toEqual({ type: 'Penyelenggaraan' });
    expect(gridSubject('Pasca Pelatihan')).toEqual({ type: 'Pasca Pelatihan' });
  });

  test('a quiz response sheet keeps the raw NIP (a number stays a number, to be reported) and the answers', () => {
    const out = emptyResponses();
    const p = new Problems();
    const at = new Date('2026-11-24T09:00:00+07:00');
    const n = readResponseSheet(
      [
        ['Stempel waktu', 'Skor', 'NIP', 'Nama', '1. Soal satu', '2. Soal dua'],
        [at, '1 / 2', '198501012010011001', 'Budi', 'Benar', 'Salah'],
        ['', '', '', '', '', ''],
        [at, '2 / 2', 198501012010011000, 'Sri', 'Benar', 'Benar'],
      ],
      form('Post-Test'),
      out,
      p,
    );
    expect(n).toBe(2);
    expect(out.tests.map((t) => [t.src.row, t.nipRaw, t.points, t.maxPoints, t.answers[1]])).toEqual([
      [2, '198501012010011001', 1, 2, 'Benar'],
      [4, 198501012010011000, 2, 2, 'Benar'],
    ]);
  });

  test('evaluation grids and attendance', () => {
    const out = emptyResponses();
    const p = new Problems();
    readResponseSheet(
      [
        ['Timestamp', 'Sesi 1: Materi — Dr. A [Penguasaan materi]', 'Penyelenggaraan [Konsumsi]', 'Saran'],
        [new Date(), 4, '', 'Bagus'],
      ],
      form('Evaluasi'),
      out,
      p,
    );
    expect(out.evaluations[0].ratings).toEqual([
      {
        subject: { type: 'Narasumber', session: 1 },
        aspect: 'Penguasaan materi',
        value: 4,
        column: 'Sesi 1: Materi — Dr. A [Penguasaan materi]',
      },
    ]);
    expect(out.evaluations[0].comments).toEqual(['Bagus']);
    readResponseSheet(
      [
        ['Timestamp', 'NIP', 'Sesi'],
        [new Date(), '198501012010011001', 'Sesi 2: Materi'],
      ],
      form('Presensi'),
      out,
      p,
    );
    expect(out.attendance[0].session).toBe(2);
  });

  test('a response sheet without a NIP column is an Error, and nothing is read from it', () => {
    const out = emptyResponses();
    const p = new Problems();
    expect(
      readResponseSheet(
        [
          ['Timestamp', 'Skor'],
          [new Date(), '1 / 2'],
        ],
        form('Pre-Test', 'Respons X'),
        out,
        p,
      ),
    ).toBe(0);
    expect(p.list[0]).toMatchObject({
      code: 'form.noNipColumn',
      level: 'Error',
      sheet: 'Respons X',
      column: 'NIP',
    });
  });

  test('a Presensi sheet without Sesi, an unreadable Sesi answer and an unreadable score: their codes', () => {
    const p = new Problems();
    const out = emptyResponses();
    const at = new Date('2026-11-24T09:00:00+07:00');
    readResponseSheet(
      [
        ['Timestamp', 'NIP'],
        [at, '198501012010011001'],
      ],
      form('Presensi', 'P'),
      out,
      p,
    );
    readResponseSheet(
      [
        ['Timestamp', 'NIP', 'Sesi'],
        [at, '198501012010011001', 'kemarin'],
      ],
      form('Presensi', 'P2'),
      out,
      p,
    );
    readResponseSheet(
      [
        ['Timestamp', 'Skor', 'NIP'],
        [at, 'banyak', '198501012010011001'],
      ],
      form('Pre-Test', 'T'),
      out,
      p,
    );
    expect(p.list.map((x) => [x.code, x.level, x.sheet, x.row, x.column])).toEqual([
      ['form.noSessionColumn', 'Error', 'P', 1, 'Sesi'],
      ['response.sessionUnreadable', 'Error', 'P2', 2, 'Sesi'],
      ['response.scoreUnreadable', 'Peringatan', 'T', 2, 'Skor'],
    ]);
    expect(out.attendance).toEqual([]);
    expect(out.tests).toEqual([]);
  });
});
