// TTE (issue 13 item 4): the import of PDFs signed outside the add-on (BSrE's tools, with the tag core/tte.ts puts
// in the signature box). Each file the admin picks in the panel arrives as base64, is matched to its ledger row by
// the issued PDF's file name or the number in its name, checked to carry a signature and to be that certificate
// (the issued PDF's bytes are its prefix), stored in the training's folder and recorded in the ledger (PDF Bertanda
// Tangan, SHA-256, Ditandatangani Pada). A stored signed copy is never modified nor replaced silently.

import { numberFormats } from '../core/certificatePreflight';
import {
  certificateBaseName,
  certificateKey,
  isRevoked,
  isSuperseded,
  type LedgerRow,
  parseSequence,
  printedValues,
} from '../core/certificates';
import { utf8 } from '../core/hmac';
import { decodeBase64 } from '../core/imageFile';
import { findSignature, hasPrefix, type ManifestRow, manifestFiles, signedAtText } from '../core/tte';
import type { SignedImportResult, TteBundleResult } from '../shared/rpc';
import { TTE_IMPORT_TEXT as T, TTE_BUNDLE_TEXT } from '../text/id/certTte';
import { fileIdOf } from './certificateCheck';
import { zipTraining } from './certificateDelivery';
import { writeRow } from './certificateLedger';
import { openLedger } from './certificates';
import { loadWorkbook } from './load';
import type { Port } from './port';
import { fileLink, PDF_MIME, type Pdf } from './port/files';

/** A signed PDF is a certificate with a signature appended: more than this is not one (and stays out of memory). */
export const SIGNED_PDF_MAX_BYTES = 5 * 1024 * 1024;

/** The appProperty that marks a stored signed copy with its certificate key (not FILE_PROPS.key: not an issue). */
export const SIGNED_PROP = 'douasnSignedKey';

export interface SignedUpload {
  name: string;
  base64: string;
}

const stemOf = (name: string) => name.replace(/\.pdf$/i, '').trim();
/** Letters and digits only, lower case: a number written in a file name (slashes become `_` or `-`). */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The ledger row a file name means: the issued PDF's base name (the signer's tool may add a suffix after it), else
 * the certificate number written in it. Rows without a PDF are matched too, so the refusal can say why.
 */
