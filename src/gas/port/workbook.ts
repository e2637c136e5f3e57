// The workbook port over SpreadsheetApp: the active spreadsheet read and written through src/gas/sheets.ts and the
// table writer src/gas/table.ts. Sheets are found by name as needed, or listed with one getSheets per port (one port
// per execution), kept in step with its own changes.

import { canonicalSheetNames, resolveSheetName } from '../../core/sheetNames';
import type { WorkbookPort } from '../../features/port';
import { OwnSheets } from '../ownSheets';
import { activeSpreadsheet, flush, readData } from '../sheets';
import { addColumns, type Book, createSheet, writeLedger, writeOutput, writeRows } from '../table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheets by name, asked of Google only as far as needed: a sheet looked up by name before any listing costs one
 * getSheetByName (kept); listing them (keys, values, size, iteration) costs one getSheets and a getName per sheet,
 * once. So a step that reads one ledger (a certificate batch) pays one look-up however many sheets the workbook has,
 * and a step that lists the sheets first pays nothing more for its reads.
 *
 * A name is found in any letter case and with stray spaces (src/core/sheetNames.ts): the exact name first, else the
 * sheet spelled otherwise (`peserta` for `Peserta`). A look-up that Google answers with null lists the sheets once to
 * find such a spelling. Keys are the sheets' own names once listed.
 */
export class SheetIndex extends Map<string, Sheet> {
  private listed = false;
  /** Names looked up before the listing (Google may answer a look-up in another case: these keys may not be real). */
  private readonly looked = new Set<string>();

  /** Forgets what was listed or looked up: the next use asks Google again (after a flush shows new sheets). */
  refresh(): void {
    this.listed = false;
    this.looked.clear();
    super.clear();
  }

  constructor(private readonly ss: Spreadsheet) {
    super();
  }

  /** The sheets' names in tab order as listed, kept up to date by placed() for the add-on's own inserts. */
  private order: string[] = [];

  /** The sheets' names in tab order (lists them once per execution). */
  tabOrder(): string[] {
    this.list();
    return [...this.order];
  }

  /** Notes a sheet the add-on inserted at a 0-based tab position. */
  placed(name: string, index: number): void {
    this.list();
    this.order.splice(Math.min(index, this.order.length), 0, name);
  }

  private list(): void {
    if (this.listed) return;
    this.listed = true;
    const sheets = this.ss.getSheets().map((sheet) => [sheet.getName(), sheet] as const);
    this.order = sheets.map(([n]) => n);
    const real = new Set(sheets.map(([n]) => n));
    for (const n of this.looked) if (!real.has(n)) super.delete(n);
    this.looked.clear();
    for (const [name, sheet] of sheets) if (!super.has(name)) super.set(name, sheet);
  }

  override get(name: string): Sheet | undefined {
    const known = super.get(name);
    if (known) return known;
    if (!this.listed) {
      const sheet = this.ss.getSheetByName(name);
      if (sheet) {
        this.looked.add(name);
        super.set(name, sheet);
        return sheet;
      }
      this.list();
    }
    const actual = resolveSheetName(super.keys(), name);
    return actual === null ? undefined : super.get(actual);
  }

  /** The sheet's own name for `name` (`peserta` for `Peserta`), or null when there is none; lists the sheets. */
  actualName(name: string): string | null {
    this.list();
    return resolveSheetName(super.keys(), name);
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  override set(name: string, sheet: Sheet): this {
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
      book = { ss, sheets: new SheetIndex(ss), sizes: new Map(), own: new OwnSheets(), notices: [] };
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
    sheetId(name) {
      const sheet = open().sheets.get(name);
      return sheet ? Number(once(`gid:${name}`, () => String(sheet.getSheetId()))) : null;
    },
    sheetNames: () => canonicalSheetNames([...open().sheets.keys()]).names,
    renamedSheets: () => canonicalSheetNames([...open().sheets.keys()]).renamed,
    takeProblems() {
      const { notices } = open();
      return notices.splice(0, notices.length);
    },
    readSheets(names) {
      return port.readSheetsWithFormats(names, []).values;
    },
    readSheetsWithFormats(names, formatted) {
      const { sheets } = open();
      const want = new Set(formatted);
      const values = new Map<string, unknown[][]>();
      const formats = new Map<string, string[][]>();
      for (const n of names) {
        const sheet = sheets.get(n);
        if (!sheet || values.has(n)) continue;
        const d = readData(sheet, want.has(n));
        values.set(n, d.values);
        if (d.formats) formats.set(n, d.formats);
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
      // checked, not left to getRange, whose error is Google's English (the column comes from the header read)
      const rows = sheet.getMaxRows();
      if (row > rows) return { rows };
      const target = sheet.getRange(Math.max(1, row), Math.max(1, column));
      sheet.activate();
      target.activate();
      return { a1: target.getA1Notation() };
    },
    toast(message, title, seconds) {
      open().ss.toast(message, title, seconds);
    },
    flush,
  };
  return port;
}
