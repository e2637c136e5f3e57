// A certificate run's progress as the panel and the menu show it: counts from the ledger and the job, the message a
// batch ends with, and the panel's certificate section.

import { type Counts, countProgress, type JobRecord, quotaName, unknownList } from '../core/certificateJob';
import { type LedgerRow, runEligible } from '../core/certificates';
import { formatDateLong } from '../core/dates';
import { SHEETS } from '../core/schema';
import type { CertificateProgress } from '../shared/rpc';
import { RUN_TEXT } from '../text/id/certificates';
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
  let message = job?.message ?? '';
  if (!job)
    message =
      (c.total ? RUN_TEXT.made(c.done, c.total) : RUN_TEXT.none) +
      RUN_TEXT.unknownMails(c.unknown, SHEETS.certificates.name);
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
  };
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
): string {
  const did = RUN_TEXT.did(tally.made, tally.sent, job.email, tally.unknown);
  return runMessage(job, c, did, o, tally) + RUN_TEXT.unknownMails(c.unknown, SHEETS.certificates.name);
}

function runMessage(
  job: JobRecord,
  c: Counts,
  did: string,
  o: { auto: boolean; resume: Date | null; known: boolean },
  tally: BatchTally,
): string {
  if (job.state === 'quota') {
    const name = tally.quota ? capitalise(quotaName(tally.quota)) : RUN_TEXT.emailQuota;
    const resume = when(o.resume ?? new Date());
    return RUN_TEXT.quota({ quota: name, did, ...c, resume, known: o.known, auto: o.auto });
  }
  if (job.state === 'done') return RUN_TEXT.done({ ...c, email: job.email, sheet: SHEETS.certificates.name });
  const how = job.unattended ? (o.auto ? RUN_TEXT.howAuto : RUN_TEXT.howNoTrigger) : RUN_TEXT.howPanel;
  return RUN_TEXT.going({ ...c, did, how });
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
