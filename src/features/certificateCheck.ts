// The `Sertifikat` ledger checked against Drive (the rules: src/core/ledgerIntegrity.ts), at every start and
// pre-flight and in every batch that makes files: this spreadsheet's certificate files are listed once (by
// appProperties, trashed ones too, a page per 1000 files), and the findings come back as Indonesian messages naming
// the sheet, row, column and file.

import { type CertKind, FILE_PROPS, type LedgerRow, parseSequence } from '../core/certificates';
import { type CertificateFile, checkLedger, type LedgerIssue } from '../core/ledgerIntegrity';
import { SHEETS } from '../core/schema';
import { LEDGER_CHECK_TEXT as T } from '../text/id/certificates';
import type { Port } from './port';
import { type DriveFile, fileLink } from './port/files';

const DEF = SHEETS.certificates;
const HEADERS = new Map<string, string>(DEF.columns.map((c) => [c.key, c.header]));

export interface DriveCheck {
  errors: string[];
  warnings: string[];
  /** Rows to bring back (deleted by hand while their file exists), with their note; not on the sheet yet. */
  restored: LedgerRow[];
  /** Sheet rows whose PDF this admin cannot see (a Peringatan; the row's note says so). */
  unseen: number[];
  /** The highest sequence a file prints for a training and kind. */
  reserved(code: string, kind: CertKind): number;
}

/** The Drive file id a ledger link names (`…/d/<id>/…` or `…?id=<id>`), or null. */
export function fileIdOf(link: string): string | null {
  const m = /\/d\/([-\w]{10,})/.exec(link) ?? /[?&]id=([-\w]{10,})/.exec(link);
  return m ? m[1] : null;
}

function certificateFile(f: DriveFile): CertificateFile | null {
  const key = f.appProperties?.[FILE_PROPS.key];
  if (!key) return null;
  return {
    id: f.id,
    name: f.name,
    key,
    type: f.appProperties?.[FILE_PROPS.type] === 'doc' ? 'doc' : 'pdf',
    number: f.appProperties?.[FILE_PROPS.number] ?? null,
    trashed: f.trashed === true,
    link: fileLink(f),
    superseded: f.appProperties?.[FILE_PROPS.superseded] === 'true',
  };
}

/**
 * Lists this spreadsheet's certificate files: one listing by appProperties (trashed too). Files made before the
 * spreadsheet was recorded on them are found only in their training's folder: that folder is listed (trashed
 * too) only when a row links a file the first listing did not show, once per training.
 */
export function listCertificateFiles(
  port: Port,
  rows: readonly LedgerRow[],
  folders: () => ReadonlyMap<string, string>,
): CertificateFile[] {
  const out = new Map<string, CertificateFile>();
  for (const f of port.drive.withAppPropertyAll(FILE_PROPS.sheet, port.workbook.spreadsheetId())) {
    const c = certificateFile(f);
    if (c) out.set(c.id, c);
  }
  const codes = new Set<string>();
  for (const r of rows) {
    const id = r.pdf ? fileIdOf(r.pdf) : null;
    if (id && !out.has(id)) codes.add(r.trainingCode);
  }
  if (codes.size) {
    const byCode = folders();
    for (const code of codes) {
      const folder = byCode.get(code);
      if (!folder) continue;
      for (const f of port.drive.childrenAll(folder)) {
        const c = certificateFile(f);
        if (c && !out.has(c.id)) out.set(c.id, c);
      }
    }
  }
  return [...out.values()];
}

function message(i: LedgerIssue): string {
  if (i.code === 'ledger.orphanTrashed') return T.orphanTrashed(DEF.name, i.file, i.number, i.nip);
  const at = T.at(DEF.name, i.row, HEADERS.get(i.column) ?? i.column);
  switch (i.code) {
    case 'ledger.numberInvalid':
      return T.numberInvalid(at, i.value);
    case 'ledger.numberTwice':
      return T.numberTwice(at, i.number, i.firstRow);
    case 'ledger.numberTaken':
      return T.numberTaken(at, i.number, i.file, i.fileNip);
    case 'ledger.numberChanged':
      return T.numberChanged(at, i.number, i.file, i.fileNumber);
    case 'ledger.keyChanged':
      return T.keyChanged(at, i.value, i.file, i.fileValue, i.fileNumber);
    case 'ledger.fileTrashed':
      return T.fileTrashed(at, i.file, i.number);
    case 'ledger.fileGone':
      return T.fileGone(at, i.link, i.number);
  }
}

/** The ledger's rows against the files in Drive (one listing; see listCertificateFiles). */
export function checkWithDrive(
  port: Port,
  rows: readonly LedgerRow[],
  formatOf: (kind: CertKind) => string,
  folders: () => ReadonlyMap<string, string>,
): DriveCheck {
  const files = listCertificateFiles(port, rows, folders);
  const check = checkLedger(rows, files, {
    sequenceOf: (number, kind, code) => parseSequence(number, formatOf(kind), code),
    fileIdOf,
  });
  const warnings = check.warnings.map(message);
  for (const { row, file } of check.restored)
    warnings.push(T.restored(DEF.name, file.name, row.number, row.nip));
  return {
    errors: check.errors.map(message),
    warnings,
    restored: check.restored.map((x) => x.row),
    unseen: check.warnings.map((w) => w.row),
    reserved: (code, kind) => check.reserved.get(`${code}|${kind}`) ?? 0,
  };
}
