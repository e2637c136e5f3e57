// Unit tests of computeResults: Rekap Nilai rows, eligibility, ranking, awards, order, class summary, JP inputs.

import { emptyResponses, type Responses } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import { computeResults, type ResultsInput } from '../../../src/core/results';
import { SHEETS } from '../../../src/core/schema';
import { defaultSettings } from '../../../src/core/settings';
import { parseWorkbook, type RawWorkbook } from '../../../src/core/workbook';
import { nipFor, participant, present, scoreRow, session, testResponse, training } from './_fixtures';

const settings = defaultSettings();
const N = Array.from({ length: 12 }, (_, i) => nipFor(i + 1));
// K1: sessions 2 + 2 + 3 + 1 = 8 JP.
const k1Sessions = [1, 2, 3, 4].map((n) => session('K1', n, { jp: [2, 2, 3, 1][n - 1] }));
const allSessions = (code: string, nip: string) => [1, 2, 3, 4].map((n) => present(code, n, nip));

function input(o: Partial<ResultsInput> & { responses?: Responses } = {}): ResultsInput {
  return {
    trainings: [training('K1')],
    sessions: k1Sessions,
    participants: [],
    attendance: [],
    scores: [],
    questions: [],
    responses: emptyResponses(),
    settings,
    ...o,
  };
}

describe('one training, hand-worked', () => {
  const participants = [
    participant('K1', N[0], 'Budi', { src: { sheet: 'Peserta', row: 2 } }),
    participant('K1', N[1], 'Ani', { src: { sheet: 'Peserta', row: 3 } }),
    participant('K1', '12345', 'Citra', { src: { sheet: 'Peserta', row: 4 } }), // invalid NIP
    participant('K1', N[3], 'Dedi', { src: { sheet: 'Peserta', row: 5 } }), // 62.5 % attendance
    participant('K1', N[4], 'Eka', { src: { sheet: 'Peserta', row: 6 } }), // no post-test
  ];
  const scores = [
    scoreRow('K1', N[0], { pre: 40, post: 90, activity: 80, task: 100 }, 2),
    scoreRow('K1', N[1], { pre: 50, post: 90, activity: 80, task: 100 }, 3),
    scoreRow('K1', '12345', { pre: 50, post: 95, activity: 90, task: 100 }, 4),
    scoreRow('K1', N[3], { pre: 50, post: 95, activity: 90, task: 100 }, 5),
    scoreRow('K1', N[4], { pre: 50, activity: 90, task: 100 }, 6),
  ];
  const attendance = [
    ...allSessions('K1', N[0]),
    ...allSessions('K1', N[1]),
    ...allSessions('K1', '12345'),
    present('K1', 1, N[3]),
    present('K1', 3, N[3]),
    ...allSessions('K1', N[4]),
  ];
  const res = computeResults(input({ participants, scores, attendance }));
  const row = (name: string) => res.rows.find((r) => r.name === name);

  test('rows: ranked by rank, then unranked by name', () => {
    expect(res.rows.map((r) => [r.name, r.rank])).toEqual([
      ['Budi', 1],
      ['Ani', 2],
      ['Citra', null],
      ['Dedi', null],
      ['Eka', null],
    ]);
  });

  test('Budi: every column', () => {
    expect(row('Budi')).toEqual({
      trainingCode: 'K1',
      rank: 1,
      nip: N[0],
      name: 'Budi',
      unit: 'Dinas A',
      pre: 40,
      post: 90,
      gain: 0.83, // 50 / 60
      gainCategory: 'Tinggi',
      activity: 80,
      task: 100,
      attendance: 100,
      finalScore: 90, // (60·90 + 20·80 + 10·100 + 10·100) / 100
      predicate: 'Memuaskan',
      certificate: true,
      award: true,
      note: '',
    });
    // Ani ties on Nilai Akhir and Post-Test; N-Gain 0.8 < 0.83 puts her second.
    expect(row('Ani')).toMatchObject({ rank: 2, gain: 0.8, finalScore: 90, award: true });
  });

  test('invalid NIP: listed, no Sertifikat, never ranked, reason in Keterangan', () => {
    expect(row('Citra')).toMatchObject({ rank: null, certificate: false, award: false, finalScore: 95 });
    expect(row('Citra')?.note).toBe('NIP tidak valid: NIP harus 18 digit, terbaca 5 digit');
  });

  test('attendance below the threshold', () => {
    // sessions 1 and 3: 5 of 8 JP
    expect(row('Dedi')).toMatchObject({ attendance: 62.5, certificate: false, rank: null });
    expect(row('Dedi')?.note).toBe('Kehadiran 62,5% di bawah batas 80%');
  });

  test('no Post-Test: Sertifikat yes, not ranked, Post-Test counted 0', () => {
    expect(row('Eka')).toMatchObject({
      certificate: true,
      rank: null,
      post: null,
      gain: null,
      gainCategory: '',
    });
    // (0 + 20·90 + 10·100 + 10·100) / 100
    expect(row('Eka')?.finalScore).toBe(38);
    expect(row('Eka')?.note).toBe('Tidak ada nilai Post-Test');
    expect(res.problems.list).toContainEqual(
      expect.objectContaining({
        code: 'finalScore.componentMissing',
        sheet: 'Nilai',
        row: 6,
        column: 'Post-Test',
      }),
    );
  });

  test('class summary and JP inputs', () => {
    expect(res.classSummary).toHaveLength(1);
    expect(res.classSummary[0]).toMatchObject({ trainingCode: 'K1', n: 5, nPaired: 4 });
    expect(res.trainingJp.get('K1')).toBe(8);
    expect(res.credits).toHaveLength(5);
    const dedi = res.credits.find((c) => c.nip === N[3]);
    expect(dedi).toMatchObject({
      year: 2026,
      certificate: false,
      trainingJp: 8,
      attendedJp: 5,
      attendanceRecorded: true,
    });
    expect(res.credits.find((c) => c.name === 'Citra')?.nipValid).toBe(false);
  });
});

