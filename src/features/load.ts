// Loads the workbook for a feature: one getSheets(), one getValues() per input sheet, then the pure parser.

import { Problems } from '../core/problems';
import { SETUP_ORDER, SHEETS, type SheetKey } from '../core/schema';
import { parseWorkbook, type RawWorkbook, type Workbook } from '../core/workbook';
import { activeSpreadsheet, readAll, sheetsByName } from '../gas/sheets';

export interface Loaded {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet>;
  tz: string;
  raw: RawWorkbook;
  wb: Workbook;
  problems: Problems;
}

/** Reads every input and ledger sheet once and parses them. */
export function loadWorkbook(keys: readonly SheetKey[] = SETUP_ORDER): Loaded {
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  const tz = ss.getSpreadsheetTimeZone();
  const raw: RawWorkbook = {};
  for (const key of keys) {
    const sheet = sheets.get(SHEETS[key].name);
    raw[key] = sheet ? readAll(sheet) : null;
  }
  const problems = new Problems();
  const wb = parseWorkbook(raw, tz, problems, [...sheets.keys()]);
  return { ss, sheets, tz, raw, wb, problems };
}
