// Writes the public registry (core/registry.ts) the verification page reads: the add-on's own output sheet
// `Registri Verifikasi`, regenerated whole from the ledger (one write) after a batch made a certificate, after a
// re-issue and after a revocation.

import type { PrintLook } from '../core/certificateLook';
import type { LedgerRow } from '../core/certificates';
import { registryRecords } from '../core/registry';
import { OUTPUTS } from '../core/schema';
import type { Port } from './port';

export function writeRegistry(port: Port, rows: readonly LedgerRow[], look: PrintLook | undefined): void {
  port.workbook.writeOutput(OUTPUTS.registry, registryRecords(rows, look));
}
