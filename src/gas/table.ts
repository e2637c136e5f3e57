// The one table writer: outputs by definition and records, ledger writes on the add-on's own columns only, and
// Setup's sheets, columns and presets. Every text cell goes through the safe-text writer (src/gas/sheets.ts).

import { columnLetter } from '../core/cells';
import { type Problem, problem } from '../core/problems';
import type { ColumnDef, OutputDef, OutputRecord, SheetDef } from '../core/schema';
import { type CellRun, type LedgerWrite, outputRows } from '../core/table';
import type { ChartSpec } from '../features/port/workbook';
import { SETUP_TEXT } from '../text/id/setup';
import { addChart } from './charts';
import { findOwnSheet, madeByEarlierVersion, type OwnSheets } from './ownSheets';
import type { SheetIndex } from './port/workbook';
import {
  ensureSize,
  insertAddonSheet,
  MAX_CELL_TEXT,
  NEW_SHEET_COLUMNS,
  outputCell,
  setCheckboxes,
  setChoiceList,
  writeOutputSheet,
} from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The spreadsheet and its sheets by name (one getSheets), kept in step with the sheets the writer makes. */
export interface Book {
  ss: Spreadsheet;
  sheets: SheetIndex;
  /** Grid sizes of ledger sheets once asked (they only grow here), so a one-row write asks at most once. */
  sizes: Map<string, { rows: number; cols: number }>;
  /** The add-on's own output sheets (the marker). */
  own: OwnSheets;
  /** What the writes could not do as asked (a name taken, text cut): taken by the features into their problems. */
  notices: Problem[];
}

/**
 * The sheet an output is written to: the add-on's own sheet of that name in any case (marked, or made by an earlier
 * version and now marked), null when there is none (it is made), or `taken` when a sheet that is not the add-on's
 * has the name: that sheet is never changed.
 */
function outputTarget(book: Book, name: string): { sheet: Sheet | null } | { taken: string } {
  const found = findOwnSheet(book.sheets, name, book.own, (sheet, actual) =>
    madeByEarlierVersion(sheet, actual, name),
  );
  return found && 'taken' in found ? found : { sheet: found };
}

/**
 * Writes an output whole from records, then its charts (each range a run of columns, every row). A name taken by a
 * person's sheet writes nothing (an Error in the notices); each cell cut to fit is a Peringatan there.
 */
export function writeOutput<D extends OutputDef>(
  book: Book,
  def: D,
  records: readonly OutputRecord<D>[],
  charts: ReadonlyArray<ChartSpec<D>> = [],
): void {
  const target = outputTarget(book, def.name);
  if ('taken' in target) {
    book.notices.push(
      problem(
        'output.nameTaken',
        { sheet: target.taken, row: null },
        { output: def.name, actual: target.taken },
      ),
    );
    return;
  }
  const { sheet, cuts } = writeOutputSheet(
    book.ss,
    target.sheet,
    def.name,
    def.columns,
    outputRows(def, records),
    (made) => {
      book.sheets.set(def.name, made);
      book.own.add(made);
    },
    (n) => insertAddonSheet(book, n),
  );
  for (const c of cuts)
    book.notices.push(
      problem(
        'output.textCut',
        { sheet: def.name, row: c.row, column: c.column },
        { sheet: def.name, row: c.row, column: c.column, length: c.length, limit: MAX_CELL_TEXT },
      ),
    );
  const n = records.length + 1;
  const colOf = new Map(def.columns.map((c, i) => [c.key, i + 1]));
  for (const c of charts) {
    const ranges = c.ranges.map((keys) => sheet.getRange(1, colOf.get(keys[0]) as number, n, keys.length));
    addChart(sheet, c.kind, ranges, c.title, c.anchor, c.options);
  }
}

const PLAIN = '@';

/** '@' on the given 0-based columns from `firstRow` to `lastRow` (one RangeList call), before any value. */
function plainText(sheet: Sheet, columns: readonly number[], firstRow: number, lastRow: number): void {
  if (!columns.length || lastRow < firstRow) return;
  const a1 = columns.map((c) => `${columnLetter(c + 1)}${firstRow}:${columnLetter(c + 1)}${lastRow}`);
  sheet.getRangeList(a1).setNumberFormat(PLAIN);
}

/**
 * A run's cells made safe: text through safeText, plain where the column is given '@' by the writer (NIP, code) or
 * the cell already has that format (a leading apostrophe would stay in such a cell); other values as they are.
 */
function safeRun(run: CellRun, formats: readonly (readonly string[])[] | null): unknown[][] {
  return run.values.map((line, r) =>
    line.map((v, i) => outputCell(v, run.plainText[i] || formats?.[r]?.[i] === PLAIN)),
  );
}

/**
 * A ledger write: the sheet made when missing (header frozen, NIP and code columns plain text over the grid), grown
 * to fit, '@' on the NIP and code columns of the rows a block write covers, the missing headers (bold), then one
 * setValues per run of the add-on's columns, text made safe for each cell's format. A block write keeps a formula
 * a person typed in those columns.
 */
