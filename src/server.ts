// The add-on's public entry: every export becomes a top-level function of dist/Code.js (menu handlers, triggers,
// sidebar RPC). Nothing else is global. Read this file as the table of contents of what Google can call.

import { isUserError } from './core/errors';
import { certificatesPanel, menuMessage } from './features/certificateProgress';
import {
  continueCertificates as certContinue,
  certificateStatus as certStatus,
  stopCertificates as certStop,
} from './features/certificateRun';
import {
  preflightCertificates as certPreflight,
  sendCertificateEmails as certSendEmails,
  startCertificates as certStart,
} from './features/certificateStart';
import { continueByTrigger } from './features/certificateTrigger';
import { runCheck as check } from './features/check';
import {
  type CreateFormsOptions,
  createForms as formsCreate,
  listForms as formsList,
  formsPanel,
} from './features/forms';
import {
  getPanelState as panelState,
  selectCell as select,
  setActiveTraining as setActive,
} from './features/panel';
import { getParticipantLinks as participantLinks } from './features/participantLinks';
import { pullResponses as responsesPull } from './features/responsesImport';
import { runEvaluation as evaluation, runJp as jp, runScores as scores } from './features/results';
import { removeSelfTestTriggers, runSelfTest as selfTest } from './features/selfTest';
import { runSetup as setup } from './features/setup';
import { createTemplates as templatesCreate } from './features/templates';
import { withDocumentLock } from './gas/lock';
import { googlePort } from './gas/port';
import { alert, buildMenu, showHelp, showSidebar, toast } from './gas/ui';
import type {
  CertificateProgress,
  CheckResult,
  EvaluationResult,
  FormInfo,
  FormsResult,
  ImportResult,
  JpResult,
  PanelState,
  ParticipantLink,
  PreflightResult,
  Rpc,
  ScoresResult,
  SelfTestResult,
  SetupResult,
  TemplatesState,
} from './shared/rpc';
import { knownGoogleError } from './shared/strings';

// ---- simple triggers -------------------------------------------------------------------------------------

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// ---- helpers (not exported, so not global) ---------------------------------------------------------------

/**
 * Runs a sidebar call: expected failures come back as data, and so do Google errors the admin can act on (the
 * 10-million-cell limit) in plain Indonesian; bugs are thrown to the failure handler.
 */
function rpc<T>(fn: () => T): Rpc<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (isUserError(e)) return { ok: false, error: e.message };
    const known = knownGoogleError(e);
    if (known) return { ok: false, error: known };
    throw e;
  }
}

/** Runs a menu item: shows expected failures as an alert instead of a red error bar. */
function menu(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    const known = isUserError(e) ? e.message : knownGoogleError(e);
    if (known) alert(known);
    else throw e;
  }
}

// ---- menu handlers ---------------------------------------------------------------------------------------

export function menuOpenPanel(): void {
  showSidebar();
}

export function menuSetup(): void {
  menu(() => alert(withDocumentLock(() => setup(googlePort())).message));
}

export function menuCheck(): void {
  menu(() => {
    const r = withDocumentLock(() => check(googlePort()));
    alert(r.message);
  });
}

export function menuScores(): void {
  menu(() => alert(withDocumentLock(() => scores(googlePort())).message));
}

export function menuJp(): void {
  menu(() => alert(withDocumentLock(() => jp(googlePort())).message));
}

export function menuEvaluation(): void {
  menu(() => alert(withDocumentLock(() => evaluation(googlePort())).message));
}

/** Buat Formulir from the menu: every training's forms (the sidebar does one training at a time). */
export function menuCreateForms(): void {
  menu(() => {
    const r = withDocumentLock(() => formsCreate(googlePort(), null));
    const notes = r.notes.slice(0, 8).map((n) => `• ${n}`);
    if (r.notes.length > 8) notes.push(`• … ${r.notes.length - 8} catatan lain (lihat panel).`);
    alert([r.message, ...notes].join('\n'));
  });
}

export function menuPullResponses(): void {
  menu(() => alert(withDocumentLock(() => responsesPull(googlePort())).message));
}

export function menuHelp(): void {
  showHelp();
}

// ---- sidebar RPC -----------------------------------------------------------------------------------------

export function getPanelState(): Rpc<PanelState> {
  return rpc(() => panelState(googlePort(), [formsPanel, certificatesPanel]));
}

export function setActiveTraining(code: string): Rpc<string> {
  return rpc(() => setActive(googlePort(), String(code)));
}

export function runSetup(): Rpc<SetupResult> {
  return rpc(() => {
    const r = withDocumentLock(() => setup(googlePort()));
    toast(r.message);
    return r;
  });
}

export function runCheck(): Rpc<CheckResult> {
  return rpc(() => withDocumentLock(() => check(googlePort())));
}

