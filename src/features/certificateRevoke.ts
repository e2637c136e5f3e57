// "Cabut": a made certificate revoked by the admin (issue 13 item 3). The row stays in the ledger with its number
// (never reused), Status Dicabut, the reason in Alasan and a note with the date; its files are renamed
// "DICABUT - …" and marked in their appProperties; it is never made, e-mailed or shared again (core/certificateJob.ts
// rowWork, isRevoked); and the public registry is written again, so its QR answers "Dicabut" with the reason.
// Revoking is final: a revoked number is not re-issued (a new certificate for the person is a new decision, taken by
// the data and a run). Asking again for a revoked one answers that it is revoked, changing nothing.

import { isBusy } from '../core/certificateJob';
import { printLook } from '../core/certificateLook';
import {
  FILE_PROPS,
  firstRows,
  isRevoked,
  isSuperseded,
  type LedgerRow,
  ledgerKey,
} from '../core/certificates';
import { formatDateLong } from '../core/dates';
import { UserError } from '../core/errors';
import type { RevokeRequest, RevokeResult } from '../shared/rpc';
import { REVOKE_TEXT as T } from '../text/id/certRevoke';
import { fileIdOf } from './certificateCheck';
import { currentData } from './certificateData';
import { ledgerHeaderProblem, writeLedger } from './certificateLedger';
import { writeRegistry } from './certificateRegistry';
import { readJob } from './certificateState';
import { openLedger } from './certificates';
import type { Port } from './port';

export function revokeCertificate(port: Port, req: RevokeRequest): RevokeResult {
  const reason = req.reason.trim();
  if (!reason) throw new UserError(T.noReason, 'blocked');
  const job = readJob(port);
  if (isBusy(job)) throw new UserError(T.busy, 'blocked');
  const ledger = openLedger(port);
  const header = ledgerHeaderProblem(ledger.ledger);
  if (header) throw new UserError(header, 'blocked');
  const rows = ledger.ledger.rows;
  const target = rows.find((r) => r.number === req.number.trim() && r.nip === req.nip);
  if (!target) throw new UserError(T.notFound(req.number));
  if (isRevoked(target))
    return { number: target.number, message: T.already(target.number, target.reason ?? '') };
  if (isSuperseded(target))
    throw new UserError(T.superseded(target.number, target.replacedBy ?? ''), 'blocked');
  if (!target.pdf) throw new UserError(T.notMade(target.number), 'blocked');
  if (!firstRows(rows).some((r) => r === target)) throw new UserError(T.notFound(req.number));
  target.status = 'Dicabut';
  target.reason = reason;
  target.note = T.note(formatDateLong(new Date()), reason);
  ledger.plan = { rows, added: [], changed: true, eligible: new Set([ledgerKey(target)]) };
  writeLedger(ledger);
  markRevoked(port, target);
  // the issuer as the last run printed it (the registry is written with it after every batch); else the settings now
  writeRegistry(port, rows, job?.run?.look ?? printLook(currentData(port).settings.certificateLook));
  return { number: target.number, message: T.done(target.number, target.name) };
}

function markRevoked(port: Port, row: LedgerRow): void {
  for (const link of [row.pdf, row.signedPdf ?? '', row.doc]) {
    const id = link ? fileIdOf(link) : null;
    const f = id ? port.drive.get(id) : null;
    if (!id || !f || f.appProperties?.[FILE_PROPS.revoked] === 'true') continue;
    port.drive.update(id, {
      name: f.name.startsWith(T.filePrefix) ? f.name : `${T.filePrefix}${f.name}`,
      appProperties: { [FILE_PROPS.revoked]: 'true' },
    });
  }
}
