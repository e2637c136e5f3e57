// Certificates, pure: placeholders (DESIGN §5.7) and their validation, merge data, numbering, safe file names,
// the `Sertifikat` ledger model, the planning of a run (which rows to add, numbered once, never shifted) and the
// values each certificate prints, frozen in its ledger row when a run starts.

import { LEDGER_NOTES, NUMBER_FORMAT_TEXT } from '../text/id/certificates';
import { lookValues, type PrintLook } from './certificateLook';
import { formatDateLong, formatDateRange, MONTHS_ID, romanMonth } from './dates';
import { formatJp, formatScore } from './format';
import type { Participant, Training } from './model';
import { normalizeNip } from './nip';
import { compareByName, type ResultRow } from './results';
import { type ColumnDef, SHEETS } from './schema';
import { editDistance } from './similar';
import { type TteSettings, tteValues } from './tte';
import { formatCode, verificationLink } from './verificationCode';

/**
 * The kinds of certificate, each its own number series per training: a participant's Sertifikat, the top ranks'
 * Piagam, and (issue 15 item 5, Pengaturan "Sertifikat Narasumber" = Ya) a speaker's Sertifikat Narasumber, one per
 * speaker and training (core/speakerCertificates.ts).
 */
export type CertKind = 'Sertifikat' | 'Piagam' | 'Sertifikat Narasumber';
/** The Jenis column's choices as the schema lists them (one list: the sheet's drop-down and the reader). */
export const CERT_KINDS = ((SHEETS.certificates.columns as readonly ColumnDef[]).find((c) => c.key === 'kind')
  ?.choices ?? []) as readonly CertKind[];
export const SPEAKER_KIND = 'Sertifikat Narasumber' satisfies CertKind;
/** 'Mengirim': the e-mail was being sent when last written; whether it left is not known (never resent by itself). */
/**
 * 'Diganti': a certificate re-issued (src/features/certificateReissue.ts): the row is history, its number reserved
 * forever; the row after it with the same key is the certificate now.
 * 'Dicabut': a made certificate revoked by the admin (issue 13): it stays the certificate of its key, never made,
 * sent or shared again, and the verification page says Dicabut with its Alasan.
 */
export type LedgerStatus = 'Menunggu' | 'Dibuat' | 'Mengirim' | 'Terkirim' | 'Gagal' | 'Diganti' | 'Dicabut';

/** A row kept as history by a re-issue: never worked, planned, numbered or e-mailed again; its number stays taken. */
export const isSuperseded = (r: Pick<LedgerRow, 'status'>): boolean => r.status === 'Diganti';

/** A revoked certificate (issue 13): never made, e-mailed, shared or counted in a run again. */
export const isRevoked = (r: Pick<LedgerRow, 'status'>): boolean => r.status === 'Dicabut';

/** Why a made certificate is not delivered: revoked, replaced, or (Tag mode) not signed yet; null when it may be. */
export type Undeliverable = 'revoked' | 'superseded' | 'unsigned' | null;

export function undeliverable(
  row: Pick<LedgerRow, 'status' | 'signedPdf'>,
  tte: Pick<TteSettings, 'mode'> | undefined,
): Undeliverable {
  if (isRevoked(row)) return 'revoked';
  if (isSuperseded(row)) return 'superseded';
  if (tte?.mode === 'Tag' && !row.signedPdf) return 'unsigned';
  return null;
}

/**
 * The file a certificate is delivered as (e-mail, share link, WhatsApp, ZIP): its signed copy when there is one,
 * else the issued PDF, unless `undeliverable` says no (then ''). The ONE rule of what is delivered.
 */
export function deliveryLink(
  row: Pick<LedgerRow, 'status' | 'pdf' | 'signedPdf'>,
  tte: Pick<TteSettings, 'mode'> | undefined,
): string {
  if (undeliverable(row, tte)) return '';
  return row.signedPdf || row.pdf;
}

