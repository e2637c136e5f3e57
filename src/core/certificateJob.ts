// The certificate job, pure: its record (kept in document properties), the work a ledger row still needs,
// progress counts, the time budget of one batch and when a quota-stopped run may resume.

import { type LedgerRow, ledgerKey } from './certificates';
import { googleFailureKind } from './errors';

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

/** The daily quotas a certificate run spends (per user; Google resets each 24 hours after its first request). */
export type QuotaKind = 'documents' | 'conversions' | 'email' | 'triggerTime';

/** When the add-on first used each quota in its current 24-hour window (ISO times), as far as it knows. */
export type QuotaWindows = Partial<Record<QuotaKind, string>>;

export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Records a use of each quota in `kinds` at `at`: a window older than 24 hours (or none) starts again at `at`.
 * Returns whether anything changed (so the caller writes only then).
 */
export function noteQuotaUse(windows: QuotaWindows, kinds: readonly QuotaKind[], at: Date): boolean {
  let changed = false;
  for (const k of kinds) {
    const since = windows[k] ? Date.parse(windows[k] as string) : Number.NaN;
    if (!Number.isFinite(since) || at.getTime() - since >= QUOTA_WINDOW_MS) {
      windows[k] = at.toISOString();
      changed = true;
    }
  }
  return changed;
}

/**
 * When a run stopped by a daily quota may go on. Google resets a quota 24 hours after its first request (not at
 * midnight). `firstUse` is when the add-on first used that quota in the current window: the reset is expected 24
 * hours later. Without it (the window was opened elsewhere, e.g. by another add-on of the same user) the reset is at
 * the latest 24 hours from now. A resume before the reset stops again cleanly.
 */
export function resumeAfterQuota(now: Date, firstUse: Date | null = null): Date {
  const from = firstUse?.getTime();
  if (
    from !== undefined &&
    Number.isFinite(from) &&
    now.getTime() - from < QUOTA_WINDOW_MS &&
    from <= now.getTime()
  )
    return new Date(from + QUOTA_WINDOW_MS);
  return new Date(now.getTime() + QUOTA_WINDOW_MS);
}

/** Which quota a quota error names (null for another error). */
export function quotaKind(e: unknown): QuotaKind | null {
  if (!isQuotaError(e)) return null;
  const m = String((e as { message?: unknown })?.message ?? e);
  if (/email/i.test(m)) return 'email';
  if (/conversion|convert/i.test(m)) return 'conversions';
  if (/docs create|document/i.test(m)) return 'documents';
  if (/computer time/i.test(m)) return 'triggerTime';
  return null;
}

/** A daily quota message (`Service invoked too many times for one day: …`, trigger run time), not a bug. */
export function isQuotaError(e: unknown): boolean {
  return googleFailureKind(e) === 'quota';
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
