// The add-on's public entry, as three tables: what the sidebar may call (`api`), the menu (`menu`) and the triggers
// (`triggers`). Every key of these tables becomes a top-level function of dist/Code.js (tools/build.ts) and nothing
// else is global; `ServerApi`, the sidebar's typed view of google.script.run, is the type of `api`. Each entry says
// its lock policy and argument checks; src/gas/entry.ts applies them and makes the port for the call.

import { MAX_SCOPE, MAX_SCOPE_CODE } from './core/certificateGate';
import { type CertKind, SPEAKER_KIND } from './core/certificates';
import {
  removeCertificateImage as certImageRemove,
  certificateImages as certImages,
  uploadCertificateImage as certImageUpload,
} from './features/certImages';
import {
  shareCertificateLinks as shareLinks,
  listUndelivered as undeliveredList,
  whatsAppMessages as whatsApp,
  zipCertificates as zipTraining,
} from './features/certificateDelivery';
import { previewCertificate as certPreview, previewOptions } from './features/certificatePreview';
import { certificatesPanel, menuMessage } from './features/certificateProgress';
import {
  reissueCertificate as certReissue,
  findIssuedCertificates as findIssued,
} from './features/certificateReissue';
import { revokeCertificate as certRevoke } from './features/certificateRevoke';
import {
  continueCertificates as certContinue,
  markUnknownEmailsSent as certMarkSent,
  resendUnknownEmails as certResend,
  certificateStatus as certStatus,
  stopCertificates as certStop,
} from './features/certificateRun';
import {
  preflightCertificates as certPreflight,
  sendCertificateEmails as certSendEmails,
  startCertificates as certStart,
} from './features/certificateStart';
import { continueByTrigger } from './features/certificateTrigger';
import { tteBundle as tteBundleOf, importSignedPdf as tteImport } from './features/certificateTte';
import { runCheck as check } from './features/check';
import { getCheckinCode as checkinCode, getCheckinView as checkinView } from './features/checkin';
import { createForms as formsCreate, listForms as formsList, formsPanel } from './features/forms';
import { sendInvitationEmails as invitationMail } from './features/invitationMail';
import { invitations as invite } from './features/invitations';
import {
  getPanelState as panelState,
  selectCell as select,
  setActiveTraining as setActive,
} from './features/panel';
import { getParticipantLinks as participantLinks } from './features/participantLinks';
import type { Port } from './features/port';
import { pullResponses as responsesPull } from './features/responsesImport';
import { runEvaluation as evaluation, runJp as jp, runScores as scores } from './features/results';
import { runSetup as setup } from './features/setup';
import { exportSiasn as siasnExport } from './features/siasnExport';
import { createTemplates as templatesCreate } from './features/templates';
import { flag, integer, LIMITS, list, nullable, oneOf, optional, options, text } from './gas/args';
import { endpoint, menuItem, serveApi, serveMenu } from './gas/entry';
import { googlePort } from './gas/port';
import { removeSelfTestTriggers, runSelfTest as selfTest } from './gas/selfTest/run';
import { buildMenu, showHelp, showSidebar } from './gas/ui';
import { MENU_CAPTIONS, MENU_NOTES } from './text/id/menu';

/** Argument checks shared by several entries: a training code is a cell of `Kegiatan`, so no longer than one. */
const trainingCode = text('kode kegiatan', { empty: false, max: LIMITS.cellText });
/** A certificate run's scope (issue 12): the trainings chosen, and the unfinished ones the admin confirmed. */
const scopeCodes = (label: string) =>
  list(label, text('kode kegiatan', { empty: false, max: MAX_SCOPE_CODE }), MAX_SCOPE);
const runScope = optional(
  options('cakupan', {
    trainings: scopeCodes('trainings'),
    confirmUnfinished: scopeCodes('confirmUnfinished'),
  }),
);
type RunScopeArg = { trainings?: string[]; confirmUnfinished?: string[] } | undefined;
/** Which uploaded image (the logo, or the signature or stamp). */
const imageRoleArg = oneOf('role', ['logo', 'signature'] as const);
/**
 * An uploaded image's base64: bounded well above the 2 MB the feature accepts, so a file too large is refused there
 * with a sentence naming its size, and nothing larger reaches the add-on's memory.
 */
const IMAGE_BASE64_MAX = 8 * 1024 * 1024;
/**
 * A signed PDF's base64 (google.script.run documents no size limit: GAS-FACTS): bounded above the 5 MB the feature
 * accepts (features/certificateTte.ts SIGNED_PDF_MAX_BYTES), so a larger file is refused there in plain words.
 */
