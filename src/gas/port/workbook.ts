// The workbook port over SpreadsheetApp: the active spreadsheet read and written through src/gas/sheets.ts and the
// table writer src/gas/table.ts. One getSheets per port (one port per execution), kept in step with its own changes.

import type { WorkbookPort } from '../../features/port';
import { activeSpreadsheet, flush, readAll, sheetsByName } from '../sheets';
import { addColumns, type Book, createSheet, writeLedger, writeOutput, writeRows } from '../table';

const books = new WeakMap<WorkbookPort, () => Book>();

export function googleWorkbook(): WorkbookPort {
  let book: Book | null = null;
  const asked = new Map<string, string>();
  const open = (): Book => {
    if (!book) {
      const ss = activeSpreadsheet();
      book = { ss, sheets: sheetsByName(ss), sizes: new Map() };
    }
    return book;
  };
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
  books.set(port, open);
  return port;
}

/**
 * The Spreadsheet and Sheet objects behind a Google workbook port, sharing its one getSheets: only for the src/gas
 * code still called by features not yet on the port (forms, certificates). Not part of the port.
 */
export function bookOf(port: WorkbookPort): Book {
  const open = books.get(port);
  if (!open) throw new Error('bookOf: not a Google workbook port');
  return open();
}
