// The workbook port: the active spreadsheet as tables read and written by column key (see src/gas/port/workbook.ts).

export interface SpreadsheetInfo {
  id: string;
  name: string;
  timeZone: string;
}

export interface WorkbookPort {
  info(): SpreadsheetInfo;
}