const SIGNED_BASE64_MAX = 8 * 1024 * 1024;
/** A non-blank text that came from a cell (a NIP, a certificate number, a reason typed in the panel). */
const cellText = (label: string) => text(label, { empty: false, max: LIMITS.cellText });

// ---- sidebar RPC: name → lock policy, argument checks, the feature call --------------------------------------

/** The kind a panel call names by its flags (a Piagam, a Sertifikat Narasumber, else a Sertifikat). */
const kindOf = (piagam?: boolean, narasumber?: boolean): CertKind =>
  piagam ? 'Piagam' : narasumber ? SPEAKER_KIND : 'Sertifikat';

export const api = serveApi({
  getPanelState: endpoint('none', [], (port) => panelState(port, [formsPanel, certificatesPanel])),
  setActiveTraining: endpoint('none', [trainingCode], (port, code: string) => setActive(port, code)),
  runSetup: endpoint('document', [], (port) => {
    const r = setup(port);
    port.ui.toast(r.message);
    return r;
  }),
  runCheck: endpoint('document', [], (port) => check(port)),
  /** Selects a problem's cell; `row` null is the header row, `column` '' the first column. */
  selectCell: endpoint(
    'none',
    [
      text('lembar', { empty: false, max: LIMITS.sheetName }),
      nullable(integer('baris', 1, LIMITS.cells)),
      text('kolom', { max: LIMITS.cellText }),
    ],
    (port, sheet: string, row: number | null, column: string) => select(port, sheet, row, column),
  ),
  computeScores: endpoint('document', [], (port) => scores(port)),
  computeJp: endpoint('document', [], (port) => jp(port)),
  computeEvaluation: endpoint('document', [], (port) => evaluation(port)),
  /** Pemanggilan (issue 15 item 4): who would be invited to a planned training, N per unit; writes nothing. */
  previewInvitations: endpoint(
    'document',
    [trainingCode, integer('jumlah per unit', 1, LIMITS.cells)],
    (port, code: string, perUnit: number) => invite(port, code, perUnit, false),
  ),
  /** The same list invited: one letter per unit and the Undangan ledger. */
  makeInvitations: endpoint(
    'document',
    [trainingCode, integer('jumlah per unit', 1, LIMITS.cells)],
    (port, code: string, perUnit: number) => invite(port, code, perUnit, true),
  ),
  /** Each unit's invitation letter of a training as a PDF to its address in Daftar Unit, at most once. */
  sendInvitationEmails: endpoint('document', [trainingCode], (port, code: string) =>
    invitationMail(port, code),
  ),
  /** Ekspor SIASN (issue 15 item 1): the sheet, the reference and each training's xlsx and JSON. */
  exportSiasn: endpoint('document', [], (port) => siasnExport(port)),

  /** Creates or updates the forms of one training (all when `code` is null); see CreateFormsOptions. */
  createForms: endpoint(
    'document',
    [
      nullable(trainingCode),
      optional(options('pilihan', { newVersion: flag('newVersion'), shuffle: flag('shuffle') })),
    ],
    (port, code: string | null, opts?: { newVersion?: boolean; shuffle?: boolean }) =>
      formsCreate(port, code, { newVersion: opts?.newVersion === true, shuffle: opts?.shuffle === true }),
  ),
  listForms: endpoint('document', [], (port) => formsList(port)),
  /** `{redo: code}`: that training's forms are imported again from scratch (their stored responses replaced). */
  pullResponses: endpoint(
    'document',
    [optional(options('pilihan', { redo: trainingCode }))],
    (port, opts?: { redo?: string }) => responsesPull(port, { redo: opts?.redo ?? null }),
  ),
  getParticipantLinks: endpoint('document', [trainingCode], (port, code: string) =>
    participantLinks(port, code),
  ),

  /** `{confirmOwn: true}`: the admin chose to make their own set although another admin's is recorded. */
  createTemplates: endpoint(
    'document',
    [optional(options('pilihan', { confirmOwn: flag('confirmOwn') }))],
    (port, opts?: { confirmOwn?: boolean }) =>
      templatesCreate(port, { confirmOwn: opts?.confirmOwn === true }).state,
  ),
  /** The gate's confirmation for the chosen trainings (none chosen: the active one). */
  preflightCertificates: endpoint('document', [runScope], (port, scope?: RunScopeArg) =>
    certPreflight(port, undefined, scope ?? {}),
  ),
  /** Starts a run and makes its first batch; `unattended` also installs the hourly continuation. */
  startCertificates: endpoint(
    'document',
    [optional(flag('unattended')), runScope],
    (port, unattended?: boolean, scope?: RunScopeArg) =>
      certStart(port, { ...(scope ?? {}), unattended: unattended === true }),
  ),
  continueCertificates: endpoint('document', [], (port) => certContinue(port)),
  stopCertificates: endpoint('document', [], (port) => certStop(port)),
  certificateStatus: endpoint('none', [], (port) => certStatus(port)),
  sendCertificateEmails: endpoint('document', [runScope], (port, scope?: RunScopeArg) =>
    certSendEmails(port, scope ?? {}),
  ),
  /** E-mails whose outcome is unknown (Status Mengirim): sent once more, or marked sent; the panel asks first. */
  resendUnknownEmails: endpoint('document', [], (port) => certResend(port)),
  markUnknownEmailsSent: endpoint('document', [], (port) => certMarkSent(port)),
  /** Delivery (issue 12 item 6): everyone who received nothing, with the reason (names on demand). */
  listUndelivered: endpoint('none', [], (port) => undeliveredList(port)),
  /** Shares every made PDF without a link "anyone with the link can view" (Bagikan Tautan PDF = Ya). */
  shareCertificateLinks: endpoint('document', [], (port) => shareLinks(port)),
  /** The WhatsApp-ready text (and wa.me link) of each participant of a training with a No. HP. */
  whatsAppMessages: endpoint('none', [trainingCode], (port, code: string) => whatsApp(port, code)),
  /** The made PDFs of one training as ZIP files (parts of ≤ 20 MB / 150 files) in its folder. */
  zipCertificates: endpoint('document', [trainingCode], (port, code: string) => zipTraining(port, code)),

  // Pratinjau and Terbitkan Ulang (issue 12 items 3 and 5)
  /** The preview picker: the trainings and one training's participants (null: the first training). */
  certificatePreviewOptions: endpoint('none', [nullable(trainingCode)], (port, code: string | null) =>
    previewOptions(port, code),
  ),
  /**
   * One participant's certificate (or Piagam, or a speaker's Sertifikat Narasumber) as a PDF marked CONTOH; nip
   * null: the longest name.
   */
  previewCertificate: endpoint(
    'document',
    [trainingCode, nullable(cellText('NIP')), optional(flag('piagam')), optional(flag('narasumber'))],
    (port, code: string, nip: string | null, piagam?: boolean, narasumber?: boolean) =>
      certPreview(port, {
        trainingCode: code,
        nip,
        kind: kindOf(piagam, narasumber),
      }),
  ),
  /** Made certificates whose name, NIP or number contains the text (at most 20). */
  findIssuedCertificates: endpoint('none', [text('pencarian', { max: LIMITS.cellText })], (port, q: string) =>
    findIssued(port, q),
  ),
  /** Re-issues one made certificate with a new number (the old one stays, Diganti); e-mail only if asked. */
  reissueCertificate: endpoint(
    'document',
    [
      optional(
        options('terbitkan ulang', {
          number: cellText('nomor'),
          trainingCode,
          nip: cellText('NIP'),
          reason: cellText('alasan'),
          piagam: flag('piagam'),
          narasumber: flag('narasumber'),
          email: flag('email'),
          confirmUnchanged: flag('confirmUnchanged'),
        }),
      ),
    ],
    (
      port,
      args?: Partial<Record<'number' | 'trainingCode' | 'nip' | 'reason', string>> &
        Partial<Record<'piagam' | 'narasumber' | 'email' | 'confirmUnchanged', boolean>>,
    ) => {
      const r = args ?? {};
      return certReissue(port, {
        number: r.number ?? '',
        trainingCode: r.trainingCode ?? '',
        kind: kindOf(r.piagam, r.narasumber),
        nip: r.nip ?? '',
        reason: r.reason ?? '',
        email: r.email === true,
        confirmUnchanged: r.confirmUnchanged === true,
      });
    },
  ),

  /** Revokes one made certificate (Status Dicabut, the registry rewritten); final, the number never reused. */
  revokeCertificate: endpoint(
    'document',
    [
      optional(
        options('cabut', { number: cellText('nomor'), nip: cellText('NIP'), reason: cellText('alasan') }),
      ),
    ],
    (port, args?: Partial<Record<'number' | 'nip' | 'reason', string>>) =>
      certRevoke(port, { number: args?.number ?? '', nip: args?.nip ?? '', reason: args?.reason ?? '' }),
  ),

  /** Uji Layanan Google takes the document lock itself: whether it can is one of its checks (K-1). */
  runSelfTest: endpoint('self', [], (_port) => selfTest()),

  // the images of the certificate templates (issue 12 item 4): uploaded from the panel, stored in Drive
  uploadCertificateImage: endpoint(
    'document',
    [
      optional(
        options('gambar', {
          role: imageRoleArg,
          name: text('name', { max: 255 }),
          mimeType: text('mimeType', { max: 255 }),
          base64: text('base64', { empty: false, max: IMAGE_BASE64_MAX }),
        }),
      ),
    ],
    // a missing field is the feature's plain refusal (which image, or an empty file), not a wrong call
    (port, u?: { role?: 'logo' | 'signature'; name?: string; mimeType?: string; base64?: string }) =>
      certImageUpload(port, {
        role: u?.role ?? null,
        name: u?.name ?? '',
        mimeType: u?.mimeType ?? '',
        base64: u?.base64 ?? '',
      }),
  ),
  removeCertificateImage: endpoint('document', [imageRoleArg], (port, role: 'logo' | 'signature') =>
    certImageRemove(port, role),
  ),
  certificateImages: endpoint('none', [], (port) => certImages(port)),

  // TTE (issue 13 item 4): one signed PDF per call, picked in the panel (features/certificateTte.ts)
  importSignedPdf: endpoint(
    'document',
    [
      optional(
        options('file', {
          name: text('name', { max: 255 }),
          base64: text('base64', { empty: false, max: SIGNED_BASE64_MAX }),
        }),
      ),
    ],
    (port, u?: { name?: string; base64?: string }) =>
      tteImport(port, { name: u?.name ?? '', base64: u?.base64 ?? '' }),
  ),
  /** Paket TTE: one training's issued PDFs as ZIP parts plus manifest.csv / manifest.json, in its folder. */
  tteBundle: endpoint('document', [trainingCode], (port, code: string) => tteBundleOf(port, code)),

  // check-in (issue 16): the projector view (it may make the codes' secret, so under the lock) and the code now
  getCheckinView: endpoint('document', [trainingCode], (port, code: string) => checkinView(port, code)),
  getCheckinCode: endpoint(
    'none',
    [trainingCode, integer('sesi', 1, LIMITS.cells)],
    (port, code: string, session: number) => checkinCode(port, code, session),
  ),
});

