// TTE (tanda tangan elektronik, issue 13 item 4): the tag character a signer's bulk tool (BSrE) looks for, printed
// exactly once in the signature box; the same character in any printed value replaced by its fullwidth look-alike;
// what a signed PDF must carry (an incremental update with a signature dictionary) and what it was signed from.

import { TTE_SETTING, TTE_TEXT } from '../text/id/certTte';
import { MONTHS_ID } from './dates';

export type TteMode = 'Tidak' | 'Tag';
export const TTE_MODES: readonly TteMode[] = ['Tidak', 'Tag'];

export interface TteSettings {
  mode: TteMode;
  /** One visible ASCII character, neither letter nor digit (Karakter Tag TTE). */
  tag: string;
}

export const DEFAULT_TTE: TteSettings = { mode: 'Tidak', tag: '#' };

/** The placeholder that prints the tag (white and small, in the signature box of the default templates). */
export const TAG_PLACEHOLDER = 'Tag TTE';

/**
 * A valid tag: exactly one visible ASCII character that is neither a letter nor a digit, nor a brace (the
 * placeholders' own). Only ASCII has fullwidth look-alikes (U+FF01–FF5E), so only ASCII can be escaped in values.
 */
export function readTag(raw: unknown): string | undefined {
  const t = String(raw ?? '').trim();
  if (t.length !== 1) return undefined;
  const c = t.charCodeAt(0);
  if (c < 0x21 || c > 0x7e) return undefined;
  if (/[A-Za-z0-9{}]/.test(t)) return undefined;
  return t;
}

/** The fullwidth look-alike of an ASCII character (U+0021–007E → U+FF01–FF5E). */
export const fullwidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);

/** `text` with every tag character replaced by its look-alike (the tag then stays the signature box's own). */
export function escapeTag(text: string, tag: string): string {
  return text.includes(tag) ? text.split(tag).join(fullwidth(tag)) : text;
}

/** The value `{{Tag TTE}}` prints: the tag in Tag mode, nothing otherwise. */
export const tagValue = (tte: TteSettings | undefined): string => (tte?.mode === 'Tag' ? tte.tag : '');

/**
 * Values a QR encodes rather than prints (issue 13: the verification link): escaping would break the link. A tag
 * that occurs in the link itself is for the link's own pre-flight to refuse.
 */
export const ENCODED_VALUES: readonly string[] = ['Tautan Verifikasi'];

/**
 * Print values in TTE Tag mode: every value with the tag escaped, then `{{Tag TTE}}` set to the tag (in Tidak mode
 * the values stay as they are and the tag prints nothing). `keep` names values not printed as text (a link a QR
 * encodes), which stay as they are. The ONE place the tag is made safe.
 */
export function tteValues<V extends Record<string, string>>(
  values: V,
  tte: TteSettings | undefined,
  keep: readonly string[] = ENCODED_VALUES,
): V {
  const out: Record<string, string> = { ...values };
  if (tte?.mode === 'Tag') {
    for (const k of Object.keys(out)) if (!keep.includes(k)) out[k] = escapeTag(out[k], tte.tag);
  }
  out[TAG_PLACEHOLDER] = tagValue(tte);
  return out as V;
}

/** Why a template cannot print the tag exactly once in Tag mode: null when it can. */
export type TemplateTagFault = 'missing' | 'repeated' | 'inText' | null;

export function templateTagFault(
  scan: { tagCount?: number; symbols?: string },
  tte: TteSettings,
): TemplateTagFault {
  if (tte.mode !== 'Tag') return null;
  const count = scan.tagCount ?? 0;
  if (count === 0) return 'missing';
  if (count > 1) return 'repeated';
  if ((scan.symbols ?? '').includes(tte.tag)) return 'inText';
  return null;
}

/**
 * Pre-flight Errors of Tag mode: each template that cannot print the tag exactly once, in its signature box, and
 * nowhere else in its own text.
 */
export function tteTemplateErrors(
  settings: { tte: TteSettings; rows: Readonly<Record<string, number>> },
  templates: ReadonlyMap<string, { state: string; scan?: { tagCount?: number; symbols?: string } }>,
): string[] {
  const errors: string[] = [];
  for (const [kind, t] of templates) {
    if (t.state !== 'ok' || !t.scan) continue;
    const fault = templateTagFault(t.scan, settings.tte);
    if (fault)
      errors.push(
        TTE_TEXT.templateFault(kind, fault, settings.tte.tag, settings.rows[TTE_SETTING.mode] ?? null),
      );
  }
  return errors;
}

