// A certificate run's progress as the panel and the menu show it: counts from the ledger and the job, the message a
// batch ends with, and the panel's certificate section.

import { type Counts, countProgress, type JobRecord, quotaName, unknownList } from '../core/certificateJob';
import { type LedgerRow, runEligible } from '../core/certificates';
import { formatDateLong } from '../core/dates';
import { timeLeft, type Undelivered, undelivered } from '../core/delivery';
import { SHEETS } from '../core/schema';
import type { CertificateProgress, NothingCount } from '../shared/rpc';
import { DELIVERY_NOTES, NOTHING_TEXT, PROGRESS_TEXT } from '../text/id/certDelivery';
import { LEDGER_NOTES, QUOTA_NAMES, RUN_TEXT } from '../text/id/certificates';
import { readCertificateLedger } from './certificateLedger';
import { readJob, readUserState } from './certificateState';
import type { PanelContributor } from './panel';
import { panelTemplates } from './templates';

export function progress(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: JobRecord | null,
  notice: string | null = null,
): CertificateProgress {
  const c = countProgress(rows, eligible, job);
  const count = progressLine(rows, eligible, job, c);
  let message = job?.message ?? '';
  if (!job)
    message =
      (c.total ? `${count}.` : RUN_TEXT.none) + RUN_TEXT.unknownMails(c.unknown, SHEETS.certificates.name);
  return {
    state: job?.state ?? 'idle',
    total: c.total,
    done: c.done,
    failed: c.failed,
    emailed: c.emailed,
    unknown: c.unknown,
    unknownMails: unknownList(rows),
    remaining: c.remaining,
    message,
    resumeAt: job?.resumeAt ?? null,
    notice,
    count,
    nothing: nothingCounts(rows, eligible, job),
  };
}

/** The run's counts as one line (PROGRESS_TEXT.count). */
function countLine(c: Counts, job: JobRecord | null): string {
  return PROGRESS_TEXT.count({
    made: c.done,
    total: c.total,
    sent: c.emailed,
    withAddress: c.withAddress,
    noAddress: c.noAddress,
    email: Boolean(job?.email),
  });
}

/** The estimate of the time left, '' when there is none. */
function estimate(job: JobRecord | null, c: Counts, now = new Date()): string {
  const t = timeLeft(job, c.remaining, c.emailPending);
  switch (t.kind) {
    case 'none':
      return '';
    case 'minutes':
      return PROGRESS_TEXT.minutes(t.minutes);
    case 'mailTomorrow':
      return PROGRESS_TEXT.mailTomorrow(t.minutes, t.waiting);
    case 'quota': {
      const at = t.resumeAt ? new Date(t.resumeAt) : null;
      const sameDay = at && formatDateLong(at) === formatDateLong(now);
      const whenText = !at
        ? PROGRESS_TEXT.tomorrow
        : sameDay
          ? PROGRESS_TEXT.at(at.getHours(), at.getMinutes())
          : formatDateLong(at) === formatDateLong(new Date(now.getTime() + 86_400_000))
            ? PROGRESS_TEXT.tomorrow
            : when(at);
      return PROGRESS_TEXT.quota(whenText, QUOTA_NAMES[t.quota]);
    }
  }
}

/** ONE progress line for a job, from the ledger: what the panel, the menu, every batch message and the trigger note say. */
export function progressLine(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: JobRecord | null,
  c: Counts = countProgress(rows, eligible, job),
): string {
  const e = estimate(job, c);
  return e ? `${countLine(c, job)} · ${e}` : countLine(c, job);
}

const REASON_NOTES = {
  mailFailedPrefix: LEDGER_NOTES.mailFailed('').split(':')[0],
  pdfGone: DELIVERY_NOTES.pdfGone,
  failedPrefix: LEDGER_NOTES.failedPrefix,
};

/** The reason of one person who received nothing, as the admin reads it. */
export function nothingText(u: Undelivered): string {
  switch (u.reason) {
    case 'notMadeQuota':
      return NOTHING_TEXT.notMadeQuota(QUOTA_NAMES[u.quota ?? 'conversions']);
    case 'waitingEmail':
      return u.quota ? NOTHING_TEXT.waitingEmailQuota : NOTHING_TEXT.waitingEmail;
    default:
      return NOTHING_TEXT[u.reason];
  }
}

/** Who received nothing, in ledger order, each with the reason. */
export function undeliveredRows(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: JobRecord | null,
): Undelivered[] {
  return undelivered(rows, eligible, job, REASON_NOTES);
}

function nothingCounts(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: JobRecord | null,
): NothingCount[] {
  const by = new Map<string, NothingCount>();
  for (const u of undeliveredRows(rows, eligible, job)) {
    const text = nothingText(u);
    const k = `${u.reason}|${text}`;
    const n = by.get(k) ?? { reason: u.reason, text, n: 0 };
    n.n++;
    by.set(k, n);
  }
  return [...by.values()];
}

/** "26 November 2026 pukul 09.05" */
export function when(d: Date): string {
  return RUN_TEXT.at(formatDateLong(d), d.getHours(), d.getMinutes());
}

/** What one batch did, for its message. */
export interface BatchTally {
  made: number;
  /** E-mails confirmed sent in the batch. */
  sent: number;
  /** E-mails the batch started whose outcome is unknown. */
  unknown: number;
  /** The quota error that stopped the batch, if one did. */
  quota: unknown;
}

/** The message a batch leaves in its job, by the state it left it in. */
export function outcomeMessage(
  job: JobRecord,
  c: Counts,
  tally: BatchTally,
  o: { auto: boolean; resume: Date | null; known: boolean },
  count: string,
): string {
  const did = RUN_TEXT.did(tally.made, tally.sent, job.email, tally.unknown);
  return (
    runMessage(job, c, did, o, tally, count) + RUN_TEXT.unknownMails(c.unknown, SHEETS.certificates.name)
  );
}

function runMessage(
  job: JobRecord,
  c: Counts,
  did: string,
  o: { auto: boolean; resume: Date | null; known: boolean },
  tally: BatchTally,
  count: string,
): string {
  if (job.state === 'quota') {
    const name = tally.quota ? capitalise(quotaName(tally.quota)) : RUN_TEXT.emailQuota;
    const resume = when(o.resume ?? new Date());
    return RUN_TEXT.quota({ quota: name, did, count, resume, known: o.known, auto: o.auto });
  }
  if (job.state === 'done')
    return RUN_TEXT.done({ count, failed: c.failed, sheet: SHEETS.certificates.name });
  const how = job.unattended ? (o.auto ? RUN_TEXT.howAuto : RUN_TEXT.howNoTrigger) : RUN_TEXT.howPanel;
  return RUN_TEXT.going({ count, did, how });
}

/** "kuota email harian" → "Kuota email harian" (the message starts a sentence). */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Menu texts. */
export function menuMessage(r: CertificateProgress): string {
  return r.state === 'running' ? RUN_TEXT.menuNext(r.message) : r.message;
}

/** The panel's certificate section, from the ledger the panel already read (no further sheet read). */
export const certificatesPanel: PanelContributor = (state, { port, loaded }) => {
  state.templates = panelTemplates(port);
  const rows = readCertificateLedger(loaded?.raw.certificates ?? null).rows;
  const note = readUserState(port).triggerNote;
  state.certificates = progress(
    rows,
    runEligible(rows),
    readJob(port),
    note ? `${when(new Date(note.at))}: ${note.text}` : null,
  );
  state.certificates.autoContinue = port.triggers.hourlyContinuationPossible();
};
