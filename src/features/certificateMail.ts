// A certificate's e-mail, at most once: the row says Terkirim on the sheet before the message leaves, so a send
// lost in a crash is never repeated; a send that fails is left for the admin, a spent quota paces the rest.

import { isQuotaError, isTimeout, type JobRecord, MAX_ATTEMPTS } from '../core/certificateJob';
import { fillText, ledgerKey } from '../core/certificates';
import { UserError } from '../core/errors';
import { LEDGER_NOTES } from '../text/id/certificates';
import { writeRow } from './certificateLedger';
import type { BatchFiles, Certificate } from './certificateRender';
import type { RunLedger } from './certificates';
import type { Port } from './port';
import type { Pdf } from './port/files';

/** The batch's e-mail budget. */
export interface Mailbox {
  /** Recipients left today (asked once per batch). */
  left: number;
  /** The quota is spent: no more sends in this batch. */
  blocked: boolean;
  sent: number;
}

/** 'sent'; 'failed' (the row says why); 'waiting' (no quota left: the next batch or day sends it). */
export type Delivery = 'sent' | 'failed' | 'waiting';

export function deliver(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  files: BatchFiles,
  c: Certificate,
  pdf: Pdf | null,
  box: Mailbox,
): Delivery {
  if (box.blocked) return 'waiting';
  if (box.left <= 0) {
    box.blocked = true;
    return 'waiting';
  }
  const { row, values } = c;
  const attachment = pdf ?? files.pdfFor(c);
  row.status = 'Terkirim';
  row.sentAt = new Date();
  writeRow(ledger, row);
  try {
    port.mail.sendCertificate(
      row.email,
      fillText(job.run?.emailSubject ?? '', values),
      fillText(job.run?.emailBody ?? '', values),
      attachment,
    );
  } catch (e) {
    if (isTimeout(e) || e instanceof UserError) throw e;
    const key = ledgerKey(row);
    if (isQuotaError(e)) {
      // not sent: the row goes back to waiting for the next day's quota
      row.status = row.pdf ? 'Dibuat' : 'Menunggu';
      row.note = '';
      delete job.attempts[key];
      box.blocked = true;
    } else {
      // whether it left is unknown, so never retried by itself (at most once)
      row.status = 'Gagal';
      row.note = LEDGER_NOTES.mailFailed((e as Error).message);
      job.attempts[key] = MAX_ATTEMPTS;
    }
    row.sentAt = '';
    writeRow(ledger, row);
    return 'failed';
  }
  box.left--;
  box.sent++;
  return 'sent';
}
