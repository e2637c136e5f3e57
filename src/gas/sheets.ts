// Sheets I/O: the only place the add-on reads and writes cells. One read per sheet, one write per block,
// and every text cell written so that Sheets can neither run it as a formula nor turn it into a number.

import { columnLetter, isDate } from '../core/cells';
import { OUTPUTS, type OutputColumn, type OutputLink, SHEETS } from '../core/schema';
import { sheetNameKey } from '../core/sheetNames';
import { TABLE_TEXT } from '../text/id/table';
import type { SheetIndex } from './port/workbook';

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
  return readData(sheet, false).values;
}

/**
 * All values of a sheet's data range (one getValues) and, when asked, their number formats over the very same range
 * (one getNumberFormats), so cell [r][c] of one is cell [r][c] of the other. An empty sheet gives [] for both.
 */
export function readData(
  sheet: Sheet,
  withFormats: boolean,
): { values: unknown[][]; formats: string[][] | null } {
  const range = sheet.getDataRange();
  const values = range.getValues() as unknown[][];
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '';
  const formats = withFormats ? (empty ? [] : (range.getNumberFormats() as string[][])) : null;
  return { values: empty ? [] : values, formats };
}

/** A cell holds at most 50,000 characters (GAS-FACTS); the apostrophe below counts too. */
export const MAX_CELL_TEXT = 50_000;

/** Text that a plain-text ('@') cell cannot keep safely: a leading = may still be taken for a formula (unsure). */
export const unsafeInPlainText = (s: string): boolean => /^[=+\-@\t\r']/.test(s);

/** The characters of `s` a cell keeps: the limit less the apostrophe safeText puts before it, if any. */
function room(s: string, plainTextColumn: boolean): number {
  return MAX_CELL_TEXT - (!plainTextColumn || unsafeInPlainText(s) ? 1 : 0);
}

/** Whether safeText cuts this text (too long for one cell): the writers report each cut (output.textCut). */
export function textCut(s: string, plainTextColumn: boolean): boolean {
  return s.length >= MAX_CELL_TEXT && s.length > room(s, plainTextColumn);
}

/**
 * A text value written so Sheets keeps it as the same text. In a plain-text ('@') column the text stays as is;
 * elsewhere a leading apostrophe makes Sheets store it as text (the apostrophe is not part of the value),
 * so names, answers and codes can never become a formula, a number or a date (GAS-FACTS, DESIGN §6).
 * A plain-text column given text that starts like a formula gets the apostrophe too (callers that can, give such
 * a cell the General format instead: see writeOutputSheet). Text longer than a cell allows is cut with "…" (as much
 * as fits is kept); writers say so with textCut.
 */
export function safeText(s: string, plainTextColumn: boolean): string {
  if (s === '') return '';
  const quoted = !plainTextColumn || unsafeInPlainText(s);
  const keep = room(s, plainTextColumn);
  const text = s.length > keep ? `${s.slice(0, keep - 1)}\u2026` : s;
  return quoted ? `'${text}` : text;
}

/** A date or date-time as a person reads it in a text cell (dd/MM/yyyy [HH:mm], in the script's time zone). */
function dateText(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
  return d.getHours() || d.getMinutes() ? `${day} ${two(d.getHours())}:${two(d.getMinutes())}` : day;
}

/**
 * A cell for an output row: numbers, booleans and dates as they are in number/date columns; text made safe;
 * null/undefined blank. A Date bound for a text column (e.g. a name Sheets turned into a date) is written as the
 * date text the person sees.
 */
export function outputCell(v: unknown, plainTextColumn: boolean, textColumn = false): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (isDate(v)) return textColumn ? safeText(dateText(v), plainTextColumn) : v;
  return safeText(String(v), plainTextColumn);
}

/** A drop-down list on a range; other values stay allowed (a typed value is never refused, only flagged). */
export function setChoiceList(
  range: GoogleAppsScript.Spreadsheet.Range,
  choices: readonly string[],
  help: string,
): void {
  range.setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...choices], true)
      .setAllowInvalid(true)
      .setHelpText(help)
      .build(),
  );
}

/** Checkboxes on a range, as data validation (blank cells are not filled with FALSE). */
export function setCheckboxes(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
}

/** Applies pending changes; also makes a response sheet that setDestination just made visible to this execution. */
export function flush(): void {
  SpreadsheetApp.flush();
}

/** Makes sure the sheet has at least `rows` × `cols` cells (new sheets are 1000 × 26). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  resize(sheet, rows, cols, false);
}

/**
 * Grows the grid to `rows` × `cols`; with `shrink` (an output sheet) also cuts back what an earlier, larger run left:
 * every cell counts toward Google's 10-million-cell limit, empty or not. Never below the new-sheet size (1000 × 26),
 * so a normal run costs no extra call and charts beside or below the block keep their cells.
 */
function resize(sheet: Sheet, rows: number, cols: number, shrink: boolean): void {
  const maxRows = sheet.getMaxRows();
  const keepRows = Math.max(rows, NEW_SHEET_ROWS);
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (shrink && maxRows > keepRows) sheet.deleteRows(keepRows + 1, maxRows - keepRows);
  const maxCols = sheet.getMaxColumns();
  const keepCols = Math.max(cols, NEW_SHEET_COLUMNS);
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (shrink && maxCols > keepCols) sheet.deleteColumns(keepCols + 1, maxCols - keepCols);
}

