// The certificate job, pure: its record (kept in document properties) with the settings its run froze, the work a
// ledger row still needs, progress counts, the time budget of one batch, how a batch ends and when a quota-stopped
// run may resume.

import { LEDGER_NOTES, QUOTA_NAMES } from '../text/id/certificates';
import type { PrintLook } from './certificateLook';
import {
  type CertKind,
  firstRows,
  isRevoked,
  type LedgerRow,
  ledgerKey,
  undeliverable,
  utf8Length,
} from './certificates';
import { googleFailureKind } from './errors';
import type { TteSettings } from './tte';

export type JobState = 'idle' | 'running' | 'done' | 'paused' | 'quota' | 'error';

/** A run going on (or waiting for its quota): the admin must stop it or let it finish before another act. */
export const isBusy = (job: Pick<JobRecord, 'state'> | null): boolean =>
  job !== null && (job.state === 'running' || job.state === 'quota');

/**
 * What a run needs of `Pengaturan`, frozen when it starts: batches read no input sheet (the certificates' own values
 * are frozen in the ledger, see core/certificates.ts PRINT_FIELDS).
 */
export interface RunSettings {
  /** Mode Sertifikat "PDF" (one scratch document per batch) rather than "Dokumen dan PDF". */
  pdfOnly: boolean;
  emailSubject: string;
  emailBody: string;
  /**
   * Format Nomor of each kind (a record made before Sertifikat Narasumber lacks it): reads the sequence back out of
   * a number for the file name.
   */
  numberFormats: Record<CertKind, string>;
  /** Set once the ledger holds this run's print values; a run cut off before that is started again. */
  frozen: boolean;
  /** Bagikan Tautan PDF: each PDF made is shared "anyone with the link can view" (issue 12 item 6). */
  shareLinks?: boolean;
  /** The agency and city the run prints (core/certificateLook.ts; absent in a record made before: printed empty). */
  look?: PrintLook;
  /** Daftar Materi = Ya: each certificate gets the page of its training's list (frozen in src/features/certMaterials.ts). */
  materials?: boolean;
  /** Mode TTE and its tag (core/tte.ts; absent in a record made before: Tidak). */
  tte?: TteSettings;
}

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
  /** Absent in a record made before runs froze their values (such a run is started again). */
  run?: RunSettings;
  /**
   * A resend the admin asked for: only the rows the request marked (note LEDGER_NOTES.resend) are e-mailed, nothing
   * else is made or sent.
   */
  resend?: boolean;
  /**
   * The trainings this run is for (Kode Kegiatan, at most MAX_SCOPE): its batches, continuations and e-mails work
   * only rows of these. Absent in a record made before runs had a scope, and in a resend (it works only the rows
   * the request marked): every training.
   */
  scope?: string[];
  /**
   * The trainings of the scope that had not ended and the admin confirmed for this run: a start cut off before its
   * snapshot reached the sheet is started again with the same scope and the same confirmations.
   */
  confirmedUnfinished?: string[];
  /** A re-issue of one certificate (src/features/certificateReissue.ts): only that key is worked. */
  reissue?: ReissueJob;
  // ---- delivery (src/core/delivery.ts): the time-left estimate ----
  /** Time spent and certificates worked over this job's batches (its measured pace). */
  pace?: { ms: number; rows: number };
  /** The daily quota that stopped the last batch (state 'quota'). */
  stoppedBy?: QuotaKind;
  /** E-mail recipients left today as the last batch of an e-mail run asked. */
  mailLeft?: number;
}

/** What a re-issue job carries (the ledger holds the rest: the Diganti row and the new one). */
export interface ReissueJob {
  /** The certificate key (`<kode>|<jenis>|<nip>`). */
  key: string;
  /** The number replaced and the number given (reserved in the ledger before any file). */
  oldNumber: string;
  newNumber: string;
  reason: string;
}

/** Whether a row is inside the job's scope. */
export const inScope = (
  row: Pick<LedgerRow, 'trainingCode'>,
  job: Pick<JobRecord, 'scope'> | null,
): boolean => !job?.scope || job.scope.includes(row.trainingCode);

/** Stop starting new certificates after this much of the execution (Google stops it at 6 minutes). */
export const BATCH_BUDGET_MS = 270_000;
/** A certificate that failed this many times is left as Gagal until the admin starts again. */
export const MAX_ATTEMPTS = 3;

export function newJob(now: Date, email: boolean, unattended: boolean, run?: RunSettings): JobRecord {
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
    ...(run ? { run } : {}),
  };
}

/** A property value's cap as measured (8,066 bytes; 9 KB documented), with room for the record's own fields. */
export const MAX_JOB_BYTES = 8_000;
/** The e-mail subject and body a run keeps in its record (the rest of the record stays under MAX_JOB_BYTES). */
export const MAX_EMAIL_TEXT_BYTES = 4_000;

/** The record as stored: attempts for at most 100 failing certificates, fewer if the record would pass the cap. */
export function boundJob(job: JobRecord): JobRecord {
  let keys = Object.keys(job.attempts);
  if (keys.length > 100) for (const k of keys.slice(100)) delete job.attempts[k];
  keys = Object.keys(job.attempts);
  while (keys.length && utf8Length(JSON.stringify(job)) > MAX_JOB_BYTES)
    delete job.attempts[keys.pop() as string];
  return job;
}

/** The work a row still needs in this run. */
export interface RowWork {
  pdf: boolean;
  email: boolean;
}

/**
 * Whether a row's e-mail was ever started: Terkirim (sendEmail returned) or Mengirim (marked before the send, the
 * outcome unknown). Such a row is never e-mailed again by a run; only the admin's explicit resend does.
 */
