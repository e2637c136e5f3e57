// Closest roster match for a NIP that is not on the roster (a typo suggestion, never applied automatically).

/** A roster entry a suggestion can point to. */
export interface NipCandidate {
  nip: string;
  name: string;
}

export interface NipMatch extends NipCandidate {
  distance: number;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): a swapped pair of digits,
 * the commonest NIP typo, costs 1. Stops early and returns `limit + 1` once the distance exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/** How far a NIP may be from a roster NIP to be suggested: a few typed digits, not a different person. */
export const MAX_NIP_DISTANCE = 4;

/** The roster entry nearest to `nip` by edit distance (first in roster order on a tie), or null if none is close. */
export function closestMatch(
  nip: string,
  candidates: Iterable<NipCandidate>,
  maxDistance = MAX_NIP_DISTANCE,
): NipMatch | null {
  if (!nip) return null;
  let best: NipMatch | null = null;
  let limit = maxDistance;
  for (const c of candidates) {
    if (!c.nip) continue;
    const d = editDistance(nip, c.nip, limit);
    if (d <= limit && (best === null || d < best.distance)) {
      best = { nip: c.nip, name: c.name, distance: d };
      if (d === 0) break;
      limit = d; // prune beyond the best so far; a later candidate must beat it, not tie it
    }
  }
  return best;
}
