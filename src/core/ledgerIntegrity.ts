// The `Sertifikat` ledger checked against the files in Drive, pure: a number printed on a file is never changed,
// reused or issued twice. Input: the ledger rows as read and this spreadsheet's certificate files as listed (their
// appProperties say which training, kind, NIP and number each carries; trashed files too). Output: the Errors that
// stop a run before anything is made (each at a cell), the rows to bring back from their files (a row deleted by
// hand), and the highest number Drive holds per training and kind (never given again).

import {
  CERT_KINDS,
  type CertKind,
  isSuperseded,
  type LedgerRow,
  ledgerKey,
  NOTE_DUPLICATE,
  newLedgerRow,
  splitCertificateKey,
} from './certificates';

/** A certificate file as listed in Drive (src/features/certificateRender.ts lists them). */
export interface CertificateFile {
  id: string;
  name: string;
  /** appProperties douasnKey: `<kode>|<jenis>|<nip>`. */
  key: string;
  type: 'pdf' | 'doc';
  /** appProperties douasnNumber; null for a file made before the number was kept. */
  number: string | null;
  trashed: boolean;
  link: string;
  /** Marked replaced by a re-issue (appProperties douasnSuperseded): the file of a Diganti row. */
  superseded?: boolean;
}

/** The ledger column a finding is at. */
export type LedgerColumn = 'trainingCode' | 'kind' | 'number' | 'nip' | 'status';

export type LedgerIssue =
  /** Nomor holds a formula result, an error value or text that is no number this add-on issued. */
  | { code: 'ledger.numberInvalid'; row: number; column: 'number'; value: string }
  /** Two certificates of a training and kind hold the same number. */
  | { code: 'ledger.numberTwice'; row: number; column: 'number'; number: string; firstRow: number }
  /** A file of another certificate already prints this number. */
  | {
      code: 'ledger.numberTaken';
      row: number;
      column: 'number';
      number: string;
      file: string;
      fileNip: string;
    }
  /** The certificate's own file prints another number. */
  | {
      code: 'ledger.numberChanged';
      row: number;
      column: 'number';
      number: string;
      file: string;
      fileNumber: string;
    }
  /** The row's PDF link is a file issued for another training, kind or NIP (the cell was retyped). */
  | {
      code: 'ledger.keyChanged';
      row: number;
      column: 'trainingCode' | 'kind' | 'nip';
      value: string;
      file: string;
      fileValue: string;
      fileNumber: string;
    }
  /** A `Dibuat`/`Terkirim` row whose PDF is in Drive's trash. */
  | { code: 'ledger.fileTrashed'; row: number; column: 'status'; file: string; number: string }
  /** A PDF in the trash whose row was deleted: its number stays reserved; restored, its row comes back. */
  | { code: 'ledger.orphanTrashed'; row: 0; column: 'status'; file: string; number: string; nip: string }
  /**
   * A `Dibuat`/`Terkirim` row whose PDF this admin cannot see: deleted for good, or made by another admin (drive.file
   * shows each admin only their own files), so a Peringatan, not an Error.
   */
  | { code: 'ledger.fileGone'; row: number; column: 'status'; link: string; number: string };

export interface LedgerCheck {
  errors: LedgerIssue[];
  /** Findings that do not stop the run (ledger.fileGone). */
  warnings: LedgerIssue[];
  /** Rows brought back from their files (the row was deleted by hand): appended by the run, with a note. */
  restored: Array<{ row: LedgerRow; file: CertificateFile }>;
  /** The highest sequence a file prints, by `<kode>|<jenis>`. */
  reserved: Map<string, number>;
}

export interface CheckOptions {
  /** The sequence inside a number (the current format, else the first digits). */
  sequenceOf(number: string, kind: CertKind, code: string): number | null;
  /** The Drive file id a ledger link names, or null. */
  fileIdOf(link: string): string | null;
}

/** Values Sheets shows for a formula that failed (and the emulator for every formula): never a number we issued. */
const SHEET_ERROR = /^#(ERROR!|REF!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|FEHLER!)/i;

