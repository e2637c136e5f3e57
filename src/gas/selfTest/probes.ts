// Raw probes for the live self-test (Uji Layanan Google): each one makes the Apps Script calls the add-on makes, on
// scratch objects, and returns what Google did as plain data (values, error messages). No judging here: the rules
// of what Google is expected to do live in the check files beside (sheets.ts, docs.ts, forms.ts, runtime.ts).

import { messageOf } from '../../core/errors';
import { hex } from '../../core/hmac';
import { clearPng } from '../../core/png';
import { ScratchMerger } from '../docs';
import { linkedFormId, prefillTemplate } from '../forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;
type Blob = GoogleAppsScript.Base.Blob;

/** What a call did: its value, or the message of the error it threw. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; error: string };

export function attempt<T>(fn: () => T): Attempt<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
}

/** Google's date formatter (Java SimpleDateFormat) in a zone. */
export function formatDate(d: Date, zone: string, pattern: string): string {
  return Utilities.formatDate(d, zone, pattern);
}

// ---------- deployment ----------

export interface Deployment {
  /** `ScriptApp.getInstallationSource()` as its name, or null when the service has no such method. */
  installationSource: string | null;
  effectiveUser: Attempt<string>;
  locale: string;
  timeZone: string;
  scriptTimeZone: string;
  spreadsheetId: string;
}

export function deployment(ss: Spreadsheet): Deployment {
  const app = ScriptApp as unknown as { getInstallationSource?: () => unknown };
  let installationSource: string | null = null;
  if (typeof app.getInstallationSource === 'function') {
    const r = attempt(() => String(app.getInstallationSource?.()));
    installationSource = r.ok ? r.value : `(galat: ${r.error})`;
  }
  return {
    installationSource,
    effectiveUser: attempt(() => Session.getEffectiveUser().getEmail()),
    locale: ss.getSpreadsheetLocale(),
    timeZone: ss.getSpreadsheetTimeZone(),
    scriptTimeZone: Session.getScriptTimeZone(),
    spreadsheetId: ss.getId(),
  };
}

// ---------- sheets ----------

/** The names of all sheets (one getSheets, one getName each). */
export function sheetNames(ss: Spreadsheet): string[] {
  return ss.getSheets().map((s) => s.getName());
}

/** A new sheet at the end; refused (null) when any sheet already has this name in any letter case. */
export function insertScratchSheet(ss: Spreadsheet, name: string): Sheet | null {
  const lower = name.toLowerCase();
  if (sheetNames(ss).some((n) => n.toLowerCase() === lower)) return null;
  return ss.insertSheet(name, ss.getSheets().length);
}

export interface CellProbe {
  values: unknown[];
  display: string[];
  formulas: string[];
  /** getNumberFormats over the same range (what the workbook reader reads beside the values). */
  formats: string[];
}

/** Writes one row of cells with their number formats (one setNumberFormats, one setValues) and reads it back. */
export function probeCells(
  sheet: Sheet,
  row: number,
  cells: ReadonlyArray<{ value: unknown; format: string }>,
): CellProbe {
  const range = sheet.getRange(row, 1, 1, cells.length);
  range.setNumberFormats([cells.map((c) => c.format)]);
  range.setValues([cells.map((c) => c.value)]);
  return {
    values: range.getValues()[0] as unknown[],
    display: range.getDisplayValues()[0],
    formulas: range.getFormulas()[0],
    formats: range.getNumberFormats()[0],
  };
}

/** `getSheetByName` with the given spelling: the name of the sheet it found, or null. */
export function sheetByName(ss: Spreadsheet, name: string): string | null {
  const s = ss.getSheetByName(name);
  return s ? s.getName() : null;
}

/** The sheet's ID before and after a rename (the name is put back). */
export function idAcrossRename(sheet: Sheet, name: string): Attempt<{ before: number; after: number }> {
  return attempt(() => {
    const old = sheet.getName();
    const before = sheet.getSheetId();
    sheet.setName(name);
    const after = sheet.getSheetId();
    sheet.setName(old);
    return { before, after };
  });
}

/**
 * The scratch sheet moved to the first tab and back to the last by moveActiveSheet (how the add-on puts a response
 * sheet after its own), the admin's sheet made active again: the positions seen after each move.
 */
