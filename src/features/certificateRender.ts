// One batch's files: the Drive set-up it needs (templates and output folders, never a second set), the files an
// earlier execution made (found again by appProperties, one listing per training folder the batch reaches), and a
// certificate's PDF rendered from its frozen values: in one reused scratch document per kind ("PDF") or in a Doc
// per certificate ("Dokumen dan PDF"). A PDF made earlier is read back from Drive for its e-mail, never rendered again.

import type { JobRecord } from '../core/certificateJob';
import {
  type CertKind,
  certificateBaseName,
  certificateKey,
  FILE_PROPS,
  type LedgerRow,
  ledgerKey,
  type MergeValues,
  parseSequence,
  printedValues,
  type TemplateScan,
} from '../core/certificates';
import { UserError } from '../core/errors';
import { BATCH_TEXT, LEDGER_CHECK_TEXT, PREFLIGHT_TEXT } from '../text/id/certificates';
import { checkWithDrive, fileIdOf } from './certificateCheck';
import type { RunLedger } from './certificates';
import { materialsReader } from './certMaterials';
import type { Port } from './port';
import { type DriveFile, fileLink, type Pdf, type ScratchMerge } from './port/files';
import {
  APP,
  closeBatch,
  ensureDrive,
  openBatch,
  ROLE,
  removeScratch,
  type TemplateProps,
  templateIdOf,
  unfinishedElsewhere,
} from './templates';

/** Ids reserved at a time for PDFs whose QR leads to themselves (a batch makes about 60). */
const RESERVED_IDS = 100;

/** The view link of a Drive file by its id (what the QR of a PDF without a verification page encodes). */
export const pdfViewLink = (id: string) => `https://drive.google.com/file/d/${id}/view`;

/** A certificate's files for this batch: what it prints, its file name, and its folder. */
export interface Certificate {
  row: LedgerRow;
  values: MergeValues;
  /** The file name without extension (stable for a ledger row). */
  base: string;
}

export interface BatchFiles {
  certificate(row: LedgerRow): Certificate;
  /** Makes what the row lacks (its Doc in that mode, its PDF) and writes the links into it; the PDF if one was made. */
  makeFiles(c: Certificate): Pdf | null;
  /**
   * The certificate's stored PDF for its e-mail, read back from Drive (no conversion, any later day); null when this
   * admin cannot see it any more (the row then says so and nothing is sent).
   */
  storedPdf(c: Certificate): Pdf | null;
  /** After a failed certificate: the scratch documents drop their unsaved edits. */
  reset(): void;
  /** Whether this batch spent the daily "documents created" quota. */
  createdDocuments(): boolean;
  /** The batch wrote the ledger: the mark goes, and the scratch documents (best effort). */
  close(): void;
}

/** Files found again by key and number (a file made before the number was kept: by key alone). */
const hitKey = (key: string, number: string | undefined) => (number ? `${key}#${number}` : key);

interface FileHit {
  pdf?: DriveFile;
  doc?: DriveFile;
}

/**
 * Gets the batch's Drive ready before any file is made, or says why it cannot go on (another admin's set, a
 * template gone, rows another run left open): the templates and the folders of the trainings with work, the mark
 * of the rows this batch may touch.
 */
export function openFiles(
  port: Port,
  ledger: RunLedger,
  job: JobRecord,
  work: readonly LedgerRow[],
): BatchFiles | string {
  const folders = new Map(work.map((r) => [r.trainingCode, { code: r.trainingCode, theme: r.printTheme }]));
  let props: TemplateProps;
  try {
    const drive = ensureDrive(port, [...folders.values()], []);
    removeScratch(port, drive.scratch);
    props = drive.props;
  } catch (e) {
    // another admin's set, or an unreachable one: never a silent second set
    if (e instanceof UserError) return e.message;
    throw e;
  }
  for (const kind of new Set(work.map((r) => r.kind)))
    if (!templateIdOf(props, kind)) return PREFLIGHT_TEXT.templateMissing(kind);
  const elsewhere = unfinishedElsewhere(port, ledger.plan.rows, props.root);
  if (elsewhere) return elsewhere;
  // a batch the start did not just check: an edit since the last batch is seen before any file is made
  if (!ledger.checked) {
    const formats = job.run?.numberFormats;
    const check = checkWithDrive(
      port,
      ledger.ledger.rows,
      (k) => formats?.[k] ?? '',
      () => props.folders,
    );
    if (check.errors.length)
      return `${LEDGER_CHECK_TEXT.stopped(check.errors.length)} ${check.errors.join(' ')}`;
  }
  openBatch(port, props.root as string, work);
  return batchFiles(port, props, job);
}

