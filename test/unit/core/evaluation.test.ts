// Unit tests of Rekap Evaluasi: per-aspect means, Indeks from the shown mean, Keseluruhan, order, bad answers.

import { summarizeEvaluations } from '../../../src/core/evaluation';
import type { Aspect, AspectKind, EvaluationSubject } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';
import { evaluation, session, training } from './_fixtures';

const settings = defaultSettings(); // Skala 4
const aspects: Aspect[] = (
  [
    ['Narasumber', 'Penguasaan Materi'],
    ['Narasumber', 'Penyampaian'],
    ['Penyelenggaraan', 'Fasilitas'],
    ['Penyelenggaraan', 'Konsumsi'],
    ['Pasca Pelatihan', 'Penerapan'],
  ] as Array<[AspectKind, string]>
).map(([kind, aspect], i) => ({ src: { sheet: 'Aspek Evaluasi', row: i + 2 }, kind, aspect }));
const sessions = [
  session('K1', 1, { speaker: 'Dr. Sari' }),
  session('K1', 2, { speaker: 'Budi, S.Kom.' }),
  session('K2', 1, { speaker: 'Lain' }),
];
const N = (n: number): EvaluationSubject => ({ type: 'Narasumber', session: n });
const P: EvaluationSubject = { type: 'Penyelenggaraan' };
const rate = (subject: EvaluationSubject, aspect: string, value: unknown, column = `${aspect}`) => ({
  subject,
  aspect,
  value,
  column,
});

function run(evals: ReturnType<typeof evaluation>[]) {
  const p = new Problems();
  const rows = summarizeEvaluations(
    { trainings: [training('K1'), training('K2')], sessions, aspects, evaluations: evals, settings },
    p,
  );
  return { rows, p };
}

test('per aspect: Responden, Rata-rata, Indeks from the shown Rata-rata, Kategori; Keseluruhan', () => {
  const { rows, p } = run([
    evaluation('K1', [rate(N(1), 'Penguasaan Materi', 4), rate(N(1), 'Penyampaian', 3)], {
      src: { sheet: 'E', row: 2 },
    }),
    evaluation('K1', [rate(N(1), 'Penguasaan Materi', '4'), rate(N(1), 'Penyampaian', 3)], {
      src: { sheet: 'E', row: 3 },
    }),
    evaluation('K1', [rate(N(1), 'Penguasaan Materi', 3), rate(N(1), 'Penyampaian', 5, 'Kolom X')], {
      src: { sheet: 'E', row: 4 },
    }),
  ]);
  const n1 = rows.filter((r) => r.session === 1);
  expect(n1).toEqual([
    // (4 + 4 + 3) / 3 = 3.666… → 3.67; 3.67 / 4 × 100 = 91.75
    {
      trainingCode: 'K1',
      kind: 'Narasumber',
      session: 1,
      speaker: 'Dr. Sari',
      speakerNip: '',
      aspect: 'Penguasaan Materi',
      respondents: 3,
      mean: 3.67,
      index: 91.75,
      category: 'Sangat Baik',
    },
    // 5 is out of scale: (3 + 3) / 2 = 3 → 75
    {
      trainingCode: 'K1',
      kind: 'Narasumber',
      session: 1,
      speaker: 'Dr. Sari',
      speakerNip: '',
      aspect: 'Penyampaian',
      respondents: 2,
      mean: 3,
      index: 75,
      category: 'Kurang Baik',
    },
    // mean of shown means (3.67 + 3) / 2 = 3.335 → 3.34; 3.34 / 4 × 100 = 83.5
    {
      trainingCode: 'K1',
      kind: 'Narasumber',
      session: 1,
      speaker: 'Dr. Sari',
      speakerNip: '',
      aspect: 'Keseluruhan',
      respondents: 3,
      mean: 3.34,
      index: 83.5,
      category: 'Baik',
    },
  ]);
  expect(p.codes()).toEqual(['evaluation.outOfScale']);
  expect(p.list[0]).toMatchObject({ level: 'Peringatan', sheet: 'E', row: 4, column: 'Kolom X' });
  expect(p.list[0].message).toContain('di luar skala 1–4');
});

