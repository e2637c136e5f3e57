// Delivery beyond the certificate run, as the panel asks for it: who received nothing (names on demand, with the
// reason), from one read of the ledger and the job; share links ("anyone with the link can view", Bagikan Tautan
// PDF), also used by the batch for each PDF it makes.

import { BATCH_BUDGET_MS, isQuotaError, isTimeout } from '../core/certificateJob';
import {
  deliveryLink,
  FILE_PROPS,
  firstRows,
  type LedgerRow,
  ledgerKey,
  undeliverable,
} from '../core/certificates';
import { messageOf } from '../core/errors';
import { whatsAppLink } from '../core/phone';
import { SHEETS } from '../core/schema';
import type { TteSettings } from '../core/tte';
import type { UndeliveredView, WhatsAppRow, WhatsAppView, ZipResult } from '../shared/rpc';
import { DELIVERY_NOTES, SHARE_TEXT, WHATSAPP_TEXT, ZIP_TEXT } from '../text/id/certDelivery';
import { TTE_DELIVERY_TEXT } from '../text/id/certTte';
import { fileIdOf } from './certificateCheck';
import { writeLedger } from './certificateLedger';
import { nothingText, undeliveredRows } from './certificateProgress';
import { readJob } from './certificateState';
import { openLedger } from './certificates';
import { loadWorkbook } from './load';
import type { Port } from './port';
import { type DriveFile, fileLink, type Pdf } from './port/files';
import { templateAccess } from './templates';

/** The panel lists at most this many names (the count by reason is always whole; the ledger has every row). */
export const MAX_UNDELIVERED_LISTED = 200;

/** Everyone who received nothing, in ledger order, each with the reason (one ledger read). */
export function listUndelivered(port: Port): UndeliveredView[] {
  const { plan } = openLedger(port);
  return undeliveredRows(plan.rows, plan.eligible, readJob(port))
    .slice(0, MAX_UNDELIVERED_LISTED)
    .map((u) => ({
      trainingCode: u.row.trainingCode,
      kind: u.row.kind,
      nip: u.row.nip,
      name: u.row.name,
      row: u.row.sheetRow,
      text: nothingText(u),
    }));
}

/** Shares made PDFs by link in one execution; after Google's first refusal (a domain policy) it stops trying. */
export interface Sharer {
  /** Google's refusal (its own words, kept for the log only), once one came; no further share is tried then. */
  refused: string | null;
  shared: number;
  /** Shares the row's PDF if it has one and no link yet; the row's Tautan (or its Catatan) says what happened. */
  share(row: LedgerRow): void;
}

export function newSharer(port: Port, tte?: TteSettings): Sharer {
  const s: Sharer = {
    refused: null,
    shared: 0,
    share(row) {
      // the file delivered (core/certificates.ts deliveryLink): the signed copy once there is one, nothing unsigned in Tag mode
      const file = deliveryLink(row, tte);
      if (!file || row.link === file) return;
      const id = fileIdOf(file);
      if (!id) return;
      if (s.refused === null) {
        try {
          port.drive.shareByLink(id);
          row.link = file;
          s.shared++;
          if (row.note === DELIVERY_NOTES.shareRefused) row.note = '';
          return;
        } catch (e) {
          if (isTimeout(e) || isQuotaError(e)) throw e;
          s.refused = messageOf(e);
        }
      }
      if (!row.note) row.note = DELIVERY_NOTES.shareRefused;
    },
  };
  return s;
}

/** The result of "Bagikan Tautan" in the panel. */
export interface ShareResult {
  shared: number;
  /** Made PDFs still without a link (time ran out, or Google refused). */
  left: number;
  refused: boolean;
  message: string;
}

/**
 * "Bagikan Tautan": every made PDF of the ledger without a link is shared (Bagikan Tautan PDF = Ya), one
 * permissions call each, until the time budget; the ledger written once. Called again, it goes on.
 */
