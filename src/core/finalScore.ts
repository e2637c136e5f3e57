// Nilai Akhir (DESIGN §4.6): weighted components with renormalisation, zero for a missing component, Predikat.

import type { Source } from './model';
import type { Problems } from './problems';
import { round2 } from './round';
import { bandLabel, type Settings } from './settings';

export type ComponentName = 'Post-Test' | 'Keaktifan' | 'Tugas' | 'Kehadiran';
export const COMPONENTS: readonly ComponentName[] = ['Post-Test', 'Keaktifan', 'Tugas', 'Kehadiran'];

/** A participant's shown component values; null = missing (Kehadiran null = not recorded). */
export interface Components {
  post: number | null;
  activity: number | null;
  task: number | null;
  attendance: number | null;
}

export interface FinalScoreInput {
  components: Components;
  /** The participant's name and NIP, for messages. */
  name: string;
  nip: string;
  /** The participant's Peserta row. */
  participantSrc: Source;
  /** The participant's Nilai row, when there is one. */
  scoreSrc: Source | null;
  /** A Post-Test response probably theirs that could not be matched (its NIP cell): the missing Post-Test follows it. */
  pendingPost?: { sheet: string; row: number | null; column: string };
}

export interface FinalScoreResult {
  /** round2(Σ wᵢcᵢ / Σ wᵢ) over the training's components; null when no component is used. */
  finalScore: number | null;
  predicate: string;
  /** Components the training uses that this participant lacks (counted as 0). */
  missing: ComponentName[];
}

export interface ComponentPlan {
  /** Components used by the training with their weights (weight > 0 and someone has a value). */
  used: Array<{ name: ComponentName; weight: number }>;
  /** Components with weight > 0 that nobody in the training has. */
  dropped: ComponentName[];
}

const componentValue = (c: Components, name: ComponentName): number | null =>
  name === 'Post-Test'
    ? c.post
    : name === 'Keaktifan'
      ? c.activity
      : name === 'Tugas'
        ? c.task
        : c.attendance;

const weightOf = (s: Settings, name: ComponentName): number =>
  name === 'Post-Test'
    ? s.weightPost
    : name === 'Keaktifan'
      ? s.weightActivity
      : name === 'Tugas'
        ? s.weightTask
        : s.weightAttendance;

/** Which components a training uses: weight > 0 and at least one participant has a value. */
export function planComponents(members: readonly Components[], settings: Settings): ComponentPlan {
  const used: ComponentPlan['used'] = [];
  const dropped: ComponentName[] = [];
  for (const name of COMPONENTS) {
    const weight = weightOf(settings, name);
    if (!(weight > 0)) continue;
    if (members.some((m) => componentValue(m, name) !== null)) used.push({ name, weight });
    else dropped.push(name);
  }
  return { used, dropped };
}

/** Nilai Akhir of one participant under a plan (missing used components count 0). */
export function finalScoreOf(
  c: Components,
  plan: ComponentPlan,
): { finalScore: number | null; missing: ComponentName[] } {
  let sum = 0;
  let weights = 0;
  const missing: ComponentName[] = [];
  for (const { name, weight } of plan.used) {
    const v = componentValue(c, name);
    if (v === null) missing.push(name);
    sum += weight * (v === null ? 0 : round2(v));
    weights += weight;
  }
  return { finalScore: weights > 0 ? round2(sum / weights) : null, missing };
}

/**
 * Nilai Akhir and Predikat for every participant of one training, with a Peringatan for each component a
 * participant lacks (at the Nilai row when there is one, else the Peserta row) and for each dropped component.
 */
export function computeFinalScores(
  trainingCode: string,
  members: readonly FinalScoreInput[],
  settings: Settings,
  problems: Problems,
): { plan: ComponentPlan; results: FinalScoreResult[] } {
  const plan = planComponents(
    members.map((m) => m.components),
    settings,
  );
  if (members.length > 0) {
    for (const name of plan.dropped) {
      // Kehadiran not recorded already has its own Peringatan (attendance.ts).
      if (name === 'Kehadiran') continue;
      problems.add(
        'finalScore.componentDropped',
        { sheet: 'Nilai', row: null, column: name },
        { code: trainingCode, component: name },
      );
    }
  }
  const results = members.map((m) => {
    const { finalScore, missing } = finalScoreOf(m.components, plan);
    for (const name of missing) {
      const inNilai = m.scoreSrc !== null && name !== 'Kehadiran';
      const at = inNilai && m.scoreSrc ? m.scoreSrc : m.participantSrc;
      // the cause when there is one: the unmatched response holding the score, else the participant's NIP cell
      const pending = name === 'Post-Test' ? (m.pendingPost ?? null) : null;
      const follows = pending ?? { sheet: m.participantSrc.sheet, row: m.participantSrc.row, column: 'NIP' };
      problems.add(
        'finalScore.componentMissing',
        { sheet: at.sheet, row: at.row, column: inNilai ? name : '', follows },
        {
          name: m.name,
          nip: m.nip,
          code: trainingCode,
          component: name,
          pending: pending ? { sheet: pending.sheet, row: pending.row } : null,
        },
      );
    }
    return {
      finalScore,
      predicate: finalScore === null ? '' : bandLabel(settings.predicateBands, finalScore),
      missing,
    };
  });
  return { plan, results };
}