/** Why a Nomor cell is no number this add-on issued, or null when it may be one (blank is fine: one is given). */
export function numberCellProblem(cell: unknown, text: string): string | null {
  if (text === '') return null;
  // the add-on writes numbers as plain text: a number, a date or a boolean there came from a formula or a format
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? text : cell.toISOString().slice(0, 10);
  if (typeof cell !== 'string' && cell !== undefined) return String(cell);
  if (SHEET_ERROR.test(text) || text.startsWith('=')) return text;
  if (!/\d/.test(text)) return text;
  return null;
}

const kindOf = (s: string): CertKind | null => CERT_KINDS.find((k) => k === s) ?? null;
const group = (code: string, kind: string) => `${code}|${kind}`;

/**
 * Checks the ledger rows (as read, in sheet order) against the certificate files (trashed ones too). One finding
 * per row at most, the most telling first: a retyped key, then the file's number, then the file's state, then the
 * number cell itself and its uniqueness.
 */
export function checkLedger(
  rows: readonly LedgerRow[],
  files: readonly CertificateFile[],
  opts: CheckOptions,
): LedgerCheck {
  const errors: LedgerIssue[] = [];
  const warnings: LedgerIssue[] = [];
  const byId = new Map(files.map((f) => [f.id, f]));
  const byKey = new Map<string, CertificateFile[]>();
  for (const f of files) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  // a key whose rows are all Diganti has no certificate now: its re-issued file (if any) brings its row back
  const rowKeys = new Set(rows.filter((r) => !isSuperseded(r)).map(ledgerKey));
  const linked = new Set<string>();
  for (const r of rows) {
    const id = r.pdf ? opts.fileIdOf(r.pdf) : null;
    if (id) linked.add(id);
    const doc = r.doc ? opts.fileIdOf(r.doc) : null;
    if (doc) linked.add(doc);
  }

  // numbers the files print, by training and kind: which key holds each, and the highest sequence
  const reserved = new Map<string, number>();
  const fileNumbers = new Map<string, { key: string; file: CertificateFile }>();
  for (const f of files) {
    const parts = splitCertificateKey(f.key);
    const kind = parts && kindOf(parts.kind);
    if (!parts || !kind || f.number === null || f.number === '') continue;
    const g = group(parts.trainingCode, kind);
    const seq = opts.sequenceOf(f.number, kind, parts.trainingCode);
    if (seq !== null) reserved.set(g, Math.max(reserved.get(g) ?? 0, seq));
    const nk = `${g}|${f.number}`;
    if (!fileNumbers.has(nk)) fileNumbers.set(nk, { key: f.key, file: f });
  }

  // the numbers a re-issue replaced, by key: their files are history, not a number changed under the row now
  const replaced = new Map<string, Set<string>>();
  for (const r of rows)
    if (isSuperseded(r) && r.number)
      replaced.set(ledgerKey(r), (replaced.get(ledgerKey(r)) ?? new Set()).add(r.number));
  const seenKey = new Set<string>();
  const numberAt = new Map<string, number>();
  for (const r of rows) {
    const key = ledgerKey(r);
    const history = isSuperseded(r);
    const first = history || !seenKey.has(key);
    if (!history) seenKey.add(key);
    if (!first && r.note === NOTE_DUPLICATE) continue;
    const at = r.sheetRow ?? 0;
    const ctx = { byId, byKey, fileNumbers, numberAt, replaced: replaced.get(key) ?? null, history };
    const issue = rowIssue(r, at, first, ctx, opts);
    if (issue?.code === 'ledger.fileGone') warnings.push(issue);
    else if (issue) errors.push(issue);
  }

  // a file whose certificate has no row (the row was deleted): its row comes back, its number stays its own
  const restored: LedgerCheck['restored'] = [];
  const back = new Set<string>();
  for (const f of files) {
    if (f.type !== 'pdf' || rowKeys.has(f.key) || linked.has(f.id) || back.has(f.key)) continue;
    const parts = splitCertificateKey(f.key);
    const kind = parts && kindOf(parts.kind);
    if (!parts || !kind || !f.number) continue;
    // the untrashed PDF of that key if there is one (the re-issued one before a replaced one)
    const pdfs = (byKey.get(f.key) ?? []).filter((x) => x.type === 'pdf' && !x.trashed && x.number);
    const live = pdfs.find((x) => !x.superseded) ?? pdfs[0] ?? f;
    // a replaced certificate's file never comes back as the certificate (its number stays reserved)
    if (live.superseded || replaced.get(f.key)?.has(live.number ?? '')) continue;
    const doc = (byKey.get(f.key) ?? []).find((x) => x.type === 'doc' && !x.trashed);
    back.add(f.key);
    if (live.trashed) {
      errors.push({
        code: 'ledger.orphanTrashed',
        row: 0,
        column: 'status',
        file: live.name,
        number: live.number ?? '',
        nip: parts.nip,
      });
      continue;
    }
    restored.push({ row: restoredRow(parts.trainingCode, kind, parts.nip, live, doc), file: live });
  }
  return { errors, warnings, restored, reserved };
}

