// Delivery beyond the certificate run, as the panel asks for it: who received nothing (names on demand, with the
// reason), from one read of the ledger and the job.

import type { UndeliveredView } from '../shared/rpc';
import { nothingText, undeliveredRows } from './certificateProgress';
import { readJob } from './certificateState';
import { openLedger } from './certificates';
import type { Port } from './port';

/** The panel lists at most this many names (the count by reason is always whole; the ledger has every row). */
export const MAX_UNDELIVERED_LISTED = 200;

/** Everyone who received nothing, in ledger order, each with the reason (one ledger read). */
export function listUndelivered(port: Port): UndeliveredView[] {
  const { plan } = openLedger(port);
  return undeliveredRows(plan.rows, plan.eligible, readJob(port))
    .slice(0, MAX_UNDELIVERED_LISTED)
    .map((u) => ({
      trainingCode: u.row.trainingCode,
      kind: u.row.kind,
      nip: u.row.nip,
      name: u.row.name,
      row: u.row.sheetRow,
      text: nothingText(u),
    }));
}
