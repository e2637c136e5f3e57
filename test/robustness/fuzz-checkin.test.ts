// Fuzz of the check-in (issue 16): random settings, zones, sessions and check-ins (right, wrong, another session's
// or training's code, expired rotations, times around the windows, unknown NIPs, duplicates, typed Kehadiran rows)
// through src/core's attendance, against an independent reference written here (node's HMAC, fixed UTC offsets).
// Properties: every status and every attended session equal the reference; no problem text holds a code.

import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { attendanceByParticipant, type CheckinEnv } from '../../src/core/attendance';
import type { CheckinSettings } from '../../src/core/checkin';
import { buildSessionJpMap } from '../../src/core/jp';
import type { AttendanceRecord, AttendanceResponse, Session } from '../../src/core/model';
import { Problems } from '../../src/core/problems';
import { defaultSettings } from '../../src/core/settings';
import { testNip } from '../bundle/harness';
import { participant, session, training } from '../unit/core/_fixtures';

const SEED = Number(process.env.FUZZ_SEED ?? 20261216);
const SECRET = 'fuzz-secret-5f1d';
/** Zones without summer time, with their offsets in hours (the reference's whole arithmetic). */
const ZONES: Array<[string, number]> = [
  ['Asia/Jakarta', 7],
  ['Asia/Makassar', 8],
  ['Asia/Jayapura', 9],
];
const ROSTER = [1, 2, 3, 4, 5].map(testNip);
const OUTSIDER = testNip(9);

