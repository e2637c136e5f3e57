// The workbook port: the active spreadsheet as plain data. Sheets are read whole (one getValues each) and written
// through the one table writer by definition and key (see src/gas/port/workbook.ts); no Sheet or Range leaves it.

import type { Problem } from '../../core/problems';
import type { ColumnDef, OutputDef, OutputKey, OutputRecord, SheetDef } from '../../core/schema';
import type { LedgerWrite } from '../../core/table';

/** An embedded chart over named columns of an output (header row included, every data row). */
export interface ChartSpec<D extends OutputDef = OutputDef> {
  kind: 'COLUMN' | 'BAR';
  /** Each entry one range: contiguous columns of the output, by key. */
  ranges: ReadonlyArray<ReadonlyArray<OutputKey<D>>>;
  title: string;
  /** 1-based cell of the chart's top-left corner. */
  anchor: { row: number; column: number };
  options?: Record<string, unknown>;
}

export interface WorkbookPort {
  /** The spreadsheet's time zone, id and name (each asked of Google once per port at most). */
  timeZone(): string;
  spreadsheetId(): string;
  spreadsheetName(): string;
  /** A sheet's ID (getSheetId, asked once per sheet and port), null when there is no such sheet. */
  sheetId(name: string): number | null;
  /**
   * Every sheet's name (one getSheets per execution; kept up to date by this port's own changes). A sheet that stands
   * for one of the add-on's names in another case or spacing (`peserta`) is listed under the add-on's name
   * (src/core/sheetNames.ts); every name given to the other methods is found the same way.
   */
  sheetNames(): string[];
  /** The add-on names listed for a sheet spelled otherwise: add-on name → the sheet's own name. */
  renamedSheets(): ReadonlyMap<string, string>;
  /**
   * What the writes of this execution could not do as asked, taken once: an output whose name a person's sheet has
   * (nothing written there: Error), a text cut to fit a cell (Peringatan). Features add them to their problems.
   */
  takeProblems(): Problem[];
  /** The values of the named sheets that exist, one getValues each; an empty sheet gives []. */
  readSheets(names: readonly string[]): Map<string, unknown[][]>;
  /**
   * readSheets, and for the sheets named in `formatted` also their number formats over the same range (one
   * getNumberFormats each, [] for an empty sheet): a cell's format is part of its meaning (a typed `90%` is 0.9).
   */
  readSheetsWithFormats(
    names: readonly string[],
    formatted: readonly string[],
  ): { values: Map<string, unknown[][]>; formats: Map<string, string[][]> };
  /** The top `rows` rows of a sheet (for finding a header without reading the whole sheet); null if absent. */
  readTop(name: string, rows: number): unknown[][] | null;
  /**
   * Writes an output sheet whole from records by key: the definition gives the order, headers and formats; text is
   * written safely; the old contents and charts are cleared, then `charts` added. Only the add-on's own sheet of that
   * name is written (recognised by a marker); a person's sheet with the name is left as it is (see takeProblems).
   */
  writeOutput<D extends OutputDef>(
    def: D,
    records: readonly OutputRecord<D>[],
    charts?: ReadonlyArray<ChartSpec<D>>,
  ): void;
  /**
   * Writes a ledger's rows (src/core/table.ts ledgerWrite/ledgerRowWrite): only the add-on's columns, one setValues
   * per run of them, NIP and code columns given '@' first; a missing ledger sheet is created (header frozen).
   */
  writeLedger(write: LedgerWrite): void;
  /** Setup: a new sheet with the definition's header, plain text on NIP and code columns, lists and checkboxes. */
  createSheet(def: SheetDef): void;
  /**
   * Setup: headers written into `row` from the 0-based `firstColumn` on, with the same formats and validation as a
   * new sheet's columns below it; `styleHeader` when the header row was empty.
   */
  addColumns(
    sheet: string,
    at: { row: number; firstColumn: number },
    columns: readonly ColumnDef[],
    styleHeader: boolean,
  ): void;
  /**
   * Setup's presets: records written by key into the given 0-based columns from `firstRow`, one setValues per run
   * of columns; `note` goes on a header cell.
   */
  writeRows(
    sheet: string,
    columns: ReadonlyMap<string, number>,
    firstRow: number,
    records: ReadonlyArray<Record<string, unknown>>,
    note?: { row: number; column: number; text: string },
  ): void;
  /** Shows the sheet. */
  activate(sheet: string): void;
  /**
   * Selects a cell (1-based) and shows its sheet: its A1 notation; the sheet's height instead when `row` is past it
   * (nothing selected); null when the sheet is missing.
   */
  selectCell(sheet: string, row: number, column: number): { a1: string } | { rows: number } | null;
  toast(message: string, title: string, seconds: number): void;
  /** Applies pending changes (e.g. so a response sheet a form just made is seen by this execution). */
  flush(): void;
}