test('a tie at place 5 awards 6; name order within a shared rank', () => {
  const finals = [95, 94, 93, 92, 91, 91, 90];
  const names = ['G', 'F', 'E', 'D', 'Zaki', 'Ayu', 'A'];
  const participants = finals.map((_, i) => participant('K1', N[i], names[i]));
  const scores = finals.map((f, i) => scoreRow('K1', N[i], { post: f }));
  const attendance = finals.flatMap((_, i) => allSessions('K1', N[i]));
  // Only Post-Test and Kehadiran (100 for all): Nilai Akhir = (60·post + 10·100) / 70
  const res = computeResults(input({ participants, scores, attendance }));
  expect(res.rows.map((r) => [r.name, r.rank, r.award])).toEqual([
    ['G', 1, true],
    ['F', 2, true],
    ['E', 3, true],
    ['D', 4, true],
    ['Ayu', 5, true],
    ['Zaki', 5, true],
    ['A', 7, false],
  ]);
});

test('tie-break by post-test submission time; typed scores come after', () => {
  const participants = [
    participant('K1', N[0], 'A'),
    participant('K1', N[1], 'B'),
    participant('K1', N[2], 'C'),
  ];
  const responses = emptyResponses();
  responses.tests = [
    testResponse('K1', 'Post-Test', N[0], {
      points: 8,
      maxPoints: 10,
      timestamp: new Date(2026, 10, 26, 10, 5),
    }),
    testResponse('K1', 'Post-Test', N[1], {
      points: 8,
      maxPoints: 10,
      timestamp: new Date(2026, 10, 26, 10, 1),
    }),
  ];
  const scores = [scoreRow('K1', N[2], { post: 80 })];
  const res = computeResults(input({ participants, responses, scores }));
  expect(res.rows.map((r) => [r.name, r.rank])).toEqual([
    ['B', 1],
    ['A', 2],
    ['C', 3],
  ]);
});