/** Every placeholder a template may use, in DESIGN §5.7 order. */
export const PLACEHOLDERS = [
  'Nama',
  'NIP',
  'Jabatan',
  'Pangkat/Golongan',
  'Unit Kerja',
  'Tema',
  'Kode Kegiatan',
  'Tanggal Pelaksanaan',
  'Tempat',
  'JP',
  // issue 15 item 5: the Materi of the sessions a speaker taught (Sertifikat Narasumber); a participant's
  // certificate prints the training's Materi, each once, in session order
  'Materi',
  'Nomor',
  'Predikat',
  'Nilai Akhir',
  'Peringkat',
  'Penandatangan',
  'NIP Penandatangan',
  'Jabatan Penandatangan',
  'Tanggal Terbit',
  // the agency and city, from Pengaturan (core/certificateLook.ts), frozen with the run
  'Pemerintah Daerah',
  'Instansi',
  'Kota Terbit',
  // verification (issue 13): the row's code as printed and the link its QR encodes (core/verificationCode.ts)
  'Kode Verifikasi',
  'Tautan Verifikasi',
  // where the QR image goes (src/gas/docs.ts): its value is the link the QR encodes, the placeholder prints no text
  'QR Verifikasi',
  // the TTE tag (core/tte.ts): the tag in Mode TTE Tag, nothing otherwise
  'Tag TTE',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** Placeholders without which a certificate is wrong (pre-flight Error); others missing are a Peringatan. */
export const REQUIRED_PLACEHOLDERS: ReadonlySet<PlaceholderName> = new Set<PlaceholderName>([
  'Nama',
  'NIP',
  'Tema',
  'Kode Kegiatan',
  'Tanggal Pelaksanaan',
  'Nomor',
  'Peringkat',
  'Penandatangan',
  'Jabatan Penandatangan',
  'Tanggal Terbit',
]);

/**
 * Placeholders whose empty value is expected, never reported by pre-flight: the verification values (a row numbered
 * before codes existed has no code; without URL Verifikasi the QR's link is the PDF's own, known only as it is made).
 */
export const MAY_BE_EMPTY: ReadonlySet<PlaceholderName> = new Set<PlaceholderName>([
  'Kode Verifikasi',
  'Tautan Verifikasi',
  'QR Verifikasi',
]);

/** A placeholder as written in a template: the exact text (for replaceText) and the known name it means. */
export interface FoundPlaceholder {
  raw: string;
  inner: string;
  name: PlaceholderName | null;
  /** For an unknown one: the nearest known name, if any is close. */
  suggestion: PlaceholderName | null;
}

const PLACEHOLDER_RE = /\{\{([^{}\n]*)\}\}/g;
const placeholderKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const KNOWN = new Map<string, PlaceholderName>(PLACEHOLDERS.map((p) => [placeholderKey(p), p]));

/** The nearest known name to `s` (case-insensitive edit distance; a name contained in `s` counts as close). */
export function nearestName<T extends string>(s: string, names: readonly T[]): T | null {
  const k = placeholderKey(s);
  if (!k) return null;
  let best: T | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const n of names) {
    const nk = placeholderKey(n);
    let d = editDistance(k, nk);
    if (nk.length >= 3 && (k.includes(nk) || nk.includes(k))) d = Math.min(d, 1);
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return bestD <= Math.max(2, Math.ceil(k.length / 3)) ? best : null;
}

/**
 * The placeholders in a text, each distinct raw text once. A known name matches case-insensitively with spaces
 * collapsed (`{{ nama }}` means Nama), so an admin's small typing differences still work.
 */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  const out: FoundPlaceholder[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const name = KNOWN.get(placeholderKey(m[1])) ?? null;
    out.push({
      raw: m[0],
      inner: m[1],
      name,
      suggestion: name ? null : nearestName(m[1], PLACEHOLDERS),
    });
  }
  return out;
}

/** A document's parts that may hold placeholders. */
export type DocSection = 'body' | 'header' | 'footer';

/** What a template holds, as read by the docs port (src/features/port/files.ts). */
export interface TemplateScan {
  placeholders: FoundPlaceholder[];
  /** Half-typed placeholders (`{{Nama}`) that would print as typed. */
  broken: string[];
  /** Sections that hold placeholders. */
  sections: DocSection[];
  /** How often `{{Tag TTE}}` is written (core/tte.ts templateTagFault); absent in a scan kept before. */
  tagCount?: number;
  /** The template's own characters that are neither letters, digits nor spaces, outside placeholders. */
  symbols?: string;
}

/** A half-typed placeholder (`{{Nama}` or `{Nama}}`) that would print as is. */
export function findBrokenPlaceholders(text: string): string[] {
  const stripped = text.replace(PLACEHOLDER_RE, ' ');
  const out: string[] = [];
  for (const m of stripped.matchAll(/\{\{[^{}\n]{0,40}|[^{}\n]{0,40}\}\}/g)) out.push(m[0].trim());
  return out;
}

