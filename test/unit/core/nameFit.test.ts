// The name-fit rule (src/core/nameFit.ts): template size when it fits, shrink to the minimum, then two lines; the
// estimate is never narrower than the real widths of the standard fonts the emulator and Google use.

import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import { fitName, minNameSize, textWidth, wrapLines } from '../../../src/core/nameFit';

const LONG = 'Prof. Dr. H. Muhammad Abdurrahman Wahid Al-Fatih Nasution, S.H., M.H., M.Kn., Ph.D.';
const LONGER = `${LONG} Kusumaningrat`;
const BOX = 714; // A4 landscape less 64-pt margins

describe('fitName', () => {
  test('a short name keeps the template size on one line', () => {
    expect(fitName('Budi Santoso', 26, BOX)).toEqual({ size: 26, lines: 1, overflows: false });
  });
  test('a long name shrinks, never below the minimum before wrapping, and fits two lines', () => {
    expect(LONGER.length).toBeGreaterThanOrEqual(90);
    for (const name of [LONG, LONGER, 'A'.repeat(40), `${'Nama '.repeat(18)}`.trim()]) {
      const f = fitName(name, 26, BOX);
      expect(f.lines).toBeLessThanOrEqual(2);
      expect(f.overflows).toBe(false);
      if (f.lines === 2) expect(f.size).toBeLessThanOrEqual(minNameSize(26));
      expect(f.size).toBeGreaterThanOrEqual(minNameSize(26));
      expect(Number.isInteger(f.size)).toBe(true);
      for (const line of wrapLines(name, f.size, BOX))
        expect(textWidth(line, f.size)).toBeLessThanOrEqual(BOX);
    }
  });
  test('the minimum is 60% of the template size, at least 12 pt, never above the template size', () => {
    expect(minNameSize(26)).toBe(16);
    expect(minNameSize(16)).toBe(12);
    expect(minNameSize(11)).toBe(11);
  });
  test('a narrow box (a table cell): still two lines at most, below the minimum only when it must', () => {
    const f = fitName(LONGER, 26, 260);
    expect(f.lines).toBeLessThanOrEqual(2);
    expect(f.overflows).toBe(false);
    expect(fitName('x '.repeat(400), 26, 100).overflows).toBe(true);
  });
  test('the estimate is at least the real width in Helvetica Bold, Times Bold and their plain faces', () => {
    const faces = [
      FontNames.HelveticaBold,
      FontNames.TimesRomanBold,
      FontNames.Helvetica,
      FontNames.TimesRoman,
    ];
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    for (const face of faces) {
      const font = Font.load(face);
      for (const text of [LONGER, printable, 'WWWWMMMM mmmm', 'Ñoño Ülrich Çelik']) {
        let real = 0;
        for (const ch of text.normalize('NFKD').replace(/\p{M}/gu, '')) {
          const m = font.CharMetrics.find((c) => c.N === glyphName(ch));
          real += m ? m.WX : 1000;
        }
        expect(textWidth(text, 10)).toBeGreaterThanOrEqual((real / 1000) * 10);
      }
    }
  });
});

/** The WinAnsi glyph name the AFM metrics use. */
const glyphName = (ch: string): string =>
  Encodings.WinAnsi.encodeUnicodeCodePoint(ch.codePointAt(0) ?? 32).name;
