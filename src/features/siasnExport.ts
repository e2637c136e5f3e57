// "Ekspor SIASN" (issue 15 item 1): the generated sheet `Ekspor SIASN` (one riwayat kursus record per issued
// certificate, core/siasn.ts; the admin's Status SIASN carried over by number), the reference `Referensi SIASN`,
// and per training an .xlsx and a .json of its ready records in its certificate folder. A file is written only when
// its bytes changed (its SHA-256 is kept in its appProperties), in place (same id and link): a rerun on the same
// data writes nothing and the files stay byte-identical. One listing of the export files, one of each training's
// folder (for the PDFs' names), whatever the number of certificates.

import { deliveryLink, isRevoked, isSuperseded, safeFileName, undeliverable } from '../core/certificates';
import { utf8 } from '../core/hmac';
import { creditedJp } from '../core/jpSummary';
import { round2 } from '../core/round';
import { OUTPUTS } from '../core/schema';
import {
  jpKey,
  SIASN_JENIS_DIKLAT,
  SIASN_XLSX_HEADER,
  type SiasnCertificate,
  type SiasnRow,
  siasnJson,
  siasnRows,
  siasnXlsxRows,
} from '../core/siasn';
import { readOutput } from '../core/table';
import { XLSX_MIME, xlsxBytes } from '../core/xlsx';
import type { SiasnExportResult } from '../shared/rpc';
import { SIASN_NOTES, SIASN_TEXT } from '../text/id/siasn';
import { fileIdOf } from './certificateCheck';
import { readCertificateLedger } from './certificateLedger';
import type { Port } from './port';
import { type DriveFile, fileLink } from './port/files';
import { problemSummary, problemViews, writeProblems } from './problemsSheet';
import { computeAll } from './results';
import { templateAccess } from './templates';

/** appProperties of an export file: the spreadsheet it belongs to, which file it is, and its content's SHA-256. */
export const SIASN_PROPS = { sheet: 'douasnSiasn', file: 'douasnSiasnFile', sha256: 'douasnSha256' } as const;

const JSON_MIME = 'application/json';

