// The add-on's public entry, as three tables: what the sidebar may call (`api`), the menu (`menu`) and the triggers
// (`triggers`). Every key of these tables becomes a top-level function of dist/Code.js (tools/build.ts) and nothing
// else is global; `ServerApi`, the sidebar's typed view of google.script.run, is the type of `api`. Each entry says
// its lock policy and argument checks; src/gas/entry.ts applies them and makes the port for the call.

import * as certificates from './features/certificates';
import { runCheck as check } from './features/check';
import {
  createForms as formsCreate,
  listForms as formsList,
  getParticipantLinks as participantLinks,
  pullResponses as responsesPull,
} from './features/forms';
import {
  getPanelState as panelState,
  selectCell as select,
  setActiveTraining as setActive,
} from './features/panel';
import { runEvaluation as evaluation, runJp as jp, runScores as scores } from './features/results';
import { runSetup as setup } from './features/setup';
import { createTemplates as templatesCreate } from './features/templates';
import { flag, integer, nullable, optional, options, text } from './gas/args';
import { endpoint, menuItem, serveApi, serveMenu } from './gas/entry';
import { removeSelfTestTriggers, runSelfTest as selfTest } from './gas/selfTest/run';
import { buildMenu, showHelp, showSidebar } from './gas/ui';
import { MENU_CAPTIONS, MENU_NOTES } from './text/id/menu';

/** Argument checks shared by several entries. */
const trainingCode = text('kode kegiatan', { empty: false });

// ---- sidebar RPC: name → lock policy, argument checks, the feature call --------------------------------------

export const api = serveApi({
  getPanelState: endpoint('none', [], (_port) => panelState()),
  setActiveTraining: endpoint('none', [trainingCode], (_port, code: string) => setActive(code)),
  runSetup: endpoint('document', [], (port) => {
    const r = setup();
    port.ui.toast(r.message);
    return r;
  }),
  runCheck: endpoint('document', [], (_port) => check()),
  /** Selects a problem's cell; `row` null is the header row, `column` '' the first column. */
  selectCell: endpoint(
    'none',
    [text('lembar', { empty: false }), nullable(integer('baris', 1)), text('kolom')],
    (_port, sheet: string, row: number | null, column: string) => select(sheet, row, column),
  ),
  computeScores: endpoint('document', [], (_port) => scores()),
  computeJp: endpoint('document', [], (_port) => jp()),
  computeEvaluation: endpoint('document', [], (_port) => evaluation()),

  /** Creates or updates the forms of one training (all when `code` is null); see CreateFormsOptions. */
  createForms: endpoint(
    'document',
    [
      nullable(trainingCode),
      optional(options('pilihan', { newVersion: flag('newVersion'), shuffle: flag('shuffle') })),
    ],
    (_port, code: string | null, opts?: { newVersion?: boolean; shuffle?: boolean }) =>
      formsCreate(code, { newVersion: opts?.newVersion === true, shuffle: opts?.shuffle === true }),
  ),
  listForms: endpoint('document', [], (_port) => formsList()),
  pullResponses: endpoint('document', [], (_port) => responsesPull()),
  getParticipantLinks: endpoint('document', [trainingCode], (_port, code: string) => participantLinks(code)),

  /** `{confirmOwn: true}`: the admin chose to make their own set although another admin's is recorded. */
  createTemplates: endpoint(
    'document',
    [optional(options('pilihan', { confirmOwn: flag('confirmOwn') }))],
    (_port, opts?: { confirmOwn?: boolean }) =>
      templatesCreate({ confirmOwn: opts?.confirmOwn === true }).state,
  ),
  preflightCertificates: endpoint('document', [], (_port) => certificates.preflightCertificates()),
  /** Starts a run and makes its first batch; `unattended` also installs the hourly continuation. */
  startCertificates: endpoint('document', [optional(flag('unattended'))], (_port, unattended?: boolean) =>
    certificates.startCertificates({ unattended: unattended === true }),
  ),
  continueCertificates: endpoint('document', [], (_port) => certificates.continueCertificates()),
  stopCertificates: endpoint('document', [], (_port) => certificates.stopCertificates()),
  certificateStatus: endpoint('none', [], (_port) => certificates.certificateStatus()),
  sendCertificateEmails: endpoint('document', [], (_port) => certificates.sendCertificateEmails()),

  /** Uji Layanan Google takes the document lock itself: whether it can is one of its checks (K-1). */
  runSelfTest: endpoint('self', [], (_port) => selfTest()),
});

/** What the sidebar may call, with its arguments and results: derived from the table, so a rename fails the build. */
export type ServerApi = typeof api;

// ---- menu: in menu order; the caption of each is MENU_CAPTIONS[name] ----------------------------------------

/** Buat Formulir from the menu makes every training's forms (the sidebar does one training at a time). */
function createAllForms(): string {
  const r = formsCreate(null);
  const notes = r.notes.slice(0, 8).map(MENU_NOTES.note);
  if (r.notes.length > 8) notes.push(MENU_NOTES.more(r.notes.length - 8));
  return [r.message, ...notes].join('\n');
}

export const menu = serveMenu({
  menuOpenPanel: menuItem('none', () => {
    showSidebar();
    return undefined;
  }),
  menuSetup: menuItem('document', () => setup().message, { separatorBefore: true }),
  menuCheck: menuItem('document', () => check().message),
  menuScores: menuItem('document', () => scores().message, { separatorBefore: true }),
  menuJp: menuItem('document', () => jp().message),
  menuEvaluation: menuItem('document', () => evaluation().message),
  menuCreateForms: menuItem('document', () => createAllForms(), { separatorBefore: true }),
  menuPullResponses: menuItem('document', () => responsesPull().message),
  menuTemplates: menuItem('document', () => templatesCreate().message, { separatorBefore: true }),
  /** Runs one batch, then points the admin to the panel, which drives the following batches. */
  menuCertificates: menuItem('document', () => certificates.menuMessage(certificates.startCertificates())),
  menuSendEmail: menuItem('document', () => certificates.menuMessage(certificates.sendCertificateEmails())),
  menuSelfTest: menuItem('self', () => selfTest().message, { separatorBefore: true }),
  menuHelp: menuItem('none', () => {
    showHelp();
    return undefined;
  }),
});

// ---- triggers ------------------------------------------------------------------------------------------------

export const triggers = {
  /** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the menu (not even the port). */
  onOpen(_e?: unknown): void {
    buildMenu(
      (Object.keys(menu) as Array<keyof typeof menu>).map((name) => ({
        caption: MENU_CAPTIONS[name],
        functionName: name,
        separatorBefore: menu[name].separatorBefore,
      })),
    );
  },
  onInstall(e?: unknown): void {
    triggers.onOpen(e);
  },
  /**
   * Hourly time-driven trigger (installed only in a bound script, while a run waits for a quota or runs unattended).
   * No UI here, and it never throws: when it cannot go on it removes itself and leaves a note (see continueByTrigger).
   */
  continueCertificatesByTrigger(e?: unknown): void {
    const uid = (e as { triggerUid?: unknown } | undefined)?.triggerUid;
    certificates.continueByTrigger(typeof uid === 'string' ? uid : null);
  },
  /** Handler of the self-test's scratch trigger, which is deleted at once: should it ever fire, it removes itself. */
  selfTestTrigger(_e?: unknown): void {
    removeSelfTestTriggers();
  },
};
