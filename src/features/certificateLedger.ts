// The `Sertifikat` ledger: read at its detected header into the rules' LedgerRow, written back through the workbook
// port on the add-on's own columns only (every column SHEETS.certificates defines; a person's columns stay).

import { type LedgerRow, parseLedger } from '../core/certificates';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import {
  appendLedgerRow,
  type Ledger,
  type LedgerEntry,
  ledgerRowWrite,
  openLedger,
  takeLedgerWrite,
} from '../core/table';
import { TABLE_TEXT } from '../text/id/table';
import type { Port } from './port';

const DEF = SHEETS.certificates;

export interface CertificateLedger {
  table: Ledger;
  /** The certificate rows (a training code, a kind and a NIP), in sheet order. */
  rows: LedgerRow[];
}

/**
 * Reads the ledger (null when the sheet is missing) at its detected header; each row is read by the rules' own
 * parser (core/certificates.ts parseLedger, given the add-on's columns in schema order). Rows without a code, kind
 * or NIP are not certificates: they stay on the sheet as they are. A sheet whose header cannot be found gives no
 * rows and refuses every write.
 */
export function readCertificateLedger(values: readonly (readonly unknown[])[] | null): CertificateLedger {
  const table = openLedger(values, DEF);
  const keys = DEF.columns.map((c) => c.key);
  const own = [DEF.columns.map((c) => c.header), ...table.rows.map((e) => keys.map((k) => e.cells[k]))];
  const rows = parseLedger(own).rows.map((r) => ({
    ...r,
    sheetRow: table.rows[(r.sheetRow as number) - 2].sheetRow,
  }));
  return { table, rows };
}

/** The ledger's rows by the sheet row they are on. */
function entryAt(ledger: CertificateLedger, sheetRow: number): LedgerEntry | undefined {
  const first = ledger.table.all[0]?.sheetRow ?? 0;
  return ledger.table.all[sheetRow - first];
}

function put(ledger: CertificateLedger, row: LedgerRow): LedgerEntry {
  const cells: Record<string, unknown> = {};
  for (const c of DEF.columns) cells[c.key] = (row as unknown as Record<string, unknown>)[c.key] ?? '';
  const at = row.sheetRow === null ? undefined : entryAt(ledger, row.sheetRow);
  if (at) {
    Object.assign(at.cells, cells);
    return at;
  }
  const e = appendLedgerRow(ledger.table, cells);
  row.sheetRow = e.sheetRow;
  return e;
}

function refuseBlocked(ledger: CertificateLedger): void {
  if (ledger.table.blocked) {
    throw new UserError(
      TABLE_TEXT.ledgerHeaderNotFound(
        DEF.name,
        DEF.columns.map((c) => c.header),
      ),
    );
  }
}

/**
 * Writes the whole ledger block after planning or a batch (rows added by the run get the next sheet rows, after
 * every used row): the missing headers, then one setValues per run of the ledger's columns, NIPs and codes as text.
 */
export function writeLedger(p: { port: Port; ledger: CertificateLedger; plan: { rows: LedgerRow[] } }): void {
  refuseBlocked(p.ledger);
  for (const r of p.plan.rows) put(p.ledger, r);
  p.ledger.table.changed = true;
  const w = takeLedgerWrite(p.ledger.table);
  if (w) p.port.workbook.writeLedger(w);
}

/**
 * Writes one row now (an e-mail marked Mengirim before it is sent). `along` (the previous e-mail's confirmation)
 * rides in the same write when it is on the next or previous sheet row; whether it did.
 */
export function writeRow(
  p: { port: Port; ledger: CertificateLedger },
  row: LedgerRow,
  along: LedgerRow | null = null,
): boolean {
  refuseBlocked(p.ledger);
  const e = put(p.ledger, row);
  const w = ledgerRowWrite(p.ledger.table, e);
  const near = along !== null && along.sheetRow !== null && Math.abs(along.sheetRow - e.sheetRow) === 1;
  if (near) {
    const a = ledgerRowWrite(p.ledger.table, put(p.ledger, along));
    const first = a.firstRow < w.firstRow;
    w.firstRow = Math.min(a.firstRow, w.firstRow);
    w.runs = w.runs.map((run, i) => ({
      ...run,
      values: first ? [...a.runs[i].values, ...run.values] : [...run.values, ...a.runs[i].values],
    }));
  }
  p.port.workbook.writeLedger(w);
  return near;
}