export function moveToFirstAndBack(
  ss: Spreadsheet,
  sheet: Sheet,
): Attempt<{ first: number; last: number; of: number }> {
  return attempt(() => {
    const was = ss.getActiveSheet();
    try {
      ss.setActiveSheet(sheet);
      ss.moveActiveSheet(1);
      const first = sheet.getIndex();
      const of = ss.getNumSheets();
      ss.moveActiveSheet(of);
      return { first, last: sheet.getIndex(), of };
    } finally {
      ss.setActiveSheet(was);
    }
  });
}

/** The scratch sheet protected warning-only (as the add-on marks a new output), read back, then unprotected. */
export function warningOnlyProtection(
  sheet: Sheet,
  description: string,
): Attempt<{ warning: boolean; description: string; listed: number }> {
  return attempt(() => {
    const p = sheet.protect().setDescription(description).setWarningOnly(true);
    try {
      const listed = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length;
      return { warning: p.isWarningOnly(), description: p.getDescription(), listed };
    } finally {
      p.remove();
    }
  });
}

/**
 * A link set as Rich Text over a cell's whole text (Masalah's Buka Sel), read back: the cell's value and its link.
 * The cell is the scratch sheet's, cleared after.
 */
export function richTextLink(sheet: Sheet, url: string): Attempt<{ value: unknown; link: string | null }> {
  return attempt(() => {
    const cell = sheet.getRange(1, 1);
    cell.setRichTextValues([[SpreadsheetApp.newRichTextValue().setText('Buka C13').setLinkUrl(url).build()]]);
    const value = cell.getValue();
    const link = cell.getRichTextValue()?.getLinkUrl() ?? null;
    cell.clearContent();
    return { value, link };
  });
}

/** Inserting a sheet whose name differs from an existing one only in case; a sheet it made is deleted again. */
export function insertOtherCase(ss: Spreadsheet, name: string): Attempt<string> {
  const r = attempt(() => ss.insertSheet(name));
  if (!r.ok) return r;
  const made = r.value.getName();
  ss.deleteSheet(r.value);
  return { ok: true, value: made };
}

/** A 1 × 1 block written into a 1 × 2 range. */
export function setValuesWrongShape(sheet: Sheet, row: number): Attempt<void> {
  return attempt(() => {
    sheet.getRange(row, 1, 1, 2).setValues([[1]]);
  });
}

export function writeText(sheet: Sheet, row: number, text: string): Attempt<void> {
  return attempt(() => {
    sheet.getRange(row, 1, 1, 1).setValues([[text]]);
  });
}

/** A range one row below the grid. */
export function rangeBelowGrid(sheet: Sheet): Attempt<void> {
  return attempt(() => {
    sheet.getRange(sheet.getMaxRows() + 1, 1, 1, 1).getValues();
  });
}

/** Deletes the sheet of exactly this name, if there is one. */
export function deleteSheetNamed(ss: Spreadsheet, name: string): boolean {
  const s = ss.getSheetByName(name);
  if (!s || s.getName() !== name) return false;
  ss.deleteSheet(s);
  return true;
}

export function deleteSheet(ss: Spreadsheet, sheet: Sheet): void {
  ss.deleteSheet(sheet);
}

export function activate(sheet: Sheet): void {
  sheet.activate();
}

// ---------- documents ----------

/** Writes a scratch template: the first paragraph gets the first line, the rest are appended; saved. */
export function writeTemplate(docId: string, lines: readonly string[]): void {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  lines.forEach((l, i) => {
    if (i === 0) (body.getChild(0) as GoogleAppsScript.Document.Paragraph).setText(l);
    else body.appendParagraph(l);
  });
  doc.saveAndClose();
}

/** The add-on's certificate merge (ScratchMerger, as in a PDF batch) for each name in turn. */
export function mergeCertificates(
  templateId: string,
  scratchId: string,
  valuesList: ReadonlyArray<Parameters<ScratchMerger['render']>[0]>,
): { pdfs: Blob[]; texts: string[] } {
  const merger = new ScratchMerger(templateId, scratchId);
  const pdfs: Blob[] = [];
  const texts: string[] = [];
  for (const v of valuesList) {
    const pdf = merger.render(v, 'uji-layanan.pdf');
    pdfs.push(pdf);
    // render leaves the scratch document open (reopened after the save): read what the certificate said
    texts.push(DocumentApp.openById(scratchId).getBody().getText());
  }
  return { pdfs, texts };
}

