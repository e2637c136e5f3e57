// Delivery of a certificate run, pure: the estimate of the time left (the job's measured pace and the quotas), and
// who received nothing, each with the reason. The count itself is countProgress (core/certificateJob.ts); every
// surface (panel, menu, batch message, trigger note) uses these.

import { inScope, type JobRecord, type QuotaKind, type RunSettings } from './certificateJob';
import {
  firstRows,
  isFrozen,
  type LedgerRow,
  ledgerKey,
  NOTE_NOT_ELIGIBLE,
  undeliverable,
} from './certificates';

/** What this job measured: milliseconds spent and certificates worked (a file made or an e-mail sent), all batches. */
export interface Pace {
  ms: number;
  rows: number;
}

/** Adds one batch to the job's pace. */
export function addPace(pace: Pace | undefined, ms: number, rows: number): Pace {
  return { ms: (pace?.ms ?? 0) + Math.max(0, ms), rows: (pace?.rows ?? 0) + Math.max(0, rows) };
}

/** The time left, as the admin reads it. */
export type TimeLeft =
  | { kind: 'none' }
  /** Minutes of work left at this job's pace (at least 1). */
  | { kind: 'minutes'; minutes: number }
  /** Stopped by a daily quota: it goes on when the quota is back. */
  | { kind: 'quota'; quota: QuotaKind; resumeAt: string | null }
  /** Some e-mails wait for tomorrow's e-mail quota; the rest takes `minutes`. */
  | { kind: 'mailTomorrow'; minutes: number; waiting: number };

/**
 * The estimate for a job: nothing when done or not running, the quota when stopped by one, else the rows left
 * times this job's measured time per row (no estimate before a batch has measured one), and the e-mails beyond
 * today's e-mail quota (asked once per batch) said to wait for tomorrow.
 */
export function timeLeft(
  job: Pick<JobRecord, 'state' | 'resumeAt' | 'pace' | 'stoppedBy' | 'mailLeft'> | null,
  remaining: number,
  emailPending: number,
): TimeLeft {
  if (!job || remaining === 0) return { kind: 'none' };
  if (job.state === 'quota')
    return { kind: 'quota', quota: job.stoppedBy ?? 'email', resumeAt: job.resumeAt };
  if (job.state !== 'running' || !job.pace || job.pace.rows === 0) return { kind: 'none' };
  const waiting = job.mailLeft === undefined ? 0 : Math.max(0, emailPending - job.mailLeft);
  const rows = waiting > 0 ? Math.max(0, remaining - waiting) : remaining;
  const minutes = Math.max(1, Math.ceil((rows * (job.pace.ms / job.pace.rows)) / 60_000));
  return waiting > 0 ? { kind: 'mailTomorrow', minutes, waiting } : { kind: 'minutes', minutes };
}

/** Why a certificate reached nobody (no e-mail confirmed sent). */
export type NothingReason =
  | 'noAddress'
  | 'badAddress'
  | 'unknown'
  | 'waitingEmail'
  | 'emailNotAsked'
  | 'notMadeQuota'
  | 'notMadeYet'
  | 'notMadeFailed'
  | 'notEligible'
  | 'pdfGone'
  /** Mode TTE Tag: made, not signed yet (core/certificates.ts undeliverable), so nothing is sent. */
  | 'unsigned';

export interface Undelivered {
  row: LedgerRow;
  reason: NothingReason;
  /** The quota that holds it back (notMadeQuota, waitingEmail when the e-mail quota is spent). */
  quota?: QuotaKind;
}

/** Ledger notes the reasons are told by (src/text/id: a note changes there, the reason follows). */
export interface ReasonNotes {
  /** Start of the note of a message Google refused (an invalid address). */
  mailFailedPrefix: string;
  pdfGone: string;
  failedPrefix: string;
}

/**
 * Everyone in the ledger who received nothing (no e-mail confirmed sent), with the reason, in ledger order. A
 * not-eligible row is listed too (its number stays taken; nothing is made for it).
 */
export function undelivered(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: (Pick<JobRecord, 'state' | 'email' | 'stoppedBy' | 'scope'> & { run?: RunSettings }) | null,
  notes: ReasonNotes,
): Undelivered[] {
  const out: Undelivered[] = [];
  const quotaStop = job?.state === 'quota' ? (job.stoppedBy ?? 'email') : undefined;
  for (const r of firstRows(rows)) {
    if (r.status === 'Terkirim' || !inScope(r, job)) continue;
    if (!eligible.has(ledgerKey(r))) {
      if (r.note.includes(NOTE_NOT_ELIGIBLE)) out.push({ row: r, reason: 'notEligible' });
      continue;
    }
    if (r.status === 'Mengirim') out.push({ row: r, reason: 'unknown' });
    else if (r.note.startsWith(notes.pdfGone.slice(0, 30))) out.push({ row: r, reason: 'pdfGone' });
    else if (!r.pdf) {
      if (r.status === 'Gagal' || r.note.startsWith(notes.failedPrefix) || !isFrozen(r))
        out.push({ row: r, reason: 'notMadeFailed' });
      else if (quotaStop && quotaStop !== 'email')
        out.push({ row: r, reason: 'notMadeQuota', quota: quotaStop });
      else out.push({ row: r, reason: 'notMadeYet' });
    } else if (undeliverable(r, job?.run?.tte) === 'unsigned') out.push({ row: r, reason: 'unsigned' });
    else if (!r.email) out.push({ row: r, reason: 'noAddress' });
    else if (r.note.startsWith(notes.mailFailedPrefix)) out.push({ row: r, reason: 'badAddress' });
    else if (job?.email && quotaStop === 'email')
      out.push({ row: r, reason: 'waitingEmail', quota: 'email' });
    else if (job?.email) out.push({ row: r, reason: 'waitingEmail' });
    else out.push({ row: r, reason: 'emailNotAsked' });
  }
  return out;
}
