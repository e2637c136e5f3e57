// Step 2: the score plan of DOU-2026-01 — the designed top of 14, the drawn people with a role, everyone else drawn.

import type { Rng } from '../sample-data';
import { DESIGNED_01, ROLES_01, type Role01 } from './cast';
import { type Cast, isSpecial } from './participants';
import type { Person } from './people';
import type { Enrolment, ScorePlan } from './types';

export interface Plan01 {
  plan: Map<Enrolment, ScorePlan>;
  /** The designed top by key of DESIGNED_01 (P1, P2, …). */
  designed: Map<string, Enrolment>;
  roles: Record<Role01, Enrolment>;
}

/** Drawn points below the top: pre in [preLo, 7], post in [postLo, 8] and, with `noLoss`, not below pre. */
const drawn = (rng: Rng, preLo: number, postLo: number, noLoss: boolean): ScorePlan => {
  const pre = rng.int(preLo, 7);
  const post = rng.int(postLo, 8);
  return {
    prePts: pre,
    postPts: noLoss ? Math.max(pre, post) : post,
    activity: rng.int(12, 16) * 5,
    task: rng.int(60, 85),
    absent: [],
  };
};

/** Who gets which designed score or role, and the drawn scores of everyone else (the one listed twice last). */
export function planScores01(
  rng: Rng,
  cast: Cast,
  enrolled: readonly Enrolment[],
  listedTwice: Person,
): Plan01 {
  const pool = rng.shuffle(enrolled.filter((e) => !isSpecial(cast, e.p) && e.p !== listedTwice));
  const designed = new Map<string, Enrolment>();
  for (const d of DESIGNED_01)
    designed.set(d.key, d.who ? enrolled.find((e) => e.p === cast.special[d.who!])! : pool.shift()!);
  const roles = {} as Record<Role01, Enrolment>;
  for (const k of Object.keys(ROLES_01) as Role01[]) roles[k] = pool.shift()!;

  const plan = new Map<Enrolment, ScorePlan>();
  for (const d of DESIGNED_01) plan.set(designed.get(d.key)!, structuredClone(d.plan));
  for (const e of enrolled) if (!plan.has(e) && e.p !== listedTwice) plan.set(e, drawn(rng, 2, 4, true));
  plan.set(enrolled.find((e) => e.p === listedTwice)!, drawn(rng, 3, 5, false));
  for (const k of Object.keys(ROLES_01) as Role01[])
    Object.assign(plan.get(roles[k])!, structuredClone(ROLES_01[k]));
  return { plan, designed, roles };
}
