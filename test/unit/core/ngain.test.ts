// Unit tests of the N-Gain (Hake), its categories and the class summary.

import { gainCategory, gainSummary, nGain } from '../../../src/core/ngain';

describe('nGain', () => {
  test('hand-worked values, rounded once', () => {
    expect(nGain(40, 70)).toBe(0.5);
    expect(nGain(40, 100)).toBe(1);
    expect(nGain(60, 88)).toBe(0.7);
    expect(nGain(33.33, 66.67)).toBe(0.5); // 33.34 / 66.67 = 0.50007…
    expect(nGain(12.5, 40.63)).toBe(0.32); // 28.13 / 87.5 = 0.32148…
  });
  test('from the shown (rounded) scores', () => {
    // 66.666 shows as 66.67: (80 − 66.67) / 33.33 = 0.39993… → 0.4
    expect(nGain(66.666, 80)).toBe(0.4);
  });
  test('pre = 100 or a missing score → undefined', () => {
    expect(nGain(100, 100)).toBeNull();
    expect(nGain(100, 80)).toBeNull();
    expect(nGain(null, 80)).toBeNull();
    expect(nGain(50, null)).toBeNull();
  });
  test('post < pre → negative g', () => {
    expect(nGain(80, 60)).toBe(-1);
    expect(nGain(50, 45)).toBe(-0.1);
  });
});

describe('gainCategory', () => {
  test.each([
    [1, 'Tinggi'],
    [0.7, 'Tinggi'],
    [0.69, 'Sedang'],
    [0.3, 'Sedang'],
    [0.29, 'Rendah'],
    [0, 'Rendah'],
    [-1, 'Rendah'],
  ])('%p → %p', (g, want) => {
    expect(gainCategory(g)).toBe(want);
  });
  test('compares the rounded g; undefined → blank', () => {
    expect(gainCategory(0.695)).toBe('Tinggi'); // shows as 0.70
    expect(gainCategory(0.2949)).toBe('Rendah');
    expect(gainCategory(null)).toBe('');
  });
  test('a computed g exactly at a boundary', () => {
    expect(gainCategory(nGain(50, 85))).toBe('Tinggi'); // 0.7
    expect(gainCategory(nGain(50, 65))).toBe('Sedang'); // 0.3
  });
});

test('class summary: mean of individual g and g of the rounded class means', () => {
  const people = [
    { pre: 40, post: 70 }, // 0.5
    { pre: 60, post: 88 }, // 0.7
    { pre: 80, post: 60 }, // -1
    { pre: 100, post: 100 }, // undefined
    { pre: 50, post: null }, // unpaired
  ].map((x) => ({ ...x, gain: nGain(x.pre, x.post) }));
  const s = gainSummary(people);
  expect(s.n).toBe(5);
  expect(s.nPaired).toBe(4);
  expect(s.meanPre).toBe(70); // (40 + 60 + 80 + 100) / 4
  expect(s.meanPost).toBe(79.5); // (70 + 88 + 60 + 100) / 4
  expect(s.meanGain).toBe(0.07); // (0.5 + 0.7 − 1) / 3 = 0.0666…
  expect(s.gainOfMeans).toBe(0.32); // (79.5 − 70) / 30 = 0.31666…
  expect(s.gainOfMeansCategory).toBe('Sedang');
  expect(s.counts).toEqual({ Tinggi: 1, Sedang: 1, Rendah: 1 });
});

test('class summary of an empty class', () => {
  expect(gainSummary([])).toMatchObject({ n: 0, meanPre: null, meanGain: null, gainOfMeans: null });
});
