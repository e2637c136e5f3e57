// Ranking (DESIGN §4.6): standard competition ranking (1, 2, 2, 4), the tie-break chain and the Piagam cut.

/** Items in rank order with their rank; ties (compare = 0) share the rank of the first of the group. */
export function rankCompetition<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Array<{ item: T; rank: number }> {
  // Array.prototype.sort is stable, so tied items keep their input order.
  const sorted = [...items].sort(compare);
  const out: Array<{ item: T; rank: number }> = [];
  for (let i = 0; i < sorted.length; i++) {
    const rank = i > 0 && compare(sorted[i - 1], sorted[i]) === 0 ? out[i - 1].rank : i + 1;
    out.push({ item: sorted[i], rank });
  }
  return out;
}

/** The shown values the tie-break chain compares. */
export interface RankKey {
  finalScore: number;
  post: number;
  /** N-Gain; null = undefined. */
  gain: number | null;
  /** Kehadiran (%); null = not recorded. */
  attendance: number | null;
  /** Post-test submission time (ms); null for a typed score. */
  postTime: number | null;
}

/** Higher first; a missing value after any present one. */
function descNullLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** Earlier first; a missing time after any present one. */
function ascNullLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/**
 * Nilai Akhir ↓, Post-Test ↓, N-Gain ↓ (undefined last), Kehadiran ↓ (not recorded last), post-test
 * submission time ↑ (typed scores last); 0 means the participants share a rank.
 */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    b.finalScore - a.finalScore ||
    b.post - a.post ||
    descNullLast(a.gain, b.gain) ||
    descNullLast(a.attendance, b.attendance) ||
    ascNullLast(a.postTime, b.postTime)
  );
}

/** Piagam for Peringkat ≤ Jumlah Piagam: a tie at the boundary awards everyone tied. */
export function isAwarded(rank: number | null, awardCount: number): boolean {
  return rank !== null && rank <= awardCount;
}
