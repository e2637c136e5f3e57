// The `Formulir` ledger: read once (from the load) at its detected header, changed in memory by key, written back
// through the workbook port on the add-on's own columns only (a person's added columns and values stay as they are).

import { asCode, asText } from '../core/cells';
import { MissingSheetError, UserError } from '../core/errors';
import { FORM_KINDS, type FormKind } from '../core/model';
import { SHEETS } from '../core/schema';
import {
  appendLedgerRow,
  type LedgerEntry,
  type Ledger as LedgerTable,
  ledgerRowWrite,
  openLedger,
  setLedgerCell,
  takeLedgerWrite,
} from '../core/table';
import { TABLE_TEXT } from '../text/id/table';
import type { Loaded } from './load';
import type { Port } from './port';

export type LedgerKey =
  | 'trainingCode'
  | 'kind'
  | 'title'
  | 'formId'
  | 'fillUrl'
  | 'editUrl'
  | 'responseSheet'
  | 'created';

export interface LedgerRow {
  /** The sheet row − 1 (0-based; sheet row = vi + 1). */
  vi: number;
  code: string;
  kind: FormKind | '';
  formId: string;
  fillUrl: string;
  editUrl: string;
  responseSheet: string;
  title: string;
}

export interface Ledger {
  port: Port;
  table: LedgerTable;
  rows: LedgerRow[];
  /** Each row's entry in the table (its cells by key). */
  entries: Map<LedgerRow, LedgerEntry>;
}

const KIND_BY_LOWER = new Map(FORM_KINDS.map((k) => [k.toLowerCase(), k]));

/** The ledger of the load; a missing sheet, or one whose header cannot be found, is a UserError. */
export function readLedger(port: Port, loaded: Loaded): Ledger {
  const def = SHEETS.forms;
  if (!loaded.sheetNames.includes(def.name)) {
    throw new MissingSheetError(TABLE_TEXT.ledgerMissing(def.name));
  }
  const table = openLedger(loaded.raw.forms ?? null, def);
  if (table.blocked) {
    throw new UserError(
      TABLE_TEXT.ledgerHeaderNotFound(
        def.name,
        def.columns.map((c) => c.header),
      ),
    );
  }
  const ledger: Ledger = { port, table, rows: [], entries: new Map() };
  for (const e of table.rows) ledger.rows.push(track(ledger, e));
  return ledger;
}

function track(ledger: Ledger, e: LedgerEntry): LedgerRow {
  const row = rowOf(e);
  ledger.entries.set(row, e);
  return row;
}

function rowOf(e: LedgerEntry): LedgerRow {
  const v = e.cells;
  return {
    vi: e.sheetRow - 1,
    code: asCode(v.trainingCode),
    kind: KIND_BY_LOWER.get(asText(v.kind).toLowerCase()) ?? '',
    formId: asText(v.formId),
    fillUrl: asText(v.fillUrl),
    editUrl: asText(v.editUrl),
    responseSheet: asText(v.responseSheet),
    title: asText(v.title),
  };
}

export function setCell(ledger: Ledger, row: LedgerRow, key: LedgerKey, value: unknown): void {
  const e = ledger.entries.get(row) as LedgerEntry;
  if (setLedgerCell(ledger.table, e, key, value)) Object.assign(row, rowOf(e));
}

export function appendRow(ledger: Ledger, cells: Partial<Record<LedgerKey, unknown>>): LedgerRow {
  const row = track(ledger, appendLedgerRow(ledger.table, cells));
  ledger.rows.push(row);
  return row;
}

/**
 * Writes the ledger back (only when something changed): one setValues per run of the add-on's columns; a formula
 * a person typed there stays a formula, text is made safe for its cell.
 */
export function writeLedger(ledger: Ledger): void {
  const w = takeLedgerWrite(ledger.table);
  if (w) ledger.port.workbook.writeLedger(w);
}

/**
 * Writes one ledger row now, so a form is on record the moment it exists, whatever cuts the run off after. The
 * whole-ledger write still follows at the end.
 */
export function writeLedgerRow(ledger: Ledger, row: LedgerRow): void {
  ledger.port.workbook.writeLedger(ledgerRowWrite(ledger.table, ledger.entries.get(row) as LedgerEntry));
}