export interface DocProbe {
  detached: Attempt<void>;
  lastParagraph: Attempt<void>;
  escapedText: Attempt<string>;
  unescaped: Attempt<string>;
  tableText: Attempt<string>;
  /** After emptying a paragraph's text by replaceText, an image inserted at child 0: the children's types in order. */
  imageFirst: Attempt<string>;
  closedEdit: Attempt<void>;
  pdf: Attempt<{ contentType: string; bytes: number }> | null;
}

/**
 * The DocumentApp rules the merge code depends on, on one scratch document: inserting an attached element,
 * removing the last paragraph of a section that has others, replaceText with an escaped and an unescaped `$`,
 * Table.getText, an image inserted first in a paragraph emptied by replaceText (the QR before the default
 * template's signature, src/gas/docs.ts placeQr), an edit after saveAndClose, and (when asked) a PDF export.
 */
export function probeDocument(docId: string, escapedReplacement: string, withPdf: boolean): DocProbe {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  // a new document has one empty paragraph (the add-on's writeDefaultTemplate uses it the same way)
  const first = body.getChild(0) as GoogleAppsScript.Document.Paragraph;
  first.setText('Paragraf pertama');
  body.appendParagraph('Paragraf kedua');
  const detached = attempt(() => {
    body.insertParagraph(0, first);
  });
  const lastParagraph = attempt(() => {
    body.getChild(body.getNumChildren() - 1).removeFromParent();
  });
  const target = body.appendParagraph('X{{Nama}}X');
  const escapedText = attempt(() => {
    target.replaceText('\\{\\{Nama\\}\\}', escapedReplacement);
    return target.getText();
  });
  const raw = body.appendParagraph('{{Harga}}');
  const unescaped = attempt(() => {
    raw.replaceText('\\{\\{Harga\\}\\}', 'US$ 5');
    return raw.getText();
  });
  const tableText = attempt(() =>
    body
      .appendTable([
        ['A1', 'B1'],
        ['A2', 'B2'],
      ])
      .getText(),
  );
  const imageFirst = attempt(() => {
    const p = body.appendParagraph('{{QR Verifikasi}}');
    const pixel = () =>
      Utilities.newBlob(
        Array.from(clearPng(), (b) => (b > 127 ? b - 256 : b)),
        'image/png',
      );
    p.appendInlineImage(pixel()).setWidth(40).setHeight(1);
    p.replaceText('\\{\\{QR Verifikasi\\}\\}', '');
    p.insertInlineImage(0, pixel()).setWidth(7).setHeight(7);
    const kinds: string[] = [];
    for (let i = 0; i < p.getNumChildren(); i++) {
      const c = p.getChild(i);
      const type = String(c.getType());
      // the child is the concrete element (as src/gas/docs.ts casts getChild), here an InlineImage
      const width = () => (c as unknown as GoogleAppsScript.Document.InlineImage).getWidth();
      kinds.push(type === 'INLINE_IMAGE' ? `${type}(${width()})` : type);
    }
    return kinds.join(',');
  });
  doc.saveAndClose();
  const closedEdit = attempt(() => {
    body.appendParagraph('setelah ditutup');
  });
  const pdf = withPdf
    ? attempt(() => {
        const b = DocumentApp.openById(docId).getAs('application/pdf');
        return blobInfo(b);
      })
    : null;
  return { detached, lastParagraph, escapedText, unescaped, tableText, imageFirst, closedEdit, pdf };
}

export function blobInfo(b: Blob): { contentType: string; bytes: number } {
  return { contentType: b.getContentType() ?? '', bytes: b.getBytes().length };
}

/** Opening a document (e.g. one just removed): its body text, or the error. */
export function openDocument(docId: string): Attempt<string> {
  return attempt(() => DocumentApp.openById(docId).getBody().getText());
}

