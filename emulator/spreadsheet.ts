// The emulator's SpreadsheetApp: in-memory spreadsheets, sheets, ranges, data validation and embedded charts,
// with Google's semantics and error messages (GAS-FACTS "SpreadsheetApp"); every service call is counted.

import { COST_MODEL, type Runtime } from './runtime';
import {
  dateToSerial,
  FORMULA_VALUE,
  formatDisplay,
  isDate,
  isDateFormat,
  type LocaleInfo,
  localeInfo,
  parseTyped,
  type Scalar,
  serialToDate,
} from './values';

export * from './values';

/** Google's messages, word for word where known (see emulator/README.md (SpreadsheetApp)). */
export const SHEET_ERRORS = {
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  colTooSmall: 'The starting column of the range is too small.',
  numRows: 'The number of rows in the range must be at least 1.',
  numCols: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  tooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  lastSheet: "You can't remove all the sheets in a document.",
  hideAll: "You can't hide all the sheets in a document.",
  rowsOut: 'Those rows are out of bounds.',
  colsOut: 'Those columns are out of bounds.',
  allRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  allCols: 'Sorry, it is not possible to delete all non-frozen columns.',
  noChartType: 'You must set a chart type before building the chart.',
  /** The Sheets API's wording of the per-spreadsheet cell limit (gspread #516, then 2,000,000); text [unsure]. */
  cellLimit: `This action would increase the number of cells in the workbook above the limit of ${10_000_000} cells.`,
  dupName: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  rowsMismatch: (has: number, want: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${has} but the range has ${want}.`,
  colsMismatch: (has: number, want: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${has} but the range has ${want}.`,
  invalidData: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  signature: (method: string, got: string) =>
    `The parameters (${got}) don't match the method signature for SpreadsheetApp.${method}.`,
};

export const MAX_CELL_CHARS = 50_000;
/** A spreadsheet holds at most 10 million cells, over all its sheets' grids (GAS-FACTS; Google's size limits). */
export const MAX_CELLS = 10_000_000;
const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;
const DEFAULT_COL_WIDTH = 100;

/** Cost of a round trip that reads or writes `cells` cells (GAS-FACTS cost model). */
export function roundTripCost(cells: number): number {
  return COST_MODEL.sheetRoundTrip + COST_MODEL.perCell * cells;
}

// ---------------------------------------------------------------------------------------------
// A1 notation

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = columnToLetters(col) + row;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

interface A1Ref {
  sheet: string | null;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
}

/** Parses 'A1', 'A1:B2', 'A:A', '2:2', 'A2:B' and a sheet prefix ('Sheet1!…', "'My sheet'!…"). */
export function parseA1(a1: string): A1Ref {
  let rest = String(a1).trim();
  let sheet: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const cell = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;
  const [a, b] = rest.split(':');
  const m1 = cell.exec(a ?? '');
  const m2 = b === undefined ? m1 : cell.exec(b);
  if (!m1 || !m2 || (!m1[1] && !m1[2]) || (!m2[1] && !m2[2]) || rest.split(':').length > 2) {
    throw new Error(SHEET_ERRORS.rangeNotFound);
  }
  const col = (s: string) => (s ? lettersToColumn(s) : null);
  const row = (s: string) => (s ? Number(s) : null);
  let r1 = row(m1[2]);
  let c1 = col(m1[1]);
  let r2 = row(m2[2]);
  let c2 = col(m2[1]);
  if (r1 !== null && r2 !== null && r2 < r1) [r1, r2] = [r2, r1];
  if (c1 !== null && c2 !== null && c2 < c1) [c1, c2] = [c2, c1];
  if (r1 === 0 || r2 === 0) throw new Error(SHEET_ERRORS.rangeNotFound);
  return { sheet, r1, c1, r2, c2 };
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}

// ---------------------------------------------------------------------------------------------
// Data validation

/** SpreadsheetApp.DataValidationCriteria (values are their names, like Google's enum toString()). */
export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;
export type CriteriaType = keyof typeof DataValidationCriteria;

/** A built rule (SpreadsheetApp.DataValidation). Immutable, shared by the cells it is set on. */
export class FakeDataValidation {
  constructor(
    private readonly criteria: CriteriaType,
    private readonly values: unknown[],
    private readonly allowInvalid: boolean,
    private readonly helpText: string | null,
  ) {}
  getCriteriaType(): CriteriaType {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.withCriteria(this.criteria, this.values);
    b.setAllowInvalid(this.allowInvalid);
    if (this.helpText !== null) b.setHelpText(this.helpText);
    return b;
  }
  /** Emulator-only: whether a value passes this rule (empty always passes). */
  _accepts(v: Scalar | null, display: string): boolean {
    if (v === null || v === '') return true;
    switch (this.criteria) {
      case 'VALUE_IN_LIST':
        return (this.values[0] as unknown[]).map(String).includes(display);
      case 'CHECKBOX': {
        if (this.values.length === 0) return typeof v === 'boolean';
        return this.values.some((x) => String(x) === display);
      }
      case 'NUMBER_BETWEEN':
        return typeof v === 'number' && v >= Number(this.values[0]) && v <= Number(this.values[1]);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof v === 'number' && v >= Number(this.values[0]);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return typeof v === 'number' && v <= Number(this.values[0]);
      case 'TEXT_IS_VALID_EMAIL':
        return typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
      default:
        return true;
    }
  }
}

/**
 * A cell's Rich Text value as the add-on uses it: its text and one link over the whole text (a link on part of the
 * text, and text styles, are not modelled and refused).
 */
export class FakeRichTextValue {
  constructor(
    readonly _text: string,
    readonly _link: string | null,
  ) {}
  getText(): string {
    return this._text;
  }
  getLinkUrl(): string | null {
    return this._link;
  }
}

/** Links the emulator accepts: an https address (what the add-on sets); anything else is refused as not modelled. */
const MODELLED_LINK = /^https:\/\/[^\s]+$/;

/** SpreadsheetApp.newRichTextValue(): a builder (local, not a service call); it may be reused after build(). */
export class FakeRichTextValueBuilder {
  private text = '';
  private link: string | null = null;
  setText(text: string): this {
    if (typeof text !== 'string')
      throw new Error(SHEET_ERRORS.signature('RichTextValueBuilder.setText', typeName(text)));
    this.text = text;
    return this;
  }
  setLinkUrl(...args: unknown[]): this {
    if (args.length !== 1) throw new Error('[emulator] setLinkUrl(start, end, url) is not modelled');
    const url = args[0];
    if (url !== null && (typeof url !== 'string' || !MODELLED_LINK.test(url)))
      throw new Error(`[emulator] a link that is not an https address is not modelled: ${String(url)}`);
    this.link = url as string | null;
    return this;
  }
  setTextStyle(): this {
    throw new Error('[emulator] RichTextValueBuilder.setTextStyle is not modelled');
  }
  build(): FakeRichTextValue {
    return new FakeRichTextValue(this.text, this.link);
  }
}

/** SpreadsheetApp.ProtectionType. */
export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

/**
 * A sheet's protection as the add-on uses it: a description and warning-only (anyone may edit after confirming a
 * warning). Metadata only: nothing a script writes is refused (a script never sees the warning); editors and
 * unprotected ranges are not modelled.
 */
export class FakeProtection {
  private description = '';
  private warningOnly = false;
  constructor(
    private readonly rt: Runtime | null,
    readonly _sheet: FakeSheet,
  ) {}
  private c<T>(method: string, fn: () => T): T {
    return this.rt ? this.rt.call(`SpreadsheetApp.Protection.${method}`, COST_MODEL.trivial, fn) : fn();
  }
  setDescription(description: string): this {
    return this.c('setDescription', () => {
      this.description = String(description);
      return this;
    });
  }
  getDescription(): string {
    return this.c('getDescription', () => this.description);
  }
  setWarningOnly(warningOnly: boolean): this {
    return this.c('setWarningOnly', () => {
      this.warningOnly = Boolean(warningOnly);
      return this;
    });
  }
  isWarningOnly(): boolean {
    return this.c('isWarningOnly', () => this.warningOnly);
  }
  getProtectionType(): string {
    return this.c('getProtectionType', () => ProtectionType.SHEET);
  }
  remove(): void {
    this.c('remove', () => {
      if (this._sheet._protection === this) this._sheet._protection = null;
    });
  }
}

/** SpreadsheetApp.newDataValidation(): a builder (local, not a service call). */
export class FakeDataValidationBuilder {
  private criteria: CriteriaType | null = null;
  private values: unknown[] = [];
  // Google: "The default for a new data validation rule is true."
  private allowInvalid = true;
  private helpText: string | null = null;

  requireValueInList(values: unknown[], showDropdown = true): this {
    return this.withCriteria('VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    return this.withCriteria('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const vals =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.withCriteria('CHECKBOX', vals);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.withCriteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.withCriteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.withCriteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail(): this {
    return this.withCriteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireDate(): this {
    return this.withCriteria('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.withCriteria('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: CriteriaType | string, args: unknown[]): this {
    this.criteria = criteria as CriteriaType;
    this.values = [...args];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }
  getCriteriaType(): CriteriaType | null {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  build(): FakeDataValidation {
    if (!this.criteria)
      throw new Error('You must set a criteria type before building the data validation rule.');
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

/** Charts.ChartType values (their names). */
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

/** The `Charts` global (only the enums the add-on uses). */
export function createChartsGlobal() {
  return { ChartType: { ...ChartType } };
}

/** What the emulator records of a chart, for tests. */
export interface ChartSpec {
  chartId: number | null;
  type: string | null;
  /** Ranges as sheet-qualified A1 ('Rekap Nilai!A1:B10'). */
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export class FakeEmbeddedChart {
  constructor(
    readonly _spec: ChartSpec,
    readonly _ranges: FakeRange[],
  ) {}
  getChartId(): number | null {
    return this._spec.chartId;
  }
  getId(): string | null {
    return this._spec.chartId === null ? null : `u${this._spec.chartId}`;
  }
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
  getOptions() {
    const opts = this._spec.options;
    return { get: (k: string) => (k in opts ? opts[k] : null) };
  }
  getContainerInfo() {
    const p = this._spec.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._spec, this._ranges);
  }
}

/** sheet.newChart(): a local builder; insertChart/updateChart are the service calls. */
export class FakeEmbeddedChartBuilder {
  private spec: ChartSpec;
  private ranges: FakeRange[];
  constructor(spec?: ChartSpec, ranges?: FakeRange[]) {
    this.spec = spec
      ? { ...spec, options: { ...spec.options }, position: { ...spec.position }, ranges: [...spec.ranges] }
      : {
          chartId: null,
          type: null,
          ranges: [],
          options: {},
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
        };
    this.ranges = ranges ? [...ranges] : [];
  }
  setChartType(type: string): this {
    this.spec.type = String(type);
    return this;
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  addRange(range: FakeRange): this {
    this.ranges.push(range);
    this.spec.ranges.push(range._qualifiedA1());
    return this;
  }
  removeRange(range: FakeRange): this {
    const i = this.ranges.indexOf(range);
    if (i >= 0) {
      this.ranges.splice(i, 1);
      this.spec.ranges.splice(i, 1);
    }
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    this.spec.ranges = [];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  getChartType(): string | null {
    return this.spec.type;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.spec.options[option] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setNumHeaders(n: number): this {
    return this.setOption('numHeaders', n);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', String(position));
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  build(): FakeEmbeddedChart {
    if (!this.spec.type) throw new Error(SHEET_ERRORS.noChartType);
    return new FakeEmbeddedChart(
      { ...this.spec, options: { ...this.spec.options }, ranges: [...this.spec.ranges] },
      [...this.ranges],
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Rarely used per-cell attributes, kept apart from values and number formats so hot paths stay lean. */
interface CellExt {
  formula?: string;
  /** A link over the cell's whole text (setRichTextValues); gone when a value is written or the contents cleared. */
  link?: string;
  note?: string;
  validation?: FakeDataValidation;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  fontColor?: string;
  background?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  border?: unknown[];
}
type ExtKey = keyof CellExt;
const FORMAT_KEYS: ExtKey[] = [
  'fontWeight',
  'fontStyle',
  'fontSize',
  'fontFamily',
  'fontColor',
  'background',
  'wrap',
  'hAlign',
  'vAlign',
  'border',
];
const EXT_DEFAULTS: Partial<Record<ExtKey, unknown>> = {
  note: '',
  validation: null,
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontColor: '#000000',
  background: '#ffffff',
  wrap: true,
  hAlign: 'general',
  vAlign: 'bottom',
};

const dateFmtCache = new Map<string, boolean>();
function isDateFmt(f: string): boolean {
  let hit = dateFmtCache.get(f);
  if (hit === undefined) {
    hit = isDateFormat(f);
    dateFmtCache.set(f, hit);
  }
  return hit;
}

/** Inserts `n` empty slots at `idx` in a row-major or column array (only if the array reaches there). */
function insertSlots<T>(arr: T[], idx: number, n: number): T[] {
  if (arr.length <= idx) return arr;
  return arr.slice(0, idx).concat(new Array(n), arr.slice(idx));
}

interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  commentsOnly?: boolean;
  skipFilteredRows?: boolean;
}

type Grid2<T> = T[][];

// ---------------------------------------------------------------------------------------------
// Spreadsheet

export interface SpreadsheetOptions {
  name?: string;
  id?: string;
  /** Spreadsheet locale, default 'id_ID'. */
  locale?: string;
  /** Spreadsheet time zone, default 'Asia/Jakarta'. */
  timeZone?: string;
  /** Name of the first sheet (and the prefix of insertSheet() without a name). Default 'Sheet1'. */
  firstSheetName?: string;
  /** Runtime to count calls on; createSpreadsheetApp attaches one too. Without it nothing is counted. */
  rt?: Runtime;
}

export interface Toast {
  msg: string;
  title: string;
  timeoutSeconds: number;
  at: number;
}

let spreadsheetCounter = 0;

export class FakeSpreadsheet {
  /** Emulator-only: toasts shown, for tests. */
  readonly toasts: Toast[] = [];
  _rt: Runtime | null;
  _sheets: FakeSheet[] = [];
  _active!: FakeSheet;
  _activeRange: FakeRange | null = null;
  _name: string;
  _id: string;
  _locale: string;
  _li: LocaleInfo;
  _timeZone: string;
  private nextSheetId = 1;
  private sheetPrefix: string;

  constructor(opts: SpreadsheetOptions = {}) {
    spreadsheetCounter += 1;
    this._rt = opts.rt ?? null;
    this._name = opts.name ?? 'Untitled spreadsheet';
    this._id =
      opts.id ?? `1FakeSpreadsheet${String(spreadsheetCounter).padStart(4, '0')}xxxxxxxxxxxxxxxxxxxx`;
    this._locale = opts.locale ?? 'id_ID';
    this._li = localeInfo(this._locale);
    this._timeZone = opts.timeZone ?? 'Asia/Jakarta';
    const first = opts.firstSheetName ?? 'Sheet1';
    this.sheetPrefix = first.replace(/\d+$/, '') || 'Sheet';
    const sheet = new FakeSheet(this, first, 0);
    this._sheets.push(sheet);
    this._active = sheet;
  }

  /** Emulator-only: counts calls on `rt` from now on. */
  _attach(rt: Runtime | null): this {
    this._rt = rt;
    return this;
  }

  /** Emulator-only: one counted service call (or just the effect when no runtime is attached). */
  _call<T>(method: string, costMs: number, effect: () => T): T {
    return this._rt ? this._rt.call(method, costMs, effect) : effect();
  }

  private c<T>(method: string, costMs: number, effect: () => T): T {
    return this._call(`SpreadsheetApp.Spreadsheet.${method}`, costMs, effect);
  }

  /** Emulator-only: a sheet by name without a counted call. */
  _sheet(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }

  /**
   * Sheets made on Google's side during an execution (a form's response sheet, see emulator/forms.ts), each with
   * the start of that execution: its getSheets()/getSheetByName()/getSheetById()/getNumSheets() do not list them
   * until SpreadsheetApp.flush(); a later execution does.
   */
  private readonly pending = new Map<FakeSheet, number>();

  /** Start of the current execution. */
  private executionKey(): number {
    return this._rt ? this._rt.now - this._rt.elapsedInExecution() : Number.NaN;
  }

  /**
   * Emulator-only: hides a sheet Google made from the script's sheet lists until flush (FormApp row 29). Only
   * inside an execution (the call that made it has moved that execution's clock); outside one nothing is hidden.
   */
  _hideUntilFlush(sheet: FakeSheet): void {
    if (this._rt && this._rt.elapsedInExecution() > 0) this.pending.set(sheet, this.executionKey());
  }

  /** Emulator-only: what SpreadsheetApp.flush() does to the sheets Google made: they become visible. */
  _flushPending(): void {
    this.pending.clear();
  }

  /** The sheets the script sees now (all but those made by Google in this execution and not yet flushed). */
  private visibleSheets(): FakeSheet[] {
    if (this.pending.size === 0) return this._sheets;
    const key = this.executionKey();
    for (const [sheet, at] of this.pending) if (at !== key) this.pending.delete(sheet);
    return this._sheets.filter((s) => !this.pending.has(s));
  }

  _checkNewName(name: string, self?: FakeSheet): void {
    const lower = name.toLowerCase();
    // Sheets treats names case-insensitively when checking for duplicates.
    if (this._sheets.some((s) => s !== self && s._name.toLowerCase() === lower)) {
      throw new Error(SHEET_ERRORS.dupName(name));
    }
  }

  /** Emulator-only: the cells of every sheet's grid (what the 10-million-cell limit counts). */
  _cellCount(): number {
    let n = 0;
    for (const sh of this._sheets) n += sh._maxRows * sh._maxCols;
    return n;
  }

  /** Throws Google's error when growing the grids by `extra` cells would pass the 10-million-cell limit. */
  _checkCellLimit(extra: number): void {
    if (extra > 0 && this._cellCount() + extra > MAX_CELLS) throw new Error(SHEET_ERRORS.cellLimit);
  }

  /** Emulator-only: insert a sheet without counting (fixtures, xlsx import). */
  _insertSheet(name?: string, index?: number): FakeSheet {
    let sheetName = name;
    if (sheetName === undefined || sheetName === null) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name.toLowerCase() === `${this.sheetPrefix}${n}`.toLowerCase())) n++;
      sheetName = `${this.sheetPrefix}${n}`;
    }
    sheetName = String(sheetName);
    this._checkNewName(sheetName);
    const id = this.nextSheetId * 1_234_567 + 98_765;
    this.nextSheetId += 1;
    const sheet = new FakeSheet(this, sheetName, id);
    const at =
      index === undefined || index === null
        ? this._sheets.length
        : Math.max(0, Math.min(index, this._sheets.length));
    this._sheets.splice(at, 0, sheet);
    return sheet;
  }

  getId(): string {
    return this.c('getId', COST_MODEL.sheetLookup, () => this._id);
  }
  getName(): string {
    return this.c('getName', COST_MODEL.sheetLookup, () => this._name);
  }
  rename(name: string): void {
    this.c('rename', roundTripCost(0), () => {
      this._name = String(name);
    });
  }
  getUrl(): string {
    return this.c(
      'getUrl',
      COST_MODEL.sheetLookup,
      () => `https://docs.google.com/spreadsheets/d/${this._id}/edit`,
    );
  }
  getSpreadsheetLocale(): string {
    return this.c('getSpreadsheetLocale', COST_MODEL.sheetLookup, () => this._locale);
  }
  setSpreadsheetLocale(locale: string): void {
    this.c('setSpreadsheetLocale', roundTripCost(0), () => {
      this._locale = String(locale);
      this._li = localeInfo(this._locale);
    });
  }
  getSpreadsheetTimeZone(): string {
    return this.c('getSpreadsheetTimeZone', COST_MODEL.sheetLookup, () => this._timeZone);
  }
  setSpreadsheetTimeZone(tz: string): void {
    this.c('setSpreadsheetTimeZone', roundTripCost(0), () => {
      this._timeZone = String(tz);
    });
  }
  getSheets(): FakeSheet[] {
    return this.c('getSheets', COST_MODEL.sheetLookup, () => [...this.visibleSheets()]);
  }
  getNumSheets(): number {
    return this.c('getNumSheets', COST_MODEL.sheetLookup, () => this.visibleSheets().length);
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.c(
      'getSheetByName',
      COST_MODEL.sheetLookup,
      () => this.visibleSheets().find((s) => s._name === String(name)) ?? null,
    );
  }
  getSheetById(id: number): FakeSheet | null {
    return this.c(
      'getSheetById',
      COST_MODEL.sheetLookup,
      () => this.visibleSheets().find((s) => s._id === id) ?? null,
    );
  }
  getActiveSheet(): FakeSheet {
    return this.c('getActiveSheet', COST_MODEL.sheetLookup, () => this._active);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return this.c('setActiveSheet', COST_MODEL.sheetLookup, () => {
      this._active = sheet;
      return sheet;
    });
  }
  /**
   * Moves the active sheet to a 1-based position among the sheets [doc]. Stricter: a position that is not a whole
   * number from 1 to the number of sheets throws (Google documents only negative and too-large positions).
   */
  moveActiveSheet(pos: number): void {
    this.c('moveActiveSheet', roundTripCost(0), () => {
      if (!Number.isInteger(pos) || pos < 1 || pos > this._sheets.length)
        throw new Error(`[emulator] moveActiveSheet: position ${pos} is outside 1…${this._sheets.length}`);
      const sheet = this._active;
      const from = this._sheets.indexOf(sheet);
      if (from < 0) return;
      this._sheets.splice(from, 1);
      this._sheets.splice(pos - 1, 0, sheet);
    });
  }
  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index). The new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    return this.c('insertSheet', roundTripCost(0), () => {
      const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
      const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
      this._checkCellLimit(DEFAULT_ROWS * DEFAULT_COLS);
      const sheet = this._insertSheet(name, at);
      this._active = sheet;
      return sheet;
    });
  }
  deleteSheet(sheet: FakeSheet): void {
    this.c('deleteSheet', roundTripCost(0), () => {
      if (this._sheets.length <= 1) throw new Error(SHEET_ERRORS.lastSheet);
      const i = this._sheets.indexOf(sheet);
      if (i < 0) return;
      this._sheets.splice(i, 1);
      sheet._deleted = true;
      if (this._active === sheet) this._active = this._sheets[Math.max(0, i - 1)];
    });
  }
  /** getRange('Sheet!A1:B2'); without a sheet name, the active sheet. */
  getRange(a1: string): FakeRange {
    return this.c('getRange', COST_MODEL.sheetLookup, () => this._resolveRange(a1, this._active));
  }
  getRangeList(a1s: string[]): FakeRangeList {
    return this.c(
      'getRangeList',
      COST_MODEL.sheetLookup,
      () => new FakeRangeList(a1s.map((a) => this._resolveRange(a, this._active))),
    );
  }
  _resolveRange(a1: string, dflt: FakeSheet): FakeRange {
    const ref = parseA1(a1);
    let sheet = dflt;
    if (ref.sheet !== null) {
      const s = this._sheet(ref.sheet);
      if (!s) throw new Error(SHEET_ERRORS.rangeNotFound);
      sheet = s;
    }
    return sheet._rangeFromRef(ref);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.c('toast', COST_MODEL.sheetLookup, () => {
      this.toasts.push({
        msg: String(msg),
        title: title === undefined ? '' : String(title),
        timeoutSeconds: timeoutSeconds ?? 5,
        at: this._rt?.now ?? Date.now(),
      });
    });
  }
  getActiveRange(): FakeRange {
    return this.c('getActiveRange', COST_MODEL.sheetLookup, () => {
      if (this._activeRange && this._activeRange._sheet === this._active && !this._active._deleted) {
        return this._activeRange;
      }
      return new FakeRange(this._active, 1, 1, 1, 1);
    });
  }
  getActiveCell(): FakeRange {
    return this.c('getActiveCell', COST_MODEL.sheetLookup, () => {
      const r = this._activeRange && this._activeRange._sheet === this._active ? this._activeRange : null;
      return new FakeRange(this._active, r?._row ?? 1, r?._col ?? 1, 1, 1);
    });
  }
  setActiveRange(range: FakeRange): FakeRange {
    return this.c('setActiveRange', COST_MODEL.sheetLookup, () => this._select(range));
  }
  setActiveSelection(rangeOrA1: FakeRange | string): FakeRange {
    return this.c('setActiveSelection', COST_MODEL.sheetLookup, () =>
      this._select(typeof rangeOrA1 === 'string' ? this._resolveRange(rangeOrA1, this._active) : rangeOrA1),
    );
  }
  _select(range: FakeRange): FakeRange {
    this._active = range._sheet;
    this._activeRange = range;
    return range;
  }
  /** Emulator-only: every sheet's values as a plain object (name → 2D values up to the data range). */
  _dump(): Record<string, Scalar[][]> {
    return Object.fromEntries(this._sheets.map((s) => [s._name, s._dump()]));
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet

export class FakeSheet {
  _name: string;
  readonly _id: number;
  _maxRows = DEFAULT_ROWS;
  _maxCols = DEFAULT_COLS;
  _frozenRows = 0;
  _frozenCols = 0;
  _hidden = false;
  _tabColor: string | null = null;
  /** The sheet's protection (protect()), or null. */
  _protection: FakeProtection | null = null;
  _formUrl: string | null = null;
  _deleted = false;
  /** Values, row-major, grown lazily; null/undefined = empty. Dates are serials with a date format. */
  _vals: Grid2<Scalar | null | undefined> = [];
  /** Number formats ('' / undefined = automatic). */
  _fmts: Grid2<string | undefined> = [];
  /** Everything else (formula, note, validation, text formats). */
  _ext: Grid2<CellExt | undefined> = [];
  _colWidths: Array<number | undefined> = [];
  _rowHeights: Array<number | undefined> = [];
  /** Emulator-only: charts on this sheet. */
  _charts: FakeEmbeddedChart[] = [];
  /** Set once a rule that rejects invalid input exists here (writes are then checked). */
  _strictValidation = false;
  private nextChartId = 1;

  constructor(
    readonly _ss: FakeSpreadsheet,
    name: string,
    id: number,
  ) {
    this._name = name;
    this._id = id;
  }

  private c<T>(method: string, costMs: number, effect: () => T): T {
    return this._ss._call(`SpreadsheetApp.Sheet.${method}`, costMs, effect);
  }

  // ---- cell store (no call counting) ----

  _checkBounds(row: number, col: number, numRows: number, numCols: number): void {
    if (!Number.isFinite(row) || row < 1) throw new Error(SHEET_ERRORS.rowTooSmall);
    if (!Number.isFinite(col) || col < 1) throw new Error(SHEET_ERRORS.colTooSmall);
    if (!(numRows >= 1)) throw new Error(SHEET_ERRORS.numRows);
    if (!(numCols >= 1)) throw new Error(SHEET_ERRORS.numCols);
    if (row + numRows - 1 > this._maxRows || col + numCols - 1 > this._maxCols) {
      throw new Error(SHEET_ERRORS.outside);
    }
  }

  _rangeFromRef(ref: A1Ref): FakeRange {
    const r1 = ref.r1 ?? 1;
    const c1 = ref.c1 ?? 1;
    const r2 = ref.r2 ?? this._maxRows;
    const c2 = ref.c2 ?? this._maxCols;
    this._checkBounds(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    return new FakeRange(this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  _ensureRow<T>(grid: Grid2<T>, r: number): T[] {
    let row = grid[r];
    if (!row) {
      row = [];
      grid[r] = row;
    }
    return row;
  }

  _getExt(r: number, c: number): CellExt | undefined {
    return this._ext[r]?.[c];
  }

  _extFor(r: number, c: number): CellExt {
    const row = this._ensureRow(this._ext, r);
    let e = row[c];
    if (!e) {
      e = {};
      row[c] = e;
    }
    return e;
  }

  _fmt(r: number, c: number): string {
    return this._fmts[r]?.[c] ?? '';
  }

  /** The value getValues returns for a stored cell (0-based indices). */
  _read(r: number, c: number): unknown {
    const v = this._vals[r]?.[c];
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') {
      const f = this._fmts[r]?.[c];
      if (f && isDateFmt(f)) return serialToDate(v, this._ss._timeZone);
    }
    return v;
  }

  _display(r: number, c: number): string {
    return formatDisplay(this._vals[r]?.[c], this._fmt(r, c), this._ss._li);
  }

  /** Converts one written JS value to what the cell stores, parsing strings as typed (0-based indices). */
  _convert(v: unknown, fmt: string): { value: Scalar | null; formula?: string; format?: string } {
    if (v === null || v === undefined) return { value: null };
    const t = typeof v;
    if (t === 'number' || t === 'boolean') return { value: v as Scalar };
    if (t === 'string') {
      const s = v as string;
      if (s.length > MAX_CELL_CHARS) throw new Error(SHEET_ERRORS.tooLong);
      return parseTyped(s, this._ss._li, fmt);
    }
    if (isDate(v)) {
      const ms = (v as Date).getTime();
      if (Number.isNaN(ms)) return { value: null };
      const serial = dateToSerial(v as Date, this._ss._timeZone);
      const li = this._ss._li;
      const whole = Math.abs(serial - Math.round(serial)) < 1e-9;
      return { value: serial, format: whole ? li.dateFormat : li.dateTimeFormat };
    }
    return this._convert(String(v), fmt);
  }

  /** Writes one converted value at 0-based (r, c). */
  _store(r: number, c: number, conv: { value: Scalar | null; formula?: string; format?: string }): void {
    this._ensureRow(this._vals, r)[c] = conv.value;
    const ext = this._ext[r]?.[c];
    if (conv.formula !== undefined) this._extFor(r, c).formula = conv.formula;
    else if (ext?.formula !== undefined) delete ext.formula;
    if (ext?.link !== undefined) delete ext.link;
    if (conv.format !== undefined && !this._fmts[r]?.[c]) this._ensureRow(this._fmts, r)[c] = conv.format;
  }

  /** Writes a block of JS values at 1-based (row, col); strings parsed as typed. No counting, no shape check. */
  _writeBlock(row: number, col: number, values: unknown[][]): void {
    const r0 = row - 1;
    const c0 = col - 1;
    if (this._strictValidation) this._validateBlock(r0, c0, values);
    for (let i = 0; i < values.length; i++) {
      const src = values[i];
      const r = r0 + i;
      const frow = this._fmts[r];
      const vrow = this._ensureRow(this._vals, r);
      const erow = this._ext[r];
      for (let j = 0; j < src.length; j++) {
        const c = c0 + j;
        const v = src[j];
        const t = typeof v;
        // Hot path: numbers, booleans and blanks need no parsing.
        if (t === 'number' || t === 'boolean' || v === null || v === undefined) {
          vrow[c] = v === undefined ? null : (v as Scalar | null);
          const e = erow?.[c];
          if (e?.formula !== undefined) delete e.formula;
          if (e?.link !== undefined) delete e.link;
          continue;
        }
        this._store(r, c, this._convert(v, frow?.[c] ?? ''));
      }
    }
  }

  private _validateBlock(r0: number, c0: number, values: unknown[][]): void {
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const rule = this._ext[r0 + i]?.[c0 + j]?.validation;
        if (!rule || rule.getAllowInvalid()) continue;
        const fmt = this._fmt(r0 + i, c0 + j);
        const conv = this._convert(values[i][j], fmt);
        if (!rule._accepts(conv.value, formatDisplay(conv.value, conv.format ?? fmt, this._ss._li))) {
          throw new Error(SHEET_ERRORS.invalidData(toA1(r0 + i + 1, c0 + j + 1)));
        }
      }
    }
  }

  _lastRow(): number {
    for (let r = this._vals.length - 1; r >= 0; r--) {
      const row = this._vals[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') return r + 1;
      }
    }
    return 0;
  }

  _lastColumn(): number {
    let last = 0;
    for (const row of this._vals) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Clears parts of a block (0-based, inclusive start, exclusive end). */
  _clearBlock(r0: number, c0: number, nr: number, nc: number, opts: ClearOptions): void {
    const any = opts.contentsOnly || opts.formatOnly || opts.validationsOnly || opts.commentsOnly;
    const contents = any ? !!opts.contentsOnly : true;
    const formats = any ? !!opts.formatOnly : true;
    const validations = any ? !!opts.validationsOnly : true;
    const notes = !!opts.commentsOnly;
    for (let r = r0; r < r0 + nr; r++) {
      const vrow = this._vals[r];
      const frow = this._fmts[r];
      const erow = this._ext[r];
      for (let c = c0; c < c0 + nc; c++) {
        if (contents && vrow) vrow[c] = undefined;
        if (formats && frow) frow[c] = undefined;
        const e = erow?.[c];
        if (!e) continue;
        if (contents) {
          delete e.formula;
          delete e.link;
        }
        if (formats) for (const k of FORMAT_KEYS) delete e[k];
        if (validations) delete e.validation;
        if (notes) delete e.note;
      }
    }
  }

  _dump(): Scalar[][] {
    const nr = this._lastRow();
    const nc = this._lastColumn();
    const out: Scalar[][] = [];
    for (let r = 0; r < nr; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c < nc; c++) row.push(this._read(r, c) as Scalar);
      out.push(row);
    }
    return out;
  }

  // ---- Google's API ----

  getName(): string {
    return this.c('getName', COST_MODEL.sheetLookup, () => this._name);
  }
  setName(name: string): FakeSheet {
    return this.c('setName', roundTripCost(0), () => {
      this._ss._checkNewName(String(name), this);
      this._name = String(name);
      return this;
    });
  }
  getSheetId(): number {
    return this.c('getSheetId', COST_MODEL.sheetLookup, () => this._id);
  }
  getSheetName(): string {
    return this.c('getSheetName', COST_MODEL.sheetLookup, () => this._name);
  }
  /** 1-based position among the sheets. */
  getIndex(): number {
    return this.c('getIndex', COST_MODEL.sheetLookup, () => this._ss._sheets.indexOf(this) + 1);
  }
  getParent(): FakeSpreadsheet {
    return this.c('getParent', COST_MODEL.sheetLookup, () => this._ss);
  }
  getMaxRows(): number {
    return this.c('getMaxRows', COST_MODEL.sheetLookup, () => this._maxRows);
  }
  getMaxColumns(): number {
    return this.c('getMaxColumns', COST_MODEL.sheetLookup, () => this._maxCols);
  }
  getLastRow(): number {
    return this.c('getLastRow', COST_MODEL.sheetLookup, () => this._lastRow());
  }
  getLastColumn(): number {
    return this.c('getLastColumn', COST_MODEL.sheetLookup, () => this._lastColumn());
  }
  getDataRange(): FakeRange {
    return this.c(
      'getDataRange',
      COST_MODEL.sheetLookup,
      () => new FakeRange(this, 1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn())),
    );
  }
  /** getRange(a1) or getRange(row, column, numRows?, numColumns?). */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    return this.c('getRange', COST_MODEL.sheetLookup, () => {
      if (typeof a1OrRow === 'string') return this._ss._resolveRange(a1OrRow, this);
      const row = Number(a1OrRow);
      const col = Number(column);
      const nr = numRows === undefined ? 1 : Number(numRows);
      const nc = numColumns === undefined ? 1 : Number(numColumns);
      if (column === undefined) throw new Error(SHEET_ERRORS.signature('Sheet.getRange', 'number'));
      this._checkBounds(row, col, nr, nc);
      return new FakeRange(this, row, col, nr, nc);
    });
  }
  getRangeList(a1s: string[]): FakeRangeList {
    return this.c(
      'getRangeList',
      COST_MODEL.sheetLookup,
      () => new FakeRangeList(a1s.map((a) => this._ss._resolveRange(a, this))),
    );
  }
  /** Appends a row after the last row with content (grows the sheet if needed); strings parsed as typed. */
  appendRow(values: unknown[]): FakeSheet {
    if (!Array.isArray(values)) throw new Error(SHEET_ERRORS.signature('Sheet.appendRow', typeName(values)));
    return this.c('appendRow', roundTripCost(values.length), () => {
      const row = this._lastRow() + 1;
      const rows = Math.max(row, this._maxRows);
      const cols = Math.max(values.length, this._maxCols);
      this._ss._checkCellLimit(rows * cols - this._maxRows * this._maxCols);
      if (row > this._maxRows) this._maxRows = row;
      if (values.length > this._maxCols) this._maxCols = values.length;
      this._writeBlock(row, 1, [values]);
      return this;
    });
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.c('insertRowsAfter', roundTripCost(0), () => this._insertRows(afterPosition + 1, howMany));
  }
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.c('insertRowsBefore', roundTripCost(0), () => this._insertRows(beforePosition, howMany));
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.c('insertRows', roundTripCost(0), () => {
      this._insertRows(rowIndex, numRows);
    });
  }
  insertRowAfter(afterPosition: number): FakeSheet {
    return this.c('insertRowAfter', roundTripCost(0), () => this._insertRows(afterPosition + 1, 1));
  }
  insertRowBefore(beforePosition: number): FakeSheet {
    return this.c('insertRowBefore', roundTripCost(0), () => this._insertRows(beforePosition, 1));
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.c('insertColumnsAfter', roundTripCost(0), () => this._insertCols(afterPosition + 1, howMany));
  }
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.c('insertColumnsBefore', roundTripCost(0), () => this._insertCols(beforePosition, howMany));
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.c('insertColumns', roundTripCost(0), () => {
      this._insertCols(columnIndex, numColumns);
    });
  }
  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.c('insertColumnAfter', roundTripCost(0), () => this._insertCols(afterPosition + 1, 1));
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.c('deleteRows', roundTripCost(0), () => this._deleteRows(rowPosition, howMany));
  }
  deleteRow(rowPosition: number): FakeSheet {
    return this.c('deleteRow', roundTripCost(0), () => {
      this._deleteRows(rowPosition, 1);
      return this;
    });
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.c('deleteColumns', roundTripCost(0), () => this._deleteCols(columnPosition, howMany));
  }
  deleteColumn(columnPosition: number): FakeSheet {
    return this.c('deleteColumn', roundTripCost(0), () => {
      this._deleteCols(columnPosition, 1);
      return this;
    });
  }

  /** Inserts `n` rows so the first new one is row `at` (1-based; at = maxRows + 1 appends). */
  _insertRows(at: number, n: number): FakeSheet {
    if (!(at >= 1) || at > this._maxRows + 1) throw new Error(SHEET_ERRORS.rowsOut);
    if (!(n >= 1)) throw new Error(SHEET_ERRORS.numRows);
    this._ss._checkCellLimit(n * this._maxCols);
    const idx = at - 1;
    this._vals = insertSlots(this._vals, idx, n);
    this._fmts = insertSlots(this._fmts, idx, n);
    this._ext = insertSlots(this._ext, idx, n);
    this._rowHeights = insertSlots(this._rowHeights, idx, n);
    this._maxRows += n;
    return this;
  }

  _insertCols(at: number, n: number): FakeSheet {
    if (!(at >= 1) || at > this._maxCols + 1) throw new Error(SHEET_ERRORS.colsOut);
    if (!(n >= 1)) throw new Error(SHEET_ERRORS.numCols);
    this._ss._checkCellLimit(n * this._maxRows);
    const idx = at - 1;
    for (const grid of [this._vals, this._fmts, this._ext] as unknown[][][]) {
      for (let r = 0; r < grid.length; r++) if (grid[r]) grid[r] = insertSlots(grid[r], idx, n);
    }
    this._colWidths = insertSlots(this._colWidths, idx, n);
    this._maxCols += n;
    return this;
  }

  _deleteRows(pos: number, n: number): void {
    if (!(pos >= 1) || !(n >= 1) || pos + n - 1 > this._maxRows) throw new Error(SHEET_ERRORS.rowsOut);
    if (this._maxRows - n <= this._frozenRows) throw new Error(SHEET_ERRORS.allRows);
    for (const grid of [this._vals, this._fmts, this._ext, this._rowHeights] as unknown[][])
      grid.splice(pos - 1, n);
    this._maxRows -= n;
  }

  _deleteCols(pos: number, n: number): void {
    if (!(pos >= 1) || !(n >= 1) || pos + n - 1 > this._maxCols) throw new Error(SHEET_ERRORS.colsOut);
    if (this._maxCols - n <= this._frozenCols) throw new Error(SHEET_ERRORS.allCols);
    for (const grid of [this._vals, this._fmts, this._ext] as unknown[][][]) {
      for (const row of grid) if (row) row.splice(pos - 1, n);
    }
    this._colWidths.splice(pos - 1, n);
    this._maxCols -= n;
  }

  setFrozenRows(rows: number): void {
    this.c('setFrozenRows', roundTripCost(0), () => {
      if (rows > this._maxRows) throw new Error(SHEET_ERRORS.outside);
      this._frozenRows = Math.max(0, Math.floor(rows));
    });
  }
  getFrozenRows(): number {
    return this.c('getFrozenRows', COST_MODEL.sheetLookup, () => this._frozenRows);
  }
  setFrozenColumns(columns: number): void {
    this.c('setFrozenColumns', roundTripCost(0), () => {
      if (columns > this._maxCols) throw new Error(SHEET_ERRORS.outside);
      this._frozenCols = Math.max(0, Math.floor(columns));
    });
  }
  getFrozenColumns(): number {
    return this.c('getFrozenColumns', COST_MODEL.sheetLookup, () => this._frozenCols);
  }
  /** Clears values and formats of the whole sheet (options like Range.clear(options)). */
  clear(options?: ClearOptions): FakeSheet {
    return this.c('clear', roundTripCost(0), () => {
      const any =
        options &&
        (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
      this._clearBlock(
        0,
        0,
        this._maxRows,
        this._maxCols,
        any ? options : { contentsOnly: true, formatOnly: true },
      );
      return this;
    });
  }
  clearContents(): FakeSheet {
    return this.c('clearContents', roundTripCost(0), () => {
      this._clearBlock(0, 0, this._maxRows, this._maxCols, { contentsOnly: true });
      return this;
    });
  }
  clearFormats(): FakeSheet {
    return this.c('clearFormats', roundTripCost(0), () => {
      this._clearBlock(0, 0, this._maxRows, this._maxCols, { formatOnly: true });
      return this;
    });
  }
  clearNotes(): FakeSheet {
    return this.c('clearNotes', roundTripCost(0), () => {
      this._clearBlock(0, 0, this._maxRows, this._maxCols, { commentsOnly: true });
      return this;
    });
  }
  hideSheet(): FakeSheet {
    return this.c('hideSheet', roundTripCost(0), () => {
      if (this._ss._sheets.every((s) => s === this || s._hidden)) throw new Error(SHEET_ERRORS.hideAll);
      this._hidden = true;
      return this;
    });
  }
  showSheet(): FakeSheet {
    return this.c('showSheet', roundTripCost(0), () => {
      this._hidden = false;
      return this;
    });
  }
  isSheetHidden(): boolean {
    return this.c('isSheetHidden', COST_MODEL.sheetLookup, () => this._hidden);
  }
  /**
   * Protects the sheet (a round trip) and returns the protection to set up. Stricter: a sheet already protected
   * throws (Google's reference says the existing protection is returned; the add-on protects only a sheet it has
   * just made).
   */
  protect(): FakeProtection {
    return this.c('protect', roundTripCost(0), () => {
      if (this._protection)
        throw new Error('[emulator] protect() on a sheet already protected is not modelled');
      this._protection = new FakeProtection(this._ss._rt, this);
      return this._protection;
    });
  }
  /** The sheet's protections of a type (SHEET: its own, RANGE: none, not modelled). */
  getProtections(type: string): FakeProtection[] {
    return this.c('getProtections', COST_MODEL.sheetLookup, () =>
      type === ProtectionType.SHEET && this._protection ? [this._protection] : [],
    );
  }
  setTabColor(color: string | null): FakeSheet {
    return this.c('setTabColor', roundTripCost(0), () => {
      this._tabColor = color;
      return this;
    });
  }
  getTabColor(): string | null {
    return this.c('getTabColor', COST_MODEL.sheetLookup, () => this._tabColor);
  }
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    return this.c('autoResizeColumns', roundTripCost(0), () => {
      this._checkBounds(1, startColumn, 1, numColumns);
      for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths[c - 1] = -1;
      return this;
    });
  }
  autoResizeColumn(columnPosition: number): FakeSheet {
    return this.c('autoResizeColumn', roundTripCost(0), () => {
      this._checkBounds(1, columnPosition, 1, 1);
      this._colWidths[columnPosition - 1] = -1;
      return this;
    });
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    return this.c('setColumnWidth', roundTripCost(0), () => {
      this._checkBounds(1, columnPosition, 1, 1);
      this._colWidths[columnPosition - 1] = width;
      return this;
    });
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    return this.c('setColumnWidths', roundTripCost(0), () => {
      this._checkBounds(1, startColumn, 1, numColumns);
      for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths[c - 1] = width;
      return this;
    });
  }
  /** Width in pixels (an auto-resized column reports the default here). */
  getColumnWidth(columnPosition: number): number {
    return this.c('getColumnWidth', COST_MODEL.sheetLookup, () => {
      const w = this._colWidths[columnPosition - 1];
      return w === undefined || w < 0 ? DEFAULT_COL_WIDTH : w;
    });
  }
  setRowHeight(rowPosition: number, height: number): FakeSheet {
    return this.c('setRowHeight', roundTripCost(0), () => {
      this._checkBounds(rowPosition, 1, 1, 1);
      this._rowHeights[rowPosition - 1] = height;
      return this;
    });
  }
  /** The URL of the form whose responses land here, or null. */
  getFormUrl(): string | null {
    return this.c('getFormUrl', COST_MODEL.sheetLookup, () => this._formUrl);
  }
  /** Emulator-only: link or unlink a form (what form.setDestination does on Google). */
  _linkForm(url: string | null): void {
    this._formUrl = url;
  }
  activate(): FakeSheet {
    return this.c('activate', COST_MODEL.sheetLookup, () => {
      this._ss._active = this;
      return this;
    });
  }
  newChart(): FakeEmbeddedChartBuilder {
    return this.c('newChart', COST_MODEL.trivial, () => new FakeEmbeddedChartBuilder());
  }
  insertChart(chart: FakeEmbeddedChart): void {
    this.c('insertChart', roundTripCost(0), () => {
      const spec = chart._spec;
      const inserted = new FakeEmbeddedChart(
        { ...spec, chartId: this._id * 1000 + this.nextChartId++, options: { ...spec.options } },
        chart._ranges,
      );
      this._charts.push(inserted);
    });
  }
  getCharts(): FakeEmbeddedChart[] {
    return this.c('getCharts', COST_MODEL.sheetLookup, () => [...this._charts]);
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this.c('removeChart', roundTripCost(0), () => {
      const id = chart.getChartId();
      this._charts = this._charts.filter((c) => c !== chart && (id === null || c.getChartId() !== id));
    });
  }
  updateChart(chart: FakeEmbeddedChart): void {
    this.c('updateChart', roundTripCost(0), () => {
      const id = chart.getChartId();
      const i = this._charts.findIndex((c) => c.getChartId() === id);
      if (i < 0) throw new Error('Chart not found.');
      this._charts[i] = new FakeEmbeddedChart(
        { ...chart._spec, options: { ...chart._spec.options } },
        chart._ranges,
      );
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Range

export class FakeRange {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  private c<T>(method: string, costMs: number, effect: () => T): T {
    return this._sheet._ss._call(`SpreadsheetApp.Range.${method}`, costMs, effect);
  }

  private get cells(): number {
    return this._numRows * this._numCols;
  }

  _qualifiedA1(): string {
    const name = this._sheet._name;
    const q = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return `${q}!${toA1(this._row, this._col, this._numRows, this._numCols)}`;
  }

  /** Range still inside the grid (rows may have been deleted since it was taken). */
  private inGrid(): void {
    const s = this._sheet;
    if (this._row + this._numRows - 1 > s._maxRows || this._col + this._numCols - 1 > s._maxCols) {
      throw new Error(SHEET_ERRORS.outside);
    }
  }

  private map<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this._numRows);
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    for (let i = 0; i < this._numRows; i++) {
      const row: T[] = new Array(this._numCols);
      for (let j = 0; j < this._numCols; j++) row[j] = fn(r0 + i, c0 + j);
      out[i] = row;
    }
    return out;
  }

  private each(fn: (r: number, c: number) => void): void {
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    for (let i = 0; i < this._numRows; i++) for (let j = 0; j < this._numCols; j++) fn(r0 + i, c0 + j);
  }

  private checkGrid(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) {
      throw new Error(SHEET_ERRORS.signature(`Range.${method}`, typeName(data)));
    }
    if (data.length !== this._numRows) throw new Error(SHEET_ERRORS.rowsMismatch(data.length, this._numRows));
    for (const row of data) {
      if (!Array.isArray(row)) throw new Error(SHEET_ERRORS.signature(`Range.${method}`, 'Object[]'));
      if (row.length !== this._numCols) throw new Error(SHEET_ERRORS.colsMismatch(row.length, this._numCols));
    }
    return data as unknown[][];
  }

  // ---- coordinates (local getters: a trivial cost) ----

  getRow(): number {
    return this.c('getRow', COST_MODEL.trivial, () => this._row);
  }
  getColumn(): number {
    return this.c('getColumn', COST_MODEL.trivial, () => this._col);
  }
  getNumRows(): number {
    return this.c('getNumRows', COST_MODEL.trivial, () => this._numRows);
  }
  getNumColumns(): number {
    return this.c('getNumColumns', COST_MODEL.trivial, () => this._numCols);
  }
  getHeight(): number {
    return this.c('getHeight', COST_MODEL.trivial, () => this._numRows);
  }
  getWidth(): number {
    return this.c('getWidth', COST_MODEL.trivial, () => this._numCols);
  }
  /** The end row of the range (not of the data). */
  getLastRow(): number {
    return this.c('getLastRow', COST_MODEL.trivial, () => this._row + this._numRows - 1);
  }
  getLastColumn(): number {
    return this.c('getLastColumn', COST_MODEL.trivial, () => this._col + this._numCols - 1);
  }
  getA1Notation(): string {
    return this.c('getA1Notation', COST_MODEL.trivial, () =>
      toA1(this._row, this._col, this._numRows, this._numCols),
    );
  }
  getSheet(): FakeSheet {
    return this.c('getSheet', COST_MODEL.trivial, () => this._sheet);
  }
  getGridId(): number {
    return this.c('getGridId', COST_MODEL.trivial, () => this._sheet._id);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.c('offset', COST_MODEL.trivial, () => {
      const r = this._row + rowOffset;
      const col = this._col + columnOffset;
      const nr = numRows ?? this._numRows;
      const nc = numColumns ?? this._numCols;
      this._sheet._checkBounds(r, col, nr, nc);
      return new FakeRange(this._sheet, r, col, nr, nc);
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.c('getCell', COST_MODEL.trivial, () => {
      if (row < 1 || column < 1 || row > this._numRows || column > this._numCols)
        throw new Error(SHEET_ERRORS.outside);
      return new FakeRange(this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
    });
  }
  activate(): FakeRange {
    return this.c('activate', COST_MODEL.sheetLookup, () => this._sheet._ss._select(this));
  }

  // ---- values ----

  getValues(): unknown[][] {
    return this.c('getValues', roundTripCost(this.cells), () => {
      this.inGrid();
      const s = this._sheet;
      const tz = s._ss._timeZone;
      const out: unknown[][] = new Array(this._numRows);
      const c0 = this._col - 1;
      for (let i = 0; i < this._numRows; i++) {
        const r = this._row - 1 + i;
        const vrow = s._vals[r];
        const frow = s._fmts[r];
        const row: unknown[] = new Array(this._numCols);
        for (let j = 0; j < this._numCols; j++) {
          const v = vrow?.[c0 + j];
          if (v === null || v === undefined) row[j] = '';
          else if (typeof v === 'number') {
            const f = frow?.[c0 + j];
            row[j] = f && isDateFmt(f) ? serialToDate(v, tz) : v;
          } else row[j] = v;
        }
        out[i] = row;
      }
      return out;
    });
  }
  getValue(): unknown {
    return this.c('getValue', roundTripCost(1), () => {
      this.inGrid();
      return this._sheet._read(this._row - 1, this._col - 1);
    });
  }
  getDisplayValues(): string[][] {
    return this.c('getDisplayValues', roundTripCost(this.cells), () => {
      this.inGrid();
      return this.map((r, c) => this._sheet._display(r, c));
    });
  }
  getDisplayValue(): string {
    return this.c('getDisplayValue', roundTripCost(1), () =>
      this._sheet._display(this._row - 1, this._col - 1),
    );
  }
  /** Exactly the range's shape; strings are parsed as if typed (see values.ts parseTyped). */
  setValues(values: unknown[][]): FakeRange {
    return this.c('setValues', roundTripCost(this.cells), () => {
      this.inGrid();
      this._sheet._writeBlock(this._row, this._col, this.checkGrid('setValues', values));
      return this;
    });
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): FakeRange {
    return this.c('setValue', roundTripCost(this.cells), () => {
      this.inGrid();
      const row = new Array(this._numCols).fill(value);
      this._sheet._writeBlock(
        this._row,
        this._col,
        Array.from({ length: this._numRows }, () => row),
      );
      return this;
    });
  }
  isBlank(): boolean {
    return this.c('isBlank', roundTripCost(this.cells), () => {
      let blank = true;
      this.each((r, c) => {
        const v = this._sheet._vals[r]?.[c];
        if (v !== null && v !== undefined && v !== '') blank = false;
      });
      return blank;
    });
  }
  /**
   * Writes each cell's text as if typed (stricter than Google, which may keep it as text: the add-on writes only
   * text that cannot be read as anything else) and its link; one round trip.
   */
  setRichTextValues(values: unknown[][]): FakeRange {
    return this.c('setRichTextValues', roundTripCost(this.cells), () => {
      this.inGrid();
      const g = this.checkGrid('setRichTextValues', values);
      for (const row of g)
        for (const v of row)
          if (!(v instanceof FakeRichTextValue))
            throw new Error(SHEET_ERRORS.signature('Range.setRichTextValues', typeName(v)));
      const r0 = this._row - 1;
      const c0 = this._col - 1;
      this._sheet._writeBlock(
        this._row,
        this._col,
        g.map((row) => row.map((v) => (v as FakeRichTextValue)._text)),
      );
      this.each((r, c) => {
        const link = (g[r - r0][c - c0] as FakeRichTextValue)._link;
        if (link !== null) this._sheet._extFor(r, c).link = link;
      });
      return this;
    });
  }
  setRichTextValue(value: unknown): FakeRange {
    return this.setRichTextValues(
      Array.from({ length: this._numRows }, () => new Array(this._numCols).fill(value)),
    );
  }
  /** Each cell's Rich Text value: its shown text and link; null for a cell that does not hold text [doc]. */
  getRichTextValues(): Array<Array<FakeRichTextValue | null>> {
    return this.c('getRichTextValues', roundTripCost(this.cells), () =>
      this.map((r, c) => {
        const v = this._sheet._vals[r]?.[c];
        if (v !== null && v !== undefined && v !== '' && typeof v !== 'string') return null;
        return new FakeRichTextValue(typeof v === 'string' ? v : '', this._sheet._getExt(r, c)?.link ?? null);
      }),
    );
  }
  getRichTextValue(): FakeRichTextValue | null {
    return this.c('getRichTextValue', roundTripCost(1), () => {
      const v = this._sheet._vals[this._row - 1]?.[this._col - 1];
      if (v !== null && v !== undefined && v !== '' && typeof v !== 'string') return null;
      return new FakeRichTextValue(
        typeof v === 'string' ? v : '',
        this._sheet._getExt(this._row - 1, this._col - 1)?.link ?? null,
      );
    });
  }
  getFormulas(): string[][] {
    return this.c('getFormulas', roundTripCost(this.cells), () =>
      this.map((r, c) => this._sheet._getExt(r, c)?.formula ?? ''),
    );
  }
  getFormula(): string {
    return this.c(
      'getFormula',
      roundTripCost(1),
      () => this._sheet._getExt(this._row - 1, this._col - 1)?.formula ?? '',
    );
  }
  setFormula(formula: string): FakeRange {
    return this.c('setFormula', roundTripCost(this.cells), () => {
      const f = String(formula);
      if (f.length > MAX_CELL_CHARS) throw new Error(SHEET_ERRORS.tooLong);
      this.each((r, c) =>
        this._sheet._store(
          r,
          c,
          f.startsWith('=') ? { value: FORMULA_VALUE, formula: f } : this._sheet._convert(f, ''),
        ),
      );
      return this;
    });
  }
  setFormulas(formulas: string[][]): FakeRange {
    return this.c('setFormulas', roundTripCost(this.cells), () => {
      const g = this.checkGrid('setFormulas', formulas);
      const r0 = this._row - 1;
      const c0 = this._col - 1;
      this.each((r, c) => {
        const f = String(g[r - r0][c - c0] ?? '');
        this._sheet._store(
          r,
          c,
          f.startsWith('=') ? { value: FORMULA_VALUE, formula: f } : this._sheet._convert(f, ''),
        );
      });
      return this;
    });
  }

  // ---- number formats ----

  getNumberFormats(): string[][] {
    return this.c('getNumberFormats', roundTripCost(this.cells), () =>
      this.map((r, c) => this._sheet._fmt(r, c) || this.defaultFormat(r, c)),
    );
  }
  getNumberFormat(): string {
    return this.c('getNumberFormat', roundTripCost(1), () => {
      const r = this._row - 1;
      const c = this._col - 1;
      return this._sheet._fmt(r, c) || this.defaultFormat(r, c);
    });
  }
  /** Google reports automatic format as '0.###############' for numbers and 'General' elsewhere [unsure]. */
  private defaultFormat(r: number, c: number): string {
    return typeof this._sheet._vals[r]?.[c] === 'number' ? '0.###############' : 'General';
  }
  setNumberFormat(format: string): FakeRange {
    return this.c('setNumberFormat', roundTripCost(this.cells), () => {
      const f = String(format);
      this.each((r, c) => {
        this._sheet._ensureRow(this._sheet._fmts, r)[c] = f === 'General' ? undefined : f;
      });
      return this;
    });
  }
  setNumberFormats(formats: string[][]): FakeRange {
    return this.c('setNumberFormats', roundTripCost(this.cells), () => {
      const g = this.checkGrid('setNumberFormats', formats);
      const r0 = this._row - 1;
      const c0 = this._col - 1;
      this.each((r, c) => {
        const f = String(g[r - r0][c - c0] ?? '');
        this._sheet._ensureRow(this._sheet._fmts, r)[c] = f === 'General' || f === '' ? undefined : f;
      });
      return this;
    });
  }

  // ---- generic per-cell attributes (notes, text formats) ----

  private readExt<T>(method: string, key: ExtKey): T[][] {
    return this.c(method, roundTripCost(this.cells), () =>
      this.map((r, c) => (this._sheet._getExt(r, c)?.[key] ?? EXT_DEFAULTS[key] ?? null) as T),
    );
  }
  private readExt1<T>(method: string, key: ExtKey): T {
    return this.c(
      method,
      roundTripCost(1),
      () => (this._sheet._getExt(this._row - 1, this._col - 1)?.[key] ?? EXT_DEFAULTS[key] ?? null) as T,
    );
  }
  private writeExt(method: string, key: ExtKey, value: unknown): FakeRange {
    return this.c(method, roundTripCost(this.cells), () => {
      this.each((r, c) => this.setExt(r, c, key, value));
      return this;
    });
  }
  private writeExtGrid(method: string, key: ExtKey, grid: unknown[][]): FakeRange {
    return this.c(method, roundTripCost(this.cells), () => {
      const g = this.checkGrid(method, grid);
      const r0 = this._row - 1;
      const c0 = this._col - 1;
      this.each((r, c) => this.setExt(r, c, key, g[r - r0][c - c0]));
      return this;
    });
  }
  private setExt(r: number, c: number, key: ExtKey, value: unknown): void {
    if (value === null || value === undefined || (key === 'note' && value === '')) {
      const e = this._sheet._getExt(r, c);
      if (e) delete e[key];
      return;
    }
    if (key === 'note') {
      const s = String(value);
      if (s.length > MAX_CELL_CHARS) throw new Error(SHEET_ERRORS.tooLong);
      this._sheet._extFor(r, c).note = s;
      return;
    }
    (this._sheet._extFor(r, c) as Record<string, unknown>)[key] = value;
  }

  getNote(): string {
    return this.readExt1('getNote', 'note');
  }
  getNotes(): string[][] {
    return this.readExt('getNotes', 'note');
  }
  setNote(note: string | null): FakeRange {
    return this.writeExt('setNote', 'note', note);
  }
  setNotes(notes: Array<Array<string | null>>): FakeRange {
    return this.writeExtGrid('setNotes', 'note', notes);
  }
  clearNote(): FakeRange {
    return this.writeExt('clearNote', 'note', null);
  }
  getFontWeight(): string {
    return this.readExt1('getFontWeight', 'fontWeight');
  }
  getFontWeights(): string[][] {
    return this.readExt('getFontWeights', 'fontWeight');
  }
  setFontWeight(weight: string | null): FakeRange {
    return this.writeExt('setFontWeight', 'fontWeight', weight === 'normal' ? null : weight);
  }
  setFontWeights(weights: Array<Array<string | null>>): FakeRange {
    return this.writeExtGrid('setFontWeights', 'fontWeight', weights);
  }
  setFontStyle(style: string | null): FakeRange {
    return this.writeExt('setFontStyle', 'fontStyle', style);
  }
  setFontSize(size: number): FakeRange {
    return this.writeExt('setFontSize', 'fontSize', size);
  }
  setFontFamily(family: string | null): FakeRange {
    return this.writeExt('setFontFamily', 'fontFamily', family);
  }
  getFontColor(): string {
    return this.readExt1('getFontColor', 'fontColor');
  }
  setFontColor(color: string | null): FakeRange {
    return this.writeExt('setFontColor', 'fontColor', color);
  }
  getBackground(): string {
    return this.readExt1('getBackground', 'background');
  }
  getBackgrounds(): string[][] {
    return this.readExt('getBackgrounds', 'background');
  }
  setBackground(color: string | null): FakeRange {
    return this.writeExt('setBackground', 'background', color);
  }
  setBackgrounds(colors: Array<Array<string | null>>): FakeRange {
    return this.writeExtGrid('setBackgrounds', 'background', colors);
  }
  getWrap(): boolean {
    return this.readExt1('getWrap', 'wrap');
  }
  setWrap(wrap: boolean): FakeRange {
    return this.writeExt('setWrap', 'wrap', Boolean(wrap));
  }
  setWraps(wraps: boolean[][]): FakeRange {
    return this.writeExtGrid('setWraps', 'wrap', wraps);
  }
  getHorizontalAlignment(): string {
    return this.readExt1('getHorizontalAlignment', 'hAlign');
  }
  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this.writeExt('setHorizontalAlignment', 'hAlign', alignment);
  }
  setVerticalAlignment(alignment: string | null): FakeRange {
    return this.writeExt('setVerticalAlignment', 'vAlign', alignment);
  }
  setBorder(...args: unknown[]): FakeRange {
    return this.writeExt('setBorder', 'border', args);
  }

  // ---- data validation and checkboxes ----

  getDataValidation(): FakeDataValidation | null {
    return this.readExt1('getDataValidation', 'validation');
  }
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    return this.readExt('getDataValidations', 'validation');
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    if (rule && !rule.getAllowInvalid()) this._sheet._strictValidation = true;
    return this.writeExt('setDataValidation', 'validation', rule);
  }
  setDataValidations(rules: Array<Array<FakeDataValidation | null>>): FakeRange {
    if (rules.some((row) => row?.some((r) => r && !r.getAllowInvalid())))
      this._sheet._strictValidation = true;
    return this.writeExtGrid('setDataValidations', 'validation', rules);
  }
  clearDataValidations(): FakeRange {
    return this.writeExt('clearDataValidations', 'validation', null);
  }
  /**
   * Checkbox validation on every cell; blank cells become FALSE, other values stay (shown as invalid)
   * [doc: "configured with true for checked and false for unchecked"; values kept: comm/unsure].
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): FakeRange {
    return this.c('insertCheckboxes', roundTripCost(this.cells), () => {
      const b = new FakeDataValidationBuilder().requireCheckbox(checkedValue, uncheckedValue);
      const rule = b.build();
      const unchecked =
        checkedValue === undefined ? false : uncheckedValue === undefined ? null : uncheckedValue;
      this.each((r, c) => {
        this.setExt(r, c, 'validation', rule);
        const v = this._sheet._vals[r]?.[c];
        if ((v === null || v === undefined) && unchecked !== null) {
          this._sheet._store(r, c, this._sheet._convert(unchecked, this._sheet._fmt(r, c)));
        }
      });
      return this;
    });
  }
  /** Removes checkbox rules; a cell holding the checked or unchecked value is cleared [doc]. */
  removeCheckboxes(): FakeRange {
    return this.c('removeCheckboxes', roundTripCost(this.cells), () => {
      this.each((r, c) => {
        const e = this._sheet._getExt(r, c);
        const rule = e?.validation;
        if (!e || !rule || rule.getCriteriaType() !== 'CHECKBOX') return;
        delete e.validation;
        const v = this._sheet._vals[r]?.[c];
        const vals = rule.getCriteriaValues();
        const states = vals.length === 0 ? [true, false] : vals.length === 1 ? [vals[0], ''] : vals;
        if (states.some((s) => s === v || String(s) === String(v))) this._sheet._vals[r][c] = undefined;
      });
      return this;
    });
  }
  check(): FakeRange {
    return this.setCheckState('check', true);
  }
  uncheck(): FakeRange {
    return this.setCheckState('uncheck', false);
  }
  private setCheckState(method: string, on: boolean): FakeRange {
    return this.c(method, roundTripCost(this.cells), () => {
      this.each((r, c) => {
        const rule = this._sheet._getExt(r, c)?.validation;
        if (rule?.getCriteriaType() !== 'CHECKBOX') return;
        const vals = rule.getCriteriaValues();
        const v = vals.length === 0 ? on : on ? vals[0] : (vals[1] ?? '');
        this._sheet._store(r, c, this._sheet._convert(v, this._sheet._fmt(r, c)));
      });
      return this;
    });
  }
  isChecked(): boolean | null {
    return this.c('isChecked', roundTripCost(this.cells), () => {
      let all: boolean | null = null;
      this.each((r, c) => {
        const rule = this._sheet._getExt(r, c)?.validation;
        if (rule?.getCriteriaType() !== 'CHECKBOX') return;
        const vals = rule.getCriteriaValues();
        const v = this._sheet._vals[r]?.[c];
        const checked = vals.length === 0 ? v === true : String(v) === String(vals[0]);
        all = all === null ? checked : all === checked ? all : null;
      });
      return all;
    });
  }

  // ---- clearing ----

  /** Clears contents, formats and data validation rules [doc]; with options only what they name. */
  clear(options?: ClearOptions): FakeRange {
    return this.c('clear', roundTripCost(this.cells), () => {
      this._sheet._clearBlock(this._row - 1, this._col - 1, this._numRows, this._numCols, options ?? {});
      return this;
    });
  }
  clearContent(): FakeRange {
    return this.c('clearContent', roundTripCost(this.cells), () => {
      this._sheet._clearBlock(this._row - 1, this._col - 1, this._numRows, this._numCols, {
        contentsOnly: true,
      });
      return this;
    });
  }
  clearFormat(): FakeRange {
    return this.c('clearFormat', roundTripCost(this.cells), () => {
      this._sheet._clearBlock(this._row - 1, this._col - 1, this._numRows, this._numCols, {
        formatOnly: true,
      });
      return this;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// RangeList: one call applies to every range.

export class FakeRangeList {
  constructor(readonly _ranges: FakeRange[]) {}
  private c(method: string, fn: (r: FakeRange) => void): FakeRangeList {
    const cells = this._ranges.reduce((n, r) => n + r._numRows * r._numCols, 0);
    const ss = this._ranges[0]?._sheet._ss;
    const run = () => {
      // The per-range work is not counted again: the list is one call.
      const saved = ss?._rt ?? null;
      ss?._attach(null);
      try {
        for (const r of this._ranges) fn(r);
      } finally {
        ss?._attach(saved);
      }
      return this;
    };
    return ss ? ss._call(`SpreadsheetApp.RangeList.${method}`, roundTripCost(cells), run) : run();
  }
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
  setNumberFormat(format: string): FakeRangeList {
    return this.c('setNumberFormat', (r) => r.setNumberFormat(format));
  }
  setValue(value: unknown): FakeRangeList {
    return this.c('setValue', (r) => r.setValue(value));
  }
  setFontWeight(weight: string | null): FakeRangeList {
    return this.c('setFontWeight', (r) => r.setFontWeight(weight));
  }
  setBackground(color: string | null): FakeRangeList {
    return this.c('setBackground', (r) => r.setBackground(color));
  }
  setFontColor(color: string | null): FakeRangeList {
    return this.c('setFontColor', (r) => r.setFontColor(color));
  }
  setWrap(wrap: boolean): FakeRangeList {
    return this.c('setWrap', (r) => r.setWrap(wrap));
  }
  setHorizontalAlignment(a: string | null): FakeRangeList {
    return this.c('setHorizontalAlignment', (r) => r.setHorizontalAlignment(a));
  }
  setNote(note: string | null): FakeRangeList {
    return this.c('setNote', (r) => r.setNote(note));
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRangeList {
    return this.c('setDataValidation', (r) => r.setDataValidation(rule));
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): FakeRangeList {
    return this.c('insertCheckboxes', (r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }
  removeCheckboxes(): FakeRangeList {
    return this.c('removeCheckboxes', (r) => r.removeCheckboxes());
  }
  clear(options?: ClearOptions): FakeRangeList {
    return this.c('clear', (r) => r.clear(options));
  }
  clearContent(): FakeRangeList {
    return this.c('clearContent', (r) => r.clearContent());
  }
  clearFormat(): FakeRangeList {
    return this.c('clearFormat', (r) => r.clearFormat());
  }
  clearDataValidations(): FakeRangeList {
    return this.c('clearDataValidations', (r) => r.clearDataValidations());
  }
  activate(): FakeRangeList {
    return this.c('activate', (r) => r.activate());
  }
}

// ---------------------------------------------------------------------------------------------
// The SpreadsheetApp global

/** Enums of SpreadsheetApp the add-on may touch (values are their names). */
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;

/** Builds the `SpreadsheetApp` global for a script bound to `active`; `ui` is what getUi() returns. */
export function createSpreadsheetApp(rt: Runtime, active: FakeSpreadsheet, ui: unknown) {
  active._attach(rt);
  return {
    getActiveSpreadsheet: (): FakeSpreadsheet =>
      rt.call('SpreadsheetApp.getActiveSpreadsheet', COST_MODEL.sheetLookup, () => active),
    getActive: (): FakeSpreadsheet =>
      rt.call('SpreadsheetApp.getActive', COST_MODEL.sheetLookup, () => active),
    getActiveSheet: (): FakeSheet =>
      rt.call('SpreadsheetApp.getActiveSheet', COST_MODEL.sheetLookup, () => active._active),
    getActiveRange: (): FakeRange =>
      rt.call('SpreadsheetApp.getActiveRange', COST_MODEL.sheetLookup, () => {
        active._attach(null);
        try {
          return active.getActiveRange();
        } finally {
          active._attach(rt);
        }
      }),
    setActiveSheet: (sheet: FakeSheet): FakeSheet =>
      rt.call('SpreadsheetApp.setActiveSheet', COST_MODEL.sheetLookup, () => {
        active._active = sheet;
        return sheet;
      }),
    getUi: (): unknown => rt.call('SpreadsheetApp.getUi', COST_MODEL.trivial, () => ui),
    flush: (): void => rt.call('SpreadsheetApp.flush', COST_MODEL.sheetLookup, () => active._flushPending()),
    newRichTextValue: (): FakeRichTextValueBuilder =>
      rt.call('SpreadsheetApp.newRichTextValue', COST_MODEL.trivial, () => new FakeRichTextValueBuilder()),
    newDataValidation: (): FakeDataValidationBuilder =>
      rt.call('SpreadsheetApp.newDataValidation', COST_MODEL.trivial, () => new FakeDataValidationBuilder()),
    DataValidationCriteria: { ...DataValidationCriteria },
    BorderStyle: { ...BorderStyle },
    ProtectionType: { ...ProtectionType },
    WrapStrategy: { ...WrapStrategy },
    Dimension: { ...Dimension },
  };
}

export type FakeSpreadsheetApp = ReturnType<typeof createSpreadsheetApp>;
