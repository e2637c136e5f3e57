// Reading cell values: dates and clock times in the spreadsheet's zone (incl. Jakarta's 1899 offset), text, numbers.

import { asBool, asDate, asMinutes, asNumber, asText, isDate, wallClock } from '../../../src/core/cells';

describe('cells', () => {
  test('a time-only cell (1899-12-30 in Asia/Jakarta, offset +07:07:12) reads as its clock time', () => {
    // 08:00 in Jakarta on 1899-12-30 is 00:52:48 UTC (local mean time +07:07:12)
    const eight = new Date(Date.UTC(1899, 11, 30, 0, 52, 48));
    expect(asMinutes(eight, 'Asia/Jakarta')).toBe(480);
    // the naive fixed +07:00 reading would be 7 minutes off
    expect(new Date(eight.getTime() + 7 * 3600e3).getUTCMinutes()).not.toBe(0);
    expect(asMinutes(new Date(Date.UTC(1899, 11, 30, 8, 30)), 'UTC')).toBe(510);
  });

  test('date-time cells give their wall-clock date and time', () => {
    const d = new Date('2026-11-24T08:15:00+07:00');
    expect(wallClock(d, 'Asia/Jakarta')).toEqual({
      year: 2026,
      month: 11,
      day: 24,
      hour: 8,
      minute: 15,
      second: 0,
    });
    expect(asMinutes(d, 'Asia/Jakarta')).toBe(495);
    const date = asDate(d, 'Asia/Jakarta')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 10, 24]);
  });

  test('typed dates and times as text', () => {
    const a = asDate('24/11/2026', 'Asia/Jakarta')!;
    expect([a.getFullYear(), a.getMonth() + 1, a.getDate()]).toEqual([2026, 11, 24]);
    expect(asDate('2026-02-30', 'Asia/Jakarta')).toBeUndefined();
    expect(asMinutes('08.30', 'Asia/Jakarta')).toBe(510);
    expect(asMinutes('25:00', 'Asia/Jakarta')).toBeUndefined();
  });

  test('numbers, booleans, text', () => {
    expect(asNumber('80,5')).toBe(80.5);
    expect(asNumber('delapan')).toBeUndefined();
    expect(asBool('TRUE')).toBe(true);
    expect(asBool('ya')).toBe(true);
    expect(asBool('mungkin')).toBeUndefined();
    expect(asText('  Budi ')).toBe('Budi');
    expect(asText(198501012010011000)).toBe('198501012010011000');
    expect(isDate(new Date('x'))).toBe(false);
    expect(isDate({})).toBe(false);
  });
});
