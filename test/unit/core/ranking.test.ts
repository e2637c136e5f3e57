// Unit and property tests of competition ranking, the tie-break chain and the Piagam cut.

import fc from 'fast-check';
import { compareRankKeys, isAwarded, type RankKey, rankCompetition } from '../../../src/core/ranking';

const key = (o: Partial<RankKey>): RankKey => ({
  finalScore: 80,
  post: 80,
  gain: 0.5,
  attendance: 100,
  postTime: 1000,
  ...o,
});
const ranksOf = (items: Array<RankKey & { id: string }>) =>
  rankCompetition(items, compareRankKeys).map((r) => `${r.item.id}:${r.rank}`);

describe('tie-break chain', () => {
  test('Nilai Akhir ↓ first', () => {
    expect(
      ranksOf([
        { id: 'a', ...key({ finalScore: 80 }) },
        { id: 'b', ...key({ finalScore: 80.01 }) },
      ]),
    ).toEqual(['b:1', 'a:2']);
  });
  test('then Post-Test ↓', () => {
    expect(
      ranksOf([
        { id: 'a', ...key({ post: 79 }) },
        { id: 'b', ...key({ post: 81 }) },
      ]),
    ).toEqual(['b:1', 'a:2']);
  });
  test('then N-Gain ↓, undefined after any defined (even negative)', () => {
    expect(
      ranksOf([
        { id: 'a', ...key({ gain: null }) },
        { id: 'b', ...key({ gain: -0.5 }) },
        { id: 'c', ...key({ gain: 0.6 }) },
      ]),
    ).toEqual(['c:1', 'b:2', 'a:3']);
  });
  test('then Kehadiran ↓, not recorded after recorded', () => {
    expect(
      ranksOf([
        { id: 'a', ...key({ attendance: null }) },
        { id: 'b', ...key({ attendance: 87.5 }) },
        { id: 'c', ...key({ attendance: 100 }) },
      ]),
    ).toEqual(['c:1', 'b:2', 'a:3']);
  });
  test('then submission time ↑, typed (no time) after any time', () => {
    expect(
      ranksOf([
        { id: 'a', ...key({ postTime: null }) },
        { id: 'b', ...key({ postTime: 2000 }) },
        { id: 'c', ...key({ postTime: 1000 }) },
      ]),
    ).toEqual(['c:1', 'b:2', 'a:3']);
  });
  test('then a shared rank (standard competition 1, 2, 2, 4)', () => {
    expect(
      ranksOf([
        { id: 'a', ...key({ finalScore: 90 }) },
        { id: 'b', ...key({ postTime: null }) },
        { id: 'c', ...key({ postTime: null }) },
        { id: 'd', ...key({ finalScore: 70 }) },
      ]),
    ).toEqual(['a:1', 'b:2', 'c:2', 'd:4']);
  });
  test('two typed scores with equal everything share; two undefined gains share', () => {
    const items = [
      { id: 'a', ...key({ gain: null, postTime: null }) },
      { id: 'b', ...key({ gain: null, postTime: null }) },
    ];
    expect(ranksOf(items)).toEqual(['a:1', 'b:1']);
  });
});

test('a tie at place 5 awards 6', () => {
  const items = [95, 94, 93, 92, 91, 91, 90].map((f, i) => ({ id: String(i), ...key({ finalScore: f }) }));
  const ranked = rankCompetition(items, compareRankKeys);
  expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 5, 7]);
  expect(ranked.filter((r) => isAwarded(r.rank, 5))).toHaveLength(6);
  expect(isAwarded(null, 5)).toBe(false);
  expect(isAwarded(1, 0)).toBe(false);
});

describe('properties', () => {
  const arbKey = fc.record({
    finalScore: fc.integer({ min: 0, max: 4 }).map((x) => 70 + x),
    post: fc.integer({ min: 0, max: 2 }).map((x) => 70 + x),
    gain: fc.option(fc.constantFrom(-0.2, 0.3, 0.7), { nil: null }),
    attendance: fc.option(fc.constantFrom(80, 100), { nil: null }),
    postTime: fc.option(fc.constantFrom(1, 2), { nil: null }),
  });
  const arbItems = fc
    .array(fc.tuple(fc.nat(), arbKey), { maxLength: 40 })
    .map((xs) => xs.map(([id, k], i) => ({ id: `${i}-${id}`, ...k })));

  test('the ranking is a permutation of the eligible', () => {
    fc.assert(
      fc.property(arbItems, (items) => {
        const out = rankCompetition(items, compareRankKeys).map((r) => r.item);
        expect(out).toHaveLength(items.length);
        expect(new Set(out)).toEqual(new Set(items));
      }),
    );
  });
  test('equal keys share ranks, different keys do not', () => {
    fc.assert(
      fc.property(arbItems, (items) => {
        const out = rankCompetition(items, compareRankKeys);
        for (const x of out) {
          for (const y of out) {
            const same = compareRankKeys(x.item, y.item) === 0;
            expect(x.rank === y.rank).toBe(same);
          }
        }
      }),
    );
  });
  test('ranks have the 1,2,2,4 shape and follow the order', () => {
    fc.assert(
      fc.property(arbItems, (items) => {
        const out = rankCompetition(items, compareRankKeys);
        out.forEach((r, i) => {
          if (i === 0) expect(r.rank).toBe(1);
          else if (compareRankKeys(out[i - 1].item, r.item) === 0) expect(r.rank).toBe(out[i - 1].rank);
          else {
            expect(compareRankKeys(out[i - 1].item, r.item)).toBeLessThan(0);
            expect(r.rank).toBe(i + 1);
          }
        });
      }),
    );
  });
  test('the result does not depend on the input order (ranks by item)', () => {
    fc.assert(
      fc.property(
        arbItems.chain((items) =>
          fc.tuple(
            fc.constant(items),
            fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
          ),
        ),
        ([items, shuffled]) => {
          const rankById = (xs: typeof items) =>
            new Map(rankCompetition(xs, compareRankKeys).map((r) => [r.item.id, r.rank]));
          expect(rankById(shuffled)).toEqual(rankById(items));
        },
      ),
    );
  });
});
