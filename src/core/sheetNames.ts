// Sheet names as the README promises: a sheet is found by its name in any letter case and with stray spaces
// (`peserta`, `Peserta `), because Google Sheets itself refuses two names that differ only in case. This module is
// the one place that says when two names are the same sheet, and which of the add-on's names a sheet stands for.

import { OUTPUTS, SHEETS, STORES } from './schema';

/** Two sheet names are the same sheet for the add-on when these keys are equal. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every sheet name the add-on reads or writes (inputs, ledgers, outputs, stores). */
export const ADDON_SHEET_NAMES: readonly string[] = [
  ...Object.values(SHEETS).map((d) => d.name),
  ...Object.values(OUTPUTS).map((d) => d.name),
  ...Object.values(STORES).map((d) => d.name),
];

const BY_KEY = new Map(ADDON_SHEET_NAMES.map((n) => [sheetNameKey(n), n]));

/** The add-on's name a sheet named `actual` stands for (`peserta` → `Peserta`), or null for another sheet. */
export function addonNameOf(actual: string): string | null {
  return BY_KEY.get(sheetNameKey(actual)) ?? null;
}

/**
 * The actual name that answers for `wanted` among `actual` names: the exact name first, else the one sheet whose
 * name is the same but for case and spaces (the first in sheet order if several are), else null.
 */
export function resolveSheetName(actual: Iterable<string>, wanted: string): string | null {
  const key = sheetNameKey(wanted);
  let other: string | null = null;
  for (const n of actual) {
    if (n === wanted) return n;
    if (other === null && sheetNameKey(n) === key) other = n;
  }
  return other;
}

/**
 * The names the features see: each sheet by its own name, except that a sheet standing for one of the add-on's
 * names in another spelling (`peserta`) is listed under the add-on's name, unless a sheet has that exact name.
 * `renamed` gives, per add-on name so listed, the sheet's own name.
 */
export function canonicalSheetNames(actual: readonly string[]): {
  names: string[];
  renamed: Map<string, string>;
} {
  const exact = new Set(actual);
  const renamed = new Map<string, string>();
  const names = actual.map((n) => {
    const own = addonNameOf(n);
    if (own === null || own === n || exact.has(own) || renamed.has(own)) return n;
    renamed.set(own, n);
    return own;
  });
  return { names, renamed };
}