export function computeScores(): Rpc<ScoresResult> {
  return rpc(() => withDocumentLock(() => scores(googlePort())));
}

export function computeJp(): Rpc<JpResult> {
  return rpc(() => withDocumentLock(() => jp(googlePort())));
}

export function computeEvaluation(): Rpc<EvaluationResult> {
  return rpc(() => withDocumentLock(() => evaluation(googlePort())));
}

export function selectCell(sheet: string, row: number | null, column: string): Rpc<string> {
  return rpc(() =>
    select(googlePort(), String(sheet), row === null ? null : Number(row), String(column ?? '')),
  );
}

// ---- forms (sidebar RPC) ---------------------------------------------------------------------------------

/** Creates or updates the forms of one training (all when `code` is null); see CreateFormsOptions. */
export function createForms(code: string | null, opts?: CreateFormsOptions): Rpc<FormsResult> {
  const o: CreateFormsOptions = opts && typeof opts === 'object' ? opts : {};
  return rpc(() =>
    withDocumentLock(() =>
      formsCreate(googlePort(), code === null || code === undefined || code === '' ? null : String(code), {
        newVersion: o.newVersion === true,
        shuffle: o.shuffle === true,
      }),
    ),
  );
}

export function listForms(): Rpc<FormInfo[]> {
  return rpc(() => withDocumentLock(() => formsList(googlePort())));
}

/** `{redo: code}`: that training's forms are imported again from scratch (their stored responses replaced). */
export function pullResponses(opts?: { redo?: string }): Rpc<ImportResult> {
  const redo = opts && typeof opts === 'object' && typeof opts.redo === 'string' ? opts.redo : null;
  return rpc(() => withDocumentLock(() => responsesPull(googlePort(), { redo })));
}

export function getParticipantLinks(code: string): Rpc<ParticipantLink[]> {
  return rpc(() => withDocumentLock(() => participantLinks(googlePort(), String(code))));
}

// ---- certificates (menu, sidebar RPC, hourly trigger) -----------------------------------------------------

export function menuTemplates(): void {
  menu(() => alert(withDocumentLock(() => templatesCreate(googlePort())).message));
}

/** Runs one batch, then points the admin to the panel, which drives the following batches. */
export function menuCertificates(): void {
  menu(() => alert(menuMessage(withDocumentLock(() => certStart(googlePort())))));
}

export function menuSendEmail(): void {
  menu(() => alert(menuMessage(withDocumentLock(() => certSendEmails(googlePort())))));
}

/** `{confirmOwn: true}`: the admin chose to make their own set although another admin's is recorded. */
export function createTemplates(opts?: { confirmOwn?: boolean }): Rpc<TemplatesState> {
  const confirmOwn = Boolean(opts && typeof opts === 'object' && opts.confirmOwn === true);
  return rpc(() => withDocumentLock(() => templatesCreate(googlePort(), { confirmOwn })).state);
}

export function preflightCertificates(): Rpc<PreflightResult> {
  return rpc(() => withDocumentLock(() => certPreflight(googlePort())));
}

/** Starts a run and makes its first batch; `unattended` also installs the hourly continuation. */
export function startCertificates(unattended?: boolean): Rpc<CertificateProgress> {
  return rpc(() => withDocumentLock(() => certStart(googlePort(), { unattended: unattended === true })));
}

export function continueCertificates(): Rpc<CertificateProgress> {
  return rpc(() => withDocumentLock(() => certContinue(googlePort())));
}

export function stopCertificates(): Rpc<CertificateProgress> {
  return rpc(() => withDocumentLock(() => certStop(googlePort())));
}

export function certificateStatus(): Rpc<CertificateProgress> {
  return rpc(() => certStatus(googlePort()));
}

export function sendCertificateEmails(): Rpc<CertificateProgress> {
  return rpc(() => withDocumentLock(() => certSendEmails(googlePort())));
}

/**
 * Hourly time-driven trigger (installed only in a bound script, while a run waits for a quota or runs unattended).
 * No UI here, and it never throws: when it cannot go on it removes itself and leaves a note (see continueByTrigger).
 */
export function continueCertificatesByTrigger(e?: { triggerUid?: string }): void {
  continueByTrigger(googlePort(), e && typeof e.triggerUid === 'string' ? e.triggerUid : null);
}

// ---- Uji Layanan Google (menu, sidebar RPC, the scratch trigger's handler) -------------------------------

/** Runs the live self-test; it takes the document lock itself (its lock check is one of the checks). */
export function menuSelfTest(): void {
  menu(() => alert(selfTest().message));
}

export function runSelfTest(): Rpc<SelfTestResult> {
  return rpc(selfTest);
}

/** Handler of the self-test's scratch trigger, which is deleted at once: should it ever fire, it removes itself. */
export function selfTestTrigger(_e?: unknown): void {
  removeSelfTestTriggers();
}
