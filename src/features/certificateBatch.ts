// One certificate batch under the time budget: the run's certificates from the ledger alone (their values frozen at
// the start; no workbook read, no ranking, no form), each made exactly once and e-mailed at most once, the ledger
// written once at the end, and the job left running, done, or stopped by a quota.

import {
  BATCH_BUDGET_MS,
  batchState,
  countProgress,
  isQuotaError,
  isTimeout,
  type JobRecord,
  MAX_ATTEMPTS,
  mailStarted,
  noteQuotaUse,
  type QuotaKind,
  quotaKind,
  resumeAfterQuota,
  rowWork,
  runWork,
} from '../core/certificateJob';
import { firstRows, isFrozen, type LedgerRow, ledgerKey } from '../core/certificates';
import { addPace } from '../core/delivery';
import { UserError } from '../core/errors';
import type { CertificateProgress } from '../shared/rpc';
import { NOTHING_TEXT, SHARE_TEXT } from '../text/id/certDelivery';
import { LEDGER_NOTES } from '../text/id/certificates';
import { newSharer, type Sharer } from './certificateDelivery';
import { ledgerHeaderProblem, writeLedger } from './certificateLedger';
import { deliver, type Mailbox, newMailbox } from './certificateMail';
import { type BatchTally, outcomeMessage, progress, progressLine } from './certificateProgress';
import { writeRegistry } from './certificateRegistry';
import { type BatchFiles, openFiles } from './certificateRender';
import { readUserState, saveJob, saveUserState, syncTrigger } from './certificateState';
import type { RunLedger } from './certificates';
import type { Port } from './port';

/** Ends the job with an error the admin must act on (nothing more is made in this run). */
export function stopWith(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  message: string,
): CertificateProgress {
  job.state = 'error';
  job.message = message;
  saveJob(port, job);
  return progress(ledger.plan.rows, ledger.plan.eligible, job);
}

interface Made extends BatchTally {
  emailBlocked: boolean;
  /** Certificates this batch worked on (for the job's measured pace). */
  rows: number;
  /** E-mail recipients left today after this batch (an e-mail run), else undefined. */
  mailLeft?: number;
  /** Bagikan Tautan PDF: shares each PDF once it exists (null when the run does not share). */
  sharer?: Sharer | null;
  /** A template changed since pre-flight so that nothing can be filled: the run stops with this message. */
  fatal: string | null;
}

/** A batch that has worked nothing yet. */
const nothingMade = (sharer: Sharer | null = null): Made => ({
  made: 0,
  sent: 0,
  unknown: 0,
  quota: null,
  emailBlocked: false,
  fatal: null,
  rows: 0,
  sharer,
});

/** Runs one batch of the job on the ledger as read (or as the start just froze it). */
export function runBatch(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  started: number,
): CertificateProgress {
  const header = ledgerHeaderProblem(ledger.ledger); // a header broken since the start: nothing is worked
  if (header) return stopWith(port, ledger, job, header);
  const { rows, eligible } = ledger.plan;
  const work = runWork(rows, eligible, job);
  if (work.length === 0) return finishBatch(port, ledger, job, nothingMade());
  const files = openFiles(port, ledger, job, work);
  if (typeof files === 'string') return stopWith(port, ledger, job, files);
  const box: Mailbox = newMailbox(
    job.email && work.some((r) => rowWork(r, eligible, job).email) ? port.mail.remainingDailyQuota() : 0,
  );
  // quotas used in this batch are first used no earlier than this (for when they are expected back)
  const at = new Date();
  const made = makeAll(
    port,
    ledger,
    job,
    work,
    files,
    box,
    started,
    job.run?.shareLinks ? newSharer(port, job.run?.tte) : null,
  );
  if (job.email) noteNoAddress(rows, eligible);
  writeLedger(ledger);
  // the verification page knows a certificate as soon as its file exists (a re-issue also marks the old code)
  if (made.made > 0 || job.reissue) writeRegistry(port, rows, job.run?.look);
  files.close();
  if (made.fatal) return stopWith(port, ledger, job, made.fatal);
  const used: QuotaKind[] = [];
  if (files.createdDocuments()) used.push('documents');
  if (made.made > 0) used.push('conversions');
  if (made.sent > 0 || made.unknown > 0) used.push('email');
  job.pace = addPace(job.pace, Date.now() - started, made.rows);
  if (job.email) job.mailLeft = box.left;
  const p = finishBatch(port, ledger, job, made, { kinds: used, at });
  if (!made.sharer?.refused) return p;
  // the rest went on; the admin reads why no link was made (kept in the job, shown by the panel and the menu)
  job.message = `${job.message} ${SHARE_TEXT.refused}`;
  saveJob(port, job);
  return { ...p, message: job.message };
}