export function matchRow(
  rows: readonly LedgerRow[],
  fileName: string,
  baseOf: (r: LedgerRow) => string,
): { row: LedgerRow } | { ambiguous: string[] } | null {
  const stem = stemOf(fileName);
  const byName = rows.filter((r) => {
    const base = baseOf(r);
    return stem === base || (stem.startsWith(base) && /^[\s_\-(.[]/.test(stem.slice(base.length)));
  });
  const pick = (list: LedgerRow[]) => {
    // a Diganti row and its re-issue share a name: the current one is the match
    const current = list.filter((r) => !isSuperseded(r));
    const one = current.length === 1 ? current : list.length === 1 ? list : null;
    if (one) return { row: one[0] };
    return list.length ? { ambiguous: list.map((r) => r.number) } : null;
  };
  const named = pick(byName);
  if (named) return named;
  const s = ` ${squash(stem)} `;
  return pick(rows.filter((r) => r.number && s.includes(` ${squash(r.number)} `)));
}

/** Imports one signed PDF (see the file comment): what became of it, in a sentence the admin reads. */
export function importSignedPdf(port: Port, u: SignedUpload): SignedImportResult {
  const file = u.name || T.unnamed;
  const refuse = (reason: string, row?: LedgerRow): SignedImportResult => ({
    file,
    outcome: 'refused',
    reason,
    number: row?.number ?? '',
    name: row?.name ?? '',
  });
  const bytes = decodeBase64(u.base64);
  if (bytes && bytes.length > SIGNED_PDF_MAX_BYTES)
    return refuse(T.tooLarge(SIGNED_PDF_MAX_BYTES / 1024 / 1024));
  if (!bytes || !/^%PDF-/.test(String.fromCharCode(...bytes.subarray(0, 5)))) return refuse(T.notPdf);
  const settings = loadWorkbook(port, ['settings']).wb.settings;
  const formats = numberFormats(settings);
  const run = openLedger(port);
  const rows = run.ledger.rows;
  const baseOf = (r: LedgerRow) =>
    certificateBaseName(
      r.kind,
      r.trainingCode,
      parseSequence(r.number, formats[r.kind], r.trainingCode),
      r.name,
    );
  const match = matchRow(rows, file, baseOf);
  if (!match) return refuse(T.unmatched);
  if ('ambiguous' in match) return refuse(T.ambiguous(match.ambiguous));
  const row = match.row;
  if (isRevoked(row)) return refuse(T.revoked(row.number), row);
  if (isSuperseded(row)) return refuse(T.superseded(row.number), row);
  const issuedId = fileIdOf(row.pdf);
  if (!issuedId) return refuse(T.notIssued(row.number), row);
  const issuedFile = port.drive.get(issuedId);
  const issuedPdf = issuedFile && !issuedFile.trashed ? port.drive.download(issuedId, issuedFile.name) : null;
  if (!issuedFile || !issuedPdf) return refuse(T.issuedGone(row.number), row);
  const issued = port.drive.bytesOf(issuedPdf);
  if (!hasPrefix(bytes, issued)) {
    // the issued file itself, or a copy changed before signing
    return refuse(findSignature(bytes) ? T.different(row.number) : T.unsigned(row.number), row);
  }
  const signature = findSignature(bytes, issued.length);
  if (!signature) return refuse(T.unsigned(row.number), row);
  const sha = port.drive.sha256(bytes);
  if (row.signedSha256) {
    if (row.signedSha256 === sha)
      return { file, outcome: 'already', reason: T.already(row.number), number: row.number, name: row.name };
    return refuse(T.otherSigned(row.number), row);
  }
  const key = certificateKey(row.trainingCode, row.kind, row.nip);
  const stored = port.drive.createFile(
    bytes,
    PDF_MIME,
    `${stemOf(issuedFile.name)} - TTE.pdf`,
    issuedFile.parents?.[0] ?? '',
    { [SIGNED_PROP]: key },
  );
  row.signedPdf = fileLink(stored);
  row.signedSha256 = sha;
  row.signedAt = signedAtText(signature.m);
  writeRow({ port, ledger: run.ledger }, row);
  return {
    file,
    outcome: 'stored',
    reason: T.stored(row.number, row.name, row.signedAt),
    number: row.number,
    name: row.name,
  };
}

/** A row's stored signed copy read back for delivery (named as stored); null when it cannot be seen. */
export function signedPdfOf(port: Port, row: LedgerRow): Pdf | null {
  const id = fileIdOf(row.signedPdf ?? '');
  const f = id ? port.drive.get(id) : null;
  return f && !f.trashed ? port.drive.download(f.id, f.name) : null;
}

/** appProperties keys of Paket TTE's ZIPs and manifests (the training code): a newer set replaces the older. */
export const TTE_ZIP_PROP = 'douasnTteZip';
export const TTE_MANIFEST_PROP = 'douasnTteManifest';

/**
 * Paket TTE for one training: the issued (unsigned) PDFs in ZIP parts, as Unduh ZIP makes them, plus manifest.csv
 * and manifest.json (file, number, NIP, name, page, tag, verification link) for the signer's bulk tool, in the
 * training's folder. Revoked and replaced certificates are left out.
 */
export function tteBundle(port: Port, code: string): TteBundleResult {
  const settings = loadWorkbook(port, ['settings']).wb.settings;
  const manifest: ManifestRow[] = [];
  let folder = '';
  const zip = zipTraining(port, code, {
    file: (r) => (isRevoked(r) || isSuperseded(r) ? '' : r.pdf),
    name: TTE_BUNDLE_TEXT.zipName,
    prop: TTE_ZIP_PROP,
    onFile(r, f) {
      folder = f.parents?.[0] ?? folder;
      const values = printedValues(r) as Record<string, string>;
      manifest.push({
        file: f.name,
        number: r.number,
        nip: r.nip,
        name: r.name,
        page: 1,
        tag: settings.tte.tag,
        link: values['Tautan Verifikasi'] || r.pdf,
      });
    },
  });
  const result: TteBundleResult = { ...zip, manifest: [], tagMode: settings.tte.mode === 'Tag' };
  if (!manifest.length || !folder) return result;
  const old = port.drive.withAppProperty(TTE_MANIFEST_PROP, code);
  const files = manifestFiles(manifest);
  for (const [name, text, mime] of [
    [TTE_BUNDLE_TEXT.csvName(code), files.csv, 'text/csv'],
    [TTE_BUNDLE_TEXT.jsonName(code), files.json, 'application/json'],
  ] as const) {
    const f = port.drive.createFile(Uint8Array.from(utf8(text)), mime, name, folder, {
      [TTE_MANIFEST_PROP]: code,
    });
    result.manifest.push({ name, url: fileLink(f) });
  }
  for (const f of old) port.drive.remove(f.id);
  result.message = `${zip.message}${TTE_BUNDLE_TEXT.manifest(manifest.length)}${result.tagMode ? '' : TTE_BUNDLE_TEXT.notTagMode}`;
  return result;
}
