// Certificate pre-flight, pure: from a run as planned and frozen (ledger rows with their print values), what the
// templates hold and the settings, the errors that stop a run before any file is made and the warnings to show.
// The Drive, Docs and Mail look-ups it needs are made by src/features/certificateStart.ts and passed in as data.

import { PREFLIGHT_TEXT as T } from '../text/id/certificates';
import { runWork } from './certificateJob';
import {
  type CertKind,
  checkNumberFormat,
  FILE_PROPS,
  findPlaceholders,
  type LedgerRow,
  ledgerKey,
  MAX_PROPERTY_BYTES,
  MAY_BE_EMPTY,
  type PlaceholderName,
  printedValues,
  REQUIRED_PLACEHOLDERS,
  type TemplateScan,
  utf8Length,
} from './certificates';
import { formatDateLong } from './dates';
import type { Settings } from './settings';
import { TAG_PLACEHOLDER } from './tte';

/** A template as pre-flight found it. */
export type TemplateCheck =
  | { state: 'missing' }
  | { state: 'unreadable' }
  | { state: 'ok'; scan: TemplateScan };

export type PreflightSettings = Pick<
  Settings,
  | 'certificateNumberFormat'
  | 'charterNumberFormat'
  | 'speakerNumberFormat'
  | 'certificateMode'
  | 'emailSubject'
  | 'emailBody'
>;

export interface PreflightInput {
  /** The run's ledger rows, planned and frozen (not yet written). */
  rows: readonly LedgerRow[];
  eligible: ReadonlySet<string>;
  email: boolean;
  /** Why this admin's runs cannot go on (another admin's templates, rows another run left open), as messages. */
  blockers: readonly string[];
  /** The template of each kind with work, when it was looked at (not when a blocker stopped the look). */
  templates: ReadonlyMap<CertKind, TemplateCheck>;
  settings: PreflightSettings;
  /** Each training's issue date (its end, else its start). */
  trainings: ReadonlyArray<{ code: string; issued: Date | null }>;
  now: Date;
  /** E-mail recipients left today (asked of Google only for an e-mail run). */
  emailQuota: number | null;
  /** Bytes the run keeps of the e-mail subject and body at most (see core/certificateJob.ts). */
  maxEmailBytes: number;
  /** Cetak Predikat is not "Ya": an empty Predikat or Nilai Akhir is the policy's, not missing data. */
  gradeHidden?: boolean;
}

export interface PreflightReport {
  errors: string[];
  warnings: string[];
  /** Certificates and charters still to be made. */
  toIssue: number;
}

export const numberFormatOf = (
  s: Pick<Settings, 'certificateNumberFormat' | 'charterNumberFormat' | 'speakerNumberFormat'>,
  kind: CertKind,
): string => numberFormats(s)[kind];

/** Each kind's Format Nomor (the one map from kind to setting; a run keeps it in its RunSettings). */
export const numberFormats = (
  s: Pick<Settings, 'certificateNumberFormat' | 'charterNumberFormat' | 'speakerNumberFormat'>,
): Record<CertKind, string> => ({
  Sertifikat: s.certificateNumberFormat,
  Piagam: s.charterNumberFormat,
  'Sertifikat Narasumber': s.speakerNumberFormat,
});

/** The rows pre-flight judges: those the run would make a file for or e-mail. */
export function preflightWork(rows: readonly LedgerRow[], eligible: ReadonlySet<string>, email: boolean) {
  return runWork(rows, eligible, { email, attempts: {} });
}

const who = (r: LedgerRow) => T.who(r.name, r.nip);

export function certificatePreflight(input: PreflightInput): PreflightReport {
  const { settings } = input;
  const errors = [...input.blockers];
  const warnings: string[] = [];
  const work = preflightWork(input.rows, input.eligible, input.email);
  const kinds = [...new Set(work.map((r) => r.kind))];
  templateProblems(input.templates, errors, warnings);
  for (const kind of kinds)
    for (const m of checkNumberFormat(numberFormatOf(settings, kind))) errors.push(T.numberFormat(kind, m));
  missingValues(work, input.templates, errors, warnings, input.gradeHidden === true);
  // a file's key property (key and value) must fit Drive's 124 bytes
  const tooLong = work.filter(
    (r) => utf8Length(FILE_PROPS.key) + utf8Length(ledgerKey(r)) > MAX_PROPERTY_BYTES,
  );
  for (const code of new Set(tooLong.map((r) => r.trainingCode))) errors.push(T.codeTooLong(code));
  // and so must the number it prints (kept on the file so the ledger can be checked against it)
  const longNumber = work.find(
    (r) => utf8Length(FILE_PROPS.number) + utf8Length(r.number) > MAX_PROPERTY_BYTES,
  );
  if (longNumber) errors.push(T.numberTooLong(longNumber.kind, longNumber.number));
  for (const t of input.trainings) {
    if (t.issued && t.issued.getTime() > input.now.getTime() && work.some((r) => r.trainingCode === t.code))
      warnings.push(T.notFinished(t.code, formatDateLong(t.issued)));
  }
  if (input.email) emailProblems(input, work, errors, warnings);
  const toIssue = work.filter((r) => !r.pdf).length;
  if (toIssue > 0)
    warnings.push(
      settings.certificateMode === 'Dokumen dan PDF' ? T.toIssueDocs(toIssue) : T.toIssuePdf(toIssue),
    );
  return { errors, warnings, toIssue };
}

