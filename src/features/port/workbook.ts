// The workbook port: the active spreadsheet as tables read and written by column key (see src/gas/port/workbook.ts).

// biome-ignore lint/suspicious/noEmptyInterface: filled by the sheet-layer work
export interface WorkbookPort {}
