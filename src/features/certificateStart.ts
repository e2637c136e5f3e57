// "Buat Sertifikat" and "Kirim Email Sertifikat" start a run: the workbook is computed once, the ledger planned
// (numbers given once, in name order) and every certificate's print values frozen in it (a snapshot: the batches
// print these, whatever changes in the sheets meanwhile), pre-flight judges that snapshot (core/certificatePreflight.ts),
// then the first batch runs. Pre-flight alone writes nothing.
//
// A new start after the data changed: a certificate already made keeps its number and what its file printed; one
// not made yet takes the current data (its number stays once given); one no longer eligible keeps its row and number
// with a note and is not made.

import { MAX_EMAIL_TEXT_BYTES, newJob, type RunSettings } from '../core/certificateJob';
import { lookErrors, printLook } from '../core/certificateLook';
import { type MaterialList, materialLists } from '../core/certificateMaterials';
import {
  certificatePreflight,
  numberFormatOf,
  preflightWork,
  type TemplateCheck,
} from '../core/certificatePreflight';
import {
  type CertKind,
  candidatesFrom,
  formatCertificateNumber,
  freezePlan,
  issueDate,
  type LedgerRow,
  type MergeValues,
  mergeValues,
  parseSequence,
  planLedger,
} from '../core/certificates';
import type { Participant, Training } from '../core/model';
import { certificateSettingsBlocker, type Settings } from '../core/settings';
import type { CertificateProgress, PreflightResult } from '../shared/rpc';
import { LEDGER_NOTES, RUN_TEXT } from '../text/id/certificates';
import { runBatch, stopWith } from './certificateBatch';
import { checkWithDrive } from './certificateCheck';
import { ledgerHeaderNotes, ledgerHeaderProblem, writeLedger } from './certificateLedger';
import { templateIdOf } from './certificateRender';
import { clearTriggerNote, saveJob } from './certificateState';
import { openLedger, type RunLedger } from './certificates';
import { freezeMaterials } from './certMaterials';
import type { Port } from './port';
import { computeAll } from './results';
import { templateAccess, templateBlocker, unfinishedElsewhere } from './templates';

/** A run as it would start now: the ledger planned and frozen in memory, and what pre-flight needs besides. */
interface Snapshot {
  ledger: RunLedger;
  settings: Settings;
  trainings: readonly Training[];
  /** The ledger against its header and against Drive: Errors stop the run before anything is made. */
  ledgerErrors: string[];
  ledgerWarnings: string[];
  /** Daftar Materi = Ya: the list of each training in the ledger, frozen when the run starts. */
  materials: Map<string, MaterialList> | null;
}

const personKey = (code: string, nip: string) => `${code}|${nip}`;

/** Computes everything once (the only place a run reads the workbook) and plans and freezes the ledger. */
function snapshot(port: Port): Snapshot {
  const { loaded, results } = computeAll(port);
  const settings = loaded.wb.settings;
  const trainings = new Map(results.trainings.map((t) => [t.code, t]));
  const people = new Map<string, Participant>();
  for (const [code, list] of results.rosters) for (const p of list) people.set(personKey(code, p.nip), p);
  const rows = new Map(results.rows.map((r) => [personKey(r.trainingCode, r.nip), r]));
  const formatOf = (kind: CertKind) => numberFormatOf(settings, kind);
  const candidates = candidatesFrom(results.rows, results.rosters);
  const ledgerErrors: string[] = [];
  const ledgerWarnings: string[] = [];
  const ledger = openLedger(
    port,
    (existing, read) => {
      const header = ledgerHeaderProblem(read);
      if (header) {
        ledgerErrors.push(header);
        return planLedger([], [], { numberFor: () => '', sequenceOf: () => null });
      }
      ledgerWarnings.push(...ledgerHeaderNotes(read));
      // the ledger against the files in Drive: before any number is given
      const check = checkWithDrive(port, existing, formatOf, () => templateAccess(port).props.folders);
      ledgerErrors.push(...check.errors);
      ledgerWarnings.push(...check.warnings);
      for (const r of check.restored) {
        const p = people.get(personKey(r.trainingCode, r.nip));
        r.name = p?.name ?? '';
        // whether it was e-mailed is not known: no e-mail goes out unless the admin fills the address in
        r.email = '';
        r.note = LEDGER_NOTES.restored;
      }
      const plan = planLedger([...existing, ...check.restored], candidates, {
        numberFor: (code, kind, seq) => {
          const t = trainings.get(code);
          return formatCertificateNumber(formatOf(kind), { seq, code, date: t ? issueDate(t) : null });
        },
        sequenceOf: (row) => parseSequence(row.number, formatOf(row.kind), row.trainingCode),
        reserved: check.reserved,
      });
      const unseen = new Set(check.unseen);
      for (const r of plan.rows) {
        // the note says what the check found now: set on a row whose file is unseen, gone once it is not
        const note = r.sheetRow !== null && unseen.has(r.sheetRow) ? LEDGER_NOTES.fileNotFound : '';
        if (note === r.note || (!note && r.note !== LEDGER_NOTES.fileNotFound)) continue;
        r.note = note;
        plan.changed = true;
      }
      if (check.restored.length || read.table.renamed.length) plan.changed = true;
      return plan;
    },
    loaded,
  );
  ledger.checked = true;
  const valuesOf = (row: LedgerRow): MergeValues | null => {
    const training = trainings.get(row.trainingCode);
    if (!training) return null;
    const key = personKey(row.trainingCode, row.nip);
    return mergeValues({
      kind: row.kind,
      number: row.number,
      training,
      trainingJp: results.trainingJp.get(row.trainingCode) ?? training.jp ?? null,
      participant: people.get(key) ?? { nip: row.nip, name: row.name, position: '', rank: '', unit: '' },
      result: rows.get(key) ?? null,
    });
  };
  freezePlan(ledger.plan, valuesOf);
  const materials = settings.certificateLook.materials
    ? materialLists(
        results.trainings,
        loaded.wb.sessions,
        results.sessionJp,
        new Set(ledger.plan.rows.map((r) => r.trainingCode)),
      )
    : null;
  return { ledger, settings, trainings: results.trainings, ledgerErrors, ledgerWarnings, materials };
}

