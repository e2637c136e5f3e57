// "Buat Sertifikat" and "Kirim Email Sertifikat" start a run: the workbook is computed once, the ledger planned
// (numbers given once, in name order) and every certificate's print values frozen in it (a snapshot: the batches
// print these, whatever changes in the sheets meanwhile), pre-flight judges that snapshot (core/certificatePreflight.ts),
// then the first batch runs. Pre-flight alone writes nothing.
//
// A new start after the data changed: a certificate already made keeps its number and what its file printed; one
// not made yet takes the current data (its number stays once given); one no longer eligible keeps its row and number
// with a note and is not made.

import { wallClock } from '../core/cells';
import { gateFigures, MAX_SCOPE, planInScope, trainingEnded } from '../core/certificateGate';
import { type JobRecord, MAX_EMAIL_TEXT_BYTES, newJob, type RunSettings } from '../core/certificateJob';
import { lookErrors, printLook } from '../core/certificateLook';
import { type MaterialList, materialLists } from '../core/certificateMaterials';
import {
  certificatePreflight,
  numberFormatOf,
  numberFormats,
  preflightWork,
  type TemplateCheck,
} from '../core/certificatePreflight';
import {
  type CertKind,
  formatCertificateNumber,
  freezePlan,
  issueDate,
  type LedgerRow,
  parseSequence,
  planLedger,
} from '../core/certificates';
import { formatDateRange } from '../core/dates';
import { UserError } from '../core/errors';
import type { Training } from '../core/model';
import type { ResultRow } from '../core/results';
import { certificateSettingsBlocker, type Settings } from '../core/settings';
import { tteTemplateErrors } from '../core/tte';
import { codeSource } from '../core/verificationCode';
import type { CertificateProgress, GateTraining, GateView, PreflightResult } from '../shared/rpc';
import { GATE_TEXT } from '../text/id/certGate';
import { LEDGER_NOTES, RUN_TEXT } from '../text/id/certificates';
import { runBatch, stopWith } from './certificateBatch';
import { checkWithDrive } from './certificateCheck';
import { type CurrentData, currentData } from './certificateData';
import { gateBlock } from './certificateGateData';
import { ledgerHeaderNotes, ledgerHeaderProblem, writeLedger } from './certificateLedger';
import { clearTriggerNote, readJob, saveJob } from './certificateState';
import { openLedger, type RunLedger } from './certificates';
import { freezeMaterials } from './certMaterials';
import { activeTrainingOf } from './panel';
import type { Port } from './port';
import { templateAccess, templateBlocker, templateIdOf, unfinishedElsewhere } from './templates';

/** A run as it would start now: the ledger planned and frozen in memory, and what pre-flight needs besides. */
interface Snapshot {
  ledger: RunLedger;
  settings: Settings;
  trainings: readonly Training[];
  /** The ledger against its header and against Drive: Errors stop the run before anything is made. */
  ledgerErrors: string[];
  ledgerWarnings: string[];
  /** The trainings this run is for (known codes of `Kegiatan`), and the gate's own Errors and figures. */
  scope: string[];
  gateErrors: string[];
  gate: Omit<GateView, 'certificates' | 'charters' | 'emails' | 'emailQuota' | 'predicates'>;
  results: readonly ResultRow[];
  /** Daftar Materi = Ya: the list of each training in the ledger, frozen when the run starts. */
  materials: Map<string, MaterialList> | null;
}

/** Which trainings a run is for, and which unfinished ones the admin confirmed (codes, as the panel sends them). */
export interface RunScope {
  /** Empty or absent: the active training (the panel's choice, else the first of `Kegiatan`). */
  trainings?: readonly string[];
  /** Trainings that have not ended which the admin confirmed explicitly for this run. */
  confirmUnfinished?: readonly string[];
}