test('out-of-scale and unreadable answers are ignored; a response with none valid is no respondent', () => {
  const { rows, p } = run([
    evaluation('K1', [rate(P, 'Fasilitas', 0), rate(P, 'Konsumsi', 'bagus'), rate(P, 'Fasilitas', 2.5)]),
    evaluation('K1', [rate(P, 'Fasilitas', ' 2 '), rate(P, 'Konsumsi', ''), rate(P, 'Konsumsi', null)]),
  ]);
  expect(rows.map((r) => [r.aspect, r.respondents, r.mean, r.index, r.category])).toEqual([
    ['Fasilitas', 1, 2, 50, 'Tidak Baik'],
    ['Konsumsi', 0, null, null, ''],
    ['Keseluruhan', 1, 2, 50, 'Tidak Baik'],
  ]);
  expect(p.codes()).toEqual(['evaluation.outOfScale', 'evaluation.outOfScale', 'evaluation.outOfScale']);
});

test('order: training, Narasumber by session, Penyelenggaraan, Pasca Pelatihan; aspects by Aspek Evaluasi, unknown after', () => {
  const { rows } = run([
    evaluation('K2', [rate(N(1), 'Penyampaian', 4)]),
    evaluation('K1', [rate({ type: 'Pasca Pelatihan' }, 'Penerapan', 3)], { kind: 'Pasca Pelatihan' }),
    evaluation('K1', [
      rate(P, 'Zona Parkir', 3),
      rate(P, 'konsumsi', 4),
      rate(P, 'Akses', 2),
      rate(N(2), 'Penyampaian', 4),
      rate(N(1), 'Penyampaian', 2),
      rate(N(1), 'Penguasaan Materi', 2),
    ]),
  ]);
  expect(rows.map((r) => `${r.trainingCode}|${r.kind}|${r.session ?? ''}|${r.speaker}|${r.aspect}`)).toEqual([
    'K1|Narasumber|1|Dr. Sari|Penguasaan Materi',
    'K1|Narasumber|1|Dr. Sari|Penyampaian',
    'K1|Narasumber|1|Dr. Sari|Keseluruhan',
    'K1|Narasumber|2|Budi, S.Kom.|Penyampaian',
    'K1|Narasumber|2|Budi, S.Kom.|Keseluruhan',
    'K1|Penyelenggaraan|||Konsumsi',
    'K1|Penyelenggaraan|||Akses',
    'K1|Penyelenggaraan|||Zona Parkir',
    'K1|Penyelenggaraan|||Keseluruhan',
    'K1|Pasca Pelatihan|||Penerapan',
    'K1|Pasca Pelatihan|||Keseluruhan',
    'K2|Narasumber|1|Lain|Penyampaian',
    'K2|Narasumber|1|Lain|Keseluruhan',
  ]);
});

test('a speaker session missing from Sesi, and an unknown training, are reported', () => {
  const { rows, p } = run([
    evaluation('K1', [rate(N(7), 'Penyampaian', 4)]),
    evaluation('K9', [rate(P, 'Fasilitas', 4)]),
  ]);
  expect(rows.map((r) => [r.session, r.speaker])).toEqual([
    [7, ''],
    [7, ''],
  ]);
  expect(p.codes().sort()).toEqual(['evaluation.sessionUnknown', 'response.trainingUnknown']);
});

test('Skala from settings', () => {
  const p = new Problems();
  const rows = summarizeEvaluations(
    {
      trainings: [training('K1')],
      sessions,
      aspects,
      evaluations: [evaluation('K1', [rate(P, 'Fasilitas', 5)])],
      settings: { ...settings, evaluationScale: 5 },
    },
    p,
  );
  expect(rows[0]).toMatchObject({ mean: 5, index: 100, category: 'Sangat Baik' });
  expect(p.list).toEqual([]);
});

test('a grid rating a session that Sesi does not have is a Peringatan at that response cell', () => {
  const { rows, p } = run([
    evaluation('K1', [rate(N(9), 'Penguasaan Materi', 4, 'Sesi 9: X [Penguasaan Materi]')], {
      src: { sheet: 'Respons Evaluasi K1', row: 7 },
    }),
  ]);
  expect(rows.find((r) => r.session === 9)?.speaker).toBe('');
  expect(p.list).toContainEqual(
    expect.objectContaining({
      code: 'evaluation.sessionUnknown',
      level: 'Peringatan',
      sheet: 'Respons Evaluasi K1',
      row: 7,
      column: 'Sesi 9: X [Penguasaan Materi]',
    }),
  );
});
