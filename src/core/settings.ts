// Settings (`Pengaturan`, DESIGN §4.8): keys, defaults, and parsing of the key/value rows.

import { DEFAULT_EMAIL, SETTING_HELP } from '../text/id/rules';
import type { SettingKind } from './problemCodes';
import { Problems } from './problems';
import { headerKey } from './schema';

export type DuplicatePolicy = 'Pertama' | 'Terakhir' | 'Tertinggi';
export type JpCreditPolicy = 'Bersertifikat' | 'Sesuai Kehadiran';
export type CertificateMode = 'PDF' | 'Dokumen dan PDF';

/** A band: the label applies when the value is ≥ min (bands sorted high to low; the last has min −Infinity). */
export interface Band {
  min: number;
  label: string;
}

export interface Settings {
  minutesPerJp: number;
  targetJp: number;
  attendanceThreshold: number;
  weightPost: number;
  weightActivity: number;
  weightTask: number;
  weightAttendance: number;
  awardCount: number;
  duplicatePolicy: DuplicatePolicy;
  evaluationScale: number;
  jpCredit: JpCreditPolicy;
  /** Predikat bands, high to low. */
  predicateBands: Band[];
  /** Evaluation (SKM) bands on Indeks, high to low. */
  evaluationBands: Band[];
  certificateNumberFormat: string;
  charterNumberFormat: string;
  certificateMode: CertificateMode;
  sendEmail: boolean;
  emailSubject: string;
  emailBody: string;
}

type Kind = SettingKind;

/** One settings key as the admin sees it in `Pengaturan`. */
export interface SettingDef {
  key: string;
  default: string | number;
  kind: Kind;
  help: string;
  apply(s: Settings, v: string | number | boolean): void;
}

const num = (v: string | number | boolean) => Number(v);

function band(list: 'predicateBands' | 'evaluationBands', label: string) {
  return (s: Settings, v: string | number | boolean) => {
    const b = s[list].find((x) => x.label === label);
    if (b) b.min = num(v);
  };
}

