// Unit and property tests of the number formatter: a figure's text is what a cell with its number format shows in
// an Indonesian spreadsheet (the emulator's display of that format), so Rekap Nilai and a certificate agree.

import fc from 'fast-check';
import { formatDisplay, localeInfo } from '../../../emulator/values';
import {
  formatFixed,
  formatIdNumber,
  formatJp,
  formatScore,
  JP_FORMAT,
  SCORE_FORMAT,
} from '../../../src/core/format';
import { round2 } from '../../../src/core/round';
import { OUTPUTS } from '../../../src/core/schema';

const ID = localeInfo('id_ID');

test('scores and JP read with two decimals and a decimal comma, half away from zero, never "-0,00"', () => {
  expect(formatScore(85.5)).toBe('85,50');
  expect(formatScore(100)).toBe('100,00');
  expect(formatScore(80.005)).toBe('80,01');
  expect(formatScore(-0.125)).toBe('-0,13');
  expect(formatScore(-0.001)).toBe('0,00');
  expect(formatScore(1234.5)).toBe('1234,50');
  expect(formatJp(12)).toBe('12');
  expect(formatJp(7.5)).toBe('7,5');
  expect(formatJp(1.25)).toBe('1,25');
  expect(formatJp(-0.001)).toBe('0');
  expect(formatFixed(62.5, 0)).toBe('63');
  expect(formatFixed(Number.NaN, 2)).toBe('');
});

test('the Rekap Nilai final-score column takes its number format from the same constant as the text', () => {
  const col = OUTPUTS.results.columns.find((c) => c.header === 'Nilai Akhir');
  expect(col?.format).toBe(SCORE_FORMAT);
  expect(SCORE_FORMAT).toBe('0.00');
  expect(JP_FORMAT).toBe('General');
  const jp = OUTPUTS.jp.columns.find((c) => c.header === 'JP');
  expect(jp?.format).toBe(JP_FORMAT);
});

test('property: a score as text is exactly what its Rekap Nilai cell shows (Indonesian locale)', () => {
  fc.assert(
    fc.property(fc.double({ min: -100, max: 1000, noNaN: true }), (x) => {
      const shown = round2(x); // every score is rounded to 2 decimals before it is written
      expect(formatScore(shown)).toBe(formatDisplay(shown, SCORE_FORMAT, ID));
    }),
    { numRuns: 3000 },
  );
});

test('property: lesson hours as text are exactly what their Rekap JP cell shows (General, Indonesian locale)', () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), (x) => {
      const shown = round2(x); // JP is written rounded to 2 decimals at most
      expect(formatJp(shown)).toBe(formatDisplay(shown, JP_FORMAT, ID));
    }),
    { numRuns: 3000 },
  );
  for (const x of [0, 0.5, 1.005, 60.01, 79.995, 85.5, 90.01, 99.99, 100])
    expect(formatScore(x)).toBe(formatDisplay(x, SCORE_FORMAT, ID));
});

test('formatIdNumber (a figure inside a sentence) uses a decimal comma and only the digits it has', () => {
  expect(formatIdNumber(62.5)).toBe('62,5');
  expect(formatIdNumber(80)).toBe('80');
});
