// The add-on's public entry: every export becomes a top-level function of dist/Code.js (menu handlers, triggers,
// sidebar RPC). Nothing else is global. Read this file as the table of contents of what Google can call.

import { isUserError } from './core/errors';
import { runCheck as check } from './features/check';
import {
  getPanelState as panelState,
  selectCell as select,
  setActiveTraining as setActive,
} from './features/panel';
import { runEvaluation as evaluation, runJp as jp, runScores as scores } from './features/results';
import { runSetup as setup } from './features/setup';
import { withDocumentLock } from './gas/lock';
import { alert, buildMenu, showHelp, showSidebar, toast } from './gas/ui';
import type {
  CheckResult,
  EvaluationResult,
  JpResult,
  PanelState,
  Rpc,
  ScoresResult,
  SetupResult,
} from './shared/rpc';

// ---- simple triggers -------------------------------------------------------------------------------------

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// ---- helpers (not exported, so not global) ---------------------------------------------------------------

/** Runs a sidebar call: expected failures come back as data, bugs are thrown to the failure handler. */
function rpc<T>(fn: () => T): Rpc<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (isUserError(e)) return { ok: false, error: e.message };
    throw e;
  }
}

/** Runs a menu item: shows expected failures as an alert instead of a red error bar. */
function menu(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (isUserError(e)) alert(e.message);
    else throw e;
  }
}

// ---- menu handlers ---------------------------------------------------------------------------------------

export function menuOpenPanel(): void {
  showSidebar();
}

export function menuSetup(): void {
  menu(() => alert(withDocumentLock(setup).message));
}

export function menuCheck(): void {
  menu(() => {
    const r = withDocumentLock(check);
    alert(r.message);
  });
}

export function menuScores(): void {
  menu(() => alert(withDocumentLock(scores).message));
}

export function menuJp(): void {
  menu(() => alert(withDocumentLock(jp).message));
}

export function menuEvaluation(): void {
  menu(() => alert(withDocumentLock(evaluation).message));
}

export function menuHelp(): void {
  showHelp();
}

// ---- sidebar RPC -----------------------------------------------------------------------------------------

export function getPanelState(): Rpc<PanelState> {
  return rpc(panelState);
}

export function setActiveTraining(code: string): Rpc<string> {
  return rpc(() => setActive(String(code)));
}

export function runSetup(): Rpc<SetupResult> {
  return rpc(() => {
    const r = withDocumentLock(setup);
    toast(r.message);
    return r;
  });
}

export function runCheck(): Rpc<CheckResult> {
  return rpc(() => withDocumentLock(check));
}

export function computeScores(): Rpc<ScoresResult> {
  return rpc(() => withDocumentLock(scores));
}

export function computeJp(): Rpc<JpResult> {
  return rpc(() => withDocumentLock(jp));
}

export function computeEvaluation(): Rpc<EvaluationResult> {
  return rpc(() => withDocumentLock(evaluation));
}

export function selectCell(sheet: string, row: number | null, column: string): Rpc<string> {
  return rpc(() => select(String(sheet), row === null ? null : Number(row), String(column ?? '')));
}
