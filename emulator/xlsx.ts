// Import and export of emulated spreadsheets as .xlsx (exceljs): sheets, typed values, formats, notes,
// validations, frozen rows. Not a Google service: nothing here is counted on the runtime.

import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type FakeDataValidation,
  FakeDataValidationBuilder,
  type FakeSheet,
  FakeSpreadsheet,
  FORMULA_VALUE,
  lettersToColumn,
  type Scalar,
  SERIAL_EPOCH_MS,
  type SpreadsheetOptions,
} from './spreadsheet';

const DAY_MS = 86_400_000;

export interface ImportOptions {
  /** Spreadsheet name; default the file name without extension (or the workbook title). */
  name?: string;
  id?: string;
  /** xlsx carries no Sheets locale or zone: defaults id_ID and Asia/Jakarta. */
  locale?: string;
  timeZone?: string;
  /**
   * Smallest grid of an imported sheet. Default 0: the grid is the used range (values, formats and
   * validations), the stricter reading, since how large Sheets makes an imported grid is unsure.
   */
  minRows?: number;
  minColumns?: number;
}

type CellValue = ExcelJS.CellValue;

/** exceljs gives date cells as Dates whose UTC fields are the wall clock: back to a serial. */
function excelDateToSerial(d: Date): number {
  return Math.round(d.getTime() - SERIAL_EPOCH_MS) / DAY_MS;
}

function isDateObj(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function scalarOf(v: CellValue | undefined): Scalar | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDateObj(v)) return excelDateToSerial(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
  if (typeof o.text === 'string') return o.text;
  if (typeof o.error === 'string') return o.error;
  if ('result' in o) return scalarOf(o.result as CellValue);
  return null;
}

function noteText(note: unknown): string | null {
  if (note === null || note === undefined) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text).join('') : null;
}

function decodeAddress(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(addr);
  return m ? { row: Number(m[2]), col: lettersToColumn(m[1]) } : null;
}

/** An Excel validation → a Sheets rule (lists of exactly TRUE,FALSE become checkboxes). */
function validationFromExcel(dv: ExcelJS.DataValidation): FakeDataValidation | null {
  const errorStyle = (dv as { errorStyle?: string }).errorStyle ?? 'stop';
  const allowInvalid = !(dv.showErrorMessage && errorStyle === 'stop');
  const b = new FakeDataValidationBuilder().setAllowInvalid(allowInvalid);
  if (dv.prompt) b.setHelpText(dv.prompt);
  const f = (dv.formulae ?? []) as unknown[];
  if (dv.type === 'list') {
    const src = String(f[0] ?? '');
    if (src.startsWith('"')) {
      const items = src
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim());
      if (items.length === 2 && items[0].toUpperCase() === 'TRUE' && items[1].toUpperCase() === 'FALSE') {
        b.requireCheckbox();
      } else b.requireValueInList(items, true);
    } else b.withCriteria('VALUE_IN_RANGE', [src.replace(/^=/, ''), true]);
  } else if ((dv.type === 'whole' || dv.type === 'decimal') && dv.operator === 'between') {
    b.requireNumberBetween(Number(f[0]), Number(f[1]));
  } else if (dv.type === 'custom') {
    b.requireFormulaSatisfied(`=${String(f[0] ?? '')}`);
  } else return null;
  return b.build();
}

/** Reads an .xlsx (path or bytes) into a new FakeSpreadsheet. Strings stay strings; numbers stay numbers. */
export async function importXlsx(
  src: string | Buffer | Uint8Array,
  opts: ImportOptions = {},
): Promise<FakeSpreadsheet> {
  const wb = new ExcelJS.Workbook();
  if (typeof src === 'string') await wb.xlsx.readFile(src);
  else await wb.xlsx.load(Buffer.from(src) as unknown as ArrayBuffer);
  const name =
    opts.name ?? (typeof src === 'string' ? basename(src, extname(src)) : wb.title || 'Untitled spreadsheet');
  const ssOpts: SpreadsheetOptions = { name, id: opts.id, locale: opts.locale, timeZone: opts.timeZone };
  const ss = new FakeSpreadsheet(ssOpts);
  const placeholder = ss._sheets[0];
  const worksheets = wb.worksheets;
  worksheets.forEach((ws, i) => {
    let sheet: FakeSheet;
    if (i === 0) {
      sheet = placeholder;
      sheet._name = ws.name;
    } else sheet = ss._insertSheet(ws.name);
    readWorksheet(ws, sheet, opts);
  });
  const firstVisible = ss._sheets.find((s) => !s._hidden);
  if (firstVisible) ss._active = firstVisible;
  return ss;
}

