// The response store's cells: an answer row and a form's import record read back exactly as written.

import type { AnswerRow } from '../../../src/core/answers';
import {
  ANSWER_HEADERS,
  answerCells,
  answerFromCells,
  IMPORT_HEADERS,
  importCells,
  parseStore,
} from '../../../src/core/responseStore';

const row = (over: Partial<AnswerRow> = {}): AnswerRow => ({
  source: '1FormId',
  responseId: '2_ABC',
  trainingCode: 'DOU-01',
  kind: 'Evaluasi',
  nip: '198501012010011001',
  timestamp: new Date('2026-11-24T01:02:03.456Z'),
  name: '',
  points: null,
  maxPoints: null,
  answers: {
    ratings: [
      { subject: { type: 'Narasumber', session: 2 }, aspect: 'Materi', value: 4, column: 'Sesi 2 [Materi]' },
      {
        subject: { type: 'Penyelenggaraan' },
        aspect: 'Tempat',
        value: new Date(2026, 0, 3),
        column: 'P [T]',
      },
    ],
    comments: ['Bagus', '=SUM(A1)'],
  },
  src: { sheet: 'Respons Evaluasi DOU-01', row: 7 },
  ...over,
});

describe('the response store cells', () => {
  test('an answer row round-trips: milliseconds, a date inside the answers, text that looks like a formula', () => {
    const r = row();
    expect(answerFromCells(answerCells(r))).toEqual(r);
  });

  test('a NIP a linked sheet turned into a number stays a number (so it is reported as damaged)', () => {
    const r = row({ nip: 198501012010011000 });
    const cells = answerCells(r);
    expect(typeof cells[4]).toBe('string');
    expect(answerFromCells(cells)?.nip).toBe(198501012010011000);
  });

  test('very long suggestions are shortened so the cell stays under 50,000 characters', () => {
    const long = 'x'.repeat(80_000);
    const cells = answerCells(row({ answers: { ratings: [], comments: [long, 'pendek'] } }));
    expect(String(cells[9]).length).toBeLessThan(50_000);
    expect(answerFromCells(cells)?.answers.comments?.[1]).toBe('pendek');
  });

  test("a store whose header is not the add-on's reads as empty; unreadable rows are left out", () => {
    const good = answerCells(row());
    const store = parseStore(
      [ANSWER_HEADERS, good, ['1FormId', 'x', '', '', '', '', '', '', '', '{broken', '', 1]],
      [
        IMPORT_HEADERS,
        importCells({
          source: '1FormId',
          trainingCode: 'DOU-01',
          kind: 'Evaluasi',
          path: 'Lembar+FormApp',
          count: 1,
          importedAt: new Date('2026-11-27T02:00:00Z'),
          sheet: 'Respons Evaluasi DOU-01',
          sheetRows: 8,
          problems: [],
          complete: true,
        }),
      ],
    );
    expect(store.answers.get('1FormId')).toHaveLength(1);
    expect(store.imports.get('1FormId')).toMatchObject({
      path: 'Lembar+FormApp',
      sheetRows: 8,
      complete: true,
    });
    expect(parseStore([['Sumber', 'lain'], good], []).answers.size).toBe(0);
  });
});