/** The tab groups, in order (issue 14 item 6): the admin's inputs and the ledgers, then the outputs. */
const TAB_GROUP = new Map<string, number>([
  ...Object.values(SHEETS).map((d) => [sheetNameKey(d.name), 0] as const),
  ...Object.values(OUTPUTS).map((d) => [sheetNameKey(d.name), 1] as const),
]);

/**
 * Where a new sheet of the add-on goes so the tabs read inputs, outputs, then the rest (response sheets, a
 * person's own sheets, the hidden stores): right after the last sheet of its group or an earlier one (first when
 * there is none); a sheet of no group at the end. `order` is the tabs' names in order (the execution's listing).
 */
export function newSheetIndex(order: readonly string[], name: string): number {
  const group = TAB_GROUP.get(sheetNameKey(name));
  if (group === undefined) return order.length;
  let at = 0;
  order.forEach((n, i) => {
    const g = TAB_GROUP.get(sheetNameKey(n));
    if (g !== undefined && g <= group) at = i + 1;
  });
  return at;
}

/** Inserts the add-on's new sheet at its place among the tabs (newSheetIndex), from the execution's listing. */
export function insertAddonSheet(book: { ss: Spreadsheet; sheets: SheetIndex }, name: string): Sheet {
  const at = newSheetIndex(book.sheets.tabOrder(), name);
  const sheet = book.ss.insertSheet(name, at);
  book.sheets.placed(name, at);
  return sheet;
}

/**
 * Moves a sheet to the end of the tabs (a response sheet, which Google inserts first), then gives the admin back
 * the sheet they were on: Apps Script moves only the active sheet.
 */
export function moveSheetToEnd(ss: Spreadsheet, sheet: Sheet): void {
  const was = ss.getActiveSheet();
  ss.setActiveSheet(sheet);
  ss.moveActiveSheet(ss.getNumSheets());
  if (was && was.getSheetId() !== sheet.getSheetId()) ss.setActiveSheet(was);
}

const NEW_SHEET_ROWS = 1000;
/** A new sheet's columns (insertSheet gives 1000 × 26). */
export const NEW_SHEET_COLUMNS = 26;

export const GENERATED_NOTE =
  'Lembar ini dibuat otomatis oleh add-on DOU ASN dan akan ditimpa setiap kali dihitung ulang. Jangan mengetik di sini: ubah data di lembar masukan.';

/** The tab colour of a generated sheet (a light grey: it stands apart from the admin's input tabs). */
export const GENERATED_TAB = '#9aa0a6';

/**
 * Marks a new output as generated where the admin sees it (issue 14 item 6): a grey tab, and a warning-only
 * protection, so typing in it first asks "are you sure" with the note's words; the add-on's own writes are not
 * affected. Its header stays row 1 (the data contract): the note in A1 says the same.
 */
function markGenerated(sheet: Sheet, warn: boolean): void {
  sheet.setTabColor(GENERATED_TAB);
  // a sheet with a column the admin fills (Status SIASN) asks nothing before typing
  if (warn) sheet.protect().setDescription(GENERATED_NOTE).setWarningOnly(true);
}

/** A cell an output write cut to fit (1-based sheet row, the column's header, the text's full length). */
export interface CutCell {
  row: number;
  column: string;
  length: number;
}

/**
 * Writes an output sheet whole: header + rows, one setNumberFormats and one setValues for the block,
 * the generated-sheet note in A1, header bold and frozen. `sheet` is the add-on's own sheet to rewrite (its old
 * contents and charts are cleared), or null to make it (`made` is told at once, before anything is written, so a
 * crash later leaves a sheet already marked as the add-on's). Returns the sheet and the cells whose text was cut.
 */
