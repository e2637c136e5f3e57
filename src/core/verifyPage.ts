// The public verification page's answer (issue 13 item 2), pure: a code looked up in the registry rows the add-on
// keeps (`Registri Verifikasi`, core/registry.ts), answered exactly three ways: valid (its public fields), revoked or
// superseded (with the reason, and the replacement when it is found), or unknown ("tidak ditemukan": never a list,
// never a hint of another code; a malformed or empty code is unknown too). The HTML is plain Indonesian, readable on
// a phone, every value escaped. The web app itself (verify/main.ts) only reads the sheets and serves this.

import { VERIFY_TEXT as T } from '../text/id/verifyPage';
import { REGISTRY_STATUSES, type RegistryRecord } from './registry';
import { OUTPUTS } from './schema';
import { formatCode, isCode, normalizeCode } from './verificationCode';

export const REGISTRY_SHEET = OUTPUTS.registry.name;

/** The registry's headers (src/core/schema.ts OUTPUTS.registry, the one contract), by the field each holds. */
export const REGISTRY_HEADERS = Object.fromEntries(
  OUTPUTS.registry.columns.map((c) => [c.key, c.header]),
) as Readonly<Record<keyof RegistryRecord, string>>;

/** How many top rows may hold the header (a banner row may come first). */
const HEADER_SCAN = 5;

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** The records of one registry sheet's values (header found by its names); [] when it is not a registry. */
export function recordsOf(values: readonly (readonly unknown[])[]): RegistryRecord[] {
  const fields = Object.keys(REGISTRY_HEADERS) as Array<keyof RegistryRecord>;
  for (let h = 0; h < Math.min(HEADER_SCAN, values.length); h++) {
    const head = values[h].map(cell);
    const at = fields.map((f) => head.indexOf(REGISTRY_HEADERS[f]));
    const column = (f: keyof RegistryRecord) => at[fields.indexOf(f)];
    if (column('code') < 0 || column('number') < 0 || column('status') < 0) continue;
    const out: RegistryRecord[] = [];
    for (const row of values.slice(h + 1)) {
      const r = Object.fromEntries(fields.map((f, i) => [f, at[i] < 0 ? '' : cell(row[at[i]])])) as Record<
        keyof RegistryRecord,
        string
      >;
      const code = normalizeCode(r.code);
      if (!isCode(code)) continue;
      const status = REGISTRY_STATUSES.find((s) => s === r.status) ?? 'Berlaku';
      out.push({ ...r, code, status });
    }
    return out;
  }
  return [];
}

export type Answer =
  | { kind: 'valid'; record: RegistryRecord }
  | { kind: 'revoked'; record: RegistryRecord }
  | { kind: 'superseded'; record: RegistryRecord; replacement: RegistryRecord | null }
  | { kind: 'unknown'; asked: boolean };

/** The answer for what was typed or scanned, from every registry's records. */
export function answer(input: unknown, records: readonly RegistryRecord[]): Answer {
  const raw = typeof input === 'string' ? input : '';
  const code = normalizeCode(raw.slice(0, 64));
  if (!isCode(code)) return { kind: 'unknown', asked: raw.trim() !== '' };
  const record = records.find((r) => r.code === code);
  if (!record) return { kind: 'unknown', asked: true };
  if (record.status === 'Dicabut') return { kind: 'revoked', record };
  if (record.status === 'Diganti') {
    const replacement =
      records.find(
        (r) => r.number === record.replacedBy && r.kind === record.kind && r.status !== 'Diganti',
      ) ?? null;
    return { kind: 'superseded', record, replacement };
  }
  return { kind: 'valid', record };
}

/** The public fields of a record (the JSON answer and the page show exactly these). */
export function publicFields(r: RegistryRecord) {
  return {
    kode: formatCode(r.code),
    nomor: r.number,
    jenis: r.kind,
    nama: r.name,
    nip: r.nip,
    kegiatan: r.training,
    tanggal: r.dates,
    jp: r.jp,
    penerbit: r.issuer,
    tanggalTerbit: r.issued,
    status: r.status,
  };
}