export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: 'Menit per JP',
    default: 45,
    kind: { t: 'number', min: 1, max: 240 },
    help: SETTING_HELP['Menit per JP'],
    apply: (s, v) => {
      s.minutesPerJp = num(v);
    },
  },
  {
    key: 'Target JP per Tahun',
    default: 20,
    kind: { t: 'number', min: 0, max: 1000 },
    help: SETTING_HELP['Target JP per Tahun'],
    apply: (s, v) => {
      s.targetJp = num(v);
    },
  },
  {
    key: 'Batas Kehadiran Sertifikat (%)',
    default: 80,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Kehadiran Sertifikat (%)'],
    apply: (s, v) => {
      s.attendanceThreshold = num(v);
    },
  },
  {
    key: 'Bobot Post-Test',
    default: 60,
    kind: { t: 'number', min: 0, max: 1000 },
    help: SETTING_HELP['Bobot Post-Test'],
    apply: (s, v) => {
      s.weightPost = num(v);
    },
  },
  {
    key: 'Bobot Keaktifan',
    default: 20,
    kind: { t: 'number', min: 0, max: 1000 },
    help: SETTING_HELP['Bobot Keaktifan'],
    apply: (s, v) => {
      s.weightActivity = num(v);
    },
  },
  {
    key: 'Bobot Tugas',
    default: 10,
    kind: { t: 'number', min: 0, max: 1000 },
    help: SETTING_HELP['Bobot Tugas'],
    apply: (s, v) => {
      s.weightTask = num(v);
    },
  },
  {
    key: 'Bobot Kehadiran',
    default: 10,
    kind: { t: 'number', min: 0, max: 1000 },
    help: SETTING_HELP['Bobot Kehadiran'],
    apply: (s, v) => {
      s.weightAttendance = num(v);
    },
  },
  {
    key: 'Jumlah Piagam',
    default: 5,
    kind: { t: 'number', min: 0, max: 100, integer: true },
    help: SETTING_HELP['Jumlah Piagam'],
    apply: (s, v) => {
      s.awardCount = num(v);
    },
  },
  {
    key: 'Respons Ganda',
    default: 'Pertama',
    kind: { t: 'choice', choices: ['Pertama', 'Terakhir', 'Tertinggi'] },
    help: SETTING_HELP['Respons Ganda'],
    apply: (s, v) => {
      s.duplicatePolicy = String(v) as DuplicatePolicy;
    },
  },
  {
    key: 'Skala Evaluasi',
    default: 4,
    kind: { t: 'number', min: 2, max: 10, integer: true },
    help: SETTING_HELP['Skala Evaluasi'],
    apply: (s, v) => {
      s.evaluationScale = num(v);
    },
  },
  {
    key: 'Pengakuan JP',
    default: 'Bersertifikat',
    kind: { t: 'choice', choices: ['Bersertifikat', 'Sesuai Kehadiran'] },
    help: SETTING_HELP['Pengakuan JP'],
    apply: (s, v) => {
      s.jpCredit = String(v) as JpCreditPolicy;
    },
  },
  {
    key: 'Batas Predikat Sangat Memuaskan',
    default: 90.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Predikat Sangat Memuaskan'],
    apply: band('predicateBands', 'Sangat Memuaskan'),
  },
  {
    key: 'Batas Predikat Memuaskan',
    default: 80.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Predikat Memuaskan'],
    apply: band('predicateBands', 'Memuaskan'),
  },
  {
    key: 'Batas Predikat Cukup Memuaskan',
    default: 70.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Predikat Cukup Memuaskan'],
    apply: band('predicateBands', 'Cukup Memuaskan'),
  },
  {
    key: 'Batas Predikat Kurang Memuaskan',
    default: 60.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Predikat Kurang Memuaskan'],
    apply: band('predicateBands', 'Kurang Memuaskan'),
  },
  {
    key: 'Batas Evaluasi Sangat Baik',
    default: 88.31,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Evaluasi Sangat Baik'],
    apply: band('evaluationBands', 'Sangat Baik'),
  },
  {
    key: 'Batas Evaluasi Baik',
    default: 76.61,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Evaluasi Baik'],
    apply: band('evaluationBands', 'Baik'),
  },
  {
    key: 'Batas Evaluasi Kurang Baik',
    default: 65,
    kind: { t: 'number', min: 0, max: 100 },
    help: SETTING_HELP['Batas Evaluasi Kurang Baik'],
    apply: band('evaluationBands', 'Kurang Baik'),
  },
  {
    key: 'Format Nomor Sertifikat',
    default: '{nomor:3}/DOU-ASN/{kode}/{tahun}',
    kind: { t: 'text' },
    help: SETTING_HELP['Format Nomor Sertifikat'],
    apply: (s, v) => {
      s.certificateNumberFormat = String(v);
    },
  },
  {
    key: 'Format Nomor Piagam',
    default: '{nomor:3}/PIAGAM/DOU-ASN/{kode}/{tahun}',
    kind: { t: 'text' },
    help: SETTING_HELP['Format Nomor Piagam'],
    apply: (s, v) => {
      s.charterNumberFormat = String(v);
    },
  },
  {
    key: 'Mode Sertifikat',
    default: 'PDF',
    kind: { t: 'choice', choices: ['PDF', 'Dokumen dan PDF'] },
    help: SETTING_HELP['Mode Sertifikat'],
    apply: (s, v) => {
      s.certificateMode = String(v) as CertificateMode;
    },
  },
  {
    key: 'Kirim Email',
    default: 'Tidak',
    kind: { t: 'yesno' },
    help: SETTING_HELP['Kirim Email'],
    apply: (s, v) => {
      s.sendEmail = v === true;
    },
  },
  {
    key: 'Subjek Email',
    default: DEFAULT_EMAIL.subject,
    kind: { t: 'text' },
    help: SETTING_HELP['Subjek Email'],
    apply: (s, v) => {
      s.emailSubject = String(v);
    },
  },
  {
    key: 'Isi Email',
    default: DEFAULT_EMAIL.body,
    kind: { t: 'text' },
    help: SETTING_HELP['Isi Email'],
    apply: (s, v) => {
      s.emailBody = String(v);
    },
  },
];

/**
 * The defaults: every SETTING_DEFS default applied as if typed in `Pengaturan`, so the table the admin sees and
 * the values the rules use cannot disagree. The skeleton only names the fields and the band labels.
 */