/** The trainings a run is for, as the gate judges them: the chosen (else the active) ones, each ended or confirmed. */
function chooseScope(
  port: Port,
  data: CurrentData,
  want: RunScope,
): { scope: string[]; errors: string[]; trainings: GateTraining[] } {
  const errors: string[] = [];
  const asked = [...new Set(want.trainings ?? [])];
  const active = activeTrainingOf(
    port,
    data.trainings.map((t) => t.code),
  );
  const chosen = asked.length ? asked : active ? [active] : [];
  for (const c of chosen) if (!data.training(c)) errors.push(GATE_TEXT.unknownTraining(c));
  if (!chosen.length) errors.push(GATE_TEXT.noTraining);
  if (chosen.length > MAX_SCOPE) errors.push(GATE_TEXT.tooManyTrainings(MAX_SCOPE));
  const scope = chosen.filter((c) => data.training(c));
  const today = wallClock(new Date(), data.loaded.tz);
  const confirmed = new Set(want.confirmUnfinished ?? []);
  const trainings = scope.map((code) => {
    const t = data.training(code) as Training;
    const ended = trainingEnded(issueDate(t), today);
    const dates = formatDateRange(t.startDate, t.endDate);
    if (!ended && !confirmed.has(code)) errors.push(GATE_TEXT.notFinished(code, dates || '-'));
    return { code, theme: t.theme, dates, ended, confirmed: !ended && confirmed.has(code) };
  });
  return { scope, errors, trainings };
}

/**
 * Verification codes for a plan: one fresh secret from the platform, drawn only when a code is needed, so a start
 * that gives none makes no extra call; never a code the ledger already holds.
 */
export function lazyCodes(port: Port, ledger: readonly LedgerRow[]): () => string {
  let next: (() => string) | null = null;
  return () => {
    next ??= codeSource(
      port.store.newSecret(),
      ledger.map((r) => r.code ?? ''),
    );
    return next();
  };
}

/** Computes everything once (the only place a run reads the workbook) and plans and freezes the ledger. */
function snapshot(port: Port, want: RunScope = {}): Snapshot {
  const data = currentData(port);
  const { analysis, loaded, settings } = data;
  const { results } = analysis;
  const formatOf = (kind: CertKind) => numberFormatOf(settings, kind);
  const candidates = data.candidates;
  const { scope, errors: gateErrors, trainings: gateTrainings } = chooseScope(port, data, want);
  const inScope = new Set(scope);
  const blocked = gateBlock(analysis, inScope);
  if (blocked.message) gateErrors.push(blocked.message);
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
        r.name = data.nameOf(r.trainingCode, r.kind, r.nip);
        // whether it was e-mailed is not known: no e-mail goes out unless the admin fills the address in
        r.email = '';
        r.note = LEDGER_NOTES.restored;
      }
      const plan = planInScope(
        [...existing, ...check.restored],
        candidates,
        {
          numberFor: (code, kind, seq) => {
            const t = data.training(code);
            return formatCertificateNumber(formatOf(kind), { seq, code, date: t ? issueDate(t) : null });
          },
          sequenceOf: (row) => parseSequence(row.number, formatOf(row.kind), row.trainingCode),
          reserved: check.reserved,
          codeFor: lazyCodes(port, existing),
        },
        inScope,
      );
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
  // an eligible row is a candidate, so its person is on the roster: the values are never null for one freezePlan fills
  const valuesOf = (row: LedgerRow) => data.valuesOf(row.trainingCode, row.kind, row.nip, row.number);
  freezePlan(ledger.plan, valuesOf);
  const materials = settings.certificateLook.materials
    ? materialLists(
        results.trainings,
        loaded.wb.sessions,
        results.sessionJp,
        // the run's own trainings: another training's list stays as its own run froze it
        inScope,
      )
    : null;
  return {
    ledger,
    settings,
    trainings: results.trainings.filter((t) => inScope.has(t.code)),
    ledgerErrors,
    ledgerWarnings,
    scope,
    gateErrors,
    gate: {
      trainings: gateTrainings,
      choices: results.trainings.map((t) => ({
        code: t.code,
        theme: t.theme,
        dates: formatDateRange(t.startDate, t.endDate),
      })),
      nothing: [],
      blocking: blocked.causes,
      warnings: blocked.warnings,
    },
    results: results.rows,
    materials,
  };
}