export function writeLedger(book: Book, w: LedgerWrite): void {
  let sheet = book.sheets.get(w.sheet);
  const height = w.runs.length ? w.runs[0].values.length : 0;
  const lastRow = Math.max(w.headerRow, w.firstRow + height - 1);
  const created = !sheet;
  if (!sheet) {
    sheet = insertAddonSheet(book, w.sheet);
    book.sheets.set(w.sheet, sheet);
    sheet.setFrozenRows(w.headerRow);
  }
  grow(book, w.sheet, sheet, lastRow, w.width);
  if (created)
    plainText(sheet, w.textColumns, w.headerRow + 1, (book.sizes.get(w.sheet) as { rows: number }).rows);
  else if (height && w.block) plainText(sheet, w.textColumns, w.firstRow, lastRow);
  for (const run of w.header) {
    const range = sheet.getRange(w.headerRow, run.column + 1, 1, run.values[0].length);
    // a header is text whatever the column held: '@' first, so it is written as it is
    range.setNumberFormat(PLAIN);
    range.setValues(safeRun({ ...run, plainText: run.plainText.map(() => true) }, null));
    range.setFontWeight('bold');
  }
  if (!height) return;
  for (const run of w.runs) {
    const range = sheet.getRange(w.firstRow, run.column + 1, height, run.values[0].length);
    const values = safeRun(run, range.getNumberFormats());
    if (w.block) {
      const formulas = range.getFormulas();
      for (let r = 0; r < values.length; r++)
        for (let c = 0; c < values[r].length; c++) if (formulas[r]?.[c]) values[r][c] = formulas[r][c];
    }
    range.setValues(values);
  }
}

/** Grows the grid to `rows` × `cols` (never shrinks), asking its size once per sheet and port. */
function grow(book: Book, name: string, sheet: Sheet, rows: number, cols: number): void {
  let size = book.sizes.get(name);
  if (!size) {
    size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    book.sizes.set(name, size);
  }
  if (size.rows < rows) {
    sheet.insertRowsAfter(size.rows, rows - size.rows);
    size.rows = rows;
  }
  if (size.cols < cols) {
    sheet.insertColumnsAfter(size.cols, cols - size.cols);
    size.cols = cols;
  }
}

// ---------- Setup ----------

const TEXT_TYPES = new Set(['nip', 'code']);

/**
 * Plain text on NIP and code columns from the header row down (before any value is written), choice lists,
 * checkboxes and date/time formats below the header.
 */
function prepareColumns(
  sheet: Sheet,
  columns: readonly ColumnDef[],
  firstCol: number,
  headerRow: number,
): void {
  const maxRows = sheet.getMaxRows();
  const textCols: number[] = [];
  columns.forEach((c, i) => {
    if (TEXT_TYPES.has(c.type)) textCols.push(firstCol + i - 1);
  });
  plainText(sheet, textCols, headerRow, maxRows);
  columns.forEach((c, i) => {
    if (maxRows <= headerRow) return;
    const range = sheet.getRange(headerRow + 1, firstCol + i, maxRows - headerRow, 1);
    if (c.type === 'choice' && c.choices?.length) {
      setChoiceList(range, c.choices, SETUP_TEXT.choiceHelp(c.choices));
    } else if (c.type === 'bool') {
      setCheckboxes(range);
    } else if (c.type === 'date') {
      range.setNumberFormat('dd/MM/yyyy');
    } else if (c.type === 'time') {
      range.setNumberFormat('HH:mm');
    }
  });
}

function styleHeader(sheet: Sheet, row: number, nCols: number): void {
  const head = sheet.getRange(row, 1, 1, nCols);
  head.setFontWeight('bold');
  head.setBackground('#e8f0fe');
  sheet.setFrozenRows(row);
}

/** Header cells: plain in NIP and code columns (made '@' from the header down), quoted elsewhere. */
const headerCells = (columns: readonly ColumnDef[]) => [
  columns.map((c) => outputCell(c.header, TEXT_TYPES.has(c.type))),
];

export function createSheet(book: Book, def: SheetDef): void {
  const sheet = insertAddonSheet(book, def.name);
  book.sheets.set(def.name, sheet);
  // a new sheet has 26 columns: a wider definition (Sertifikat) gets the rest first, in one call
  if (def.columns.length > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, def.columns.length - NEW_SHEET_COLUMNS);
  prepareColumns(sheet, def.columns, 1, 1);
  sheet.getRange(1, 1, 1, def.columns.length).setValues(headerCells(def.columns));
  styleHeader(sheet, 1, def.columns.length);
}

export function addColumns(
  book: Book,
  name: string,
  at: { row: number; firstColumn: number },
  columns: readonly ColumnDef[],
  style: boolean,
): void {
  const sheet = book.sheets.get(name) as Sheet;
  const start = at.firstColumn + 1;
  ensureSize(sheet, at.row, start + columns.length - 1);
  prepareColumns(sheet, columns, start, at.row);
  sheet.getRange(at.row, start, 1, columns.length).setValues(headerCells(columns));
  if (style) styleHeader(sheet, at.row, columns.length);
}

/** Records by key into the given columns from `firstRow`: one setValues per run of contiguous columns. */
export function writeRows(
  book: Book,
  name: string,
  columns: ReadonlyMap<string, number>,
  firstRow: number,
  records: ReadonlyArray<Record<string, unknown>>,
  note?: { row: number; column: number; text: string },
): void {
  const sheet = book.sheets.get(name) as Sheet;
  const cols = [...columns].sort((a, b) => a[1] - b[1]);
  const width = cols.length ? cols[cols.length - 1][1] + 1 : 0;
  if (records.length) ensureSize(sheet, firstRow + records.length - 1, width);
  let i = 0;
  while (records.length && i < cols.length) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1][1] === cols[j][1] + 1) j++;
    const keys = cols.slice(i, j + 1).map(([k]) => k);
    sheet
      .getRange(firstRow, cols[i][1] + 1, records.length, keys.length)
      .setValues(records.map((r) => keys.map((k) => outputCell(r[k], false))));
    i = j + 1;
  }
  if (note) sheet.getRange(note.row, note.column + 1).setNote(note.text);
}
