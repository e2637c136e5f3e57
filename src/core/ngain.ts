// N-Gain (Hake, DESIGN §4.5): individual gain and category, and the class summary.

import { round2 } from './round';

export type GainCategory = 'Tinggi' | 'Sedang' | 'Rendah';

/** g = (post − pre) / (100 − pre) from the shown (rounded) scores, rounded; null when pre = 100 or a score is missing. */
export function nGain(pre: number | null, post: number | null): number | null {
  if (pre === null || post === null || !Number.isFinite(pre) || !Number.isFinite(post)) return null;
  const a = round2(pre);
  const b = round2(post);
  if (a >= 100) return null;
  return round2((b - a) / (100 - a));
}

/** Category of a (shown) g: ≥ 0.70 Tinggi, 0.30 ≤ g < 0.70 Sedang, else Rendah (negative included); '' when undefined. */
export function gainCategory(g: number | null): GainCategory | '' {
  if (g === null) return '';
  const v = round2(g);
  if (v >= 0.7) return 'Tinggi';
  if (v >= 0.3) return 'Sedang';
  return 'Rendah';
}

export interface GainSummary {
  /** Participants in the class. */
  n: number;
  /** Participants with both a pre- and a post-test (the class means are over them). */
  nPaired: number;
  meanPre: number | null;
  meanPost: number | null;
  /** round2 of the mean of the individual (shown) g, over participants whose g is defined. */
  meanGain: number | null;
  /** g of the shown class means. */
  gainOfMeans: number | null;
  gainOfMeansCategory: GainCategory | '';
  counts: Record<GainCategory, number>;
}

/**
 * Class summary. The class means are over participants with both scores, so the g of the means pairs
 * the same people; each mean is rounded first and the g computed from the rounded means.
 */
export function gainSummary(
  people: ReadonlyArray<{ pre: number | null; post: number | null; gain: number | null }>,
): GainSummary {
  let sumPre = 0;
  let sumPost = 0;
  let nPaired = 0;
  let sumGain = 0;
  let nGainDefined = 0;
  const counts: Record<GainCategory, number> = { Tinggi: 0, Sedang: 0, Rendah: 0 };
  for (const p of people) {
    if (p.pre !== null && p.post !== null) {
      sumPre += p.pre;
      sumPost += p.post;
      nPaired++;
    }
    if (p.gain !== null) {
      sumGain += p.gain;
      nGainDefined++;
      const c = gainCategory(p.gain);
      if (c) counts[c]++;
    }
  }
  const meanPre = nPaired ? round2(sumPre / nPaired) : null;
  const meanPost = nPaired ? round2(sumPost / nPaired) : null;
  const gainOfMeans = nGain(meanPre, meanPost);
  return {
    n: people.length,
    nPaired,
    meanPre,
    meanPost,
    meanGain: nGainDefined ? round2(sumGain / nGainDefined) : null,
    gainOfMeans,
    gainOfMeansCategory: gainCategory(gainOfMeans),
    counts,
  };
}