function batchFiles(port: Port, props: TemplateProps, job: JobRecord): BatchFiles {
  const run = job.run;
  const pdfOnly = run?.pdfOnly !== false;
  const sheetId = port.workbook.spreadsheetId();
  const found = new Map<string, FileHit>();
  const listed = new Set<string>();
  const scratch: DriveFile[] = [];
  const mergers = new Map<CertKind, ScratchMerge>();
  const scans = new Map<CertKind, TemplateScan>();
  let docs = 0;
  const templateOf = (kind: CertKind) => templateIdOf(props, kind) as string;
  // Daftar Materi: each training's list as the run froze it (one property read per training)
  const listOf = run?.materials ? materialsReader(port) : () => null;
  const folderOf = (code: string) => props.folders.get(code) as string;

  /** Files earlier executions made in the training's folder, by certificate key: one listing per folder. */
  const hitFor = (row: LedgerRow): FileHit => {
    const folder = folderOf(row.trainingCode);
    if (!listed.has(folder)) {
      listed.add(folder);
      for (const f of port.drive.children(folder)) {
        const props = f.appProperties ?? {};
        // a re-issue's replaced file is history; a file printing another number is another row's
        if (!props[FILE_PROPS.key] || props[FILE_PROPS.superseded] === 'true') continue;
        const key = hitKey(props[FILE_PROPS.key], props[FILE_PROPS.number]);
        const hit = found.get(key) ?? {};
        if (f.appProperties?.[FILE_PROPS.type] === 'doc') hit.doc ??= f;
        else hit.pdf ??= f;
        found.set(key, hit);
      }
    }
    const key = found.has(hitKey(ledgerKey(row), row.number))
      ? hitKey(ledgerKey(row), row.number)
      : hitKey(ledgerKey(row), undefined);
    const hit = found.get(key) ?? {};
    found.set(key, hit);
    return hit;
  };

  const merger = (kind: CertKind): ScratchMerge => {
    let m = mergers.get(kind);
    if (m) return m;
    const copy = port.drive.copy(templateOf(kind), BATCH_TEXT.scratchName(kind), props.root, {
      [APP.sheet]: sheetId,
      [APP.role]: ROLE.scratch,
    });
    scratch.push(copy);
    m = port.docs.scratchMerge(templateOf(kind), copy.id);
    if (m.unknown.length) throw new UserError(BATCH_TEXT.unknownInMerge(kind, m.unknown));
    mergers.set(kind, m);
    return m;
  };

  const scanOf = (kind: CertKind): TemplateScan => {
    let s = scans.get(kind);
    if (s) return s;
    s = port.docs.scan(templateOf(kind));
    const unknown = s.placeholders.filter((f) => !f.name).map((f) => f.raw);
    if (unknown.length) throw new UserError(BATCH_TEXT.unknownInScan(kind, unknown));
    scans.set(kind, s);
    return s;
  };

  // without URL Verifikasi the QR leads to the PDF itself: its id is reserved before the file exists (one Drive
  // call per RESERVED_IDS certificates), so the link can be printed in it
  const reserved: string[] = [];
  const nextId = (): string => {
    if (!reserved.length) reserved.push(...port.drive.reserveIds(RESERVED_IDS));
    return reserved.shift() as string;
  };
  const withOwnLink = (values: MergeValues): { values: MergeValues; id?: string } => {
    if (values['QR Verifikasi'] || !values['Kode Verifikasi']) return { values };
    const id = nextId();
    const link = pdfViewLink(id);
    return { values: { ...values, 'QR Verifikasi': link, 'Tautan Verifikasi': link }, id };
  };

  /** "Dokumen dan PDF": the certificate's own Doc (reused when an earlier execution made it), filled and exported. */
  const docPdf = (c: Certificate, hit: FileHit, appProps: Record<string, string>): Pdf => {
    const { row } = c;
    if (!hit.doc) {
      hit.doc = port.drive.copy(templateOf(row.kind), c.base, folderOf(row.trainingCode), {
        ...appProps,
        [FILE_PROPS.type]: 'doc',
        [APP.sheet]: null,
        [APP.role]: null,
      });
      docs++;
    }
    row.doc = fileLink(hit.doc);
    return port.docs.fill(hit.doc.id, scanOf(row.kind), c.values, `${c.base}.pdf`, listOf(row.trainingCode));
  };

  return {
    certificate(row) {
      const format = run?.numberFormats[row.kind] ?? '';
      const seq = parseSequence(row.number, format, row.trainingCode);
      return {
        row,
        values: printedValues(row, run?.look, run?.tte),
        base: certificateBaseName(row.kind, row.trainingCode, seq, row.name),
      };
    },
    makeFiles(c) {
      const { row } = c;
      const hit = hitFor(row);
      if (hit.doc) row.doc = fileLink(hit.doc);
      // made by an execution that was cut off before it could write the ledger: take it, make nothing
      if (hit.pdf) {
        row.pdf = fileLink(hit.pdf);
        return null;
      }
      // what the file carries: which certificate, the number it prints and the ledger that issued it
      const appProps = {
        [FILE_PROPS.key]: certificateKey(row.trainingCode, row.kind, row.nip),
        [FILE_PROPS.number]: row.number,
        [FILE_PROPS.sheet]: sheetId,
      };
      const own = withOwnLink(c.values);
      const filled = { ...c, values: own.values };
      const pdf = pdfOnly
        ? merger(row.kind).render(filled.values, `${c.base}.pdf`, listOf(row.trainingCode))
        : docPdf(filled, hit, appProps);
      hit.pdf = port.drive.createPdf(
        pdf,
        `${c.base}.pdf`,
        folderOf(row.trainingCode),
        { ...appProps, [FILE_PROPS.type]: 'pdf' },
        own.id,
      );
      row.pdf = fileLink(hit.pdf);
      return pdf;
    },
    storedPdf(c) {
      const id = c.row.pdf ? fileIdOf(c.row.pdf) : null;
      return id ? port.drive.download(id, `${c.base}.pdf`) : null;
    },
    reset() {
      for (const m of mergers.values()) m.reset();
    },
    createdDocuments: () => scratch.length > 0 || docs > 0,
    close() {
      closeBatch(port);
      removeScratch(port, scratch);
    },
  };
}
