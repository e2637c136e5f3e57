// Unit tests of the check-in classifier (issue 16): codes, windows in the spreadsheet's zone, rotation, duplicates,
// another training's session, unknown NIPs, a session without time; checked against an independent HMAC (node).

import { createHash, createHmac } from 'node:crypto';
import { attendanceByParticipant, type CheckinEnv } from '../../../src/core/attendance';
import {
  type CheckinSettings,
  classifyCheckin,
  codeFor,
  codesAhead,
  currentCode,
  instantIn,
  sessionWindow,
} from '../../../src/core/checkin';
import { hex, hmacSha256, sha256, utf8 } from '../../../src/core/hmac';
import { buildSessionJpMap } from '../../../src/core/jp';
import type { AttendanceResponse, Session } from '../../../src/core/model';
import { Problems } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';
import { nipFor, participant, session, training } from './_fixtures';

const SECRET = 'rahasia-uji-0123456789abcdef';
const base: CheckinSettings = {
  enabled: true,
  openBefore: 15,
  closeAfter: 30,
  lateAfter: 15,
  lateCounts: true,
  rotateSeconds: 0,
  acceptedPeriods: 2,
};

/** The code as an independent implementation computes it (node's HMAC, RFC 4226 truncation). */
function refCode(trainingCode: string, no: number, period: number | null): string {
  const mac = createHmac('sha256', SECRET)
    .update(`${trainingCode}\u0001${no}\u0001${period === null ? 'tetap' : period}`)
    .digest();
  const off = mac[31] & 15;
  return String((mac.readUInt32BE(off) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describe('hmac', () => {
  test('SHA-256 and HMAC-SHA256 equal node crypto on text of every kind', () => {
    for (const s of ['', 'abc', 'é ü 🙂 \u0000', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(200)]) {
      expect(hex(sha256(utf8(s)))).toBe(createHash('sha256').update(s).digest('hex'));
      expect(hex(hmacSha256(s || 'k', s))).toBe(
        createHmac('sha256', s || 'k')
          .update(s)
          .digest('hex'),
      );
    }
    expect(hex(hmacSha256('k'.repeat(100), 'm'))).toBe(
      createHmac('sha256', 'k'.repeat(100)).update('m').digest('hex'),
    );
  });
  test('codes are 6 digits and equal the independent computation', () => {
    for (let n = 1; n < 30; n++) {
      expect(codeFor(SECRET, 'K1', n, null)).toMatch(/^\d{6}$/);
      expect(codeFor(SECRET, 'K1', n, null)).toBe(refCode('K1', n, null));
      expect(codeFor(SECRET, 'K1', n, 29_000_000 + n)).toBe(refCode('K1', n, 29_000_000 + n));
    }
  });
});

// Session 1 on 24 Nov 2026 at 08:00, session 2 at 13:00, session 3 without time; K2 session 1 elsewhere.
const day = new Date(2026, 10, 24);
const sessions: Session[] = [
  session('K1', 1, { date: day, startMinutes: 8 * 60, endMinutes: 10 * 60, jp: 2 }),
  session('K1', 2, { date: day, startMinutes: 13 * 60, endMinutes: 15 * 60, jp: 2 }),
  session('K1', 3, { date: null, startMinutes: null, endMinutes: null, jp: 1 }),
  session('K2', 1, { date: day, startMinutes: 8 * 60, endMinutes: 10 * 60, jp: 3 }),
];
const k1 = new Map(sessions.filter((s) => s.trainingCode === 'K1').map((s) => [s.number, s]));
/** 24 Nov 2026 hh:mm in Jakarta (UTC+7). */
const jkt = (hh: number, mm: number, ss = 0) => new Date(Date.UTC(2026, 10, 24, hh - 7, mm, ss));

function ctx(settings: Partial<CheckinSettings> = {}, tz = 'Asia/Jakarta') {
  return {
    trainingCode: 'K1',
    sessions: k1,
    allSessions: sessions,
    tz,
    settings: { ...base, ...settings },
    secret: () => SECRET,
  };
}
const fixed = (no: number, code = 'K1') => codeFor(SECRET, code, no, null);
const classify = (
  at: Date,
  no: number,
  code: string | undefined,
  s: Partial<CheckinSettings> = {},
  tz?: string,
) => classifyCheckin({ timestamp: at, nip: nipFor(1), session: no, code }, ctx(s, tz));

describe('classifier', () => {
  test('window in the spreadsheet zone: 07:45 to 08:30, Terlambat after 08:15', () => {
    const w = sessionWindow(sessions[0], 'Asia/Jakarta', base);
    expect(w && new Date(w.open).toISOString()).toBe('2026-11-24T00:45:00.000Z');
    expect(w && new Date(w.close).toISOString()).toBe('2026-11-24T01:30:00.000Z');
    expect(instantIn(day, 8 * 60, 'Asia/Makassar').toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });
  test('on time, late, outside the window before and after (boundaries included as stated)', () => {
    expect(classify(jkt(7, 45), 1, fixed(1))).toMatchObject({ status: 'Hadir', reason: null });
    expect(classify(jkt(7, 44, 59), 1, fixed(1))).toMatchObject({ status: 'Tidak sah', reason: 'tooEarly' });
    expect(classify(jkt(8, 15), 1, fixed(1))).toMatchObject({ status: 'Hadir' });
    expect(classify(jkt(8, 15, 1), 1, fixed(1))).toMatchObject({ status: 'Terlambat' });
    expect(classify(jkt(8, 30), 1, fixed(1))).toMatchObject({ status: 'Terlambat' });
    expect(classify(jkt(8, 30, 1), 1, fixed(1))).toMatchObject({ status: 'Tidak sah', reason: 'tooLate' });
  });
  test('wrong, blank, another session’s and another training’s code', () => {
    const wrong = String((Number(fixed(1)) + 1) % 1_000_000).padStart(6, '0');
    expect(classify(jkt(8, 0), 1, wrong)).toMatchObject({ status: 'Tidak sah', reason: 'codeWrong' });
    expect(classify(jkt(8, 0), 1, '  ')).toMatchObject({ status: 'Tidak sah', reason: 'codeBlank' });
    expect(classify(jkt(8, 0), 1, fixed(2))).toMatchObject({
      reason: 'codeOtherSession',
      other: { trainingCode: 'K1', session: 2 },
    });
    expect(classify(jkt(8, 0), 1, fixed(1, 'K2'))).toMatchObject({
      reason: 'codeOtherTraining',
      other: { trainingCode: 'K2', session: 1 },
    });
    // spaces and dashes a participant adds are ignored
    expect(classify(jkt(8, 0), 1, `${fixed(1).slice(0, 3)} ${fixed(1).slice(3)}`).status).toBe('Hadir');
  });
  test('rotating code: the current and the last 2 periods accepted, older ones expired', () => {
    const at = jkt(8, 5);
    const p = Math.floor(at.getTime() / 60_000);
    const rot = { rotateSeconds: 60, acceptedPeriods: 2 };
    for (const k of [0, 1, 2])
      expect(classify(at, 1, codeFor(SECRET, 'K1', 1, p - k), rot).status).toBe('Hadir');
    expect(classify(at, 1, codeFor(SECRET, 'K1', 1, p - 3), rot)).toMatchObject({ reason: 'codeExpired' });
    expect(classify(at, 1, codeFor(SECRET, 'K1', 1, p - 40), rot)).toMatchObject({ reason: 'codeExpired' });
    // the fixed code is not valid when codes rotate
    expect(classify(at, 1, fixed(1), rot).status).toBe('Tidak sah');
    expect(currentCode(SECRET, 'K1', 1, at.getTime(), rot)).toEqual({
      code: codeFor(SECRET, 'K1', 1, p),
      until: (p + 1) * 60_000,
    });
  });
  test('codes ahead: the next periods for ten minutes (at most 120), each valid when its time comes; none when fixed', () => {
    const at = jkt(8, 5).getTime() + 12_345;
    const rot = { rotateSeconds: 60, acceptedPeriods: 2 };
    const r = codesAhead(SECRET, 'K1', 1, at, rot);
    const p = Math.floor(at / 60_000);
    expect(r.code).toBe(codeFor(SECRET, 'K1', 1, p));
    expect(r.validForMs).toBe((p + 1) * 60_000 - at);
    expect(r.next).toHaveLength(10);
    r.next.forEach((n, i) => {
      expect(n.inMs).toBe(r.validForMs! + i * 60_000);
      // the code the projector switches to is the one the classifier accepts at that moment
      const then = new Date(at + n.inMs + 1);
      expect(classify(then, 1, n.code, rot).status).not.toBe('Tidak sah');
      expect(n.code).toBe(currentCode(SECRET, 'K1', 1, then.getTime(), rot).code);
    });
    expect(codesAhead(SECRET, 'K1', 1, at, { rotateSeconds: 1 }).next).toHaveLength(120);
    expect(codesAhead(SECRET, 'K1', 1, at, { rotateSeconds: 0 })).toEqual({
      code: fixed(1),
      validForMs: null,
      next: [],
    });
  });
  test('time zone: the same instant is on time in Jakarta and an hour late in Makassar', () => {
    // 08:00 Jakarta is 09:00 Makassar: a session at 08:00 Makassar time closed at 08:30 Makassar
    expect(classify(jkt(8, 0), 1, fixed(1), {}, 'Asia/Jakarta').status).toBe('Hadir');
    expect(classify(jkt(8, 0), 1, fixed(1), {}, 'Asia/Makassar')).toMatchObject({ reason: 'tooLate' });
    expect(classify(jkt(7, 0), 1, fixed(1), {}, 'Asia/Makassar').status).toBe('Hadir');
  });
  test('a session without Tanggal/Jam Mulai: a right code is accepted without a window', () => {
    expect(classify(new Date(2027, 0, 1), 3, fixed(3))).toMatchObject({ status: 'Hadir', noWindow: true });
    expect(classify(new Date(2027, 0, 1), 3, '000000').status).toBe('Tidak sah');
  });
  test('a form without the Kode Sesi question, or the check-in off: counted as before, unchecked', () => {
    expect(classify(jkt(3, 0), 1, undefined)).toMatchObject({ status: 'Hadir', checked: false });
    expect(classify(jkt(3, 0), 1, '1', { enabled: false })).toMatchObject({
      status: 'Hadir',
      checked: false,
    });
  });
});

describe('attendance with check-in', () => {
  const t = training('K1');
  const [a, b, c] = [nipFor(1), nipFor(2), nipFor(3)];
  const roster = [participant('K1', a, 'Ani'), participant('K1', b, 'Budi'), participant('K1', c, 'Citra')];
  const resp = (
    nip: string,
    no: number,
    at: Date,
    code: string | undefined,
    row: number,
  ): AttendanceResponse => ({
    src: { sheet: 'Respons Presensi K1', row },
    trainingCode: 'K1',
    timestamp: at,
    nipRaw: nip,
    session: no,
    code,
    form: 'Presensi K1',
  });
  function run(responses: AttendanceResponse[], s: Partial<CheckinSettings> = {}, records = []) {
    const p = new Problems();
    const map = buildSessionJpMap(sessions, defaultSettings(), p);
    const env: CheckinEnv = {
      settings: { ...base, ...s },
      tz: 'Asia/Jakarta',
      allSessions: sessions,
      secret: () => SECRET,
    };
    return { r: attendanceByParticipant(t, sessions, roster, records, responses, map, p, env), p };
  }
  test('duplicates count once (the earliest valid); unknown NIP, wrong code reported; Terlambat per setting', () => {
    const responses = [
      resp(a, 1, jkt(8, 20), fixed(1), 2), // Terlambat
      resp(a, 1, jkt(8, 0), fixed(1), 3), // earlier: Hadir, counts
      resp(a, 1, jkt(8, 5), '999999', 4), // wrong code (ignored)
      resp(b, 1, jkt(8, 20), fixed(1), 5), // Terlambat only
      resp(b, 2, jkt(13, 0), fixed(2), 6),
      resp('198501012010011999', 1, jkt(8, 0), fixed(1), 7), // unknown NIP
      resp(c, 2, jkt(12, 0), fixed(2), 8), // too early
    ];
    const { r, p } = run(responses);
    expect(r.byNip.get(a)?.sessions).toEqual([1]);
    expect(r.byNip.get(b)?.sessions).toEqual([1, 2]);
    expect(r.byNip.get(c)?.sessions).toEqual([]);
    expect(r.checkins.map((v) => [v.status, v.counted, v.duplicate])).toEqual([
      ['Terlambat', false, true],
      ['Hadir', true, false],
      ['Tidak sah', false, false],
      ['Terlambat', true, false],
      ['Hadir', true, false],
      ['Tidak sah', false, false],
      ['Tidak sah', false, false],
    ]);
    expect(p.list.map((x) => x.code).sort()).toEqual(
      ['checkin.codeWrong', 'checkin.tooEarly', 'presensi.nipNotEnrolled'].sort(),
    );
    const wrong = p.list.find((x) => x.code === 'checkin.codeWrong');
    expect(wrong?.message).toContain(a);
    expect(wrong?.message).toContain('24/11/2026 08.05.00');
    expect(wrong?.message).toContain('Presensi K1');
    expect(wrong?.message).not.toContain(fixed(1));
    const off = run(responses, { lateCounts: false });
    expect(off.r.byNip.get(b)?.sessions).toEqual([2]);
  });
});
