// The `Sertifikat` ledger: read at its detected header into the rules' LedgerRow, written back through the workbook
// port on the add-on's own columns only (every column SHEETS.certificates defines; a person's columns stay).

import { CERT_KINDS, LEDGER_STATUSES, type LedgerRow, ledgerRowOf } from '../core/certificates';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import {
  appendLedgerRow,
  type Ledger,
  type LedgerEntry,
  type LedgerGuard,
  ledgerRowWrite,
  openLedger,
  takeLedgerWrite,
} from '../core/table';
import { LEDGER_CHECK_TEXT } from '../text/id/certificates';
import { TABLE_TEXT } from '../text/id/table';
import type { Port } from './port';

const DEF = SHEETS.certificates;

export interface CertificateLedger {
  table: Ledger;
  /** The certificate rows (a training code, a kind and a NIP), in sheet order. */
  rows: LedgerRow[];
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const NIP_TEXT = /^\d{18}$/;
const isKind = (v: unknown) => (CERT_KINDS as readonly string[]).includes(text(v));

/**
 * What the ledger may not lose to an edit (core/table.ts LedgerGuard): the columns that say which certificate a
 * row is, its number, and whether its file exists. A renamed NIP, Jenis or Status header is taken back when every
 * value under it is clearly one (18-digit text, a kind, a status); Kode Kegiatan, Nomor and PDF cannot be told by
 * their values, so a run stops until the header is written again. A header row holding an 18-digit NIP and a kind
 * is a certificate row: the header row was deleted.
 */
const GUARD: LedgerGuard = {
  keep: ['trainingCode', 'kind', 'number', 'nip', 'status', 'pdf'],
  recognise: {
    nip: (v) => NIP_TEXT.test(text(v)),
    kind: isKind,
    status: (v) => (LEDGER_STATUSES as readonly string[]).includes(text(v)),
  },
  isRecord: (row) => row.some((v) => NIP_TEXT.test(text(v))) && row.some(isKind),
};

/**
 * Reads the ledger (null when the sheet is missing) at its detected header, one way: the table module gives each
 * row's cells by key and the rules read them (core/certificates.ts ledgerRowOf). Rows without a code, kind or NIP
 * are not certificates: they stay on the sheet as they are. A sheet whose header cannot be found, or whose header
 * lost a column the rows need (see GUARD), gives no rows and refuses every write.
 */
export function readCertificateLedger(values: readonly (readonly unknown[])[] | null): CertificateLedger {
  const table = openLedger(values, DEF, GUARD);
  const rows: LedgerRow[] = [];
  for (const e of table.rows) {
    const row = ledgerRowOf(e.cells, e.sheetRow);
    if (row) rows.push(row);
  }
  return { table, rows };
}

/** Why the ledger cannot be used as it is (its header), in Indonesian, or null. */
export function ledgerHeaderProblem(ledger: CertificateLedger): string | null {
  const { table } = ledger;
  if (!table.blocked) return null;
  const r = table.refusal;
  if (!r)
    return TABLE_TEXT.ledgerHeaderNotFound(
      DEF.name,
      DEF.columns.map((c) => c.header),
    );
  if (r.headerIsRecord) return LEDGER_CHECK_TEXT.headerIsRecord(DEF.name, r.headerRow);
  return LEDGER_CHECK_TEXT.headerMissing(DEF.name, r.headerRow, r.missing);
}

/** Headers taken back from their values (renamed by hand), as Peringatan. */
export function ledgerHeaderNotes(ledger: CertificateLedger): string[] {
  const headers = new Map(DEF.columns.map((c) => [c.key, c.header]));
  return ledger.table.renamed.map((k) =>
    LEDGER_CHECK_TEXT.headerRepaired(DEF.name, ledger.table.headerRow, headers.get(k) ?? k),
  );
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
  const problem = ledgerHeaderProblem(ledger);
  if (problem) throw new UserError(problem);
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