// ---------- forms ----------

type PublishableForm = Form & {
  supportsAdvancedResponderPermissions(): boolean;
  setPublished(published: boolean): Form;
  isPublished(): boolean;
};

export interface FormStart {
  form: Form;
  id: string;
  titleAfterCreate: string;
  titleAfterSet: string;
  publishedAtStart: boolean | null;
}

export function createForm(title: string): FormStart {
  const form = FormApp.create(title);
  const id = form.getId();
  const titleAfterCreate = form.getTitle();
  form.setTitle(title);
  const titleAfterSet = form.getTitle();
  const pub = form as PublishableForm;
  const publishedAtStart = pub.supportsAdvancedResponderPermissions() ? pub.isPublished() : null;
  return { form, id, titleAfterCreate, titleAfterSet, publishedAtStart };
}

export interface FormOpen {
  published: Attempt<boolean | null>;
  accepting: Attempt<boolean>;
  publishedUrl: Attempt<string>;
}

/** What buildForm does to open a form: publish (when the form has publishing), accept responses, a NIP item. */
export function openForResponses(form: Form): FormOpen {
  const pub = form as PublishableForm;
  const published = attempt(() => {
    if (!pub.supportsAdvancedResponderPermissions()) return null;
    pub.setPublished(true);
    return pub.isPublished();
  });
  form.addTextItem().setTitle('NIP');
  const accepting = attempt(() => form.setAcceptingResponses(true).isAcceptingResponses());
  const publishedUrl = attempt(() => form.getPublishedUrl());
  return { published, accepting, publishedUrl };
}

/** Uji Layanan F-10: a quiz item of 1 point answered, then graded 5 by the script; getScore() before and after. */
export function gradeAbovePoints(form: Form, nip: string): Attempt<{ before: unknown; after: unknown }> {
  return attempt(() => {
    form.setIsQuiz(true);
    const item = form.addMultipleChoiceItem().setTitle('Uji nilai');
    item.setChoices([item.createChoice('Ya', true), item.createChoice('Tidak', false)]).setPoints(1);
    const nipItem = form.getItems(FormApp.ItemType.TEXT)[0].asTextItem();
    form
      .createResponse()
      .withItemResponse(nipItem.createResponse(nip))
      .withItemResponse(item.createResponse('Ya'))
      .submit();
    const asked = form.getItemById(item.getId());
    const [response] = form.getResponses();
    const graded = response.getGradableResponseForItem(asked);
    const before = graded.getScore() as unknown;
    response.withItemGrade(graded.setScore(5));
    form.submitGrades([response]);
    const after = form.getResponses()[0].getGradableResponseForItem(asked).getScore() as unknown;
    return { before, after };
  });
}

/** Links the form to the spreadsheet. */
export function linkToSpreadsheet(form: Form, ssId: string): void {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
}

/** Sheets that are not in `before` and are linked to the form (compared by the form's ID, as the add-on does). */
export function newLinkedSheets(ss: Spreadsheet, before: ReadonlySet<string>, formId: string): Sheet[] {
  return ss
    .getSheets()
    .filter((s) => !before.has(s.getName()))
    .filter((s) => linkedFormId(s) === formId);
}

export function prefilledUrl(form: Form): Attempt<string | null> {
  return attempt(() => prefillTemplate(form));
}

/** Unlinks the form; the sheet's form URL afterwards (null when unlinked). */
export function unlink(form: Form, sheet: Sheet | null): Attempt<string | null> {
  return attempt(() => {
    form.removeDestination();
    return sheet ? sheet.getFormUrl() : null;
  });
}

/** Closes a form that could not be removed, so that nobody can answer it. */
export function closeForm(form: Form): void {
  form.setAcceptingResponses(false);
}

// ---------- properties ----------

export type Store = 'document' | 'user' | 'script';

function store(s: Store): GoogleAppsScript.Properties.Properties {
  if (s === 'document') return PropertiesService.getDocumentProperties();
  return s === 'user' ? PropertiesService.getUserProperties() : PropertiesService.getScriptProperties();
}

export interface PropertyRoundTrip {
  readBack: string | null;
  afterDelete: string | null;
}

