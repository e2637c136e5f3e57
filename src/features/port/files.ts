// The Docs, Drive and Mail ports used by templates and certificates (see src/gas/port/files.ts): file records,
// template scans and merge values in and out. A rendered PDF stays with Google as an opaque handle.

import type { CertDesign } from '../../core/certificateLook';
import type { MaterialList } from '../../core/certificateMaterials';
import type { CertKind, MergeValues, TemplateScan } from '../../core/certificates';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

/** A Drive file as the add-on asks for it. */
export interface DriveFile {
  id: string;
  name: string;
  mimeType?: string;
  trashed?: boolean;
  parents?: string[];
  appProperties?: Record<string, string>;
  webViewLink?: string;
  /** RFC 3339 time of the last change (a Doc's content too): tells a changed template. */
  modifiedTime?: string;
}

declare const PDF_HANDLE: unique symbol;
/** A PDF rendered in this execution or read back from Drive: only passed on to Drive, MailApp or a ZIP. */
export interface Pdf {
  readonly [PDF_HANDLE]: true;
}

/** Fills one template's certificates in a reused scratch copy (PDF mode: one document created per batch). */
export interface ScratchMerge {
  /** Unknown placeholders in the template (the caller refuses to fill then). */
  readonly unknown: readonly string[];
  /** Fills the scratch document with one certificate's values and returns its PDF. */
  render(values: MergeValues, fileName: string, materials?: MaterialList | null): Pdf;
  /** After a failed certificate: drops unsaved edits. */
  reset(): void;
}

declare const IMAGE_HANDLE: unique symbol;
/** An image the admin uploaded (logo, signature or stamp), read back from Drive: only passed on to Docs. */
export interface ImageBlob {
  readonly [IMAGE_HANDLE]: true;
}

/** The uploaded images a new default template prints (none: the template as without images). */
export interface TemplateImages {
  logo: ImageBlob | null;
  signature: ImageBlob | null;
}

export interface DocsPort {
  /** Lays out a new, empty document as the default invitation letter (one paragraph per line) and saves it. */
  writeLetterTemplate(docId: string, lines: readonly string[]): void;
  /** A document as a PDF named `fileName` (one conversion): an invitation letter for its e-mail. */
  pdfOf(docId: string, fileName: string): Pdf;
  /** Fills a copy of the letter template (`{{Name}}` → value, literally) and appends its lampiran table. */
  fillLetter(
    docId: string,
    values: ReadonlyMap<string, string>,
    lampiran: { title: string; rows: ReadonlyArray<readonly string[]> },
  ): void;
  /**
   * Lays out a new, empty document as the default template of `kind` (A4 landscape) in the layout of `design`
   * (setting Desain Sertifikat), with the uploaded images if any, and saves it.
   */
  writeDefaultTemplate(docId: string, kind: CertKind, design: CertDesign, images?: TemplateImages): void;
  /** The placeholders a template uses; throws when the document cannot be opened. */
  scan(docId: string): TemplateScan;
  scratchMerge(templateId: string, scratchId: string): ScratchMerge;
  /** Fills a document made for one certificate (a copy of the template) and returns its PDF. */
  fill(
    docId: string,
    scan: TemplateScan,
    values: MergeValues,
    fileName: string,
    materials?: MaterialList | null,
  ): Pdf;
}

/** Drive under drive.file: only files the add-on made (or the admin picked) are seen. */
export interface DrivePort {
  /** Untrashed files in a folder (one listing). */
  children(folderId: string): DriveFile[];
  /** Untrashed files whose appProperties hold `key` = `value` (one listing). */
  withAppProperty(key: string, value: string): DriveFile[];
  /**
   * Every file whose appProperties hold `key` = `value`, trashed ones too (one listing, a page per 1000 files): a
   * file in the trash is told apart from one that is gone.
   */
  withAppPropertyAll(key: string, value: string): DriveFile[];
  /** Every file in a folder, trashed ones too (one listing, a page per 1000 files). */
  childrenAll(folderId: string): DriveFile[];
  createFolder(name: string, parent: string | null, appProperties: Record<string, string>): DriveFile;
  /** An empty Google Doc in a folder (one "document created"). */
  createDoc(name: string, parent: string, appProperties: Record<string, string>): DriveFile;
  /** A copy inherits the source's appProperties; a null value removes one. */
  copy(
    id: string,
    name: string,
    parent: string | null,
    appProperties: Record<string, string | null>,
  ): DriveFile;
  /** A PDF file; `id` one of reserveIds (the file then has that id, so a link to it could be printed in it). */
  createPdf(
    pdf: Pdf,
    name: string,
    parent: string,
    appProperties: Record<string, string>,
    id?: string,
  ): DriveFile;
  /** `count` ids for files not made yet (Drive files.generateIds; at most 1000). */
  reserveIds(count: number): string[];
  /** The file if the add-on can still see it, else null. */
  get(id: string): DriveFile | null;
  /** Renames a file the add-on made and patches its appProperties (a null value removes one); one call. */
  update(id: string, patch: { name?: string; appProperties?: Record<string, string | null> }): DriveFile;
  remove(id: string): void;
  /**
   * A stored PDF the add-on made, read back for an e-mail or a ZIP (no conversion), named `name` (what the e-mail
   * attaches and the ZIP lists); null when it cannot be seen.
   */
  download(id: string, name: string): Pdf | null;
  /** The size of a PDF handle in bytes (for splitting a ZIP into parts). */
  sizeOf(pdf: Pdf): number;
  /** One ZIP archive of the PDFs (entries by their names) saved in a folder as a new file. */
  createZip(
    pdfs: readonly Pdf[],
    name: string,
    parent: string,
    appProperties: Record<string, string>,
  ): DriveFile;
  /** Shares a file the add-on made "anyone with the link can view"; throws when Google refuses (domain policy). */
  shareByLink(id: string): void;
  /** A file of `bytes` (an uploaded image) saved in a folder (one files.create with the content). */
  createFile(
    bytes: Uint8Array,
    mimeType: string,
    name: string,
    parent: string,
    appProperties: Record<string, string>,
  ): DriveFile;
  /** Replaces the content of a file the add-on made (it keeps its id and link) and patches its appProperties. */
  replaceContent(
    id: string,
    bytes: Uint8Array,
    mimeType: string,
    appProperties: Record<string, string | null>,
  ): DriveFile;
  /** An uploaded image the add-on stored, read back for a template; null when it cannot be seen. */
  downloadImage(id: string): ImageBlob | null;
  /** The bytes of a PDF handle (an issued PDF read back, to compare with its signed copy: core/tte.ts hasPrefix). */
  bytesOf(pdf: Pdf): Uint8Array;
  /** SHA-256 of `bytes` as lowercase hex (Utilities.computeDigest: the signed copy's record in the ledger). */
  sha256(bytes: Uint8Array): string;
}

export interface MailPort {
  /** E-mail recipients left today. */
  remainingDailyQuota(): number;
  /**
   * One message with a PDF attached (a certificate, an invitation letter): plain-text body, also sent as simple
   * HTML; `to` one address or several separated by commas.
   */
  sendPdf(to: string, subject: string, body: string, pdf: Pdf): void;
}

/** A file's link as written in the ledger and shown in the panel. */
export function fileLink(f: DriveFile): string {
  if (f.webViewLink) return f.webViewLink;
  if (f.mimeType === DOC_MIME) return `https://docs.google.com/document/d/${f.id}/edit`;
  if (f.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${f.id}`;
  return `https://drive.google.com/file/d/${f.id}/view`;
}
