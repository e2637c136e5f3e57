// Sheets I/O: the only place the add-on reads and writes cells. One read per sheet, one write per block,
// and every text cell written so that Sheets can neither run it as a formula nor turn it into a number.

import { isDate } from '../core/cells';
import type { OutputColumn } from '../core/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** All sheets by name, from one getSheets() call. */
export function sheetsByName(ss: Spreadsheet): Map<string, Sheet> {
  const m = new Map<string, Sheet>();
  for (const s of ss.getSheets()) m.set(s.getName(), s);
  return m;
}

/** All values of a sheet's data range: one getValues(). An empty sheet gives []. */
export function readAll(sheet: Sheet): unknown[][] {
  const range = sheet.getDataRange();
  const values = range.getValues() as unknown[][];
  return values.length === 1 && values[0].length === 1 && values[0][0] === '' ? [] : values;
}

/**
 * A text value written so Sheets keeps it as the same text. In a plain-text ('@') column the text stays as is;
 * elsewhere a leading apostrophe makes Sheets store it as text (the apostrophe is not part of the value),
 * so names, answers and codes can never become a formula, a number or a date (GAS-FACTS, DESIGN §6).
 */
export function safeText(s: string, plainTextColumn: boolean): string {
  if (s === '') return '';
  if (plainTextColumn) return /^[=+\-@\t\r']/.test(s) ? `'${s}` : s;
  return `'${s}`;
}

/** A cell for an output row: numbers, booleans and dates as they are; text made safe; null/undefined blank. */
export function outputCell(v: unknown, plainTextColumn: boolean): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean' || isDate(v)) return v;
  return safeText(String(v), plainTextColumn);
}

/** Makes sure the sheet has at least `rows` × `cols` cells (new sheets are 1000 × 26). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

export const GENERATED_NOTE =
  'Lembar ini dibuat otomatis oleh add-on DOU ASN dan akan ditimpa setiap kali dihitung ulang. Jangan mengetik di sini: ubah data di lembar masukan.';

/**
 * Writes an output sheet whole: header + rows, one setNumberFormats and one setValues for the block,
 * the generated-sheet note in A1, header bold and frozen. Old contents (and the add-on's charts) are cleared.
 */
export function writeOutputSheet(
  ss: Spreadsheet,
  existing: Map<string, Sheet> | null,
  name: string,
  columns: readonly OutputColumn[],
  rows: readonly (readonly unknown[])[],
): Sheet {
  let sheet = existing?.get(name) ?? ss.getSheetByName(name);
  if (!sheet) sheet = ss.insertSheet(name);
  else {
    sheet.clear();
    for (const c of sheet.getCharts()) sheet.removeChart(c);
  }
  const nCols = columns.length;
  const nRows = rows.length + 1;
  ensureSize(sheet, nRows, nCols);
  const plain = columns.map((c) => c.format === '@');
  const formats: string[][] = [];
  const values: unknown[][] = [];
  const headerFormats = columns.map(() => '@');
  formats.push(headerFormats);
  values.push(columns.map((c) => c.header));
  const rowFormats = columns.map((c) => c.format ?? 'General');
  for (const r of rows) {
    formats.push(rowFormats);
    const out = new Array(nCols);
    for (let i = 0; i < nCols; i++) out[i] = outputCell(r[i], plain[i]);
    values.push(out);
  }
  const block = sheet.getRange(1, 1, nRows, nCols);
  block.setNumberFormats(formats);
  block.setValues(values);
  const head = sheet.getRange(1, 1, 1, nCols);
  head.setFontWeight('bold');
  head.setBackground('#e8f0fe');
  sheet.getRange(1, 1).setNote(GENERATED_NOTE);
  sheet.setFrozenRows(1);
  return sheet;
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}