/** The distinct characters of `text` that are neither letters, digits nor spaces (a template's own symbols). */
export function symbolsOf(text: string): string {
  return [...new Set(text.replace(/[\p{L}\p{N}\s]/gu, ''))].join('');
}

// ---------- signed PDFs ----------

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length): string => {
  let s = '';
  for (let i = from; i < to; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 0x8000)));
  return s;
};

export interface SignatureFound {
  /** The signing time of the last signature's /M, as written (`D:YYYYMMDDHHmmSS+07'00'`); null when absent. */
  m: string | null;
}

/**
 * Whether a PDF carries a signature: a signature dictionary (`/Type /Sig`) with a `/ByteRange`, in the bytes after
 * the original's end (or anywhere, when `from` is 0). Null when not signed.
 */
export function findSignature(bytes: Uint8Array, from = 0): SignatureFound | null {
  const text = latin1(bytes, from);
  if (!/\/Type\s*\/Sig\b/.test(text) || !/\/ByteRange\s*\[/.test(text)) return null;
  const ms = [...text.matchAll(/\/M\s*\((D:[0-9]{4,14}[^)]*)\)/g)];
  return { m: ms.length ? ms[ms.length - 1][1] : null };
}

/** Whether `prefix` is the first bytes of `bytes` (a signed PDF made from the issued one by incremental update). */
export function hasPrefix(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (prefix.length === 0 || bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** A PDF date (`D:YYYYMMDDHHmmSS+07'00'`) as its parts; null when unreadable. */
export function pdfDate(
  m: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number; zone: string } | null {
  const r = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(m);
  if (!r) return null;
  const n = (i: number, d: number) => (r[i] === undefined ? d : Number(r[i]));
  const zone =
    r[7] === undefined || r[7] === 'Z'
      ? '+00:00'
      : r[7].replace(/'/g, '').replace(/(\d{2})(\d{2})$/, '$1:$2');
  return { y: n(1, 0), mo: n(2, 1), d: n(3, 1), h: n(4, 0), mi: n(5, 0), s: n(6, 0), zone };
}

const ZONES: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' };

/** The signing time as the ledger shows it: "3 Desember 2026 10.15.00 WIB" (the zone as signed). */
export function signedAtText(m: string | null): string {
  const p = m ? pdfDate(m) : null;
  if (!p || p.mo < 1 || p.mo > 12) return '';
  const two = (x: number) => String(x).padStart(2, '0');
  const zone = ZONES[p.zone] ?? `UTC${p.zone}`;
  return `${p.d} ${MONTHS_ID[p.mo - 1]} ${p.y} ${two(p.h)}.${two(p.mi)}.${two(p.s)} ${zone}`;
}

// ---------- Paket TTE: the manifest for the signer's bulk tool ----------

export interface ManifestRow {
  file: string;
  number: string;
  /** The NIP as text (18 digits, never a number). */
  nip: string;
  name: string;
  /** The page that carries the tag (the certificate's first). */
  page: number;
  tag: string;
  /** What the QR encodes: the verification link, else the PDF's own link. */
  link: string;
}

const MANIFEST_COLUMNS: ReadonlyArray<[keyof ManifestRow, string]> = [
  ['file', 'file'],
  ['number', 'nomor'],
  ['nip', 'nip'],
  ['name', 'nama'],
  ['page', 'halaman'],
  ['tag', 'tag'],
  ['link', 'tautan_verifikasi'],
];

/** A CSV field, quoted; one a spreadsheet would read as a formula (= + - @) is kept as text by a leading `'`. */
function csvField(v: string | number): string {
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** manifest.csv (UTF-8, comma-separated, every field quoted so the NIP stays text) and manifest.json. */
export function manifestFiles(rows: readonly ManifestRow[]): { csv: string; json: string } {
  const head = MANIFEST_COLUMNS.map(([, h]) => csvField(h)).join(',');
  const lines = rows.map((r) => MANIFEST_COLUMNS.map(([k]) => csvField(r[k])).join(','));
  const json = rows.map((r) => Object.fromEntries(MANIFEST_COLUMNS.map(([k, h]) => [h, r[k]])));
  return { csv: `${[head, ...lines].join('\r\n')}\r\n`, json: `${JSON.stringify(json, null, 2)}\n` };
}