interface RowContext {
  byId: ReadonlyMap<string, CertificateFile>;
  byKey: ReadonlyMap<string, CertificateFile[]>;
  fileNumbers: ReadonlyMap<string, { key: string; file: CertificateFile }>;
  numberAt: Map<string, number>;
  /** The numbers Diganti rows of this key hold (their files print them). */
  replaced: ReadonlySet<string> | null;
  /** The row is a Diganti row: its number and key are checked, its file's state is not (it is history). */
  history: boolean;
}

function rowIssue(
  r: LedgerRow,
  at: number,
  first: boolean,
  ctx: RowContext,
  opts: CheckOptions,
): LedgerIssue | null {
  const { byId, byKey, fileNumbers, numberAt, replaced, history } = ctx;
  const key = ledgerKey(r);
  const linkId = r.pdf ? opts.fileIdOf(r.pdf) : null;
  const linkedFile = linkId ? byId.get(linkId) : undefined;
  if (linkedFile && linkedFile.key !== key) {
    const parts = splitCertificateKey(linkedFile.key);
    if (parts) {
      const column =
        parts.nip !== r.nip ? 'nip' : parts.trainingCode !== r.trainingCode ? 'trainingCode' : 'kind';
      const value = column === 'nip' ? r.nip : column === 'trainingCode' ? r.trainingCode : r.kind;
      const fileValue =
        column === 'nip' ? parts.nip : column === 'trainingCode' ? parts.trainingCode : parts.kind;
      return {
        code: 'ledger.keyChanged',
        row: at,
        column,
        value,
        file: linkedFile.name,
        fileValue,
        fileNumber: linkedFile.number ?? '',
      };
    }
  }
  if (first && !history) {
    // the certificate's own files: the number they print is the row's, whatever the cell now says (a file of a
    // number a re-issue replaced is that Diganti row's)
    const own = (byKey.get(key) ?? []).filter(
      (f) => f.number && !f.superseded && !replaced?.has(f.number as string),
    );
    const other = own.find((f) => f.number !== r.number);
    if (other)
      return {
        code: 'ledger.numberChanged',
        row: at,
        column: 'number',
        number: r.number,
        file: other.name,
        fileNumber: other.number as string,
      };
  }
  if (linkId && r.pdf && !history) {
    const number = r.number;
    if (!linkedFile) return { code: 'ledger.fileGone', row: at, column: 'status', link: r.pdf, number };
    if (linkedFile.trashed)
      return { code: 'ledger.fileTrashed', row: at, column: 'status', file: linkedFile.name, number };
  }
  const bad = numberCellProblem(r.numberCell, r.number);
  if (bad !== null) return { code: 'ledger.numberInvalid', row: at, column: 'number', value: bad };
  if (!r.number) return null;
  const nk = `${group(r.trainingCode, r.kind)}|${r.number}`;
  const taken = fileNumbers.get(nk);
  if (taken && taken.key !== key) {
    const parts = splitCertificateKey(taken.key);
    return {
      code: 'ledger.numberTaken',
      row: at,
      column: 'number',
      number: r.number,
      file: taken.file.name,
      fileNip: parts?.nip ?? '',
    };
  }
  const before = numberAt.get(nk);
  if (before !== undefined && first)
    return { code: 'ledger.numberTwice', row: at, column: 'number', number: r.number, firstRow: before };
  if (before === undefined) numberAt.set(nk, at);
  return null;
}

function restoredRow(
  trainingCode: string,
  kind: CertKind,
  nip: string,
  pdf: CertificateFile,
  doc: CertificateFile | undefined,
): LedgerRow {
  return newLedgerRow({
    trainingCode,
    kind,
    number: pdf.number ?? '',
    nip,
    status: 'Dibuat',
    doc: doc?.link ?? '',
    pdf: pdf.link,
  });
}
