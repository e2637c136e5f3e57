// What a certificate run keeps between executions, through the port: its job record (document properties), the
// admin's quota windows and the hourly trigger's note (user properties), and the hourly trigger itself.

import { boundJob, type JobRecord, type QuotaWindows } from '../core/certificateJob';
import type { Port } from './port';

/** The top-level function the hourly trigger calls (exported from src/server.ts). */
export const TRIGGER_HANDLER = 'continueCertificatesByTrigger';

const PROP_JOB = 'douasn.certificateJob';
/** User property: quota windows and the hourly trigger's note to the admin. */
const PROP_USER = 'douasn.certificateUser';

export function readJob(port: Port): JobRecord | null {
  return port.store.getDocJson<JobRecord>(PROP_JOB);
}

export function saveJob(port: Port, job: JobRecord): void {
  job.updatedAt = new Date().toISOString();
  port.store.setDocJson(PROP_JOB, boundJob(job));
}

/** Kept in user properties: quotas are the user's, and a trigger without a document can still reach them. */
export interface UserState {
  /** When the add-on first used each quota in its current 24-hour window. */
  quotaSince?: QuotaWindows;
  /** Left by the hourly trigger when it gave up and removed itself; shown by the panel until the next run. */
  triggerNote?: { at: string; text: string };
}

export function readUserState(port: Port): UserState {
  return port.store.getUserJson<UserState>(PROP_USER) ?? {};
}

export function saveUserState(port: Port, u: UserState): void {
  port.store.setUserJson(PROP_USER, u.quotaSince || u.triggerNote ? u : null);
}

/** A new run answers the hourly trigger's note (one user-property read; a write only when there was a note). */
export function clearTriggerNote(port: Port): void {
  const user = readUserState(port);
  if (!user.triggerNote) return;
  delete user.triggerNote;
  saveUserState(port, user);
}

/**
 * The hourly continuation, where Google allows it (a bound script): installed while the job waits for a quota or
 * runs unattended, removed otherwise. Whether it runs.
 */
export function syncTrigger(port: Port, job: JobRecord): boolean {
  const wanted = job.state === 'quota' || (job.state === 'running' && job.unattended);
  if (wanted) return port.triggers.ensureHourly(TRIGGER_HANDLER);
  port.triggers.removeHourly(TRIGGER_HANDLER);
  return false;
}
