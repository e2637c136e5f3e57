// Unit tests of attendance: Kehadiran rows and Presensi responses, percent of session JP, "not recorded".

import { attendanceByParticipant } from '../../../src/core/attendance';
import { buildSessionJpMap } from '../../../src/core/jp';
import { Problems } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';
import { nipFor, participant, presensi, present, session, training } from './_fixtures';

const settings = defaultSettings();
const t = training('K1');
// 4 sessions: 2 + 2 + 3 + 1 = 8 JP.
const sessions = [
  session('K1', 1, { jp: 2 }),
  session('K1', 2, { jp: 2 }),
  session('K1', 3, { jp: 3 }),
  session('K1', 4, { jp: 1 }),
  session('K2', 1, { jp: 9 }),
];
const [a, b, c] = [nipFor(1), nipFor(2), nipFor(3)];
const roster = [participant('K1', a, 'Ani'), participant('K1', b, 'Budi'), participant('K1', c, 'Citra')];

function run(
  records: Parameters<typeof attendanceByParticipant>[3],
  responses: Parameters<typeof attendanceByParticipant>[4],
) {
  const p = new Problems();
  const map = buildSessionJpMap(sessions, settings, p);
  return { r: attendanceByParticipant(t, sessions, roster, records, responses, map, p), p };
}

test('Kehadiran rows and Presensi responses both count, a Kehadiran row wins over a response; percent of session JP', () => {
  const { r, p } = run(
    [
      present('K1', 1, a),
      present('K1', 2, a),
      present('K1', 3, a),
      present('K1', 4, a, false),
      present('K1', 1, b),
    ],
    [presensi('K1', 4, a), presensi('K1', 3, ` '${b.slice(0, 8)} ${b.slice(8)}`), presensi('K1', 1, b)],
  );
  expect(r.recorded).toBe(true);
  expect(r.totalJp).toBe(8);
  // session 4: Kehadiran says not present (typed), which wins over a's Presensi response (issue 16)
  expect(r.byNip.get(a)).toEqual({ sessions: [1, 2, 3], attendedJp: 7, percent: 87.5 });
  expect(r.byNip.get(b)).toEqual({ sessions: [1, 3], attendedJp: 5, percent: 62.5 });
  expect(r.byNip.get(c)).toEqual({ sessions: [], attendedJp: 0, percent: 0 });
  expect(p.list).toEqual([]);
});

test('percent is rounded half away from zero', () => {
  // 1 of 3 JP-equal sessions → 33.33; 2 of 3 → 66.67
  const s3 = [session('K3', 1, { jp: 1 }), session('K3', 2, { jp: 1 }), session('K3', 3, { jp: 1 })];
  const p = new Problems();
  const map = buildSessionJpMap(s3, settings, p);
  const ros = [participant('K3', a, 'Ani'), participant('K3', b, 'Budi')];
  const r = attendanceByParticipant(
    training('K3'),
    s3,
    ros,
    [present('K3', 1, a), present('K3', 1, b), present('K3', 2, b)],
    [],
    map,
    p,
  );
  expect(r.byNip.get(a)?.percent).toBe(33.33);
  expect(r.byNip.get(b)?.percent).toBe(66.67);
});

test('no record at all → not recorded (null) with one Peringatan', () => {
  const { r, p } = run([present('K2', 1, a)], []);
  expect(r.recorded).toBe(false);
  expect(r.byNip.get(a)).toEqual({ sessions: [], attendedJp: 0, percent: null });
  expect(p.codes()).toEqual(['attendance.notRecorded']);
  expect(p.list[0]).toMatchObject({ level: 'Peringatan', sheet: 'Kehadiran' });
});

test('a Kehadiran row with Hadir unticked still means attendance is recorded', () => {
  const { r } = run([present('K1', 1, a, false)], []);
  expect(r.recorded).toBe(true);
  expect(r.byNip.get(a)?.percent).toBe(0);
});

test('number-typed NIP in a Presensi response → Error at that cell, not guessed', () => {
  const { r, p } = run([], [presensi('K1', 1, Number(a), 7)]);
  expect(r.byNip.get(a)?.sessions).toEqual([]);
  expect(p.codes()).toEqual(['presensi.nipNumberTyped']);
  expect(p.list[0]).toMatchObject({ level: 'Error', sheet: 'Respons Presensi K1', row: 7, column: 'NIP' });
});

test('a Presensi response for an unknown NIP or session is reported and ignored', () => {
  const typo = `${a.slice(0, 17)}9`;
  const { r, p } = run([], [presensi('K1', 7, a, 5), presensi('K1', 1, typo, 6)]);
  expect(r.byNip.get(a)?.sessions).toEqual([]);
  expect(p.list.map((x) => [x.code, x.level, x.row, x.column])).toEqual([
    ['presensi.sessionUnknown', 'Error', 5, 'Sesi'],
    ['presensi.nipNotEnrolled', 'Peringatan', 6, 'NIP'],
  ]);
  expect(p.list[1].suggestion).toBe(`Mungkin maksudnya ${a} (Ani)`);
});

test('recorded, but the sessions carry no JP → no percent, one Peringatan', () => {
  const s0 = [session('K1', 1, { jp: 0 })];
  const p = new Problems();
  const r = attendanceByParticipant(
    t,
    s0,
    roster,
    [present('K1', 1, a)],
    [],
    buildSessionJpMap(s0, settings, p),
    p,
  );
  expect(r.byNip.get(a)).toEqual({ sessions: [1], attendedJp: 0, percent: null });
  expect(p.list).toEqual([
    expect.objectContaining({ code: 'attendance.zeroJp', sheet: 'Sesi', row: null, column: 'JP' }),
  ]);
});