test('attendance not recorded: blank, not used in eligibility nor in the final score', () => {
  const participants = [participant('K1', N[0], 'A')];
  const scores = [scoreRow('K1', N[0], { pre: 50, post: 70, activity: 80, task: 90 })];
  const res = computeResults(input({ participants, scores }));
  expect(res.rows[0]).toMatchObject({ attendance: null, certificate: true, rank: 1 });
  expect(res.rows[0].finalScore).toBe(74.44); // (60·70 + 20·80 + 10·90) / 90 = 74.444…
  expect(res.rows[0].note).toBe('Kehadiran belum dicatat');
  expect(res.problems.codes()).toContain('attendance.notRecorded');
  expect(res.credits[0]).toMatchObject({ attendanceRecorded: false, certificate: true });
});

test('groups by training in Kegiatan order', () => {
  const res = computeResults(
    input({
      trainings: [
        training('K2', { src: { sheet: 'Kegiatan', row: 2 }, jp: 4 }),
        training('K1', { src: { sheet: 'Kegiatan', row: 3 } }),
      ],
      participants: [participant('K1', N[0], 'A'), participant('K2', N[1], 'B')],
    }),
  );
  expect(res.rows.map((r) => r.trainingCode)).toEqual(['K2', 'K1']);
  expect(res.trainingJp.get('K2')).toBe(4);
});

describe('on the parsed workbook: what the parser reported is not reported again', () => {
  const h = (k: keyof typeof SHEETS) => SHEETS[k].columns.map((c) => c.header);
  const raw: RawWorkbook = {
    trainings: [h('trainings'), ['K1', 'Tema', '', '', '', new Date(2026, 10, 24), '', '', 8, '', '', '']],
    sessions: [
      ['Kode Kegiatan', 'Sesi', 'JP'],
      ['K1', 1, 4],
      ['K1', 1, 2], // a repeated session number
      ['K1', 2, 4],
      ['K9', 1, 2], // an unknown training
    ],
    participants: [
      ['Kode Kegiatan', 'NIP', 'Nama'],
      ['K1', N[0], 'Budi'],
      ['K1', N[0], 'Budi lagi'], // a repeated NIP
      ['K9', N[1], 'Ani'], // an unknown training
    ],
    scores: [
      ['Kode Kegiatan', 'NIP', 'Post-Test'],
      ['K1', N[0], 80],
      ['K1', N[0], 90], // a second row for the NIP
      ['K1', N[2], 70], // not enrolled
    ],
    attendance: [
      ['Kode Kegiatan', 'Sesi', 'NIP', 'Hadir'],
      ['K1', 1, N[0], true],
      ['K1', 3, N[0], true], // no session 3
      ['K1', 2, N[2], true], // not enrolled
    ],
  };
  const p = new Problems();
  const wb = parseWorkbook(raw, 'Asia/Jakarta', p);
  const parsed = p.codes();
  const res = computeResults({ ...wb, responses: emptyResponses() });

  test('the parser reports each once, at its row', () => {
    expect(p.list.map((x) => [x.code, x.sheet, x.row])).toEqual([
      ['session.duplicate', 'Sesi', 3],
      ['trainingRef.unknown', 'Sesi', 5],
      ['participant.duplicate', 'Peserta', 3],
      ['trainingRef.unknown', 'Peserta', 4],
      ['attendance.sessionUnknown', 'Kehadiran', 3],
      ['reference.nipNotEnrolled', 'Kehadiran', 4],
      ['score.duplicate', 'Nilai', 3],
      ['reference.nipNotEnrolled', 'Nilai', 4],
    ]);
    expect(parsed).toHaveLength(8);
  });

  test('the rules count the first rows and add only their own problems', () => {
    expect(res.rows.map((r) => [r.name, r.post, r.attendance])).toEqual([['Budi', 80, 50]]);
    expect(res.sessionJp.get('K1')).toEqual(
      new Map([
        [1, 4],
        [2, 4],
      ]),
    );
    // only its own: Keaktifan and Tugas nobody has (none of the parser's again)
    expect(res.problems.codes()).toEqual(['finalScore.componentDropped', 'finalScore.componentDropped']);
  });
});