/** The JSON answer (format=json): the same three answers, public fields only. */
export function answerJson(a: Answer): Record<string, unknown> {
  if (a.kind === 'unknown') return { hasil: 'tidak ditemukan' };
  if (a.kind === 'valid') return { hasil: 'berlaku', sertifikat: publicFields(a.record) };
  if (a.kind === 'revoked')
    return { hasil: 'dicabut', alasan: a.record.reason, sertifikat: publicFields(a.record) };
  return {
    hasil: 'diganti',
    alasan: a.record.reason,
    digantiOleh: a.record.replacedBy,
    sertifikat: publicFields(a.record),
    pengganti: a.replacement ? publicFields(a.replacement) : null,
  };
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function table(r: RegistryRecord): string {
  const rows: Array<[string, string]> = [
    [T.number, r.number],
    [T.kind, r.kind],
    [T.name, r.name],
    [T.nip, r.nip],
    [T.training, r.training],
    [T.dates, r.dates],
    [T.jp, r.jp],
    [T.issued, r.issued],
    [T.code, formatCode(r.code)],
  ];
  return `<dl>${rows
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('')}</dl>`;
}

/**
 * The page for an answer; `issuer` names the issuing agency when the record does not (the not-found page);
 * `unavailable`: the registry could not be read, said instead of the introduction (never "not found").
 */
export function answerHtml(a: Answer, issuer: string, typed = '', unavailable = false): string {
  const who = a.kind === 'unknown' ? issuer : a.record.issuer || issuer;
  let body: string;
  if (a.kind === 'valid') {
    body = `<p class="result ok" role="status">${escapeHtml(T.valid)}</p>${table(a.record)}`;
  } else if (a.kind === 'revoked') {
    body =
      `<p class="result bad" role="status">${escapeHtml(T.revoked)}</p>` +
      (a.record.reason ? `<p>${escapeHtml(T.reason)}: ${escapeHtml(a.record.reason)}</p>` : '') +
      table(a.record);
  } else if (a.kind === 'superseded') {
    body =
      `<p class="result warn" role="status">${escapeHtml(T.superseded(a.record.replacedBy))}</p>` +
      (a.record.reason ? `<p>${escapeHtml(T.reason)}: ${escapeHtml(a.record.reason)}</p>` : '') +
      table(a.record) +
      (a.replacement
        ? `<h2>${escapeHtml(T.replacement)}</h2><p class="result ok">${escapeHtml(T.valid)}</p>${table(a.replacement)}`
        : '');
  } else {
    body = a.asked
      ? `<p class="result bad" role="status">${escapeHtml(T.unknown)}</p><p>${escapeHtml(T.unknownHelp)}</p>`
      : `<p${unavailable ? ' class="result warn" role="status"' : ''}>${escapeHtml(unavailable ? T.unavailable : T.intro)}</p>`;
  }
  const form =
    `<form method="get"><label for="kode">${escapeHtml(T.codeLabel)}</label>` +
    `<input id="kode" name="kode" autocomplete="off" spellcheck="false" maxlength="20" placeholder="XXXX-XXXX-XXXX" value="${escapeHtml(a.kind === 'unknown' ? typed.slice(0, 20) : '')}">` +
    `<button type="submit">${escapeHtml(T.check)}</button></form>`;
  return (
    `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(T.title)}</title>` +
    `<style>${CSS}</style></head><body><main><header><p class="issuer">${escapeHtml(who)}</p>` +
    `<h1>${escapeHtml(T.title)}</h1></header>${body}${form}<footer>${escapeHtml(T.footer)}</footer></main></body></html>`
  );
}

// colours as rgb(): a hex colour before `;` reads like a private field to the bundle check (tools/build.ts)
const CSS = [
  'body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:rgb(31,31,31);background:rgb(246,247,249)}',
  'main{max-width:560px;margin:0 auto;padding:16px}',
  'header{border-bottom:2px solid rgb(11,79,138);margin-bottom:12px}',
  '.issuer{margin:0;font-weight:600;color:rgb(11,79,138);text-transform:uppercase;font-size:14px}',
  'h1{font-size:22px;margin:4px 0 10px}h2{font-size:18px;margin:18px 0 6px}',
  '.result{padding:10px 12px;border-radius:6px;font-weight:700;margin:8px 0}',
  '.ok{background:rgb(230,244,234);color:rgb(13,83,35)}.bad{background:rgb(252,232,230);color:rgb(140,29,24)}.warn{background:rgb(254,247,224);color:rgb(107,74,0)}',
  'dl{background:rgb(255,255,255);padding:4px 12px 10px;border-radius:6px;margin:8px 0}',
  'dt{color:rgb(68,68,68);font-size:14px;margin-top:8px}dd{margin:0;font-weight:600;overflow-wrap:break-word}',
  'form{margin-top:16px;display:flex;flex-wrap:wrap;gap:8px;align-items:center}',
  'label{width:100%}input{flex:1 1 12em;font-size:18px;padding:8px;border:1px solid rgb(118,118,118);border-radius:4px;letter-spacing:1px}',
  'button{font-size:16px;padding:9px 16px;border:0;border-radius:4px;background:rgb(11,79,138);color:rgb(255,255,255)}',
  'footer{margin-top:20px;font-size:13px;color:rgb(68,68,68)}',
].join('');