function readWorksheet(ws: ExcelJS.Worksheet, sheet: FakeSheet, opts: ImportOptions): void {
  let maxRow = 0;
  let maxCol = 0;
  const cells: Array<() => void> = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // exceljs reports a merged range's value (and formula) on every cell of the merge; Sheets keeps it in the
      // top-left cell only, the others are empty
      const v = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
      const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
      const note = noteText(cell.note);
      const bold = cell.font?.bold === true;
      const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
      const bg =
        fill?.type === 'pattern' && fill.fgColor?.argb
          ? `#${fill.fgColor.argb.slice(-6).toLowerCase()}`
          : null;
      if (v === null && !numFmt && !note && !bold && !bg) return;
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
      cells.push(() => {
        const r0 = r - 1;
        const c0 = c - 1;
        const o = v as unknown as Record<string, unknown> | null;
        const formula =
          o && typeof o === 'object' && !isDateObj(o) ? (cell.formula ?? (o.formula as string)) : undefined;
        let value = scalarOf(v);
        if (formula) {
          if (value === null) value = FORMULA_VALUE;
          sheet._extFor(r0, c0).formula = `=${formula}`;
        }
        sheet._ensureRow(sheet._vals, r0)[c0] = value;
        if (numFmt) sheet._ensureRow(sheet._fmts, r0)[c0] = numFmt;
        if (note) sheet._extFor(r0, c0).note = note;
        if (bold) sheet._extFor(r0, c0).fontWeight = 'bold';
        if (bg && bg !== '#ffffff') sheet._extFor(r0, c0).background = bg;
      });
    });
  }
  const model = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }
  ).dataValidations.model;
  const rules = new Map<ExcelJS.DataValidation, FakeDataValidation | null>();
  for (const [addr, dv] of Object.entries(model)) {
    if (!dv) continue;
    const at = decodeAddress(addr);
    if (!at) continue;
    if (!rules.has(dv)) rules.set(dv, validationFromExcel(dv));
    const rule = rules.get(dv);
    if (!rule) continue;
    maxRow = Math.max(maxRow, at.row);
    maxCol = Math.max(maxCol, at.col);
    cells.push(() => {
      sheet._extFor(at.row - 1, at.col - 1).validation = rule;
      if (!rule.getAllowInvalid()) sheet._strictValidation = true;
    });
  }
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozenRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
  const frozenCols = view?.state === 'frozen' ? (view.xSplit ?? 0) : 0;
  sheet._maxRows = Math.max(1, maxRow, frozenRows + 1, opts.minRows ?? 0);
  sheet._maxCols = Math.max(1, maxCol, frozenCols + 1, opts.minColumns ?? 0);
  sheet._frozenRows = frozenRows;
  sheet._frozenCols = frozenCols;
  for (const apply of cells) apply();
  sheet._hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
  sheet._tabColor = tab ? `#${tab.slice(-6).toLowerCase()}` : null;
  ws.columns?.forEach((col, i) => {
    if (col?.width) sheet._colWidths[i] = Math.round(col.width * 7 + 5);
  });
}

