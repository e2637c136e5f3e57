// The Docs, Drive and Mail ports over src/gas/docs.ts, drive.ts and mail.ts. A rendered PDF crosses the port as an
// opaque handle: it is Google's Blob, passed back unchanged to Drive or MailApp.

import { hex } from '../../core/hmac';
import type { DocsPort, DrivePort, ImageBlob, MailPort, Pdf, ScratchMerge } from '../../features/port';
import {
  docPdf,
  fillDocument,
  fillLetter,
  ScratchMerger,
  scanTemplate,
  writeDefaultTemplate,
  writeLetterTemplate,
} from '../docs';
import {
  copyFile,
  createDocFile,
  createFileFromBytes,
  createFolder,
  createFromBlob,
  downloadFile,
  getFile,
  listFiles,
  PDF_MIME,
  q,
  removeFile,
  replaceFileContent,
  reserveFileIds,
  shareByLink,
  updateFile,
} from '../drive';
import { remainingEmailQuota, sendPdfMail } from '../mail';

type Blob = GoogleAppsScript.Base.Blob;
const handle = (blob: Blob) => blob as unknown as Pdf;
const blobOf = (pdf: Pdf) => pdf as unknown as Blob;
const imageOf = (image: ImageBlob | null) => image as unknown as Blob | null;

export function googleDocs(): DocsPort {
  return {
    writeDefaultTemplate: (docId, kind, design, images) =>
      writeDefaultTemplate(docId, kind, design, {
        logo: imageOf(images?.logo ?? null),
        signature: imageOf(images?.signature ?? null),
      }),
    scan: scanTemplate,
    writeLetterTemplate,
    fillLetter,
    pdfOf: (docId, fileName) => handle(docPdf(docId, fileName)),
    scratchMerge(templateId, scratchId): ScratchMerge {
      const m = new ScratchMerger(templateId, scratchId);
      return {
        unknown: m.unknown,
        render: (values, fileName, materials) => handle(m.render(values, fileName, materials ?? null)),
        reset: () => m.reset(),
      };
    },
    fill: (docId, scan, values, fileName, materials) =>
      handle(fillDocument(docId, scan, values, fileName, materials ?? null)),
  };
}

export function googleDrive(): DrivePort {
  return {
    children: (folderId) => listFiles(`${q(folderId)} in parents and trashed = false`),
    withAppProperty: (key, value) =>
      listFiles(`appProperties has { key=${q(key)} and value=${q(value)} } and trashed = false`),
    withAppPropertyAll: (key, value) =>
      listFiles(`appProperties has { key=${q(key)} and value=${q(value)} }`),
    childrenAll: (folderId) => listFiles(`${q(folderId)} in parents`),
    createFolder,
    createDoc: createDocFile,
    copy: copyFile,
    createPdf: (pdf, name, parent, appProperties, id) =>
      createFromBlob(blobOf(pdf), name, PDF_MIME, parent, appProperties, id),
    reserveIds: reserveFileIds,
    get: getFile,
    remove: removeFile,
    update: updateFile,
    shareByLink,
    download: (id, name) => {
      const blob = downloadFile(id);
      return blob ? handle(blob.setName(name)) : null;
    },
    createFile: createFileFromBytes,
    replaceContent: replaceFileContent,
    downloadImage: (id) => downloadFile(id) as unknown as ImageBlob | null,
    sizeOf: (pdf) => blobOf(pdf).getBytes().length,
    bytesOf: (pdf) => Uint8Array.from(blobOf(pdf).getBytes(), (b) => b & 0xff),
    sha256: (bytes) =>
      hex(
        Utilities.computeDigest(
          Utilities.DigestAlgorithm.SHA_256,
          Array.from(bytes, (b) => (b > 127 ? b - 256 : b)),
        ),
      ),
    createZip: (pdfs, name, parent, appProperties) =>
      createFromBlob(Utilities.zip(pdfs.map(blobOf), name), name, 'application/zip', parent, appProperties),
  };
}

export function googleMail(): MailPort {
  return {
    remainingDailyQuota: remainingEmailQuota,
    sendPdf: (to, subject, body, pdf) => sendPdfMail(to, subject, body, blobOf(pdf)),
  };
}