export function mailStarted(row: Pick<LedgerRow, 'status'>): boolean {
  return row.status === 'Terkirim' || row.status === 'Mengirim';
}

export function rowWork(
  row: LedgerRow,
  eligible: ReadonlySet<string>,
  job: Pick<JobRecord, 'email' | 'attempts' | 'resend' | 'scope' | 'reissue'> & { run?: RunSettings },
): RowWork {
  const key = ledgerKey(row);
  if (!eligible.has(key) || (job.attempts[key] ?? 0) >= MAX_ATTEMPTS || !inScope(row, job) || isRevoked(row))
    return { pdf: false, email: false };
  if (job.resend && row.note !== LEDGER_NOTES.resend) return { pdf: false, email: false };
  if (job.reissue && job.reissue.key !== key) return { pdf: false, email: false };
  const pdf = !row.pdf;
  // at most once: a row marked Mengirim or Terkirim is never sent again, even if the send was lost in a crash
  // nothing revoked, replaced or (Mode TTE Tag) unsigned is e-mailed: core/certificates.ts undeliverable
  const email = job.email && row.email !== '' && !mailStarted(row) && !undeliverable(row, job.run?.tte);
  return { pdf, email };
}

/** The certificates that still need work in this run: the first row of each, eligible, with a file or e-mail due. */
export function runWork(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: Pick<JobRecord, 'email' | 'attempts' | 'resend' | 'scope' | 'reissue'>,
): LedgerRow[] {
  return firstRows(rows).filter((r) => {
    const w = rowWork(r, eligible, job);
    return w.pdf || w.email;
  });
}

export interface Counts {
  total: number;
  done: number;
  failed: number;
  /** Of the run's certificates, e-mails confirmed sent (Terkirim: sendEmail returned). */
  emailed: number;
  /** E-mails whose sending was started but not confirmed (Mengirim), of every training: they need the admin. */
  unknown: number;
  /** Of the run's certificates, those with an e-mail address and those without one (they receive no e-mail). */
  withAddress: number;
  noAddress: number;
  /** Rows that still need work: a file to make or (in an email run) an email to send. */
  remaining: number;
  /** Emails still to send (with an address). */
  emailPending: number;
}

export function countProgress(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: Pick<JobRecord, 'email' | 'attempts' | 'resend' | 'scope' | 'reissue'> | null,
): Counts {
  const c: Counts = {
    total: 0,
    done: 0,
    failed: 0,
    emailed: 0,
    unknown: 0,
    withAddress: 0,
    noAddress: 0,
    remaining: 0,
    emailPending: 0,
  };
  for (const r of firstRows(rows)) {
    const key = ledgerKey(r);
    if (r.status === 'Mengirim') c.unknown++;
    // a run counts its own trainings' work only (unknown e-mails of every training stay counted: they need the admin)
    if (!eligible.has(key) || !inScope(r, job) || isRevoked(r)) continue;
    c.total++;
    if (r.pdf) c.done++;
    if (r.status === 'Terkirim') c.emailed++;
    if (r.email) c.withAddress++;
    else c.noAddress++;
    if (r.status === 'Gagal') c.failed++;
    const w = rowWork(r, eligible, job ?? { email: false, attempts: {} });
    if (w.pdf || w.email) c.remaining++;
    if (w.email) c.emailPending++;
  }
  return c;
}

/** An e-mail whose outcome is unknown, as the panel lists it. */
export interface UnknownMail {
  trainingCode: string;
  kind: CertKind;
  nip: string;
  name: string;
  email: string;
  /** 1-based row of `Sertifikat`. */
  row: number | null;
}

/** The panel lists at most this many unknown e-mails (the count is always whole; the sheet has every row). */
export const MAX_UNKNOWN_LISTED = 50;

/** The certificates whose e-mail is Mengirim (outcome unknown), first row of each, in ledger order. */
export function unknownMails(rows: readonly LedgerRow[]): LedgerRow[] {
  return firstRows(rows).filter((r) => r.status === 'Mengirim');
}

/** The first `MAX_UNKNOWN_LISTED` unknown e-mails as the panel lists them. */
export function unknownList(rows: readonly LedgerRow[]): UnknownMail[] {
  return unknownMails(rows)
    .slice(0, MAX_UNKNOWN_LISTED)
    .map((r) => ({
      trainingCode: r.trainingCode,
      kind: r.kind,
      nip: r.nip,
      name: r.name,
      email: r.email,
      row: r.sheetRow,
    }));
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

/** Google's 6-minute limit: nothing more can be done in this execution (never caught as a certificate failure). */
export function isTimeout(e: unknown): boolean {
  return googleFailureKind(e) === 'timeout';
}

/** Which quota an error names, in Indonesian, for the message. */
export function quotaName(e: unknown): string {
  const m = String((e as { message?: unknown })?.message ?? e);
  if (/email/i.test(m)) return QUOTA_NAMES.email;
  if (/conversion|convert/i.test(m)) return QUOTA_NAMES.conversions;
  if (/docs create|document/i.test(m)) return QUOTA_NAMES.documents;
  if (/computer time/i.test(m)) return QUOTA_NAMES.triggerTime;
  return QUOTA_NAMES.other;
}

/**
 * How a batch leaves its job: stopped by a quota (one hit, or only e-mails left while the e-mail quota is spent),
 * done when nothing is left, else still running.
 */
export function batchState(c: Counts, quotaHit: boolean, emailBlocked: boolean): JobState {
  if (quotaHit || (emailBlocked && c.remaining > 0 && c.remaining === c.emailPending)) return 'quota';
  return c.remaining === 0 ? 'done' : 'running';
}
