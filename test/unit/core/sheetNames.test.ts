// Sheet names: when two names are the same sheet, which add-on name a sheet stands for, and what the features see.

import { OUTPUTS, SHEETS, STORES } from '../../../src/core/schema';
import {
  ADDON_SHEET_NAMES,
  addonNameOf,
  canonicalSheetNames,
  resolveSheetName,
  sheetNameKey,
} from '../../../src/core/sheetNames';

describe('sheetNameKey', () => {
  test('ignores letter case, spaces around and doubled spaces inside', () => {
    for (const n of ['peserta', 'PESERTA', ' Peserta', 'Peserta  ', 'pEsErTa'])
      expect(sheetNameKey(n)).toBe(sheetNameKey('Peserta'));
    expect(sheetNameKey('rekap  nilai')).toBe(sheetNameKey('Rekap Nilai'));
    expect(sheetNameKey('Rekap Nilai 2')).not.toBe(sheetNameKey('Rekap Nilai'));
    expect(sheetNameKey('RekapNilai')).not.toBe(sheetNameKey('Rekap Nilai'));
  });

  test('every name the add-on uses has its own key', () => {
    const keys = ADDON_SHEET_NAMES.map(sheetNameKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ADDON_SHEET_NAMES).toContain(SHEETS.participants.name);
    expect(ADDON_SHEET_NAMES).toContain(OUTPUTS.problems.name);
    expect(ADDON_SHEET_NAMES).toContain(STORES.responses.name);
  });
});

describe('resolveSheetName', () => {
  test('the exact name first, else the one spelled otherwise, else null', () => {
    expect(resolveSheetName(['peserta', 'Peserta'], 'Peserta')).toBe('Peserta');
    expect(resolveSheetName(['Kegiatan', 'peserta '], 'Peserta')).toBe('peserta ');
    expect(resolveSheetName(['Kegiatan'], 'Peserta')).toBeNull();
    expect(resolveSheetName(['PESERTA', ' peserta'], 'Peserta')).toBe('PESERTA');
  });
});

describe('addonNameOf and canonicalSheetNames', () => {
  test('a sheet spelled otherwise is listed under the add-on name, with its own name kept in `renamed`', () => {
    expect(addonNameOf('rekap nilai')).toBe('Rekap Nilai');
    expect(addonNameOf('Catatan saya')).toBeNull();
    const { names, renamed } = canonicalSheetNames(['peserta', 'Kegiatan', 'Catatan', 'MASALAH ']);
    expect(names).toEqual(['Peserta', 'Kegiatan', 'Catatan', 'Masalah']);
    expect([...renamed]).toEqual([
      ['Peserta', 'peserta'],
      ['Masalah', 'MASALAH '],
    ]);
  });

  test('an exact sheet wins: the other spelling keeps its own name', () => {
    const { names, renamed } = canonicalSheetNames(['peserta ', 'Peserta']);
    expect(names).toEqual(['peserta ', 'Peserta']);
    expect(renamed.size).toBe(0);
  });

  test('two other spellings of one name: only the first stands for it', () => {
    const { names } = canonicalSheetNames(['peserta ', ' PESERTA']);
    expect(names).toEqual(['Peserta', ' PESERTA']);
  });
});
