// The workbook port over SpreadsheetApp: the active spreadsheet read and written through src/gas/sheets.ts and the
// table writer src/gas/table.ts. Sheets are found by name as needed, or listed with one getSheets per port (one port
// per execution), kept in step with its own changes.

import type { WorkbookPort } from '../../features/port';
import { activeSpreadsheet, flush, readAll } from '../sheets';
import { addColumns, type Book, createSheet, writeLedger, writeOutput, writeRows } from '../table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheets by name, asked of Google only as far as needed: a sheet looked up by name before any listing costs one
 * getSheetByName (kept, also when absent); listing them (keys, values, size, iteration) costs one getSheets and a
 * getName per sheet, once. So a step that reads one ledger (a certificate batch) pays one look-up however many
 * sheets the workbook has, and a step that lists the sheets first pays nothing more for its reads.
 */
export class SheetIndex extends Map<string, Sheet> {
  private listed = false;
  private readonly absent = new Set<string>();

  /** Forgets what was listed or looked up: the next use asks Google again (after a flush shows new sheets). */
  refresh(): void {
    this.listed = false;
    this.absent.clear();
    super.clear();
  }

  constructor(private readonly ss: Spreadsheet) {
    super();
  }

  private list(): void {
    if (this.listed) return;
    this.listed = true;
    for (const sheet of this.ss.getSheets()) {
      const name = sheet.getName();
      if (!super.has(name)) super.set(name, sheet);
    }
  }

  override get(name: string): Sheet | undefined {
    if (!this.listed && !super.has(name) && !this.absent.has(name)) {
      const sheet = this.ss.getSheetByName(name);
      if (sheet) super.set(name, sheet);
      else this.absent.add(name);
    }
    return super.get(name);
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  override set(name: string, sheet: Sheet): this {
    this.absent.delete(name);
    return super.set(name, sheet);
  }

  override get size(): number {
    this.list();
    return super.size;
  }

  override keys() {
    this.list();
    return super.keys();
  }

  override values() {
    this.list();
    return super.values();
  }

  override entries() {
    this.list();
    return super.entries();
  }

  override [Symbol.iterator]() {
    return this.entries();
  }

  override forEach(
    fn: (sheet: Sheet, name: string, map: Map<string, Sheet>) => void,
    thisArg?: unknown,
  ): void {
    this.list();
    super.forEach(fn, thisArg);
  }
}

/** The active spreadsheet and its sheet index, opened on first use: one per execution, shared by the ports. */
export type OpenBook = () => Book & { sheets: SheetIndex };

export function openBook(): OpenBook {
  let book: (Book & { sheets: SheetIndex }) | null = null;
  return () => {
    if (!book) {
      const ss = activeSpreadsheet();
      book = { ss, sheets: new SheetIndex(ss), sizes: new Map() };
    }
    return book;
  };
}

export function googleWorkbook(open: OpenBook = openBook()): WorkbookPort {
  const asked = new Map<string, string>();
  const once = (k: string, ask: () => string): string => {
    let v = asked.get(k);
    if (v === undefined) {
      v = ask();
      asked.set(k, v);
    }
    return v;
  };
  const port: WorkbookPort = {
    timeZone: () => once('tz', () => open().ss.getSpreadsheetTimeZone()),
    spreadsheetId: () => once('id', () => open().ss.getId()),
    spreadsheetName: () => once('name', () => open().ss.getName()),
    sheetNames: () => [...open().sheets.keys()],
    readSheets(names) {
      const { sheets } = open();
      const out = new Map<string, unknown[][]>();
      for (const n of names) {
        const sheet = sheets.get(n);
        if (sheet && !out.has(n)) out.set(n, readAll(sheet));
      }
      return out;
    },
    readSheetsWithFormats(names, formatted) {
      const { sheets } = open();
      const want = new Set(formatted);
      const values = new Map<string, unknown[][]>();
      const formats = new Map<string, string[][]>();
      for (const n of names) {
        const sheet = sheets.get(n);
        if (!sheet || values.has(n)) continue;
        if (!want.has(n)) {
          values.set(n, readAll(sheet));
          continue;
        }
        // the formats over the very range of the values, so that cell [r][c] of one is cell [r][c] of the other
        const range = sheet.getDataRange();
        const v = range.getValues() as unknown[][];
        const empty = v.length === 1 && v[0].length === 1 && v[0][0] === '';
        values.set(n, empty ? [] : v);
        formats.set(n, empty ? [] : (range.getNumberFormats() as string[][]));
      }
      return { values, formats };
    },
    readTop(name, rows) {
      const sheet = open().sheets.get(name);
      if (!sheet) return null;
      const height = Math.min(rows, sheet.getLastRow());
      const width = sheet.getLastColumn();
      if (height < 1 || width < 1) return [];
      return sheet.getRange(1, 1, height, width).getValues() as unknown[][];
    },
    writeOutput: (def, records, charts) => writeOutput(open(), def, records, charts),
    writeLedger: (w) => writeLedger(open(), w),
    createSheet: (def) => createSheet(open(), def),
    addColumns: (sheet, at, columns, style) => addColumns(open(), sheet, at, columns, style),
    writeRows: (sheet, columns, firstRow, records, note) =>
      writeRows(open(), sheet, columns, firstRow, records, note),
    activate(name) {
      open().sheets.get(name)?.activate();
    },
    selectCell(name, row, column) {
      const sheet = open().sheets.get(name);
      if (!sheet) return null;
      const target = sheet.getRange(Math.max(1, row), Math.max(1, column));
      sheet.activate();
      target.activate();
      return target.getA1Notation();
    },
    toast(message, title, seconds) {
      open().ss.toast(message, title, seconds);
    },
    flush,
  };
  return port;
}
