// The hourly trigger of a certificate run (a bound script only; see src/gas/triggers.ts): continues a running or
// quota-stopped job, removes itself when there is nothing to do, and never throws, so it never fails every hour.

import { isTimeout } from '../core/certificateJob';
import { isUserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import { TRIGGER_NOTES } from '../text/id/certificates';
import { continueCertificates } from './certificateRun';
import { readJob, readUserState, saveJob, saveUserState, TRIGGER_HANDLER } from './certificateState';
import type { Port } from './port';

/**
 * Continues the job (a quota-stopped one from when the quota is expected back). When it cannot go on (no containing
 * document, as in an editor add-on, or an error in a batch) it removes itself and leaves a note for the admin in
 * user properties and, when the spreadsheet is there, in the job the panel shows.
 */
export function continueByTrigger(port: Port, triggerUid: string | null = null): void {
  let docOk = false;
  try {
    docOk = port.triggers.hasContainingDocument();
    if (!docOk) {
      giveUp(port, triggerUid, TRIGGER_NOTES.noDocument, false);
      return;
    }
    port.lock.withDocumentLock(() => {
      const job = readJob(port);
      if (!job || (job.state !== 'running' && job.state !== 'quota')) {
        port.triggers.removeHourly(TRIGGER_HANDLER, triggerUid);
        return;
      }
      // a quota-stopped job waits for the expected reset (each try would spend a scratch document)
      if (job.state === 'quota' && job.resumeAt && Date.now() < Date.parse(job.resumeAt)) return;
      const r = continueCertificates(port);
      if (r.state === 'error') giveUp(port, triggerUid, `${failed(r.message)} ${r.count ?? ''}`.trim(), true);
    });
  } catch (e) {
    if (isUserError(e) && e.kind === 'busy') return; // another run holds the document: next hour
    if (isTimeout(e)) return; // the 6-minute limit: nothing more can be done in this execution
    giveUp(port, triggerUid, failed((e as Error)?.message ?? String(e)), docOk);
  }
}

const failed = (message: string) => TRIGGER_NOTES.failed(message, SHEETS.certificates.name);

/** The trigger removes itself and tells the admin; each step on its own, so one failing does not stop the others. */
function giveUp(port: Port, triggerUid: string | null, text: string, docOk: boolean): void {
  port.triggers.removeHourly(TRIGGER_HANDLER, triggerUid);
  try {
    const user = readUserState(port);
    user.triggerNote = { at: new Date().toISOString(), text };
    saveUserState(port, user);
  } catch {
    // nothing else can hold the note
  }
  if (!docOk) return;
  try {
    const job = readJob(port);
    if (job && (job.state === 'running' || job.state === 'quota' || job.state === 'error')) {
      job.state = 'paused';
      job.message = text;
      saveJob(port, job);
    }
  } catch {
    // the user-property note is enough
  }
}
