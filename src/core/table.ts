// The one table module: reads a sheet's rows by key at the detected header (src/core/layout.ts), and models a
// ledger (rows by key, changed in memory) and an output (records by key) as the plain data the writer needs.

import { detectLayout, isBlankCell } from './layout';
import { headerKey, type Problems } from './problems';
import {
  type ColumnDef,
  type OutputDef,
  type OutputKey,
  type OutputRecord,
  SHEETS,
  type SheetDef,
} from './schema';

/** One data row: its 1-based sheet row and the raw cell values by field key ('' when the column is absent). */
export interface TableRow {
  row: number;
  cells: Record<string, unknown>;
}

export interface Table {
  sheet: string;
  /** 1-based row of the header, 0 when no header was found. */
  headerRow: number;
  /** Field key → 0-based column index, for the columns present. */
  columns: Map<string, number>;
  /** Canonical headers missing from the sheet (required or not). */
  missing: ColumnDef[];
  rows: TableRow[];
}

const isBlank = isBlankCell;
/** An unticked checkbox alone does not make a row (checkbox columns hold FALSE on every row). */
const isEmptyCell = (v: unknown) => v === false || isBlank(v);

/**
 * Reads a sheet's values (one getValues result) as a table, at the header the layout detector finds. A header that
 * cannot be found is an Error (the sheet is not read); missing required columns are Errors; duplicate headers and a
 * second header-like row are Peringatan.
 */
