// Unit and property tests of decimal rounding (half away from zero on the decimal value).

import fc from 'fast-check';
import { round2, roundTo, roundViaDecimal } from '../../../src/core/round';

describe('round2', () => {
  test.each([
    [80.005, 80.01],
    [-0.125, -0.13],
    [1.005, 1.01],
    [2.675, 2.68],
    [1.255, 1.26],
    [0.005, 0.01],
    [-0.005, -0.01],
    [0.004, 0],
    [62.5, 62.5],
    [100, 100],
    [0, 0],
    [1e-9, 0],
    [123456789.125, 123456789.13],
  ])('round2(%p) = %p', (x, want) => {
    expect(round2(x)).toBe(want);
  });

  test('floating noise from arithmetic reads as the decimal value', () => {
    // 0.1 * 3 = 0.30000000000000004; 160.01 / 2 = 80.005 (binary 80.00499999…)
    expect(round2(0.1 * 3)).toBe(0.3);
    expect(round2(160.01 / 2)).toBe(80.01);
    expect(round2((70 - 40) / (100 - 40))).toBe(0.5);
  });

  test('never returns negative zero', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });

  test('non-finite values pass through', () => {
    expect(round2(Number.NaN)).toBeNaN();
    expect(round2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  test('roundTo other precisions', () => {
    expect(roundTo(0.12345, 4)).toBe(0.1235);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1234.5678, 1)).toBe(1234.6);
  });

  test('property: a decimal ending in 5 at the third place rounds away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (i, c, neg) => {
          const cents = String(c).padStart(2, '0');
          const x = Number(`${neg ? '-' : ''}${i}.${cents}5`);
          const up = i * 100 + c + 1; // in cents, away from zero
          const want = Number(
            `${neg ? '-' : ''}${Math.floor(up / 100)}.${String(up % 100).padStart(2, '0')}`,
          );
          expect(round2(x)).toBe(want);
        },
      ),
    );
  });

  test('property: a decimal below the half rounds toward zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (i, c, d, neg) => {
          const cents = String(c).padStart(2, '0');
          const x = Number(`${neg ? '-' : ''}${i}.${cents}${d}9`);
          const want = Number(`${neg && (i > 0 || c > 0) ? '-' : ''}${i}.${cents}`);
          expect(round2(x)).toBe(want);
        },
      ),
    );
  });

  test('property: the fast path agrees with the decimal-text reference', () => {
    const near = fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -3, max: 3 }))
      .map(([k, e]) => (k + 0.5) / 100 + e * 1e-12); // near-halves, slightly off either way
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e8, max: 1e8, noNaN: true }), near),
        fc.integer({ min: 0, max: 4 }),
        (x, n) => {
          expect(roundTo(x, n)).toBe(roundViaDecimal(x, n));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('property: symmetric, idempotent and within half a cent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = round2(x);
        expect(round2(-x)).toBe(r === 0 ? 0 : -r);
        expect(round2(r)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-6 * Math.max(1, Math.abs(x)));
      }),
    );
  });
});