/** Escapes text for an RE2 pattern (Body.replaceText searches with a regular expression, GAS-FACTS). */
export function escapeRegex(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** Escapes a replacement for replaceText: `$` is a group reference and `\` an escape there (GAS-FACTS). */
export function escapeReplacement(s: string): string {
  return s.replace(/[\\$]/g, '\\$&');
}

// ---------- numbering ----------

const NUMBER_TOKENS = ['nomor', 'kode', 'tahun', 'bulan', 'bulan_romawi'] as const;
const TOKEN_RE = /\{([^{}]*)\}/g;

/** Problems with a number format (`{nomor:3}/DOU-ASN/{kode}/{tahun}`), in Indonesian; [] when usable. */
export function checkNumberFormat(format: string): string[] {
  const out: string[] = [];
  let hasNumber = false;
  for (const m of format.matchAll(TOKEN_RE)) {
    const t = m[1].trim();
    const nm = /^nomor(?::(\d+))?$/.exec(t);
    if (nm) {
      hasNumber = true;
      const width = nm[1] === undefined ? 1 : Number(nm[1]);
      if (width < 1 || width > 9) out.push(NUMBER_FORMAT_TEXT.width(t));
      continue;
    }
    if ((NUMBER_TOKENS as readonly string[]).includes(t)) continue;
    const near = nearestName(t.replace(/:.*/, ''), NUMBER_TOKENS);
    out.push(NUMBER_FORMAT_TEXT.unknown(t, near === 'nomor' ? 'nomor:3' : near));
  }
  if (!hasNumber) out.push(NUMBER_FORMAT_TEXT.noNumber);
  return out;
}

export interface NumberContext {
  seq: number;
  code: string;
  /** The date that gives {tahun}, {bulan}, {bulan_romawi}: the training's end (else start) date. */
  date: Date | null;
}

/** A certificate number from its format: `{nomor:3}` → 007, `{kode}`, `{tahun}`, `{bulan}` (01–12), `{bulan_romawi}`. */
export function formatCertificateNumber(format: string, ctx: NumberContext): string {
  return format.replace(TOKEN_RE, (whole, inner: string) => {
    const t = inner.trim();
    const nm = /^nomor(?::(\d+))?$/.exec(t);
    if (nm) return String(ctx.seq).padStart(nm[1] === undefined ? 1 : Number(nm[1]), '0');
    if (t === 'kode') return ctx.code;
    if (!ctx.date) return t === 'tahun' || t === 'bulan' || t === 'bulan_romawi' ? '' : whole;
    if (t === 'tahun') return String(ctx.date.getFullYear());
    if (t === 'bulan') return String(ctx.date.getMonth() + 1).padStart(2, '0');
    if (t === 'bulan_romawi') return romanMonth(ctx.date.getMonth() + 1);
    return whole;
  });
}

/**
 * The sequence number inside a number written earlier: read with the current format when it fits, else the first
 * group of digits (a format changed since). null when the text holds no number at all.
 */
export function parseSequence(number: string, format: string, code: string): number | null {
  const s = number.trim();
  if (!s) return null;
  let pattern = '';
  let last = 0;
  for (const m of format.matchAll(TOKEN_RE)) {
    pattern += escapeRegex(format.slice(last, m.index));
    const t = m[1].trim();
    if (/^nomor(?::\d+)?$/.test(t)) pattern += '(\\d+)';
    else if (t === 'kode') pattern += escapeRegex(code);
    else if (t === 'tahun') pattern += '\\d{0,4}';
    else if (t === 'bulan') pattern += '\\d{0,2}';
    else if (t === 'bulan_romawi') pattern += '[IVX]*';
    else pattern += escapeRegex(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  pattern += escapeRegex(format.slice(last));
  const exact = new RegExp(`^${pattern}$`).exec(s);
  if (exact?.[1]) return Number(exact[1]);
  const any = /\d+/.exec(s);
  return any ? Number(any[0]) : null;
}

// ---------- merge data ----------

/** What one certificate prints: the placeholder values. */
export type MergeValues = Record<PlaceholderName, string>;

/** An 18-digit NIP as printed on Indonesian documents: "19850101 201001 1 001". Other text unchanged. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

/** The date a certificate is issued on: the last day of the training (deterministic across reruns). */
export function issueDate(training: Training): Date | null {
  return training.endDate ?? training.startDate;
}

export interface MergeInput {
  kind: CertKind;
  number: string;
  training: Training;
  trainingJp: number | null;
  participant: Pick<Participant, 'nip' | 'name' | 'position' | 'rank' | 'unit'>;
  result: Pick<ResultRow, 'rank' | 'finalScore' | 'predicate'> | null;
  /** The run's agency and city (core/certificateLook.ts); empty when not given. */
  look?: PrintLook;
  /** The row's verification code ('' when it has none). */
  code?: string;
  /** What {{Materi}} prints: the Materi of the speaker's sessions, or of the training's, each once. */
  topics?: readonly string[];
}

/** Materi as printed: each title once (case and spaces ignored), in the order given, joined by "; ". */
export function topicText(topics: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of topics) {
    const v = t.trim().replace(/\s+/g, ' ');
    const k = v.toLowerCase();
    if (!v || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out.join('; ');
}

export function mergeValues(m: MergeInput): MergeValues {
  const t = m.training;
  const issued = issueDate(t);
  const r = m.result;
  return {
    Nama: m.participant.name,
    NIP: formatNip(m.participant.nip),
    Jabatan: m.participant.position,
    'Pangkat/Golongan': m.participant.rank,
    'Unit Kerja': m.participant.unit,
    Tema: t.theme,
    'Kode Kegiatan': t.code,
    'Tanggal Pelaksanaan': formatDateRange(t.startDate, t.endDate),
    Tempat: t.place,
    JP: m.trainingJp === null ? '' : formatJp(m.trainingJp),
    Materi: topicText(m.topics ?? []),
    Nomor: m.number,
    Predikat: r?.predicate ?? '',
    'Nilai Akhir': r?.finalScore === null || r?.finalScore === undefined ? '' : formatScore(r.finalScore),
    Peringkat: r?.rank === null || r?.rank === undefined ? '' : String(r.rank),
    Penandatangan: t.signer,
    'NIP Penandatangan': formatNip(normalizeNip(t.signerNip) || t.signerNip),
    'Jabatan Penandatangan': t.signerTitle,
    'Tanggal Terbit': issued ? formatDateLong(issued) : '',
    ...lookValues(m.look),
    ...verificationValues(m.look, m.code ?? ''),
    'Tag TTE': '',
  };
}

/** What a certificate prints of its verification: the code as XXXX-XXXX-XXXX and the link of its QR. */
export function verificationValues(
  look: PrintLook | undefined,
  code: string,
): Pick<MergeValues, 'Kode Verifikasi' | 'Tautan Verifikasi' | 'QR Verifikasi'> {
  const link = verificationLink(look?.verifyUrl ?? '', code);
  return { 'Kode Verifikasi': formatCode(code), 'Tautan Verifikasi': link, 'QR Verifikasi': link };
}

/** Replaces `{{…}}` placeholders in plain text (email subject and body); unknown ones stay as typed. */
export function fillText(text: string, values: MergeValues): string {
  return text.replace(PLACEHOLDER_RE, (whole, inner: string) => {
    const name = KNOWN.get(placeholderKey(inner));
    return name ? values[name] : whole;
  });
}

// ---------- file names ----------

/** Safe, deterministic text for a file name: ASCII letters, digits, space, `.`, `-`, `_`; never empty. */
export function safeFileName(s: string, max = 80): string {
  const ascii = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return ascii.slice(0, max).trim() || '_';
}

/** Sequence number as shown in a file name: at least three digits so names sort in number order. */
const seqText = (seq: number | null) => (seq === null ? '000' : String(seq).padStart(3, '0'));

/** `Sertifikat DOU-2026-01 007 - Budi Santoso` (no extension): stable for a ledger row. */
export function certificateBaseName(kind: CertKind, code: string, seq: number | null, name: string): string {
  return `${kind} ${safeFileName(code, 40)} ${seqText(seq)} - ${safeFileName(name, 60)}`;
}

/**
 * The appProperties a certificate's files carry: its key (training, kind and NIP), whether the file is its Doc or
 * its PDF, the number it prints and the spreadsheet whose ledger issued it (files made before the last two were
 * kept carry only the first two).
 */
export const FILE_PROPS = {
  key: 'douasnKey',
  type: 'douasnType',
  number: 'douasnNumber',
  sheet: 'douasnSpreadsheet',
  /** Set by a re-issue on the replaced certificate's files: 'true', and the number that replaces it. */
  superseded: 'douasnSuperseded',
  replacedBy: 'douasnReplacedBy',
  /** Set by a revocation (issue 13) on the revoked certificate's files: 'true'. */
  revoked: 'douasnRevoked',
} as const;

/** A certificate key's parts (the code may itself hold `|`: kind and NIP never do). */
export function splitCertificateKey(key: string): { trainingCode: string; kind: string; nip: string } | null {
  const parts = key.split('|');
  if (parts.length < 3) return null;
  const nip = parts.pop() as string;
  const kind = parts.pop() as string;
  return { trainingCode: parts.join('|'), kind, nip };
}

/** The appProperties key that finds a certificate's files again: `<kode>|<jenis>|<nip>`. */
export function certificateKey(code: string, kind: CertKind, nip: string): string {
  return `${code}|${kind}|${nip}`;
}

/** Drive allows 124 bytes per property, key and value together. */
export const MAX_PROPERTY_BYTES = 124;

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

// ---------- the ledger ----------

/**
 * The ledger columns that hold what a certificate prints, each with its placeholder; the other placeholders are the
 * row's own Nama, NIP, Kode Kegiatan and Nomor. Written when a run starts, so every batch prints the same values
 * however the input sheets change meanwhile, and kept once the file exists.
 */
export const PRINT_FIELDS = {
  printPosition: 'Jabatan',
  printGrade: 'Pangkat/Golongan',
  printUnit: 'Unit Kerja',
  printTheme: 'Tema',
  printDates: 'Tanggal Pelaksanaan',
  printPlace: 'Tempat',
  printJp: 'JP',
  printTopic: 'Materi',
  printPredicate: 'Predikat',
  printScore: 'Nilai Akhir',
  printRank: 'Peringkat',
  printSigner: 'Penandatangan',
  printSignerNip: 'NIP Penandatangan',
  printSignerTitle: 'Jabatan Penandatangan',
  printIssued: 'Tanggal Terbit',
} as const satisfies Record<string, PlaceholderName>;
export type PrintField = keyof typeof PRINT_FIELDS;
export const PRINT_KEYS = Object.keys(PRINT_FIELDS) as PrintField[];

export type LedgerField =
  | 'trainingCode'
  | 'kind'
  | 'number'
  | 'nip'
  | 'name'
  | 'status'
  | 'doc'
  | 'pdf'
  | 'email'
  | 'createdAt'
  | 'sentAt'
  | 'note'
  | PrintField;

export const LEDGER_FIELDS: readonly LedgerField[] = SHEETS.certificates.columns.map(
  (c) => c.key as LedgerField,
);

/** A ledger row; the PRINT_FIELDS are its frozen print values ('' until its run starts). */
export interface LedgerRow extends Record<PrintField, string> {
  trainingCode: string;
  kind: CertKind;
  number: string;
  nip: string;
  name: string;
  status: LedgerStatus | '';
  /** Links as written (Drive webViewLink); the file id is read back from them. */
  doc: string;
  pdf: string;
  email: string;
  createdAt: unknown;
  sentAt: unknown;
  note: string;
  /** The PDF's view link once it is shared "anyone with the link" (column Tautan); '' while not shared. */
  link?: string;
  /** The verification code printed with the QR (core/verificationCode.ts); '' on a row numbered before it existed. */
  code?: string;
  /** A Diganti row: the number that replaced it. */
  replacedBy?: string;
  /** A Diganti or Dicabut row: why, as the admin gave it (public on the verification page). */
  reason?: string;
  /** The signed copy (TTE) imported for this certificate: its Drive link, SHA-256 (hex) and signing time. */
  signedPdf?: string;
  signedSha256?: string;
  signedAt?: string;
  /** The Nomor cell as read (a number or an error value there is not a number this add-on issued). */
  numberCell?: unknown;
  /** 1-based sheet row; null for a row added by this run. */
  sheetRow: number | null;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

function printFrom(value: (f: PrintField) => string): Record<PrintField, string> {
  const out = {} as Record<PrintField, string>;
  for (const f of PRINT_KEYS) out[f] = value(f);
  return out;
}

/** A ledger row not on the sheet yet: the given fields, every other one blank (print values '' until frozen). */
export function newLedgerRow(
  fields: Pick<LedgerRow, 'trainingCode' | 'kind' | 'number' | 'nip' | 'status'> & Partial<LedgerRow>,
): LedgerRow {
  return {
    name: '',
    doc: '',
    pdf: '',
    email: '',
    createdAt: '',
    sentAt: '',
    note: '',
    ...printFrom(() => ''),
    sheetRow: null,
    ...fields,
  };
}

function asKind(v: unknown): CertKind | null {
  const s = text(v).toLowerCase();
  if (s === 'sertifikat') return 'Sertifikat';
  if (s === 'piagam' || s === 'piagam penghargaan') return 'Piagam';
  if (s === 'sertifikat narasumber' || s === 'narasumber') return 'Sertifikat Narasumber';
  return null;
}

/** The Status column's choices as the schema lists them (one list: the sheet's drop-down and the reader). */
export const LEDGER_STATUSES = ((SHEETS.certificates.columns as readonly ColumnDef[]).find(
  (c) => c.key === 'status',
)?.choices ?? []) as readonly LedgerStatus[];

function asStatus(v: unknown): LedgerStatus | '' {
  const s = text(v).toLowerCase();
  return LEDGER_STATUSES.find((x) => x.toLowerCase() === s) ?? '';
}

/**
 * One ledger row from its cells by field key (the table module's LedgerEntry, src/core/table.ts openLedger), or
 * null when it is not a certificate (no code, kind or NIP): such a row stays on the sheet as it is.
 */
export function ledgerRowOf(cells: Readonly<Record<string, unknown>>, sheetRow: number): LedgerRow | null {
  const kind = asKind(cells.kind);
  const code = text(cells.trainingCode);
  const nip = normalizeNip(cells.nip);
  if (!kind || !code || !nip) return null;
  return {
    trainingCode: code,
    kind,
    number: text(cells.number),
    nip,
    name: text(cells.name),
    status: asStatus(cells.status),
    doc: text(cells.doc),
    pdf: text(cells.pdf),
    email: text(cells.email),
    createdAt: cells.createdAt ?? '',
    sentAt: cells.sentAt ?? '',
    note: text(cells.note),
    link: text(cells.link),
    code: text(cells.code),
    replacedBy: text(cells.replacedBy),
    reason: text(cells.reason),
    signedPdf: text(cells.signedPdf),
    signedSha256: text(cells.signedSha256),
    signedAt: text(cells.signedAt),
    ...printFrom((f) => text(cells[f])),
    numberCell: cells.number ?? '',
    sheetRow,
  };
}

export const ledgerKey = (r: Pick<LedgerRow, 'trainingCode' | 'kind' | 'nip'>) =>
  certificateKey(r.trainingCode, r.kind, r.nip);

export const NOTE_NOT_ELIGIBLE = LEDGER_NOTES.notEligible;
export const NOTE_DUPLICATE = LEDGER_NOTES.duplicate;

/** Someone who should hold a certificate or charter now, from Rekap Nilai. */
export interface Candidate {
  trainingCode: string;
  kind: CertKind;
  nip: string;
  name: string;
  email: string;
}

/** Everyone with Sertifikat = Ya gets a Sertifikat, everyone with Piagam = Ya a Piagam (DESIGN §4.6, §5.7). */
export function candidatesFrom(rows: readonly ResultRow[], rosters: Map<string, Participant[]>): Candidate[] {
  const email = new Map<string, string>();
  for (const [code, list] of rosters) for (const p of list) email.set(`${code}|${p.nip}`, p.email);
  const out: Candidate[] = [];
  for (const kind of ['Sertifikat', 'Piagam'] as const) {
    for (const r of rows) {
      if (kind === 'Sertifikat' ? !r.certificate : !r.award) continue;
      out.push({
        trainingCode: r.trainingCode,
        kind,
        nip: r.nip,
        name: r.name,
        email: email.get(`${r.trainingCode}|${r.nip}`) ?? '',
      });
    }
  }
  return out;
}

export interface PlanOptions {
  /** The number text for a new sequence number of a (training, kind). */
  numberFor(code: string, kind: CertKind, seq: number): string;
  /** The sequence inside an existing row's number. */
  sequenceOf(row: LedgerRow): number | null;
  /** The highest sequence a file in Drive already prints for a (training, kind): never given again. */
  reserved?(code: string, kind: CertKind): number;
  /** A fresh verification code (core/verificationCode.ts codeSource); without it rows get none. */
  codeFor?(): string;
}

export interface LedgerPlan {
  /** The whole ledger after planning: existing rows in place, new rows appended. */
  rows: LedgerRow[];
  added: LedgerRow[];
  /** Whether anything must be written (rows added, numbers given, notes or names changed). */
  changed: boolean;
  /** Keys of the rows to issue now (eligible, first row per key). */
  eligible: Set<string>;
}

/**
 * The sequence a new number of each `<kode>|<jenis>` continues after: the highest one the rows hold (Diganti rows
 * too: their numbers stay taken), never below the count of numbered rows (a format changed meanwhile).
 */
export function sequenceFloors(
  rows: readonly LedgerRow[],
  sequenceOf: (row: LedgerRow) => number | null,
): Map<string, number> {
  const out = new Map<string, number>();
  const count = new Map<string, number>();
  for (const r of rows) {
    if (!r.number) continue;
    const g = `${r.trainingCode}|${r.kind}`;
    count.set(g, (count.get(g) ?? 0) + 1);
    const seq = sequenceOf(r);
    out.set(g, Math.max(out.get(g) ?? 0, count.get(g) ?? 0, seq ?? 0));
  }
  return out;
}

/**
 * Plans the ledger for a run: one row per (training, kind, NIP) of the candidates. Numbers are given once, in name
 * order among those issued in this run, continuing after the highest number used for that training and kind;
 * existing rows are never moved, renumbered or removed. A row whose person is no longer a candidate keeps its row and
 * number with a note; a row made by hand without a number gets one with the new rows.
 */
export function planLedger(
  existing: readonly LedgerRow[],
  candidates: readonly Candidate[],
  opts: PlanOptions,
): LedgerPlan {
  const rows = existing.map((r) => ({ ...r }));
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) if (!byKey.has(ledgerKey(c))) byKey.set(ledgerKey(c), c);
  const seen = new Set<string>();
  const eligible = new Set<string>();
  const needNumber = new Map<string, Array<{ row: LedgerRow | null; cand: Candidate }>>();
  let changed = false;
  const group = (code: string, kind: CertKind) => `${code}|${kind}`;
  const setNote = (r: LedgerRow, note: string) => {
    if (r.note !== note) {
      r.note = note;
      changed = true;
    }
  };

  const floors = sequenceFloors(rows, opts.sequenceOf);
  for (const r of rows) {
    if (isSuperseded(r)) continue; // history: its number counts above, nothing else
    const key = ledgerKey(r);
    if (seen.has(key)) {
      if (!r.pdf && !r.doc) setNote(r, NOTE_DUPLICATE);
      continue;
    }
    seen.add(key);
    const cand = byKey.get(key);
    const made = Boolean(r.pdf);
    if (!cand) {
      if (!r.note.includes(NOTE_NOT_ELIGIBLE))
        setNote(r, r.note ? `${NOTE_NOT_ELIGIBLE} ${r.note}` : NOTE_NOT_ELIGIBLE);
      continue;
    }
    eligible.add(key);
    if (r.note.includes(NOTE_NOT_ELIGIBLE)) setNote(r, r.note.replace(NOTE_NOT_ELIGIBLE, '').trim());
    if (!made) {
      // not issued yet: take the roster's current spelling and address
      if (cand.name && r.name !== cand.name) {
        r.name = cand.name;
        changed = true;
      }
      if (r.status !== 'Terkirim' && r.status !== 'Mengirim' && cand.email !== r.email) {
        r.email = cand.email;
        changed = true;
      }
      if (!r.status) {
        r.status = 'Menunggu';
        changed = true;
      }
    }
    if (!made && !r.code && opts.codeFor) {
      // a code is given with the number (or to a row numbered before codes existed) while nothing is printed yet
      r.code = opts.codeFor();
      changed = true;
    }
    if (!r.number) {
      const g = group(r.trainingCode, r.kind);
      needNumber.set(g, [...(needNumber.get(g) ?? []), { row: r, cand }]);
    }
  }
  for (const cand of byKey.values()) {
    const key = ledgerKey(cand);
    if (seen.has(key)) continue;
    seen.add(key);
    eligible.add(key);
    const g = group(cand.trainingCode, cand.kind);
    needNumber.set(g, [...(needNumber.get(g) ?? []), { row: null, cand }]);
  }

  const added: LedgerRow[] = [];
  for (const [g, list] of needNumber) {
    list.sort((a, b) => compareByName(a.cand, b.cand));
    // continue after the highest number used; never below the rows already there (a format changed meanwhile)
    const { trainingCode, kind } = list[0].cand;
    let seq = Math.max(floors.get(g) ?? 0, opts.reserved?.(trainingCode, kind) ?? 0);
    for (const { row, cand } of list) {
      seq += 1;
      const number = opts.numberFor(cand.trainingCode, cand.kind, seq);
      changed = true;
      if (row) {
        row.number = number;
        continue;
      }
      added.push(
        newLedgerRow({
          trainingCode: cand.trainingCode,
          kind: cand.kind,
          number,
          nip: cand.nip,
          name: cand.name,
          status: 'Menunggu',
          email: cand.email,
          code: opts.codeFor?.() ?? '',
        }),
      );
    }
  }
  // appended grouped as planned: by training and kind in candidate order, each in name (= number) order
  const order = new Map<string, number>();
  for (const c of candidates) {
    const g = group(c.trainingCode, c.kind);
    if (!order.has(g)) order.set(g, order.size);
  }
  added.sort(
    (a, b) =>
      (order.get(group(a.trainingCode, a.kind)) ?? 0) - (order.get(group(b.trainingCode, b.kind)) ?? 0) ||
      compareByName(a, b),
  );
  return { rows: [...rows, ...added], added, changed, eligible };
}

// ---------- what a certificate prints: frozen in its row when the run starts ----------

/**
 * What a ledger row prints: its own name, NIP, code and number, the values frozen when its run started, and the
 * run's look (frozen in its RunSettings).
 */
export function printedValues(row: LedgerRow, look?: PrintLook, tte?: TteSettings): MergeValues {
  const v = {
    // without a look (pre-flight judges it apart, core/certificateLook.ts lookErrors) its placeholders have no value
    ...(look ? lookValues(look) : {}),
    Nama: row.name,
    NIP: formatNip(row.nip),
    'Kode Kegiatan': row.trainingCode,
    Nomor: row.number,
    ...verificationValues(look, row.code ?? ''),
  } as MergeValues;
  for (const f of PRINT_KEYS) v[PRINT_FIELDS[f]] = row[f];
  return tteValues(v, tte);
}

/** Whether a row holds its print values: Tema is required in `Kegiatan`, so a frozen row always has one. */
export const isFrozen = (row: LedgerRow): boolean => row.printTheme !== '';

/** Writes `values` into the row's print fields; true when one changed. */
export function freezeRow(row: LedgerRow, values: MergeValues): boolean {
  let changed = false;
  for (const f of PRINT_KEYS) {
    if (row[f] === values[PRINT_FIELDS[f]]) continue;
    row[f] = values[PRINT_FIELDS[f]];
    changed = true;
  }
  return changed;
}

/**
 * Freezes a planned run (DESIGN §8): each certificate still to be made takes the current data; one already made
 * keeps what its file printed, never re-frozen (a row made before print values were kept takes the current data
 * once, so its e-mail can still attach it). `valuesOf` gives null when the row's training is unknown.
 */
export function freezePlan(plan: LedgerPlan, valuesOf: (row: LedgerRow) => MergeValues | null): void {
  for (const r of firstRows(plan.rows)) {
    if (!plan.eligible.has(ledgerKey(r)) || (r.pdf && isFrozen(r))) continue;
    const values = valuesOf(r);
    if (values && freezeRow(r, values)) plan.changed = true;
  }
}

/**
 * The first row of each certificate that is not history (a later row with the same key is a duplicate and is never
 * worked; a row marked Diganti was replaced by a later one).
 */
export function firstRows<T extends LedgerRow>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (isSuperseded(r)) return false;
    const key = ledgerKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The certificates of the current run, from the ledger alone (as `planLedger` left it at the start): the first row
 * of each, not marked as no longer eligible or duplicate, holding its print values or its file. A row a person
 * added after the start has no print values yet and waits for the next start.
 */
export function runEligible(rows: readonly LedgerRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of firstRows(rows)) {
    if (r.note.includes(NOTE_NOT_ELIGIBLE) || r.note === NOTE_DUPLICATE) continue;
    if (r.pdf || isFrozen(r)) out.add(ledgerKey(r));
  }
  return out;
}

/** A run as the ledger holds it, for a batch or the status (nothing planned): its rows and what it issues. */
export function runPlan(rows: LedgerRow[]): LedgerPlan {
  return { rows, added: [], changed: false, eligible: runEligible(rows) };
}

/** Months as Indonesian words, re-exported for templates and messages. */
export { MONTHS_ID };
