// Unit and property tests of NIP normalisation and the PNS / PPPK layout check.

import fc from 'fast-check';
import { checkNip, deriveStatus, normalizeNip } from '../../../src/core/nip';
import { NIP_REASON } from '../../../src/text/id/rules';

const PNS = '198503152010011002'; // born 1985-03-15, appointed 2010-01, male, serial 002
const PPPK = '199001012023212001'; // born 1990-01-01, 2023, PPPK contract 1, female

describe('normalizeNip', () => {
  test('removes spaces, dots, dashes and a leading apostrophe', () => {
    expect(normalizeNip(" '19850315 201001 1 002 ")).toBe(PNS);
    expect(normalizeNip('19850315.201001.1.002')).toBe(PNS);
    expect(normalizeNip('19850315-201001-1-002')).toBe(PNS);
    expect(normalizeNip("'198503152010011002")).toBe(PNS);
    expect(normalizeNip('19850315\u00a0201001')).toBe('19850315201001');
  });
  test('a number becomes its digits; blanks become empty', () => {
    expect(normalizeNip(198503152010011000)).toBe('198503152010011000');
    expect(normalizeNip(null)).toBe('');
    expect(normalizeNip(undefined)).toBe('');
  });
  test('property: idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^['\s.\-0-9]{0,25}$/), fc.double(), fc.integer()),
        (raw) => {
          const once = normalizeNip(raw);
          expect(normalizeNip(once)).toBe(once);
        },
      ),
    );
  });
});

describe('checkNip', () => {
  test('a valid PNS NIP', () => {
    expect(checkNip(PNS)).toEqual({ ok: true, nip: PNS, kind: 'PNS', numberTyped: false, reason: '' });
    expect(checkNip('19850315 201001 1 002').ok).toBe(true);
  });
  test('a valid PPPK NIP (digits 13–14 in 21–29)', () => {
    expect(checkNip(PPPK)).toMatchObject({ ok: true, kind: 'PPPK' });
    expect(checkNip('199001012023292001')).toMatchObject({ ok: true, kind: 'PPPK' });
  });
  test('a number is always reported, never guessed', () => {
    const c = checkNip(198503152010011000);
    expect(c).toEqual({
      ok: false,
      nip: '198503152010011000',
      kind: null,
      numberTyped: true,
      reason: NIP_REASON.numberTyped,
    });
    // Even a number whose digits would form a valid layout.
    expect(checkNip(198503152010011).numberTyped).toBe(true);
  });
  test.each([
    ['', 'kosong'],
    ['19850315201001100', '18 digit, terbaca 17'],
    ['1985031520100110022', 'terbaca 19'],
    ['19850315201001100X', 'selain angka'],
    ['198502302010011002', 'tanggal lahir 19850230'],
    ['193001012010011002', 'tahun lahir 1930'],
    ['198503152010131002', 'digit 13–14 ("13")'],
    ['198503152010201002', 'digit 13–14 ("20")'],
    ['198503152000011002', 'tahun pengangkatan 2000'],
    ['198503152040011002', 'tahun pengangkatan 2040'],
    ['198503152010013002', 'jenis kelamin'],
  ])('%p is invalid: %s', (nip, reason) => {
    const c = checkNip(nip);
    expect(c.ok).toBe(false);
    expect(c.numberTyped).toBe(false);
    expect(c.kind).toBeNull();
    expect(c.reason).toContain(reason);
  });
  test('29 February only in a leap year', () => {
    expect(checkNip('198402292010011002').ok).toBe(true);
    expect(checkNip('198502292010011002').ok).toBe(false);
  });
});

test('deriveStatus', () => {
  expect(deriveStatus(PNS)).toBe('PNS');
  expect(deriveStatus(PPPK)).toBe('PPPK');
  expect(deriveStatus('123')).toBe('');
  expect(deriveStatus(198503152010011000)).toBe('');
});
