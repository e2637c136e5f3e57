// The certificate job, pure: its record (kept in document properties), the work a ledger row still needs,
// progress counts, the time budget of one batch and when a quota-stopped run may resume.

import { type LedgerRow, ledgerKey } from './certificates';

export type JobState = 'idle' | 'running' | 'done' | 'paused' | 'quota' | 'error';

/** Small and bounded (document properties hold 9 KB a value): the ledger is the truth, this is the cursor. */
export interface JobRecord {
  state: JobState;
  /** Send the PDF by email too (Pengaturan "Kirim Email" = Ya, or "Kirim Email Sertifikat"). */
  email: boolean;
  /** Continue by the hourly trigger when nobody drives the batches from the panel. */
  unattended: boolean;
  startedAt: string;
  updatedAt: string;
  resumeAt: string | null;
  message: string;
  batches: number;
  /** Failed attempts per certificate key (only failing ones; capped). */
  attempts: Record<string, number>;
}

/** Stop starting new certificates after this much of the execution (Google stops it at 6 minutes). */
export const BATCH_BUDGET_MS = 270_000;
/** A certificate that failed this many times is left as Gagal until the admin starts again. */
export const MAX_ATTEMPTS = 3;

export function newJob(now: Date, email: boolean, unattended: boolean): JobRecord {
  return {
    state: 'running',
    email,
    unattended,
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    resumeAt: null,
    message: '',
    batches: 0,
    attempts: {},
  };
}

/** The work a row still needs in this run. */
export interface RowWork {
  pdf: boolean;
  email: boolean;
}

export function rowWork(
  row: LedgerRow,
  eligible: ReadonlySet<string>,
  job: Pick<JobRecord, 'email' | 'attempts'>,
): RowWork {
  const key = ledgerKey(row);
  if (!eligible.has(key) || (job.attempts[key] ?? 0) >= MAX_ATTEMPTS) return { pdf: false, email: false };
  const pdf = !row.pdf;
  // at most once: a row marked Terkirim is never sent again, even if the send itself was lost in a crash
  const email = job.email && row.email !== '' && row.status !== 'Terkirim';
  return { pdf, email };
}

export interface Counts {
  total: number;
  done: number;
  failed: number;
  emailed: number;
  /** Rows that still need work: a file to make or (in an email run) an email to send. */
  remaining: number;
  /** Emails still to send (with an address). */
  emailPending: number;
}

export function countProgress(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: Pick<JobRecord, 'email' | 'attempts'> | null,
): Counts {
  const c: Counts = { total: 0, done: 0, failed: 0, emailed: 0, remaining: 0, emailPending: 0 };
  const seen = new Set<string>();
  for (const r of rows) {
    const key = ledgerKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.status === 'Terkirim') c.emailed++;
    if (!eligible.has(key)) continue;
    c.total++;
    if (r.pdf) c.done++;
    if (r.status === 'Gagal') c.failed++;
    const w = rowWork(r, eligible, job ?? { email: false, attempts: {} });
    if (w.pdf || w.email) c.remaining++;
    if (w.email) c.emailPending++;
  }
  return c;
}

/**
 * When a run stopped by a daily quota may go on. Google resets a quota 24 hours after its first use; which moment
 * that was is not visible to the script, so this takes the next midnight in the script's time zone (what the emulator
 * models). A resume before the reset fails cleanly again with the same state.
 */
export function resumeAfterQuota(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 0);
}

/** A daily quota message (`Service invoked too many times for one day: …`, trigger run time), not a bug. */
export function isQuotaError(e: unknown): boolean {
  const m = String((e as { message?: unknown })?.message ?? e);
  return /too many times for one day|too much computer time for one day|Limit Exceeded: Email Recipients Per Day/i.test(
    m,
  );
}

/** Which quota an error names, in Indonesian, for the message. */
export function quotaName(e: unknown): string {
  const m = String((e as { message?: unknown })?.message ?? e);
  if (/email/i.test(m)) return 'kuota email harian';
  if (/conversion|convert/i.test(m)) return 'kuota konversi berkas (PDF) harian';
  if (/docs create|document/i.test(m)) return 'kuota pembuatan dokumen harian';
  if (/computer time/i.test(m)) return 'kuota waktu pemicu harian';
  return 'kuota harian Google';
}