/** Pre-flight of a snapshot: the look-ups it needs (Drive, Docs, Mail, properties), then the pure judgement. */
function preflight(port: Port, snap: Snapshot, email: boolean): PreflightResult {
  const { rows, eligible } = snap.ledger.plan;
  const work = preflightWork(rows, eligible, email);
  const kinds = [...new Set(work.map((r) => r.kind))];
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
    blockers: [
      ...snap.gateErrors,
      runningElsewhere(readJob(port), snap.scope),
      ...snap.ledgerErrors,
      blocker,
      elsewhere,
      certificateSettingsBlocker(snap.settings),
    ].filter((m): m is string => m !== null),
    templates,
    settings: snap.settings,
    trainings: snap.trainings.map((t) => ({ code: t.code, issued: issueDate(t) })),
    now: new Date(),
    emailQuota,
    maxEmailBytes: MAX_EMAIL_TEXT_BYTES,
    gradeHidden: snap.settings.printPredicate !== 'Ya',
  });
  report.warnings.unshift(...snap.ledgerWarnings);
  report.errors.push(...lookErrors(printLook(snap.settings.certificateLook), snap.settings.rows, templates));
  report.errors.push(...tteTemplateErrors(snap.settings, templates));
  const figures = gateFigures({
    rows,
    eligible,
    work,
    email,
    results: snap.results,
    scope: new Set(snap.scope),
    minimum: snap.settings.minCertificateScore,
    threshold: snap.settings.attendanceThreshold,
  });
  return {
    ok: report.errors.length === 0,
    ...report,
    quotas: { documents: null, conversions: null, email: emailQuota },
    gate: { ...snap.gate, ...figures, emailQuota },
  };
}

/**
 * One run at a time: a run still going (or waiting for a quota) for other trainings stops a start for these; the
 * admin waits for it or stops it first. A start for the same trainings continues as before (what is done stays done).
 */
function runningElsewhere(job: JobRecord | null, scope: readonly string[]): string | null {
  if (!job || (job.state !== 'running' && job.state !== 'quota')) return null;
  const same = job.scope && job.scope.length === scope.length && scope.every((c) => job.scope?.includes(c));
  return same ? null : GATE_TEXT.runningElsewhere(job.scope ?? [GATE_TEXT.allTrainings]);
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
    numberFormats: numberFormats(s),
    frozen: false,
    shareLinks: s.shareLinks,
    look: printLook(s.certificateLook),
    materials: s.certificateLook.materials,
    tte: s.tte,
  };
}

export function preflightCertificates(port: Port, email?: boolean, scope: RunScope = {}): PreflightResult {
  const snap = snapshot(port, scope);
  return preflight(port, snap, email ?? snap.settings.sendEmail);
}

/**
 * Starts a run (a new job; what is done stays done) and runs its first batch. Nothing is created when pre-flight
 * finds an Error. `forceEmail` is "Kirim Email Sertifikat"; `unattended` installs the hourly continuation.
 */
export function startCertificates(
  port: Port,
  opts: { unattended?: boolean; forceEmail?: boolean } & RunScope = {},
): CertificateProgress {
  const started = Date.now();
  const snap = snapshot(port, opts);
  // the run going on for other trainings is left as it is (a refused start must not replace its job)
  const busy = runningElsewhere(readJob(port), snap.scope);
  if (busy) throw new UserError(busy, 'busy');
  const email = Boolean(opts.forceEmail) || snap.settings.sendEmail;
  const pre = preflight(port, snap, email);
  const run = runSettings(snap.settings, email);
  const job = newJob(new Date(), email, Boolean(opts.unattended), run);
  job.scope = [...snap.scope];
  job.confirmedUnfinished = snap.gate.trainings.filter((t) => t.confirmed).map((t) => t.code);
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
export function sendCertificateEmails(port: Port, scope: RunScope = {}): CertificateProgress {
  return startCertificates(port, { ...scope, forceEmail: true });
}
