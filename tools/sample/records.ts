// Step 3: the admin's own records — Kehadiran (per session for DOU-2026-01, manual rows for DOU-2026-03) and Nilai.

import type { Cell, Rng } from '../sample-data';
import { FORGOT_FORM_03, MISSED_03, NO_TASK_WHAT, OVER_100, TYPED_PRE_02, UNKNOWN_SESSION_01 } from './cast';
import { sessionsOf, T1, T2, T3 } from './content';
import { type Cast, isSpecial } from './participants';
import type { Plan01 } from './plans';
import type { Enrolment, Plant } from './types';

/** DOU-2026-03 attendance: sessions missed, and who forgot the Presensi form in session 1 (a manual row). */
export interface Attendance03 {
  missed: Map<Enrolment, readonly number[]>;
  forgot: Enrolment[];
}

/** Kehadiran: DOU-2026-01 every participant × session; DOU-2026-02 none (not recorded); DOU-2026-03 manual rows. */
export function kehadiranRows(
  rng: Rng,
  cast: Cast,
  u1: readonly Enrolment[],
  u3: readonly Enrolment[],
  p01: Plan01,
  plant: Plant,
): { rows: Cell[][]; t3: Attendance03 } {
  const rows: Cell[][] = [];
  for (const s of sessionsOf(T1))
    for (const e of u1) rows.push([T1, s.no, e.nip, !p01.plan.get(e)!.absent.includes(s.no)]);
  const u = UNKNOWN_SESSION_01;
  const unknown: Cell[] = [T1, u.no, p01.roles[u.who].nip, true];
  rows.push(unknown);
  plant('Kehadiran', unknown, 'Sesi', 'Error', u.what);
  const drawn3 = rng.shuffle(u3.filter((e) => !isSpecial(cast, e.p)));
  const missed = new Map(MISSED_03.map((m, i) => [drawn3[i], m]));
  const forgot = drawn3.slice(MISSED_03.length, MISSED_03.length + FORGOT_FORM_03);
  for (const e of forgot) rows.push([T3, 1, e.nip, true]);
  return { rows, t3: { missed, forgot } };
}

/** Nilai rows of DOU-2026-01: Keaktifan, Tugas and the typed Pre/Post overrides of the plan. */
function nilaiRows01(u1: readonly Enrolment[], p01: Plan01, plant: Plant): Cell[][] {
  return u1.map((e) => {
    const pl = p01.plan.get(e)!;
    const row: Cell[] = [
      T1,
      e.nip,
      e.p.name,
      pl.preTyped ?? null,
      pl.postTyped ?? null,
      pl.activity,
      pl.task,
    ];
    if (e === p01.roles.noTask) plant('Nilai', row, 'Tugas', 'Peringatan', NO_TASK_WHAT);
    return row;
  });
}

/** Points of the DOU-2026-02 quizzes per participant (null = no response). */
export type Plan02 = Map<Enrolment, { pre: number | null; post: number | null }>;

/** Nilai rows of DOU-2026-02 (one typed Pre-Test, one Keaktifan over 100) and its quiz plan. */
function nilaiRows02(
  rng: Rng,
  cast: Cast,
  u2: readonly Enrolment[],
  plant: Plant,
): { rows: Cell[][]; plan02: Plan02 } {
  const drawn2 = rng.shuffle(u2.filter((e) => !isSpecial(cast, e.p)));
  const [typedPre, over100] = drawn2;
  const plan02: Plan02 = new Map();
  const rows = u2.map((e) => {
    const pre = rng.int(3, 8);
    plan02.set(
      e,
      e.p === cast.special.invalid
        ? { pre: null, post: null }
        : { pre: e === typedPre ? null : pre, post: Math.min(11, pre + rng.int(0, 4)) },
    );
    const activity = e === over100 ? OVER_100.value : rng.int(13, 19) * 5;
    const row: Cell[] = [
      T2,
      e.nip,
      e.p.name,
      e === typedPre ? TYPED_PRE_02 : null,
      null,
      activity,
      rng.int(60, 95),
    ];
    if (e === over100) plant('Nilai', row, 'Keaktifan', 'Error', OVER_100.what);
    return row;
  });
  return { rows, plan02 };
}

/** Nilai: Keaktifan and Tugas for DOU-2026-01 and -02; DOU-2026-03 has Keaktifan only (no Tugas). */
export function nilaiRows(
  rng: Rng,
  cast: Cast,
  u: Record<string, readonly Enrolment[]>,
  p01: Plan01,
  plant: Plant,
): { rows: Cell[][]; plan02: Plan02 } {
  const rows01 = nilaiRows01(u[T1], p01, plant);
  const { rows: rows02, plan02 } = nilaiRows02(rng, cast, u[T2], plant);
  const rows03 = u[T3].map((e): Cell[] => [T3, e.nip, e.p.name, null, null, rng.int(12, 19) * 5, null]);
  return { rows: [...rows01, ...rows02, ...rows03], plan02 };
}