/** In an e-mail run, a made certificate without an address says so in its Catatan (it receives no e-mail). */
function noteNoAddress(rows: readonly LedgerRow[], eligible: ReadonlySet<string>): void {
  for (const r of firstRows(rows))
    if (eligible.has(ledgerKey(r)) && r.pdf && !r.email && !r.note) r.note = NOTHING_TEXT.noAddress;
}

/** The batch's certificates in ledger order until the time budget is spent or a daily quota stops it. */
function makeAll(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  work: readonly LedgerRow[],
  files: BatchFiles,
  box: Mailbox,
  started: number,
  sharer: Sharer | null,
): Made {
  const out = nothingMade(sharer);
  try {
    for (const row of work) {
      if (Date.now() - started > BATCH_BUDGET_MS) break;
      const key = ledgerKey(row);
      out.rows++;
      try {
        if (makeOne(port, ledger, job, files, box, row, out) === 'failed') continue;
        if (job.attempts[key]) delete job.attempts[key];
        if (row.note.startsWith(LEDGER_NOTES.failedPrefix)) row.note = '';
      } catch (e) {
        if (isTimeout(e) || e instanceof UserError) throw e;
        if (isQuotaError(e)) {
          out.quota = e;
          // a spent documents or conversions quota stops the making only: PDFs already made are still e-mailed
          if (quotaKind(e) === 'email' || !job.email) break;
          files.reset();
          continue;
        }
        job.attempts[key] = (job.attempts[key] ?? 0) + 1;
        if (!row.pdf) row.status = 'Gagal';
        row.note = LEDGER_NOTES.failed(job.attempts[key], (e as Error).message);
        files.reset();
      }
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    out.fatal = e.message;
  }
  out.sent = box.sent;
  out.unknown = box.unknown;
  out.emailBlocked = box.blocked;
  return out;
}

/** One certificate: its files if missing, then its e-mail if due. 'failed' when the row already says why. */
function makeOne(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  files: BatchFiles,
  box: Mailbox,
  row: LedgerRow,
  out: Made,
): 'ok' | 'failed' {
  const w = rowWork(row, ledger.plan.eligible, job);
  if (!isFrozen(row)) {
    // its print values were cleared since the start: nothing is made from data read now
    row.note = LEDGER_NOTES.notFrozen;
    job.attempts[ledgerKey(row)] = MAX_ATTEMPTS;
    return 'failed';
  }
  const c = files.certificate(row);
  let pdf = null;
  // after a spent documents or conversions quota, a row without its PDF waits for the next day
  if (w.pdf && out.quota) return 'failed';
  if (w.pdf) {
    pdf = files.makeFiles(c);
    if (pdf) out.made++;
    if (!mailStarted(row)) row.status = 'Dibuat';
    row.createdAt = new Date();
  }
  out.sharer?.share(row);
  if (w.email && deliver(port, ledger, job, files, c, pdf, box) === 'failed') return 'failed';
  return 'ok';
}

/** Leaves the job as the batch found the ledger: its state, the quota windows, the hourly trigger, the message. */
function finishBatch(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  made: Made,
  usage: { kinds: QuotaKind[]; at: Date } = { kinds: [], at: new Date() },
): CertificateProgress {
  const { rows, eligible } = ledger.plan;
  job.batches += 1;
  const c = countProgress(rows, eligible, job);
  job.state = batchState(c, Boolean(made.quota), made.emailBlocked);
  const stopped = quotaKind(made.quota) ?? (made.emailBlocked ? 'email' : null);
  if (job.state === 'quota' && stopped) job.stoppedBy = stopped;
  else delete job.stoppedBy;
  const since = noteQuotas(port, usage, job.state === 'quota')?.[quotaKind(made.quota) ?? 'email'];
  const auto = syncTrigger(port, job);
  const resume = job.state === 'quota' ? resumeAfterQuota(new Date(), since ? new Date(since) : null) : null;
  job.resumeAt = resume ? resume.toISOString() : null;
  job.message = outcomeMessage(
    job,
    c,
    made,
    { auto, resume, known: Boolean(since) },
    progressLine(rows, eligible, job, c),
  );
  saveJob(port, job);
  return progress(rows, eligible, job);
}

/**
 * Records when this batch first used each quota (one user-property read per batch that spent or hit one; a write
 * only when a window opens or the trigger's old note is answered). The windows, or null when not read.
 */
function noteQuotas(port: Port, usage: { kinds: QuotaKind[]; at: Date }, stopped: boolean) {
  if (!usage.kinds.length && !stopped) return null;
  const user = readUserState(port);
  user.quotaSince ??= {};
  let changed = noteQuotaUse(user.quotaSince, usage.kinds, usage.at);
  if (user.triggerNote) {
    delete user.triggerNote; // a run is going again: the old note is answered
    changed = true;
  }
  if (changed) saveUserState(port, user);
  return user.quotaSince;
}
