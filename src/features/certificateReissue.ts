// "Terbitkan Ulang": one made certificate issued again from the current data (a typo in a name fixed in `Peserta`).
// The published rule: a re-issue always gets a NEW number (the next of its training and kind); the old number is
// never reused and stays in the ledger on its row, now Status `Diganti` with the note "Diganti oleh <nomor baru> pada
// <tanggal>: <alasan>". The new row (same training, kind and NIP, note "Mengganti <nomor lama>") is the certificate
// from then on: batches, e-mails and every later run use it; the Diganti row is history (core/certificates.ts
// firstRows, planLedger, core/ledgerIntegrity.ts). The old PDF (and Doc) is renamed "DIGANTI - …" and marked in its
// appProperties (douasnSuperseded, douasnReplacedBy).
//
// The gate (core/certificateGate.ts) for one person: an open Error on this person's rows, or on rows of no person of
// the training (Kegiatan, Sesi, its responses), stops it with its causes; other participants' Errors do not, and
// there is no "not ended" question (it was issued). It prints what a run would print now (certificateData.ts).
//
// It is a certificate run scoped to one key (JobRecord.reissue): the steps before its first batch (the ledger write,
// then the old files marked) are done again by the next call when an execution was cut off between them, finding
// in the ledger what was done, so there is never a second new number; the file itself is made by the ordinary batch
// (found again by key and number after a crash, so never twice). E-mail only when the admin asks.

import { isBusy, type JobRecord, mailStarted, newJob } from '../core/certificateJob';
import { numberFormatOf } from '../core/certificatePreflight';
import {
  type CertKind,
  certificateKey,
  FILE_PROPS,
  firstRows,
  formatCertificateNumber,
  freezeRow,
  isRevoked,
  isSuperseded,
  issueDate,
  type LedgerRow,
  ledgerKey,
  newLedgerRow,
  PRINT_KEYS,
  parseSequence,
  runPlan,
  sequenceFloors,
  splitCertificateKey,
} from '../core/certificates';
import { formatDateLong } from '../core/dates';
import { UserError } from '../core/errors';
import type { CertificateProgress, IssuedCertificate, ReissueRequest } from '../shared/rpc';
import { REISSUE_TEXT as T } from '../text/id/certReissue';
import { runBatch } from './certificateBatch';
import { checkWithDrive, fileIdOf } from './certificateCheck';
import { currentData } from './certificateData';
import { gateBlock } from './certificateGateData';
import { ledgerHeaderProblem, writeLedger } from './certificateLedger';
import { lazyCodes, runSettings } from './certificateStart';
import { readJob, saveJob } from './certificateState';
import { openLedger } from './certificates';
import type { Port } from './port';
import { templateAccess } from './templates';

/** At most this many certificates are listed for a search. */
export const MAX_FOUND = 20;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The made certificates (the rows now, not Diganti ones) whose name, NIP or number contains `query`. */
export function findIssuedCertificates(port: Port, query: string): IssuedCertificate[] {
  const { rows } = openLedger(port).ledger;
  const q = norm(query);
  const digits = query.replace(/\D/g, '');
  const history = new Map<string, string[]>();
  for (const r of rows)
    if (isSuperseded(r)) history.set(ledgerKey(r), [...(history.get(ledgerKey(r)) ?? []), r.number]);
  const out: IssuedCertificate[] = [];
  for (const r of firstRows(rows)) {
    if (!r.pdf) continue;
    const hit =
      !q ||
      norm(r.name).includes(q) ||
      norm(r.number).includes(q) ||
      (digits.length >= 4 && r.nip.includes(digits));
    if (!hit) continue;
    out.push({
      trainingCode: r.trainingCode,
      kind: r.kind,
      nip: r.nip,
      name: r.name,
      number: r.number,
      status: r.status,
      row: r.sheetRow,
      replaced: history.get(ledgerKey(r)) ?? [],
    });
    if (out.length >= MAX_FOUND) break;
  }
  return out;
}

/** The number that replaced a Diganti row (the next row of its key), or ''. */
function replacement(rows: readonly LedgerRow[], old: LedgerRow): string {
  const key = ledgerKey(old);
  const after = rows.filter((r) => ledgerKey(r) === key && (r.sheetRow ?? 0) > (old.sheetRow ?? 0));
  return after.find((r) => !isSuperseded(r))?.number ?? after[0]?.number ?? '';
}

/**
 * Re-issues one certificate (see the file comment). `resume` is the re-issue job an execution left before its first
 * batch (continueCertificates passes it): its steps are finished, never begun twice.
 */