function templateProblems(
  templates: ReadonlyMap<CertKind, TemplateCheck>,
  errors: string[],
  warnings: string[],
): void {
  for (const [kind, t] of templates) {
    if (t.state === 'missing') errors.push(T.templateMissing(kind));
    if (t.state === 'unreadable') errors.push(T.templateUnreadable(kind));
    if (t.state !== 'ok') continue;
    for (const f of t.scan.placeholders)
      if (!f.name) errors.push(T.templateUnknownPlaceholder(kind, f.raw, f.suggestion));
    for (const b of t.scan.broken) warnings.push(T.brokenPlaceholder(kind, b));
    const holds = (name: PlaceholderName) => t.scan.placeholders.some((f) => f.name === name);
    if (kind === 'Piagam' && !holds('Peringkat')) warnings.push(T.charterWithoutRank);
    if (!holds('QR Verifikasi')) warnings.push(T.templateWithoutQr(kind, holds('Kode Verifikasi')));
  }
}

/** Values a used placeholder needs, per training, kind and placeholder: an Error when the certificate needs it. */
function missingValues(
  work: readonly LedgerRow[],
  templates: ReadonlyMap<CertKind, TemplateCheck>,
  errors: string[],
  warnings: string[],
  gradeHidden: boolean,
): void {
  const missing = new Map<string, { kind: CertKind; code: string; name: PlaceholderName; who: string[] }>();
  for (const r of work) {
    const t = templates.get(r.kind);
    if (t?.state !== 'ok') continue;
    const values = printedValues(r);
    for (const f of t.scan.placeholders) {
      // the TTE tag prints the run's setting, not the row's (judged by core/tte.ts tteTemplateErrors)
      if (!f.name || values[f.name] !== '' || f.name === TAG_PLACEHOLDER) continue;
      if (gradeHidden && (f.name === 'Predikat' || f.name === 'Nilai Akhir')) continue;
      if (MAY_BE_EMPTY.has(f.name)) continue;
      const k = `${r.trainingCode}|${r.kind}|${f.name}`;
      const m = missing.get(k) ?? { kind: r.kind, code: r.trainingCode, name: f.name, who: [] };
      m.who.push(who(r));
      missing.set(k, m);
    }
  }
  for (const m of missing.values()) {
    const text = T.missingValue(m.kind, m.code, m.who.length, m.name, m.who);
    // only a charter needs a rank: a Sertifikat of an unranked participant, or a speaker's, has none
    const required = REQUIRED_PLACEHOLDERS.has(m.name) && !(m.name === 'Peringkat' && m.kind !== 'Piagam');
    if (required) errors.push(T.missingRequired(text));
    else warnings.push(T.missingOptional(text));
  }
}

function emailProblems(
  input: PreflightInput,
  work: readonly LedgerRow[],
  errors: string[],
  warnings: string[],
) {
  const { settings } = input;
  for (const [label, text] of [
    ['Subjek Email', settings.emailSubject],
    ['Isi Email', settings.emailBody],
  ] as const) {
    for (const f of findPlaceholders(text))
      if (!f.name) errors.push(T.settingUnknownPlaceholder(label, f.raw, f.suggestion));
  }
  const bytes = utf8Length(settings.emailSubject) + utf8Length(settings.emailBody);
  if (bytes > input.maxEmailBytes) errors.push(T.emailTooLong(bytes, input.maxEmailBytes));
  const noAddress = input.rows.filter(
    (r) => input.eligible.has(ledgerKey(r)) && r.kind === 'Sertifikat' && !r.email,
  );
  if (noAddress.length) warnings.push(T.noAddress(noAddress.length, noAddress.map(who)));
  const emailTo = work.filter(
    (r) => r.email !== '' && r.status !== 'Terkirim' && r.status !== 'Mengirim',
  ).length;
  if (input.emailQuota !== null && emailTo > input.emailQuota)
    warnings.push(T.emailQuota(input.emailQuota, emailTo));
}
