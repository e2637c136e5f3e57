// A certificate run after its start, as the panel drives it: the next batch (from the ledger and the job alone),
// stop, and the status the panel polls.

import { isBusy, newJob, unknownMails } from '../core/certificateJob';
import { ledgerKey } from '../core/certificates';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import type { CertificateProgress } from '../shared/rpc';
import { LEDGER_NOTES, RUN_TEXT } from '../text/id/certificates';
import { runBatch } from './certificateBatch';
import { writeLedger } from './certificateLedger';
import { progress } from './certificateProgress';
import { resumeReissue } from './certificateReissue';
import { runSettings, startCertificates } from './certificateStart';
import { readJob, saveJob, TRIGGER_HANDLER } from './certificateState';
import { openLedger } from './certificates';
import { loadWorkbook } from './load';
import type { Port } from './port';

/**
 * Runs the next batch of the current job (the sidebar calls this in a loop until the state is not 'running'). It
 * reads the ledger and the job only: every value a certificate prints was frozen in the ledger at the start. A job
 * stopped by a quota is tried at once: if the quota is not back yet the batch stops again cleanly. A job whose
 * snapshot never reached the sheet (cut off during its start, or started by an older version) starts again.
 */
export function continueCertificates(port: Port): CertificateProgress {
  const started = Date.now();
  const job = readJob(port);
  if (!job || job.state === 'done' || job.state === 'error' || job.state === 'idle')
    return certificateStatus(port);
  if (!job.run?.frozen)
    return job.reissue
      ? resumeReissue(port, job)
      : startCertificates(port, {
          unattended: job.unattended,
          forceEmail: job.email,
          trainings: job.scope,
          confirmUnfinished: job.confirmedUnfinished,
        });
  // never blocked until a time: a resume still over quota stops again cleanly (nothing is made twice)
  job.state = 'running';
  return runBatch(port, openLedger(port), job, started);
}

export function stopCertificates(port: Port): CertificateProgress {
  const job = readJob(port);
  if (job && isBusy(job)) {
    job.state = 'paused';
    job.message = RUN_TEXT.stopped;
    saveJob(port, job);
  }
  port.triggers.removeHourly(TRIGGER_HANDLER);
  return certificateStatus(port);
}

/** Progress from the ledger and the job record alone (one read), for the panel's loop. */
export function certificateStatus(port: Port): CertificateProgress {
  const { plan } = openLedger(port);
  return progress(plan.rows, plan.eligible, readJob(port));
}

/**
 * "Kirim Ulang" (after the admin confirmed it in the panel): the e-mails whose outcome is unknown (Status Mengirim)
 * are sent once more, and nothing else: a resend job e-mails only the rows this request marked, each marked
 * Mengirim again before its send (so a crash leaves it unknown again, never sent a third time by itself). The
 * subject and body are the run's that started them when it is the current job, else today's settings.
 */
export function resendUnknownEmails(port: Port): CertificateProgress {
  const started = Date.now();
  const old = readJob(port);
  if (isBusy(old)) throw new UserError(RUN_TEXT.resendBusy);
  const ledger = openLedger(port);
  const { rows, eligible } = ledger.plan;
  const unknown = unknownMails(rows).filter((r) => eligible.has(ledgerKey(r)));
  if (unknown.length === 0) return { ...progress(rows, eligible, old), message: RUN_TEXT.noUnknownMails };
  const run =
    old?.email && old.run?.frozen && old.run.emailSubject
      ? { ...old.run }
      : { ...runSettings(loadWorkbook(port, ['settings']).wb.settings, true), frozen: true };
  const job = newJob(new Date(), true, false, run);
  job.resend = true;
  job.message = RUN_TEXT.running;
  saveJob(port, job);
  for (const r of unknown) {
    r.status = r.pdf ? 'Dibuat' : 'Menunggu';
    r.note = LEDGER_NOTES.resend;
  }
  writeLedger(ledger);
  return runBatch(port, ledger, job, started);
}

/**
 * "Tandai Terkirim" (the admin found them in Gmail's Sent folder): every e-mail whose outcome is unknown becomes
 * Terkirim with a note saying so, in one ledger write; nothing is sent.
 */
export function markUnknownEmailsSent(port: Port): CertificateProgress {
  const old = readJob(port);
  if (isBusy(old)) throw new UserError(RUN_TEXT.resendBusy);
  const ledger = openLedger(port);
  const { rows, eligible } = ledger.plan;
  const unknown = unknownMails(rows);
  if (unknown.length === 0) return { ...progress(rows, eligible, old), message: RUN_TEXT.noUnknownMails };
  for (const r of unknown) {
    r.status = 'Terkirim';
    r.note = LEDGER_NOTES.markedSent;
  }
  writeLedger(ledger);
  const message = RUN_TEXT.markedSent(unknown.length, SHEETS.certificates.name);
  if (old) {
    old.message = message;
    saveJob(port, old);
  }
  return { ...progress(rows, eligible, old), message };
}