export function propertyRoundTrip(s: Store, key: string, value: string): PropertyRoundTrip {
  const p = store(s);
  p.setProperty(key, value);
  const readBack = p.getProperty(key);
  p.deleteProperty(key);
  return { readBack, afterDelete: p.getProperty(key) };
}

/** Writes a value of `bytes` ASCII bytes; when accepted, reads its length back. */
export function writeLargeProperty(key: string, bytes: number): Attempt<number> {
  return attempt(() => {
    const p = store('document');
    p.setProperty(key, 'x'.repeat(bytes));
    return (p.getProperty(key) ?? '').length;
  });
}

export function setDocumentProperty(key: string, value: string): void {
  store('document').setProperty(key, value);
}

export function deleteProperty(s: Store, key: string): void {
  store(s).deleteProperty(key);
}

export function readProperty(s: Store, key: string): string | null {
  return store(s).getProperty(key);
}

// ---------- lock, triggers, mail ----------

/** Takes the document lock; `release` gives it back and says whether the lock was still held just before. */
export function takeDocumentLock(waitMs: number): {
  got: boolean;
  held: boolean;
  release(): { heldAfter: boolean };
} | null {
  const lock = LockService.getDocumentLock();
  if (!lock) return null;
  const got = lock.tryLock(waitMs);
  const held = got && lock.hasLock();
  return {
    got,
    held,
    release() {
      lock.releaseLock();
      return { heldAfter: lock.hasLock() };
    },
  };
}

export interface TriggerProbe {
  /** Time-driven triggers of this add-on already installed for this document (then nothing is created). */
  existing: string[];
  created: Attempt<string> | null;
  listedAfterCreate: boolean;
  deleted: Attempt<boolean> | null;
}

function clockTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => String(t.getEventType()) === 'CLOCK');
}

/**
 * Creates an hourly trigger for `handler` and deletes it at once, by the object `create()` returned (so it goes even
 * when getUserTriggers does not list it). Nothing is created when a time trigger of the add-on already exists.
 */
export function probeTimeTrigger(ss: Spreadsheet, handler: string): TriggerProbe {
  const existing = clockTriggers(ss).map((t) => t.getHandlerFunction());
  if (existing.length) return { existing, created: null, listedAfterCreate: false, deleted: null };
  const made = attempt(() => ScriptApp.newTrigger(handler).timeBased().everyHours(1).create());
  if (!made.ok) return { existing, created: made, listedAfterCreate: false, deleted: null };
  const trigger = made.value;
  const id = trigger.getUniqueId();
  const listedAfterCreate = ScriptApp.getUserTriggers(ss).some((t) => t.getUniqueId() === id);
  const deleted = attempt(() => {
    ScriptApp.deleteTrigger(trigger);
    return !ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === id);
  });
  return { existing, created: { ok: true, value: id }, listedAfterCreate, deleted };
}

/**
 * Deletes every trigger of `handler` of this user in this project (getProjectTriggers needs no document, so this
 * also works from the trigger itself, where an add-on has no active spreadsheet). Returns how many.
 */
export function removeTriggers(handler: string): number {
  let n = 0;
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === handler) {
      ScriptApp.deleteTrigger(t);
      n++;
    }
  return n;
}

export function mailQuota(): Attempt<number> {
  return attempt(() => MailApp.getRemainingDailyQuota());
}

/** SHA-256 (Utilities.computeDigest) of signed bytes, as lowercase hex (how a signed PDF is recorded: core/tte.ts). */
export function sha256OfBytes(bytes: number[]): Attempt<string> {
  return attempt(() => hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, bytes)));
}

// ---------- drive ----------

/** `Drive.Files.get` of a file (e.g. one just removed): its name, or the error. */
export function driveGet(id: string): Attempt<string> {
  const files = (Drive as unknown as { Files: { get(id: string, args: object): { name: string } } }).Files;
  return attempt(() => files.get(id, { fields: 'id,name' }).name);
}

/** A tiny PDF-typed blob, for the Drive checks when no certificate PDF could be made. */
export function placeholderPdf(): Blob {
  return Utilities.newBlob('%PDF-1.4\n%%EOF\n', 'application/pdf', 'uji-layanan.pdf');
}
