// Input sheets spelled otherwise (`peserta` for `Peserta`) are read as the add-on's sheet; each is a Peringatan that
// says so, so the admin knows which sheet was read.

import type { Problems } from '../core/problems';
import type { Port } from './port';

/** A Peringatan for each of `names` (the add-on's names) that was found under another spelling. */
export function reportRenamedSheets(port: Port, names: readonly string[], problems: Problems): void {
  const renamed = port.workbook.renamedSheets();
  for (const sheet of names) {
    const actual = renamed.get(sheet);
    if (actual !== undefined) problems.add('sheet.nameCase', { sheet: actual, row: null }, { sheet, actual });
  }
}