export function reissueCertificate(
  port: Port,
  req: ReissueRequest,
  resume: JobRecord | null = null,
): CertificateProgress {
  const started = Date.now();
  const key = certificateKey(req.trainingCode, req.kind, req.nip);
  if (!resume) {
    // the same re-issue asked again after a cut-off (or a stop): finished, not begun twice
    const old = readJob(port);
    const same = old?.reissue?.key === key && old.reissue.oldNumber === req.number;
    if (isBusy(old) && !(same && !old?.run?.frozen)) throw new UserError(T.busy, 'blocked');
    if (same && old?.state !== 'done') resume = old;
  }
  const data = currentData(port);
  const ledger = openLedger(port, runPlan, data.loaded);
  const header = ledgerHeaderProblem(ledger.ledger);
  if (header) throw new UserError(header, 'blocked');
  const rows = ledger.ledger.rows;
  const formatOf = (kind: CertKind) => numberFormatOf(data.settings, kind);
  const target = rows.find((r) => ledgerKey(r) === key && r.number === req.number);
  if (!target) throw new UserError(T.notFound(req.number));

  let job: JobRecord;
  let fresh: LedgerRow;
  if (isSuperseded(target)) {
    // done before a cut-off: the ledger already holds both rows; finish the steps after it
    const now = firstRows(rows).find((r) => ledgerKey(r) === key);
    if (!resume?.reissue || !now || now.number !== resume.reissue.newNumber)
      throw new UserError(T.alreadyReplaced(req.number, replacement(rows, target)), 'blocked');
    job = resume;
    fresh = now;
  } else {
    if (!target.pdf) throw new UserError(T.notMade(req.number), 'blocked');
    if (isRevoked(target)) throw new UserError(T.revoked(req.number), 'blocked');
    // the gate for one person: it was issued (no "not ended" question), but an open Error on this person's rows or
    // on the training's own data stops it, as it would stop a run; other participants' Errors do not
    const gate = gateBlock(data.analysis, new Set([req.trainingCode]), req.nip);
    if (gate.message) throw new UserError(gate.message, 'blocked');
    const check = checkWithDrive(port, rows, formatOf, () => templateAccess(port).props.folders);
    if (check.errors.length)
      throw new UserError(T.ledgerStopped(check.errors.length, check.errors), 'blocked');
    const cand = data.candidates.find((c) => ledgerKey(c) === key);
    if (!cand) throw new UserError(T.noLongerEligible(req.number), 'blocked');
    const training = data.trainings.find((t) => t.code === req.trainingCode);
    const floor = sequenceFloors(rows, (r) => parseSequence(r.number, formatOf(r.kind), r.trainingCode));
    const seq =
      Math.max(
        floor.get(`${req.trainingCode}|${req.kind}`) ?? 0,
        check.reserved(req.trainingCode, req.kind),
      ) + 1;
    const number = formatCertificateNumber(formatOf(req.kind), {
      seq,
      code: req.trainingCode,
      date: training ? issueDate(training) : null,
    });
    const values = data.valuesOf(req.trainingCode, req.kind, req.nip, number);
    if (!values) throw new UserError(T.noLongerEligible(req.number), 'blocked');
    // the corrected certificate is e-mailed only when the admin asks; one already e-mailed is not sent by itself
    const quiet = !req.email && mailStarted(target);
    fresh = newLedgerRow({
      trainingCode: req.trainingCode,
      kind: req.kind,
      number,
      nip: req.nip,
      name: values.Nama,
      status: 'Menunggu',
      email: quiet ? '' : cand.email,
      note: quiet ? T.replacesNoMail(req.number) : T.replaces(req.number),
      code: lazyCodes(port, rows)(),
    });
    freezeRow(fresh, values);
    const unchanged = fresh.name === target.name && PRINT_KEYS.every((f) => fresh[f] === target[f]);
    if (unchanged && !req.confirmUnchanged) throw new UserError(T.unchanged(req.number), 'blocked');
    target.status = 'Diganti';
    target.note = T.replacedBy(number, formatDateLong(new Date()), req.reason.trim());
    // what the verification page says of the old code: Diganti oleh <number>, with the reason
    target.replacedBy = number;
    target.reason = req.reason.trim();
    job = newJob(new Date(), req.email, false, runSettings(data.settings, req.email));
    job.reissue = { key, oldNumber: req.number, newNumber: number, reason: req.reason.trim() };
    job.scope = [req.trainingCode];
    job.message = T.started(req.number, number);
    // the job first: an execution cut off after the ledger write is finished by the next call
    saveJob(port, job);
    ledger.plan = runPlan([...rows, fresh]);
    writeLedger(ledger);
  }
  markReplaced(port, target, fresh.number);
  if (job.run) job.run.frozen = true;
  job.state = 'running';
  saveJob(port, job);
  ledger.plan = runPlan(
    ledger.ledger.rows.includes(fresh) ? ledger.ledger.rows : [...ledger.ledger.rows, fresh],
  );
  ledger.checked = true;
  const out = runBatch(port, ledger, job, started);
  const note = req.email && !fresh.email ? ` ${T.noAddress}` : '';
  return { ...out, message: `${T.started(req.number, fresh.number)} ${out.message}${note}`.trim() };
}

/** A re-issue job cut off before its first batch: its steps are finished (continueCertificates calls this). */
export function resumeReissue(port: Port, job: JobRecord): CertificateProgress {
  const r = job.reissue;
  const parts = r ? splitCertificateKey(r.key) : null;
  if (!r || !parts) throw new UserError(T.notFound(''));
  return reissueCertificate(
    port,
    {
      number: r.oldNumber,
      trainingCode: parts.trainingCode,
      kind: parts.kind as CertKind,
      nip: parts.nip,
      reason: r.reason,
      email: job.email,
      confirmUnchanged: true,
    },
    job,
  );
}

/** The replaced certificate's files: renamed "DIGANTI - …" and marked (idempotent; a file gone is left). */
function markReplaced(port: Port, old: LedgerRow, newNumber: string): void {
  for (const link of [old.pdf, old.doc]) {
    const id = link ? fileIdOf(link) : null;
    const f = id ? port.drive.get(id) : null;
    if (!id || !f) continue;
    const props = f.appProperties ?? {};
    const named = f.name.startsWith(T.filePrefix);
    if (named && props[FILE_PROPS.superseded] === 'true' && props[FILE_PROPS.replacedBy] === newNumber)
      continue;
    port.drive.update(id, {
      name: named ? f.name : `${T.filePrefix}${f.name}`,
      appProperties: { [FILE_PROPS.superseded]: 'true', [FILE_PROPS.replacedBy]: newNumber },
    });
  }
}