export function shareCertificateLinks(port: Port): ShareResult {
  const started = Date.now();
  const settings = loadWorkbook(port, ['settings']).wb.settings;
  if (!settings.shareLinks) return { shared: 0, left: 0, refused: false, message: SHARE_TEXT.off };
  const ledger = openLedger(port);
  const { rows, eligible } = ledger.plan;
  const todo = firstRows(rows).filter((r) => {
    const file = deliveryLink(r, settings.tte);
    return eligible.has(ledgerKey(r)) && file && r.link !== file;
  });
  if (!todo.length) return { shared: 0, left: 0, refused: false, message: SHARE_TEXT.none };
  const sharer = newSharer(port, settings.tte);
  for (const r of todo) {
    if (Date.now() - started > BATCH_BUDGET_MS || sharer.refused) break;
    sharer.share(r);
  }
  writeLedger(ledger);
  const left = todo.filter((r) => r.link !== deliveryLink(r, settings.tte)).length;
  const message = sharer.refused ? SHARE_TEXT.refused : SHARE_TEXT.done(sharer.shared, left);
  return { shared: sharer.shared, left, refused: sharer.refused !== null, message };
}

/**
 * The WhatsApp-ready text of each participant of a training who has a valid No. HP and a certificate: a greeting,
 * the training, the PDF's view link, and the wa.me link that opens the chat with it. Needs share links. Reads the
 * ledger once and Pengaturan, Kegiatan and Peserta once.
 */
/** Why a row gets no WhatsApp message: not made, not deliverable (revoked, replaced, unsigned), or not shared yet. */
function whyNoMessage(r: LedgerRow, file: string, tte: TteSettings): string {
  if (!r.pdf) return WHATSAPP_TEXT.notMade;
  if (!file) return TTE_DELIVERY_TEXT.blocked(undeliverable(r, tte));
  return WHATSAPP_TEXT.noLink;
}

export function whatsAppMessages(port: Port, code: string): WhatsAppView {
  const { wb } = loadWorkbook(port, ['settings', 'trainings', 'participants']);
  const sharing = wb.settings.shareLinks;
  const phones = new Map<string, string>();
  for (const p of wb.participants) if (p.trainingCode === code && p.phone) phones.set(p.nip, p.phone);
  const { plan } = openLedger(port);
  const rows: WhatsAppRow[] = [];
  for (const r of firstRows(plan.rows)) {
    const phone = r.trainingCode === code ? phones.get(r.nip) : undefined;
    if (!phone || !plan.eligible.has(ledgerKey(r))) continue;
    // only a link to the file delivered (core/certificates.ts deliveryLink): never an unsigned one in Tag mode
    const file = deliveryLink(r, wb.settings.tte);
    const link = r.link && r.link === file ? r.link : '';
    const text = link
      ? WHATSAPP_TEXT.message({ name: r.name, kind: r.kind, theme: r.printTheme || code, link })
      : '';
    rows.push({
      name: r.name,
      nip: r.nip,
      kind: r.kind,
      phone,
      text,
      waLink: text ? whatsAppLink(phone, text) : null,
      missing: text ? '' : whyNoMessage(r, file, wb.settings.tte),
    });
  }
  const message = !sharing
    ? WHATSAPP_TEXT.sharingOff
    : rows.length === 0
      ? WHATSAPP_TEXT.noPhones(SHEETS.participants.name)
      : '';
  return { sharing, message, rows };
}

/**
 * A ZIP part holds at most this many bytes of PDFs: far below Apps Script's 50 MB blob limit (the PDFs and the
 * archive are both in memory while it is made), and a download a slow office connection finishes.
 */
export const ZIP_PART_BYTES = 20 * 1024 * 1024;
/** …and at most this many files (a part stays quick to open and to forward). */
export const ZIP_PART_FILES = 150;
/** appProperties key on the add-on's ZIP files: the training code (an older ZIP of it is replaced). */
export const ZIP_PROP = 'douasnZip';