/** Pre-flight of a snapshot: the look-ups it needs (Drive, Docs, Mail, properties), then the pure judgement. */
function preflight(port: Port, snap: Snapshot, email: boolean): PreflightResult {
  const { rows, eligible } = snap.ledger.plan;
  const kinds = [...new Set(preflightWork(rows, eligible, email).map((r) => r.kind))];
  const access = templateAccess(port);
  // another admin's templates and folders, or ones this admin can no longer reach (drive.file is per user and client)
  const blocker = kinds.length ? templateBlocker(port, access) : null;
  const elsewhere = kinds.length ? unfinishedElsewhere(port, rows, access.props.root) : null;
  const templates = new Map<CertKind, TemplateCheck>();
  for (const kind of blocker ? [] : kinds)
    templates.set(kind, checkTemplate(port, templateIdOf(access.props, kind)));
  const emailQuota = email ? port.mail.remainingDailyQuota() : null;
  const report = certificatePreflight({
    rows,
    eligible,
    email,
    blockers: [...snap.ledgerErrors, blocker, elsewhere, certificateSettingsBlocker(snap.settings)].filter(
      (m): m is string => m !== null,
    ),
    templates,
    settings: snap.settings,
    trainings: snap.trainings.map((t) => ({ code: t.code, issued: issueDate(t) })),
    now: new Date(),
    emailQuota,
    maxEmailBytes: MAX_EMAIL_TEXT_BYTES,
  });
  report.warnings.unshift(...snap.ledgerWarnings);
  report.errors.push(...lookErrors(printLook(snap.settings.certificateLook), snap.settings.rows, templates));
  return {
    ok: report.errors.length === 0,
    ...report,
    quotas: { documents: null, conversions: null, email: emailQuota },
  };
}

function checkTemplate(port: Port, id: string | null): TemplateCheck {
  if (!id) return { state: 'missing' };
  try {
    return { state: 'ok', scan: port.docs.scan(id) };
  } catch {
    return { state: 'unreadable' };
  }
}

/** What the batches need of `Pengaturan`, kept in the job (they read no input sheet). */
export function runSettings(s: Settings, email: boolean): RunSettings {
  return {
    pdfOnly: s.certificateMode !== 'Dokumen dan PDF',
    emailSubject: email ? s.emailSubject : '',
    emailBody: email ? s.emailBody : '',
    numberFormats: { Sertifikat: s.certificateNumberFormat, Piagam: s.charterNumberFormat },
    frozen: false,
    look: printLook(s.certificateLook),
    materials: s.certificateLook.materials,
  };
}

export function preflightCertificates(port: Port, email?: boolean): PreflightResult {
  const snap = snapshot(port);
  return preflight(port, snap, email ?? snap.settings.sendEmail);
}

/**
 * Starts a run (a new job; what is done stays done) and runs its first batch. Nothing is created when pre-flight
 * finds an Error. `forceEmail` is "Kirim Email Sertifikat"; `unattended` installs the hourly continuation.
 */
export function startCertificates(
  port: Port,
  opts: { unattended?: boolean; forceEmail?: boolean } = {},
): CertificateProgress {
  const started = Date.now();
  const snap = snapshot(port);
  const email = Boolean(opts.forceEmail) || snap.settings.sendEmail;
  const pre = preflight(port, snap, email);
  const run = runSettings(snap.settings, email);
  const job = newJob(new Date(), email, Boolean(opts.unattended), run);
  clearTriggerNote(port);
  if (!pre.ok)
    return stopWith(port, snap.ledger, job, RUN_TEXT.preflightFailed(pre.errors.length, pre.errors));
  // saved first: an execution cut off before the snapshot is on the sheet is started again by the next batch
  job.message = RUN_TEXT.running;
  saveJob(port, job);
  // numbers and print values are on the sheet before any file carries them
  if (snap.ledger.plan.changed) writeLedger(snap.ledger);
  if (snap.materials) freezeMaterials(port, snap.materials);
  run.frozen = true;
  saveJob(port, job);
  return runBatch(port, snap.ledger, job, started);
}

/** "Kirim Email Sertifikat": a run that sends every made certificate not yet sent (and makes missing ones). */
export function sendCertificateEmails(port: Port): CertificateProgress {
  return startCertificates(port, { forceEmail: true });
}