function refCode(code: string, no: number, period: number | null): string {
  const mac = createHmac('sha256', SECRET)
    .update(`${code}\u0001${no}\u0001${period === null ? 'tetap' : period}`)
    .digest();
  return String((mac.readUInt32BE(mac[31] & 15) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

type Kind = 'right' | 'wrong' | 'blank' | 'otherSession' | 'otherTraining' | 'old';
interface Gen {
  zone: number;
  settings: CheckinSettings;
  /** Start minute of K1's sessions 1–3 on 24/11/2026 (null: no Jam Mulai). */
  starts: Array<number | null>;
  subs: Array<{ nip: number; session: number; offsetMin: number; sec: number; kind: Kind; back: number }>;
  typed: Array<{ nip: number; session: number; present: boolean }>;
}

const gen: fc.Arbitrary<Gen> = fc.record({
  zone: fc.integer({ min: 0, max: 2 }),
  settings: fc.record({
    enabled: fc.constant(true),
    openBefore: fc.integer({ min: 0, max: 30 }),
    closeAfter: fc.integer({ min: 10, max: 60 }),
    lateAfter: fc.integer({ min: 0, max: 20 }),
    lateCounts: fc.boolean(),
    rotateSeconds: fc.constantFrom(0, 0, 30, 60),
    acceptedPeriods: fc.integer({ min: 0, max: 3 }),
  }),
  starts: fc.array(fc.option(fc.integer({ min: 7 * 60, max: 16 * 60 }), { nil: null }), {
    minLength: 3,
    maxLength: 3,
  }),
  subs: fc.array(
    fc.record({
      nip: fc.integer({ min: 0, max: 5 }),
      session: fc.integer({ min: 1, max: 3 }),
      offsetMin: fc.integer({ min: -45, max: 75 }),
      sec: fc.integer({ min: 0, max: 59 }),
      kind: fc.constantFrom<Kind>(
        'right',
        'right',
        'right',
        'wrong',
        'blank',
        'otherSession',
        'otherTraining',
        'old',
      ),
      back: fc.integer({ min: 0, max: 6 }),
    }),
    { maxLength: 30 },
  ),
  typed: fc.array(
    fc.record({
      nip: fc.integer({ min: 0, max: 4 }),
      session: fc.integer({ min: 1, max: 3 }),
      present: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
});

/** The instant of 24/11/2026 at `minutes` in a zone `off` hours east of UTC. */
const instant = (minutes: number, off: number) => Date.UTC(2026, 10, 24, 0, minutes) - off * 3_600_000;

test('check-ins classified and counted as the independent reference does', () => {
  fc.assert(
    fc.property(gen, (g) => {
      const [tz, off] = ZONES[g.zone];
      const s = g.settings;
      const sessions: Session[] = [
        ...g.starts.map((m, i) =>
          session('K1', i + 1, {
            date: new Date(2026, 10, 24),
            startMinutes: m,
            endMinutes: null,
            jp: i + 1,
          }),
        ),
        session('K2', 1, { date: new Date(2026, 10, 24), startMinutes: 8 * 60, endMinutes: null, jp: 2 }),
      ];
      const nipOf = (i: number) => (i < ROSTER.length ? ROSTER[i] : OUTSIDER);
      const responses: AttendanceResponse[] = [];
      const want: string[] = [];
      g.subs.forEach((x, row) => {
        const base = g.starts[x.session - 1] ?? 10 * 60;
        const at = instant(base + x.offsetMin, off) + x.sec * 1000;
        const p = s.rotateSeconds > 0 ? Math.floor(at / (s.rotateSeconds * 1000)) : null;
        const back = p === null ? null : p - (s.acceptedPeriods + 1 + x.back);
        const other = x.session === 3 ? 1 : x.session + 1;
        const typed =
          x.kind === 'right'
            ? refCode('K1', x.session, p === null ? null : p - Math.min(x.back, s.acceptedPeriods))
            : x.kind === 'wrong'
              ? String((Number(refCode('K1', x.session, p)) + 123_457) % 1_000_000).padStart(6, '0')
              : x.kind === 'blank'
                ? ''
                : x.kind === 'otherSession'
                  ? refCode('K1', other, p)
                  : x.kind === 'otherTraining'
                    ? refCode('K2', 1, p)
                    : refCode('K1', x.session, back);
        responses.push({
          src: { sheet: 'Respons Presensi K1', row: row + 2 },
          trainingCode: 'K1',
          timestamp: new Date(at),
          nipRaw: nipOf(x.nip),
          session: x.session,
          code: typed,
          form: 'Presensi K1',
        });
        // the reference
        let status: string;
        const codeOk = x.kind === 'right' || (x.kind === 'old' && p === null);
        const start = g.starts[x.session - 1];
        if (x.nip >= ROSTER.length || !codeOk) status = 'Tidak sah';
        else if (start === null) status = 'Hadir';
        else {
          const t0 = instant(start, off);
          if (at < t0 - s.openBefore * 60_000 || at > t0 + s.closeAfter * 60_000) status = 'Tidak sah';
          else status = at > t0 + s.lateAfter * 60_000 ? 'Terlambat' : 'Hadir';
        }
        want.push(status);
      });
      // Kehadiran rows come from the parser: one per NIP and session (a repeated row is reported there)
      const once = g.typed.filter(
        (t, i) => g.typed.findIndex((u) => u.nip === t.nip && u.session === t.session) === i,
      );
      const records: AttendanceRecord[] = once.map((t, i) => ({
        src: { sheet: 'Kehadiran', row: i + 2 },
        trainingCode: 'K1',
        session: t.session,
        nip: ROSTER[t.nip],
        present: t.present,
      }));
      const p = new Problems();
      const settings = defaultSettings();
      const env: CheckinEnv = { settings: s, tz, allSessions: sessions, secret: () => SECRET };
      const roster = ROSTER.map((n, i) => participant('K1', n, `P${i}`));
      const r = attendanceByParticipant(
        training('K1'),
        sessions,
        roster,
        records,
        responses,
        buildSessionJpMap(sessions, settings, p),
        p,
        env,
      );
      expect(r.checkins.map((v) => v.status)).toEqual(want);
      // attended: typed rows decide their NIP and session; else the earliest valid check-in, Terlambat per setting
      const typedKey = new Map<string, boolean>();
      for (const t of records)
        if (!typedKey.has(`${t.nip}|${t.session}`)) typedKey.set(`${t.nip}|${t.session}`, t.present);
      const expectSet = new Map(ROSTER.map((n) => [n, new Set<number>()]));
      for (const [k, present] of typedKey)
        if (present) expectSet.get(k.split('|')[0])?.add(Number(k.split('|')[1]));
      const first = new Set<string>();
      [...responses.keys()]
        .filter((i) => want[i] !== 'Tidak sah')
        .sort(
          (a, b) =>
            (responses[a].timestamp as Date).getTime() - (responses[b].timestamp as Date).getTime() || a - b,
        )
        .forEach((i) => {
          const k = `${responses[i].nipRaw}|${responses[i].session}`;
          if (first.has(k)) return;
          first.add(k);
          if (typedKey.has(k)) return;
          if (want[i] === 'Terlambat' && !s.lateCounts) return;
          expectSet.get(String(responses[i].nipRaw))?.add(responses[i].session);
        });
      for (const n of ROSTER)
        expect([n, r.byNip.get(n)?.sessions]).toEqual([n, [...(expectSet.get(n) ?? [])].sort()]);
      // no problem text holds a code that was typed (right or not)
      const texts = p.list.map((x) => `${x.message} ${x.suggestion}`).join('\n');
      for (const resp of responses) if (resp.code) expect(texts.includes(resp.code)).toBe(false);
    }),
    { seed: SEED, numRuns: 400 },
  );
});
