// A certificate run after its start, as the panel drives it: the next batch (from the ledger and the job alone),
// stop, and the status the panel polls.

import type { CertificateProgress } from '../shared/rpc';
import { RUN_TEXT } from '../text/id/certificates';
import { runBatch } from './certificateBatch';
import { progress } from './certificateProgress';
import { startCertificates } from './certificateStart';
import { readJob, saveJob, TRIGGER_HANDLER } from './certificateState';
import { openLedger } from './certificates';
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
  if (!job.run?.frozen) return startCertificates(port, { unattended: job.unattended, forceEmail: job.email });
  // never blocked until a time: a resume still over quota stops again cleanly (nothing is made twice)
  job.state = 'running';
  return runBatch(port, openLedger(port), job, started);
}

export function stopCertificates(port: Port): CertificateProgress {
  const job = readJob(port);
  if (job && (job.state === 'running' || job.state === 'quota')) {
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
