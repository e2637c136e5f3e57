// A certificate run's view of the `Sertifikat` ledger: read once (one getValues, or taken from the workbook just
// loaded at the start), with the run in it: planned from the current data at the start, else as the ledger holds
// it. Read and written through src/features/certificateLedger.ts.

import { type LedgerPlan, type LedgerRow, runPlan } from '../core/certificates';
import { SHEETS } from '../core/schema';
import { type CertificateLedger, readCertificateLedger } from './certificateLedger';
import type { Loaded } from './load';
import type { Port } from './port';

/** The ledger as read in this execution and the run's rows in it (what certificateLedger's writers write back). */
export interface RunLedger {
  port: Port;
  ledger: CertificateLedger;
  plan: LedgerPlan;
  /** Checked against Drive in this execution already (the start did): a batch then lists no second time. */
  checked?: boolean;
}

/** The ledger, from the workbook just loaded (a run's start) or with one read of its sheet (a batch, the status). */
export function openLedger(
  port: Port,
  plan: (rows: LedgerRow[], read: CertificateLedger) => LedgerPlan = runPlan,
  loaded: Pick<Loaded, 'raw'> | null = null,
): RunLedger {
  const name = SHEETS.certificates.name;
  const values = loaded
    ? (loaded.raw.certificates ?? null)
    : (port.workbook.readSheets([name]).get(name) ?? null);
  const ledger = readCertificateLedger(values);
  return { port, ledger, plan: plan(ledger.rows, ledger) };
}