export function defaultSettings(): Settings {
  const labels = (names: readonly string[]): Band[] =>
    names.map((label) => ({ min: Number.NEGATIVE_INFINITY, label }));
  const s: Settings = {
    minutesPerJp: 0,
    targetJp: 0,
    attendanceThreshold: 0,
    weightPost: 0,
    weightActivity: 0,
    weightTask: 0,
    weightAttendance: 0,
    awardCount: 0,
    duplicatePolicy: 'Pertama',
    evaluationScale: 0,
    jpCredit: 'Bersertifikat',
    // high to low; the last band of each has no setting and keeps min −Infinity
    predicateBands: labels([
      'Sangat Memuaskan',
      'Memuaskan',
      'Cukup Memuaskan',
      'Kurang Memuaskan',
      'Tidak Memuaskan',
    ]),
    evaluationBands: labels(['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik']),
    certificateNumberFormat: '',
    charterNumberFormat: '',
    certificateMode: 'PDF',
    sendEmail: false,
    emailSubject: '',
    emailBody: '',
  };
  for (const d of SETTING_DEFS) d.apply(s, readValue(d.kind, d.default) as string | number | boolean);
  return s;
}

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** A `Pengaturan` row as read: key and value cells and the sheet row. */
export interface SettingRow {
  row: number;
  key: unknown;
  value: unknown;
}

/**
 * Reads settings rows over the defaults. A missing key takes its default; an unreadable value is an
 * Error naming the row (and the default is kept); an unknown key is a Peringatan.
 */
export function parseSettings(
  rows: readonly SettingRow[],
  sheet = 'Pengaturan',
): { settings: Settings; problems: Problems } {
  const settings = defaultSettings();
  const problems = new Problems();
  // keys match as headers do (case, spaces and punctuation ignored), the same test Setup uses to add missing keys
  const defs = new Map(SETTING_DEFS.map((d) => [headerKey(d.key), d]));
  const seen = new Set<string>();
  for (const r of rows) {
    const keyText = typeof r.key === 'string' ? r.key : String(r.key ?? '');
    if (!keyText.trim()) continue;
    const def = defs.get(headerKey(keyText));
    if (!def) {
      problems.add('setting.unknown', { sheet, row: r.row, column: 'Pengaturan' }, { key: keyText.trim() });
      continue;
    }
    if (seen.has(def.key)) {
      problems.add('setting.duplicate', { sheet, row: r.row, column: 'Pengaturan' }, { key: def.key });
      continue;
    }
    seen.add(def.key);
    const raw = r.value;
    if (raw === '' || raw === null || raw === undefined) continue; // blank → default
    const v = readValue(def.kind, raw);
    if (v === undefined) {
      problems.add(
        'setting.invalid',
        { sheet, row: r.row, column: 'Nilai' },
        { text: String(raw), key: def.key, fallback: String(def.default), kind: def.kind },
      );
      continue;
    }
    def.apply(settings, v);
  }
  const weights =
    settings.weightPost + settings.weightActivity + settings.weightTask + settings.weightAttendance;
  if (weights <= 0) {
    problems.add('setting.weightsZero', { sheet, row: null, column: 'Nilai' });
    const d = defaultSettings();
    settings.weightPost = d.weightPost;
    settings.weightActivity = d.weightActivity;
    settings.weightTask = d.weightTask;
    settings.weightAttendance = d.weightAttendance;
  }
  settings.predicateBands.sort((a, b) => b.min - a.min);
  settings.evaluationBands.sort((a, b) => b.min - a.min);
  return { settings, problems };
}

function readValue(kind: Kind, raw: unknown): string | number | boolean | undefined {
  switch (kind.t) {
    case 'number': {
      let n: number;
      if (typeof raw === 'number') n = raw;
      else if (typeof raw === 'string' && /^\s*-?\d+([.,]\d+)?\s*%?\s*$/.test(raw))
        n = Number(raw.replace(',', '.').replace('%', ''));
      else return undefined;
      if (!Number.isFinite(n)) return undefined;
      if (kind.min !== undefined && n < kind.min) return undefined;
      if (kind.max !== undefined && n > kind.max) return undefined;
      if (kind.integer && !Number.isInteger(n)) return undefined;
      return n;
    }
    case 'choice': {
      const t = collapse(String(raw));
      return kind.choices.find((c) => collapse(c) === t);
    }
    case 'yesno': {
      if (raw === true || raw === false) return raw;
      const t = collapse(String(raw));
      if (['ya', 'yes', 'true', 'y'].includes(t)) return true;
      if (['tidak', 'no', 'false', 't', 'n'].includes(t)) return false;
      return undefined;
    }
    case 'text':
      return String(raw);
  }
}

/** The label of the first band whose min ≤ value. */
export function bandLabel(bands: readonly Band[], value: number): string {
  for (const b of bands) if (value >= b.min) return b.label;
  return bands[bands.length - 1]?.label ?? '';
}