export function writeOutputSheet(
  ss: Spreadsheet,
  target: Sheet | null,
  name: string,
  columns: readonly OutputColumn[],
  rows: readonly (readonly unknown[])[],
  made: (sheet: Sheet) => void = () => {},
  insert: (name: string) => Sheet = (n) => ss.insertSheet(n, ss.getSheets().length),
): { sheet: Sheet; cuts: CutCell[] } {
  let sheet = target;
  if (!sheet) {
    sheet = insert(name);
    made(sheet);
    markGenerated(sheet, !columns.some((c) => c.person));
  } else {
    sheet.clear();
    for (const c of sheet.getCharts()) sheet.removeChart(c);
  }
  const nCols = columns.length;
  const nRows = rows.length + 1;
  resize(sheet, nRows, nCols, true);
  const plain = columns.map((c) => c.format === '@');
  // columns without a number or date format hold text: a Date there is shown as the date text
  const text = columns.map((c) => c.format === undefined || c.format === '@');
  const formats: string[][] = [];
  const values: unknown[][] = [];
  const cuts: CutCell[] = [];
  const headerFormats = columns.map(() => '@');
  formats.push(headerFormats);
  values.push(columns.map((c) => c.header));
  const rowFormats = columns.map((c) => c.format ?? 'General');
  const linkCols = columns.flatMap((c, i) => (c.link ? [i] : []));
  const links: Array<Array<OutputLink | null>> = linkCols.map(() => []);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let rowFmt = rowFormats;
    const out = new Array(nCols);
    for (let i = 0; i < nCols; i++) {
      let v = row[i];
      if (columns[i].link) {
        // the add-on's own words (a cell reference, a sheet's name after them): the text is written with the block
        const l = isLink(v) ? v : null;
        links[linkCols.indexOf(i)][r] = l?.url ? l : null;
        v = l ? l.text : v;
      }
      if (plain[i] && typeof v === 'string' && unsafeInPlainText(v)) {
        // text starting like a formula: this one cell is written General with an apostrophe, never as '@'
        if (rowFmt === rowFormats) rowFmt = [...rowFormats];
        rowFmt[i] = 'General';
        out[i] = safeText(v, false);
        if (textCut(v, false)) cuts.push({ row: r + 2, column: columns[i].header, length: v.length });
      } else {
        out[i] = outputCell(v, plain[i], text[i]);
        if (typeof v === 'string' && textCut(v, plain[i]))
          cuts.push({ row: r + 2, column: columns[i].header, length: v.length });
      }
    }
    formats.push(rowFmt);
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
  layOut(sheet, columns, values, nRows);
  linkCols.forEach((c, k) => {
    setLinks(sheet, c + 1, values, links[k]);
  });
  // the admin's own column: its choices as a drop-down down the rows written (clear() took the old one)
  columns.forEach((c, i) => {
    if (c.person && nRows > 1)
      setChoiceList(sheet.getRange(2, i + 1, nRows - 1, 1), c.person.choices, TABLE_TEXT.personColumnHelp);
  });
  return { sheet, cuts };
}

/** The most rows of an output that get a link: a builder per link, so the calls stay bounded on a huge sheet. */
export const MAX_LINKED_ROWS = 500;

const isLink = (v: unknown): v is OutputLink =>
  typeof v === 'object' && v !== null && typeof (v as OutputLink).text === 'string' && 'url' in v;

/**
 * Sets the links of one column (1-based) with one setRichTextValues over its rows down to the last linked one
 * (at most MAX_LINKED_ROWS): each cell keeps the text already written, a linked one gets its URL.
 */
function setLinks(
  sheet: Sheet,
  column: number,
  values: readonly unknown[][],
  links: ReadonlyArray<OutputLink | null>,
): void {
  let last = Math.min(links.length, MAX_LINKED_ROWS);
  while (last > 0 && !links[last - 1]) last--;
  if (!last) return;
  // one builder for every cell: a builder is local, and build() takes what it holds then
  const b = SpreadsheetApp.newRichTextValue();
  const rich: GoogleAppsScript.Spreadsheet.RichTextValue[][] = [];
  for (let r = 0; r < last; r++)
    rich.push([
      b
        .setText(String(values[r + 1][column - 1] ?? ''))
        .setLinkUrl(links[r]?.url ?? null)
        .build(),
    ]);
  sheet.getRange(2, column, last, 1).setRichTextValues(rich);
}

/** Column widths (pixels) an output gets: from its header and its longest texts, within these bounds. */
const WIDTH = { min: 56, max: 320, perChar: 7, pad: 16, step: 24 } as const;
/** Texts longer than a column shows wrap in it (the row grows) rather than being cut at its edge. */
const WRAP_AFTER_CHARS = (WIDTH.max - WIDTH.pad) / WIDTH.perChar;

/**
 * Lays an output out for reading (issue 14 item 6): each column as wide as its header and its texts need (a long
 * text column at the most, wrapped), set per run of equal widths (a few calls per sheet, none per row).
 */
function layOut(
  sheet: Sheet,
  columns: readonly OutputColumn[],
  values: readonly unknown[][],
  nRows: number,
): void {
  const widths = columns.map((c, i) => {
    let chars = c.header.length;
    for (let r = 1; r < values.length; r++) {
      const v = values[r][i];
      const n = typeof v === 'string' ? v.length : v instanceof Date ? 10 : v === null || v === '' ? 0 : 8;
      if (n > chars) chars = n;
      if (chars > WRAP_AFTER_CHARS) break;
    }
    const px = Math.min(WIDTH.max, Math.max(WIDTH.min, chars * WIDTH.perChar + WIDTH.pad));
    return { px: Math.ceil(px / WIDTH.step) * WIDTH.step, wrap: chars > WRAP_AFTER_CHARS };
  });
  for (let i = 0; i < widths.length; ) {
    let j = i + 1;
    while (j < widths.length && widths[j].px === widths[i].px) j++;
    sheet.setColumnWidths(i + 1, j - i, widths[i].px);
    i = j;
  }
  const wrapped = widths.flatMap((w, i) => (w.wrap ? [i + 1] : []));
  if (wrapped.length && nRows > 1)
    sheet.getRangeList(wrapped.map((c) => `${columnLetter(c)}2:${columnLetter(c)}${nRows}`)).setWrap(true);
}