/**
 * "Unduh ZIP": the made PDFs of one training read back from Drive (one listing of its folder, one download each:
 * unavoidable, Drive has no server-side archive) into ZIP files of at most ZIP_PART_BYTES / ZIP_PART_FILES in the
 * training's folder; the training's earlier ZIPs are removed once the new ones are complete.
 */
export function zipCertificates(port: Port, code: string): ZipResult {
  const tte = loadWorkbook(port, ['settings']).wb.settings.tte;
  return zipTraining(port, code, {
    file: (r) => deliveryLink(r, tte),
    name: ZIP_TEXT.name,
    prop: ZIP_PROP,
    blocked: (r) => undeliverable(r, tte) === 'unsigned',
  });
}

/** What a ZIP of a training holds: the file of each made row ('' leaves it out), the parts' names, their mark. */
export interface ZipChoice {
  file(r: LedgerRow): string;
  name(code: string, part: number): string;
  /** appProperties key marking the ZIPs (a newer set replaces the older). */
  prop: string;
  /** A row left out because it is not signed yet (counted and said). */
  blocked?(r: LedgerRow): boolean;
  /** Each file put in a part, with its row (Paket TTE writes its manifest from these). */
  onFile?(r: LedgerRow, f: DriveFile): void;
}

/** The ZIP parts of one training's chosen files (see zipCertificates; Paket TTE takes the issued PDFs). */
export function zipTraining(port: Port, code: string, choice: ZipChoice): ZipResult {
  const started = Date.now();
  const folder = templateAccess(port).props.folders.get(code);
  const result: ZipResult = { parts: [], files: 0, missing: 0, incomplete: false, message: '' };
  if (!folder) return { ...result, message: ZIP_TEXT.noFolder(code) };
  const { plan } = openLedger(port);
  const made = firstRows(plan.rows).filter(
    (r) => r.trainingCode === code && r.pdf && plan.eligible.has(ledgerKey(r)),
  );
  const unsigned = made.filter((r) => choice.blocked?.(r)).length;
  const rows = made.filter((r) => choice.file(r));
  if (!rows.length)
    return {
      ...result,
      message: unsigned ? TTE_DELIVERY_TEXT.zipNoneSigned(code, unsigned) : ZIP_TEXT.none(code),
    };
  const listing = port.drive.children(folder);
  const byId = new Map(listing.map((f) => [f.id, f]));
  const old = listing.filter((f) => f.appProperties?.[choice.prop] === code);
  const sheet = port.workbook.spreadsheetId();
  let part: Pdf[] = [];
  let bytes = 0;
  const flush = () => {
    if (!part.length) return;
    const name = choice.name(code, result.parts.length + 1);
    const f = port.drive.createZip(part, name, folder, { [choice.prop]: code, [FILE_PROPS.sheet]: sheet });
    result.parts.push({ name, url: fileLink(f), files: part.length, bytes });
    result.files += part.length;
    part = [];
    bytes = 0;
  };
  let done = 0;
  for (const r of rows) {
    if (Date.now() - started > BATCH_BUDGET_MS) {
      result.incomplete = true;
      break;
    }
    done++;
    const f = byId.get(fileIdOf(choice.file(r)) ?? '');
    const pdf = f ? port.drive.download(f.id, f.name) : null;
    if (!f || !pdf) {
      result.missing++;
      continue;
    }
    const n = port.drive.sizeOf(pdf);
    if (part.length && (bytes + n > ZIP_PART_BYTES || part.length >= ZIP_PART_FILES)) flush();
    choice.onFile?.(r, f);
    part.push(pdf);
    bytes += n;
  }
  flush();
  if (!result.incomplete) for (const f of old) port.drive.remove(f.id);
  result.message =
    ZIP_TEXT.done(result.files, result.parts.length, result.missing) +
    (unsigned ? TTE_DELIVERY_TEXT.zipUnsigned(unsigned) : '') +
    (result.incomplete ? ZIP_TEXT.incomplete(rows.length - done) : '');
  return result;
}