/** What the sidebar may call, with its arguments and results: derived from the table, so a rename fails the build. */
export type ServerApi = typeof api;

// ---- menu: in menu order; the caption of each is MENU_CAPTIONS[name] ----------------------------------------

/** Buat Formulir from the menu makes every training's forms (the sidebar does one training at a time). */
function createAllForms(port: Port): string {
  const r = formsCreate(port, null);
  const notes = r.notes.slice(0, 8).map(MENU_NOTES.note);
  if (r.notes.length > 8) notes.push(MENU_NOTES.more(r.notes.length - 8));
  return [r.message, ...notes].join('\n');
}

export const menu = serveMenu({
  menuOpenPanel: menuItem('none', () => {
    showSidebar();
    return undefined;
  }),
  menuSetup: menuItem('document', (port) => setup(port).message, { separatorBefore: true }),
  menuCheck: menuItem('document', (port) => check(port).message),
  // the steps in the order of the panel and the help (issue 14 item 9)
  menuCreateForms: menuItem('document', (port) => createAllForms(port), { separatorBefore: true }),
  menuPullResponses: menuItem('document', (port) => responsesPull(port).message),
  menuScores: menuItem('document', (port) => scores(port).message, { separatorBefore: true }),
  menuEvaluation: menuItem('document', (port) => evaluation(port).message),
  menuJp: menuItem('document', (port) => jp(port).message),
  menuTemplates: menuItem('document', (port) => templatesCreate(port).message, { separatorBefore: true }),
  /** Runs one batch, then points the admin to the panel, which drives the following batches. */
  menuCertificates: menuItem('document', (port) => menuMessage(certStart(port))),
  menuSendEmail: menuItem('document', (port) => menuMessage(certSendEmails(port))),
  menuSiasn: menuItem('document', (port) => siasnExport(port).message),
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
    continueByTrigger(googlePort(), typeof uid === 'string' ? uid : null);
  },
  /** Handler of the self-test's scratch trigger, which is deleted at once: should it ever fire, it removes itself. */
  selfTestTrigger(_e?: unknown): void {
    removeSelfTestTriggers();
  },
};
