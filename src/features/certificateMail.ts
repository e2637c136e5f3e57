// A certificate's e-mail, at most once, and reported as it happened: the row says Mengirim on the sheet before the
// message leaves (a send lost in a crash is never repeated, and the row says its outcome is unknown), Terkirim only
// once sendEmail returned. The confirmation rides on the next row's marking write when the rows are adjacent, else
// on the batch's ledger write. A marking write that fails sends nothing; a send that Google refused is left for the
// admin; a spent quota paces the rest.

import { isQuotaError, isTimeout, type JobRecord, MAX_ATTEMPTS } from '../core/certificateJob';
import { fillText, type LedgerRow, ledgerKey } from '../core/certificates';
import { UserError } from '../core/errors';
import { DELIVERY_NOTES, NOTHING_TEXT } from '../text/id/certDelivery';
import { LEDGER_NOTES } from '../text/id/certificates';
import { writeRow } from './certificateLedger';
import type { BatchFiles, Certificate } from './certificateRender';
import type { RunLedger } from './certificates';
import { signedPdfOf } from './certificateTte';
import type { Port } from './port';
import type { Pdf } from './port/files';

/** The batch's e-mail budget and what it sent. */
export interface Mailbox {
  /** Recipients left today (asked once per batch). */
  left: number;
  /** The quota is spent: no more sends in this batch. */
  blocked: boolean;
  /** Sends confirmed (sendEmail returned). */
  sent: number;
  /** Sends whose outcome is unknown (sendEmail threw an error that does not say nothing was sent). */
  unknown: number;
  /** The last confirmed row whose Terkirim is not on the sheet yet (it rides on the next adjacent marking write). */
  unwritten: LedgerRow | null;
}

export function newMailbox(left: number): Mailbox {
  return { left, blocked: false, sent: 0, unknown: 0, unwritten: null };
}

/**
 * 'sent' (confirmed); 'unknown' (the row stays Mengirim); 'failed' (nothing was sent, the row says why); 'waiting'
 * (no quota left: the next batch or day sends it).
 */
export type Delivery = 'sent' | 'unknown' | 'failed' | 'waiting';

/**
 * Google's answers that say the message was refused before it was sent (emulator fidelity row 34: an invalid
 * address, no recipient, a per-message limit). Any other error may come after the message left.
 */
const REFUSED = [/^Invalid email/i, /^Failed to send email: no recipient/i, /^Limit Exceeded: Email/i];

export function refusedByGoogle(e: unknown): boolean {
  const m = String((e as { message?: unknown })?.message ?? e);
  return REFUSED.some((re) => re.test(m));
}

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
  // the signed copy when there is one (core/certificates.ts deliveryLink), else the PDF just made, else the stored one read
  // back (no conversion is spent for an e-mail)
  const attachment = row.signedPdf ? signedPdfOf(port, row) : (pdf ?? files.storedPdf(c));
  if (!attachment) {
    row.note = DELIVERY_NOTES.pdfGone;
    job.attempts[ledgerKey(row)] = MAX_ATTEMPTS;
    return 'failed';
  }
  const before = { status: row.status, note: row.note, sentAt: row.sentAt };
  row.status = 'Mengirim';
  row.note = LEDGER_NOTES.sending;
  row.sentAt = new Date();
  const along = box.unwritten;
  try {
    if (writeRow(ledger, row, along)) box.unwritten = null;
  } catch (e) {
    // not marked (or marked without this execution knowing): nothing is sent; the batch's write puts the row back
    Object.assign(row, before);
    throw e;
  }
  try {
    port.mail.sendPdf(
      row.email,
      fillText(job.run?.emailSubject ?? '', values),
      fillText(job.run?.emailBody ?? '', values),
      attachment,
    );
  } catch (e) {
    // a timeout ends the execution: the row stays Mengirim on the sheet (unknown), never sent again by itself
    if (isTimeout(e) || e instanceof UserError) throw e;
    const key = ledgerKey(row);
    if (isQuotaError(e)) {
      // not sent: the row goes back to waiting for the next day's quota
      Object.assign(row, before, { status: row.pdf ? 'Dibuat' : 'Menunggu', note: '' });
      delete job.attempts[key];
      box.blocked = true;
      return 'failed';
    }
    if (refusedByGoogle(e)) {
      // Google refused the message: nothing left; the admin fixes the address and starts again
      Object.assign(row, before, { status: 'Gagal', note: LEDGER_NOTES.mailFailed((e as Error).message) });
      job.attempts[key] = MAX_ATTEMPTS;
      return 'failed';
    }
    // whether it left is unknown: Mengirim stays, listed for the admin (resend or mark as sent), never retried
    row.note = LEDGER_NOTES.mailUnknown((e as Error).message);
    box.left--;
    box.unknown++;
    return 'unknown';
  }
  row.status = 'Terkirim';
  row.note = before.note === LEDGER_NOTES.resend || before.note === NOTHING_TEXT.noAddress ? '' : before.note;
  box.unwritten = row;
  box.left--;
  box.sent++;
  return 'sent';
}