export function readTable(values: readonly (readonly unknown[])[], def: SheetDef, problems: Problems): Table {
  const layout = detectLayout(values, def);
  const table: Table = { sheet: def.name, headerRow: 0, columns: new Map(), missing: [], rows: [] };
  if (layout.status !== 'found') {
    table.missing = [...def.columns];
    if (layout.status === 'notFound') {
      problems.add(
        'header.notFound',
        { sheet: def.name, row: 1, column: '' },
        { sheet: def.name, required: def.columns.filter((c) => c.required).map((c) => c.header) },
      );
    }
    return table;
  }
  table.headerRow = layout.headerRow;
  table.columns = layout.columns;
  if (layout.rival) {
    problems.add(
      'header.rival',
      { sheet: def.name, row: layout.rival, column: '' },
      { sheet: def.name, rival: layout.rival, used: layout.headerRow },
    );
  }
  const byKey = new Map<string, ColumnDef>(def.columns.map((c) => [c.key, c]));
  for (const d of layout.duplicates) {
    const c = byKey.get(d.key) as ColumnDef;
    problems.add(
      'header.duplicate',
      { sheet: def.name, row: table.headerRow, column: d.text },
      { header: c.header },
    );
  }
  table.missing = def.columns.filter((c) => !table.columns.has(c.key));
  for (const c of table.missing) {
    if (c.required) {
      problems.add(
        'header.missing',
        { sheet: def.name, row: table.headerRow, column: c.header },
        { sheet: def.name, header: c.header },
      );
    }
  }
  notePlaces(values, def, table, problems);
  const indices = [...table.columns.values()];
  const View = rowView(def, table.columns);
  for (let r = layout.headerRow; r < values.length; r++) {
    const src = values[r];
    let blank = true;
    for (const i of indices) {
      if (i < src.length && !isEmptyCell(src[i])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    table.rows.push({ row: r + 1, cells: new View(src) });
  }
  return table;
}

/**
 * Tells `problems` how the sheet was read: each column by its contract header and by its header as written, and
 * the training of each row (its Kode Kegiatan; in Kegiatan the row's own code), read only when a problem asks.
 */
function notePlaces(
  values: readonly (readonly unknown[])[],
  def: SheetDef,
  table: Table,
  problems: Problems,
): void {
  const columns = new Map<string, number>();
  const written = values[table.headerRow - 1] ?? [];
  for (const c of def.columns) {
    const i = table.columns.get(c.key);
    if (i === undefined) continue;
    columns.set(headerKey(c.header), i);
    if (typeof written[i] === 'string' && written[i]) columns.set(headerKey(written[i] as string), i);
  }
  const at = table.columns.get(def.name === SHEETS.trainings.name ? 'code' : 'trainingCode');
  problems.noteSheet(def.name, {
    columns,
    trainingAt:
      at === undefined
        ? undefined
        : (row) => {
            const v = row > table.headerRow ? values[row - 1]?.[at] : undefined;
            return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined;
          },
  });
}

/**
 * A row's cells by field key, read through from the sheet's own row array (no copy per row: a large sheet is
 * 100,000 rows): one getter per field on a per-table prototype; an absent column reads as ''.
 */
function rowView(
  def: SheetDef,
  columns: ReadonlyMap<string, number>,
): new (
  v: readonly unknown[],
) => Record<string, unknown> {
  class View {
    constructor(readonly v: readonly unknown[]) {}
  }
  for (const c of def.columns) {
    const i = columns.get(c.key);
    Object.defineProperty(View.prototype, c.key, {
      enumerable: true,
      get:
        i === undefined
          ? () => ''
          : function (this: View) {
              const x = this.v[i];
              return x === undefined ? '' : x;
            },
    });
  }
  return View as unknown as new (
    v: readonly unknown[],
  ) => Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------
// Ledgers: sheets the add-on keeps across runs, where a person may add rows and columns of their own.

/** One ledger row: its 1-based sheet row and its values by key (the add-on's columns only). */
export interface LedgerEntry {
  sheetRow: number;
  cells: Record<string, unknown>;
}

/**
 * A ledger read at its detected header and changed in memory. The add-on's columns are found by header (a missing
 * one is placed after every used column of the header row); every other column is the person's and never written.
 */
export interface Ledger {
  def: SheetDef;
  /** 1-based header row (1 for a ledger still empty). */
  headerRow: number;
  /** Key → 0-based column, for every column of the definition. */
  columns: Map<string, number>;
  /** Headers the writer must add to the header row (missing columns), by key. */
  addHeaders: string[];
  /** Set when the sheet holds values but no header could be found, or a guard refused it: nothing may be written. */
  blocked: boolean;
  /** Why a guarded ledger was refused (null otherwise, and when no header was found at all). */
  refusal: LedgerRefusal | null;
  /** Keys whose renamed column was recognised by its values: their canonical header is written back. */
  renamed: string[];
  /** Every sheet row below the header, in order (blank ones too: the block is written back whole). */
  all: LedgerEntry[];
  /** The rows holding a value in one of the add-on's columns, in sheet order, then those appended. */
  rows: LedgerEntry[];
  changed: boolean;
}

/**
 * What a ledger whose rows record issued things (the `Sertifikat` ledger) must not lose to an ordinary edit: the
 * columns that may not be re-added empty next to rows already there (a renamed or deleted header would otherwise
 * get a fresh column and the rows would read as new), how a renamed column is recognised by its values, and how a
 * data row taken for the header (the header row deleted) is recognised.
 */
export interface LedgerGuard {
  keep: readonly string[];
  /** Every value under a renamed header is clearly this key's: the column is taken back (its header rewritten). */
  recognise?: Readonly<Partial<Record<string, (v: unknown) => boolean>>>;
  /** A row that is a record, not a header. */
  isRecord?: (row: readonly unknown[]) => boolean;
}

/** Why a guarded ledger is not read or written: the header row and the missing headers, or a deleted header row. */
export interface LedgerRefusal {
  headerRow: number;
  /** Canonical headers missing while rows are there. */
  missing: string[];
  /** The row found as the header holds a record: the header row was deleted (or moved below the records). */
  headerIsRecord: boolean;
}

/** Reads a ledger from its sheet's values (null or [] when the sheet is missing or empty). */
export function openLedger(
  values: readonly (readonly unknown[])[] | null,
  def: SheetDef,
  guard: LedgerGuard | null = null,
): Ledger {
  const v = values ?? [];
  const layout = detectLayout(v, def);
  const headerRow = layout.status === 'found' ? layout.headerRow : 1;
  const columns = new Map(layout.columns);
  const refusal = guard && layout.status === 'found' ? guardLayout(v, def, layout, columns, guard) : null;
  const blocked = layout.status === 'notFound' || refusal !== null;
  const renamed = [...columns.keys()].filter((k) => !layout.columns.has(k));
  const addHeaders: string[] = [...renamed];
  let next = layout.status === 'found' ? layout.width : 0;
  for (const c of def.columns) {
    if (columns.has(c.key)) continue;
    columns.set(c.key, next++);
    addHeaders.push(c.key);
  }
  const ledger: Ledger = {
    def,
    headerRow,
    columns,
    addHeaders: blocked ? [] : addHeaders,
    renamed: blocked ? [] : renamed,
    blocked,
    refusal,
    all: [],
    rows: [],
    changed: !blocked && addHeaders.length > 0,
  };
  if (blocked) return ledger;
  const own = [...columns];
  for (let r = headerRow; r < v.length; r++) {
    const src = v[r];
    const cells: Record<string, unknown> = {};
    let blank = true;
    for (const [k, i] of own) {
      const x = i < src.length ? src[i] : '';
      cells[k] = x === undefined || x === null ? '' : x;
      if (blank && !isEmptyCell(x)) blank = false;
    }
    const entry = { sheetRow: r + 1, cells };
    ledger.all.push(entry);
    if (!blank) ledger.rows.push(entry);
  }
  return ledger;
}

/**
 * A guarded ledger's header against its rows: a kept column missing while rows are below the header is taken back
 * when one unnamed column's values are clearly it (added to `columns`), else refused; a header that is a record is
 * refused. Null when the ledger may be read and written.
 */
function guardLayout(
  v: readonly (readonly unknown[])[],
  def: SheetDef,
  layout: ReturnType<typeof detectLayout>,
  columns: Map<string, number>,
  guard: LedgerGuard,
): LedgerRefusal | null {
  const header = v[layout.headerRow - 1] ?? [];
  if (guard.isRecord?.(header)) return { headerRow: layout.headerRow, missing: [], headerIsRecord: true };
  const below = v.slice(layout.headerRow);
  const hasRows = below.some((row) => row.some((x) => !isEmptyCell(x)));
  const missing = guard.keep.filter((k) => !columns.has(k));
  if (!hasRows || missing.length === 0) return null;
  const taken = new Set(columns.values());
  const unresolved: string[] = [];
  for (const key of missing) {
    const is = guard.recognise?.[key];
    const fits: number[] = [];
    for (let c = 0; is && c < layout.width; c++) {
      if (taken.has(c)) continue;
      let n = 0;
      let all = true;
      for (const row of below) {
        const x = row[c];
        if (isEmptyCell(x)) continue;
        n++;
        if (!is(x)) {
          all = false;
          break;
        }
      }
      if (all && n > 0) fits.push(c);
    }
    if (fits.length === 1) {
      columns.set(key, fits[0]);
      taken.add(fits[0]);
    } else unresolved.push(key);
  }
  if (unresolved.length === 0) return null;
  for (const k of missing) if (!unresolved.includes(k)) columns.delete(k);
  const headers = new Map(def.columns.map((c) => [c.key, c.header]));
  return {
    headerRow: layout.headerRow,
    missing: unresolved.map((k) => headers.get(k) ?? k),
    headerIsRecord: false,
  };
}

/** Sets one cell of a row; says whether it changed. */
export function setLedgerCell(ledger: Ledger, entry: LedgerEntry, key: string, value: unknown): boolean {
  if (entry.cells[key] === value) return false;
  entry.cells[key] = value;
  ledger.changed = true;
  return true;
}

/** Appends a row after the last row of the sheet (own columns blank unless given). */
export function appendLedgerRow(ledger: Ledger, cells: Record<string, unknown>): LedgerEntry {
  const last = ledger.all.length ? ledger.all[ledger.all.length - 1].sheetRow : ledger.headerRow;
  const entry: LedgerEntry = { sheetRow: last + 1, cells: {} };
  for (const k of ledger.columns.keys()) entry.cells[k] = cells[k] ?? '';
  ledger.all.push(entry);
  ledger.rows.push(entry);
  ledger.changed = true;
  return entry;
}

/** A contiguous run of the add-on's columns and its values, row by row. */
export interface CellRun {
  /** 0-based first column. */
  column: number;
  values: unknown[][];
  /** Per column of the run: plain-text ('@') format, so text there is written without an apostrophe. */
  plainText: boolean[];
}

/**
 * What a ledger write puts on the sheet, as plain data for the writer (src/gas/table.ts): the headers to add, the
 * rows (one run per contiguous group of the add-on's columns), and the NIP and code columns that get '@' format
 * over the rows written, before any value.
 */
export interface LedgerWrite {
  sheet: string;
  headerRow: number;
  /** Runs of headers to add to the header row (bold), when columns were missing. */
  header: CellRun[];
  /** 1-based first sheet row of `runs`. */
  firstRow: number;
  runs: CellRun[];
  /** 0-based columns given plain-text format from `firstRow` over the rows written. */
  textColumns: number[];
  /** Columns the sheet must have (the add-on's rightmost + 1). */
  width: number;
  /**
   * A whole-block write: the NIP and code columns get '@' over it and a formula a person typed in the add-on's
   * columns is kept. A one-row write only makes its text safe for the cells' formats.
   */
  block: boolean;
}

/** The add-on's columns as contiguous runs of keys, left to right. */
function ownRuns(ledger: Ledger): Array<{ column: number; keys: string[] }> {
  const cols = [...ledger.columns].sort((a, b) => a[1] - b[1]);
  const runs: Array<{ column: number; keys: string[] }> = [];
  for (const [k, c] of cols) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.keys.length === c) last.keys.push(k);
    else runs.push({ column: c, keys: [k] });
  }
  return runs;
}

const TEXT_TYPES: ReadonlySet<string> = new Set(['nip', 'code']);

function writeOf(ledger: Ledger, entries: readonly LedgerEntry[], block: boolean): LedgerWrite {
  const types = new Map(ledger.def.columns.map((c) => [c.key, c.type]));
  const plain = (k: string) => TEXT_TYPES.has(types.get(k) ?? '');
  const runs = ownRuns(ledger);
  const added = new Set(ledger.addHeaders);
  const header: CellRun[] = [];
  const headers = new Map(ledger.def.columns.map((c) => [c.key, c.header]));
  for (const run of runs) {
    // only the missing headers are written: a person's spelling of a header stays as it is
    let cur: CellRun | null = null;
    run.keys.forEach((k, i) => {
      if (!added.has(k)) {
        cur = null;
        return;
      }
      if (!cur) {
        cur = { column: run.column + i, values: [[]], plainText: [] };
        header.push(cur);
      }
      cur.values[0].push(headers.get(k));
      cur.plainText.push(false);
    });
  }
  return {
    sheet: ledger.def.name,
    headerRow: ledger.headerRow,
    header,
    firstRow: entries.length ? entries[0].sheetRow : ledger.headerRow + 1,
    runs: entries.length
      ? runs.map((run) => ({
          column: run.column,
          values: entries.map((e) => run.keys.map((k) => e.cells[k])),
          plainText: run.keys.map(plain),
        }))
      : [],
    textColumns: [...ledger.columns].filter(([k]) => plain(k)).map(([, c]) => c),
    width: Math.max(...ledger.columns.values()) + 1,
    block,
  };
}

/**
 * Takes the ledger's pending write: the whole block (every row below the header) and any headers to add, or null
 * when nothing changed. The ledger then counts as written.
 */
export function takeLedgerWrite(ledger: Ledger): LedgerWrite | null {
  if (ledger.blocked || !ledger.changed) return null;
  const w = writeOf(ledger, ledger.all, true);
  ledger.changed = false;
  ledger.addHeaders = [];
  return w;
}

/** One row now (e.g. a form on record the moment it exists, an email marked sent before it leaves). */
export function ledgerRowWrite(ledger: Ledger, entry: LedgerEntry): LedgerWrite {
  const w = writeOf(ledger, [entry], false);
  w.header = [];
  return w;
}

// ---------------------------------------------------------------------------------------------------------
// Outputs: regenerated whole from records by key; the order of the cells is the definition's.

/** An output's records as rows in the definition's column order (absent and null values blank). */
export function outputRows<D extends OutputDef>(def: D, records: readonly OutputRecord<D>[]): unknown[][] {
  const keys = def.columns.map((c) => c.key);
  return records.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? ''));
}

/** An output sheet's rows read back by key (the header found by the layout detector). */
export function readOutput<D extends OutputDef>(
  values: readonly (readonly unknown[])[],
  def: D,
): Array<Record<OutputKey<D>, unknown>> {
  const layout = detectLayout(values, def);
  if (layout.status !== 'found') return [];
  const out: Array<Record<string, unknown>> = [];
  for (let r = layout.headerRow; r < values.length; r++) {
    const src = values[r];
    if (src.every(isEmptyCell)) continue;
    const rec: Record<string, unknown> = {};
    for (const c of def.columns) {
      const i = layout.columns.get(c.key);
      rec[c.key] = i === undefined || src[i] === undefined ? '' : src[i];
    }
    out.push(rec);
  }
  return out as Array<Record<OutputKey<D>, unknown>>;
}