export function exportSiasn(port: Port): SiasnExportResult {
  const { loaded, results } = computeAll(port);
  const { problems, wb, raw } = loaded;
  const ledger = readCertificateLedger(raw.certificates ?? null);
  const trainings = new Map(wb.trainings.map((t) => [t.code, t]));
  const credited = new Map<string, number>();
  for (const c of results.credits) {
    const k = jpKey(c.trainingCode, c.nip);
    if (!credited.has(k)) credited.set(k, round2(creditedJp(c, wb.settings.jpCredit)));
  }
  // the admin's Status SIASN, by certificate number, as the sheet holds it now
  const statuses = new Map<string, string>();
  const previous = port.workbook.readSheets([OUTPUTS.siasn.name]).get(OUTPUTS.siasn.name);
  if (previous)
    for (const r of readOutput(previous, OUTPUTS.siasn)) {
      const n = String(r.nomorSertipikat ?? '').trim();
      const s = String(r.status ?? '').trim();
      if (n && s) statuses.set(n, s);
    }
  // the certificates of kind Sertifikat that are made and are their key's certificate now
  const issued = ledger.rows.filter((r) => r.kind === 'Sertifikat' && r.number && r.pdf && !isSuperseded(r));
  const folders = templateAccess(port).props.folders;
  const listings = new Map<string, Map<string, DriveFile>>();
  const listing = (code: string): Map<string, DriveFile> => {
    let m = listings.get(code);
    if (!m) {
      const folder = folders.get(code);
      m = new Map((folder ? port.drive.children(folder) : []).map((f) => [f.id, f]));
      listings.set(code, m);
    }
    return m;
  };
  const tte = wb.settings.tte;
  const certificates: SiasnCertificate[] = issued.map((r) => {
    const blocked = undeliverable(r, tte) === 'unsigned';
    const link = blocked ? '' : deliveryLink({ ...r, status: isRevoked(r) ? 'Dibuat' : r.status }, tte);
    const f = listing(r.trainingCode).get(fileIdOf(link) ?? '');
    return {
      trainingCode: r.trainingCode,
      nip: r.nip,
      name: r.name,
      number: r.number,
      revoked: isRevoked(r),
      fileName: f?.name ?? '',
      fileLink: f ? fileLink(f) : '',
      fileBlocked: blocked ? SIASN_TEXT.unsigned : '',
    };
  });
  const rows = siasnRows(
    { certificates, trainings, credited, institution: wb.settings.certificateLook.agency, statuses },
    problems,
    SIASN_NOTES,
  );
  port.workbook.writeOutput(OUTPUTS.siasnReference, SIASN_JENIS_DIKLAT);
  port.workbook.writeOutput(OUTPUTS.siasn, rows);
  const files = writeFiles(port, rows, folders);
  writeProblems(port, problems);
  const ready = rows.filter((r) => r.ready).length;
  const codes = new Set(rows.map((r) => r.trainingCode));
  const message = rows.length
    ? [
        SIASN_TEXT.done(rows.length, ready, codes.size, files.written, files.same),
        rows.length > ready ? SIASN_TEXT.notReady(rows.length - ready) : '',
        ...files.notes,
        problemSummary(problems),
      ]
        .filter(Boolean)
        .join(' ')
    : `${SIASN_TEXT.none} ${problemSummary(problems)}`;
  return {
    rows: rows.length,
    ready,
    trainings: files.trainings,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

/**
 * Each training's xlsx and JSON of its ready records, in its certificate folder: made when missing, rewritten in
 * place when the bytes differ, left alone when the same. A training whose records are all not ready keeps no file.
 */
function writeFiles(
  port: Port,
  rows: readonly SiasnRow[],
  folders: ReadonlyMap<string, string>,
): { written: number; same: number; notes: string[]; trainings: SiasnExportResult['trainings'] } {
  const sheet = port.workbook.spreadsheetId();
  const existing = new Map(
    port.drive
      .withAppProperty(SIASN_PROPS.sheet, sheet)
      .map((f) => [f.appProperties?.[SIASN_PROPS.file] ?? '', f]),
  );
  const byCode = new Map<string, SiasnRow[]>();
  for (const r of rows) {
    const list = byCode.get(r.trainingCode) ?? [];
    list.push(r);
    byCode.set(r.trainingCode, list);
  }
  const out = { written: 0, same: 0, notes: [] as string[], trainings: [] as SiasnExportResult['trainings'] };
  for (const [code, list] of byCode) {
    const ready = list.filter((r) => r.ready);
    const entry = { code, rows: list.length, ready: ready.length, xlsx: '', json: '' };
    out.trainings.push(entry);
    if (!ready.length) continue;
    const folder = folders.get(code);
    if (!folder) {
      out.notes.push(SIASN_TEXT.noFolder(code));
      continue;
    }
    const contents = {
      xlsx: {
        bytes: xlsxBytes([
          {
            name: safeFileName(code, 31),
            header: SIASN_XLSX_HEADER,
            rows: siasnXlsxRows(ready),
            widths: [22, 32, 12, 10, 40, 40, 10, 24, 10, 14, 18, 10, 10, 10, 40, 48],
          },
        ]),
        mime: XLSX_MIME,
      },
      json: { bytes: Uint8Array.from(utf8(siasnJson(ready))), mime: JSON_MIME },
    } as const;
    for (const ext of ['xlsx', 'json'] as const) {
      const { bytes, mime } = contents[ext];
      const sha = port.drive.sha256(bytes);
      const key = `${ext}|${code}`;
      const props = { [SIASN_PROPS.sheet]: sheet, [SIASN_PROPS.file]: key, [SIASN_PROPS.sha256]: sha };
      const had = existing.get(key);
      let f: DriveFile;
      if (had && had.appProperties?.[SIASN_PROPS.sha256] === sha) {
        f = had;
        out.same++;
      } else {
        f = had
          ? port.drive.replaceContent(had.id, bytes, mime, props)
          : port.drive.createFile(bytes, mime, SIASN_TEXT.fileName(code, ext), folder, props);
        out.written++;
      }
      entry[ext] = fileLink(f);
    }
  }
  return out;
}