/** An Excel validation for a Sheets rule (checkboxes as the list TRUE,FALSE). */
function validationToExcel(rule: FakeDataValidation): ExcelJS.DataValidation | null {
  const allowInvalid = rule.getAllowInvalid();
  const base = {
    allowBlank: true,
    showErrorMessage: !allowInvalid,
    errorStyle: 'stop',
    ...(rule.getHelpText() ? { showInputMessage: true, prompt: rule.getHelpText() as string } : {}),
  };
  const vals = rule.getCriteriaValues();
  switch (rule.getCriteriaType()) {
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] } as ExcelJS.DataValidation;
    case 'VALUE_IN_LIST':
      return {
        ...base,
        type: 'list',
        formulae: [`"${(vals[0] as string[]).join(',')}"`],
      } as ExcelJS.DataValidation;
    case 'VALUE_IN_RANGE': {
      const src = vals[0] as { _qualifiedA1?: () => string } | string;
      const ref = typeof src === 'string' ? src : (src._qualifiedA1?.() ?? '');
      return { ...base, type: 'list', formulae: [ref] } as ExcelJS.DataValidation;
    }
    case 'NUMBER_BETWEEN':
      return {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [vals[0], vals[1]],
      } as ExcelJS.DataValidation;
    case 'CUSTOM_FORMULA':
      return {
        ...base,
        type: 'custom',
        formulae: [String(vals[0]).replace(/^=/, '')],
      } as ExcelJS.DataValidation;
    default:
      return null;
  }
}

function buildWorkbook(ss: FakeSpreadsheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.title = ss._name;
  for (const sheet of ss._sheets) {
    const ws = wb.addWorksheet(sheet._name, {
      state: sheet._hidden ? 'hidden' : 'visible',
      properties: sheet._tabColor
        ? { tabColor: { argb: `FF${sheet._tabColor.replace('#', '').toUpperCase()}` } }
        : {},
      views:
        sheet._frozenRows || sheet._frozenCols
          ? [{ state: 'frozen', xSplit: sheet._frozenCols, ySplit: sheet._frozenRows }]
          : [],
    });
    const excelRules = new Map<FakeDataValidation, ExcelJS.DataValidation | null>();
    const nRows = Math.max(sheet._vals.length, sheet._fmts.length, sheet._ext.length);
    for (let r = 0; r < nRows; r++) {
      const vrow = sheet._vals[r];
      const frow = sheet._fmts[r];
      const erow = sheet._ext[r];
      const nCols = Math.max(vrow?.length ?? 0, frow?.length ?? 0, erow?.length ?? 0);
      for (let c = 0; c < nCols; c++) {
        const v = vrow?.[c];
        const f = frow?.[c];
        const e = erow?.[c];
        const hasExt = e && Object.keys(e).length > 0;
        if ((v === null || v === undefined) && !f && !hasExt) continue;
        const cell = ws.getCell(r + 1, c + 1);
        if (e?.formula) {
          const result = v === FORMULA_VALUE || v === null || v === undefined ? undefined : v;
          cell.value = { formula: e.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
        } else if (v !== null && v !== undefined) cell.value = v;
        if (f) cell.numFmt = f;
        if (!e) continue;
        if (e.note) cell.note = e.note;
        if (e.fontWeight === 'bold' || e.fontColor) {
          cell.font = {
            ...(e.fontWeight === 'bold' ? { bold: true } : {}),
            ...(e.fontColor ? { color: { argb: `FF${e.fontColor.replace('#', '').toUpperCase()}` } } : {}),
          };
        }
        if (e.background && /^#[0-9a-f]{6}$/i.test(e.background)) {
          cell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${e.background.slice(1).toUpperCase()}` },
          };
        }
        if (e.validation) {
          if (!excelRules.has(e.validation)) excelRules.set(e.validation, validationToExcel(e.validation));
          const dv = excelRules.get(e.validation);
          if (dv) cell.dataValidation = dv;
        }
      }
    }
    sheet._colWidths.forEach((w, i) => {
      if (w !== undefined && w > 0) ws.getColumn(i + 1).width = Math.max(1, (w - 5) / 7);
    });
  }
  return wb;
}

/** Writes the spreadsheet to an .xlsx file. Charts are not written (exceljs cannot). */
export async function exportXlsx(ss: FakeSpreadsheet, path: string): Promise<void> {
  await buildWorkbook(ss).xlsx.writeFile(path);
}

/** The spreadsheet as .xlsx bytes. */
export async function exportXlsxBuffer(ss: FakeSpreadsheet): Promise<Buffer> {
  const out = await buildWorkbook(ss).xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
