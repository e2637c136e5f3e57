// Settings (`Pengaturan`, DESIGN §4.8): keys, defaults, and parsing of the key/value rows.

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

type Kind =
  | { t: 'number'; min?: number; max?: number; integer?: boolean }
  | { t: 'choice'; choices: readonly string[] }
  | { t: 'yesno' }
  | { t: 'text' };

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
    help: 'Lama 1 JP dalam menit.',
    apply: (s, v) => {
      s.minutesPerJp = num(v);
    },
  },
  {
    key: 'Target JP per Tahun',
    default: 20,
    kind: { t: 'number', min: 0, max: 1000 },
    help: 'Hak pengembangan kompetensi per ASN per tahun.',
    apply: (s, v) => {
      s.targetJp = num(v);
    },
  },
  {
    key: 'Batas Kehadiran Sertifikat (%)',
    default: 80,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Kehadiran minimal untuk mendapat sertifikat.',
    apply: (s, v) => {
      s.attendanceThreshold = num(v);
    },
  },
  {
    key: 'Bobot Post-Test',
    default: 60,
    kind: { t: 'number', min: 0, max: 1000 },
    help: 'Bobot nilai post-test dalam Nilai Akhir.',
    apply: (s, v) => {
      s.weightPost = num(v);
    },
  },
  {
    key: 'Bobot Keaktifan',
    default: 20,
    kind: { t: 'number', min: 0, max: 1000 },
    help: 'Bobot nilai keaktifan.',
    apply: (s, v) => {
      s.weightActivity = num(v);
    },
  },
  {
    key: 'Bobot Tugas',
    default: 10,
    kind: { t: 'number', min: 0, max: 1000 },
    help: 'Bobot nilai tugas.',
    apply: (s, v) => {
      s.weightTask = num(v);
    },
  },
  {
    key: 'Bobot Kehadiran',
    default: 10,
    kind: { t: 'number', min: 0, max: 1000 },
    help: 'Bobot persentase kehadiran.',
    apply: (s, v) => {
      s.weightAttendance = num(v);
    },
  },
  {
    key: 'Jumlah Piagam',
    default: 5,
    kind: { t: 'number', min: 0, max: 100, integer: true },
    help: 'Peringkat teratas yang mendapat Piagam Penghargaan.',
    apply: (s, v) => {
      s.awardCount = num(v);
    },
  },
  {
    key: 'Respons Ganda',
    default: 'Pertama',
    kind: { t: 'choice', choices: ['Pertama', 'Terakhir', 'Tertinggi'] },
    help: 'Respons yang dipakai bila satu NIP mengisi lebih dari sekali.',
    apply: (s, v) => {
      s.duplicatePolicy = String(v) as DuplicatePolicy;
    },
  },
  {
    key: 'Skala Evaluasi',
    default: 4,
    kind: { t: 'number', min: 2, max: 10, integer: true },
    help: 'Skala penilaian evaluasi (1 sampai Skala).',
    apply: (s, v) => {
      s.evaluationScale = num(v);
    },
  },
  {
    key: 'Pengakuan JP',
    default: 'Bersertifikat',
    kind: { t: 'choice', choices: ['Bersertifikat', 'Sesuai Kehadiran'] },
    help: 'JP diakui bila bersertifikat, atau sesuai sesi yang dihadiri.',
    apply: (s, v) => {
      s.jpCredit = String(v) as JpCreditPolicy;
    },
  },
  {
    key: 'Batas Predikat Sangat Memuaskan',
    default: 90.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Nilai Akhir minimal untuk predikat ini (bukan tabel resmi LAN).',
    apply: band('predicateBands', 'Sangat Memuaskan'),
  },
  {
    key: 'Batas Predikat Memuaskan',
    default: 80.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Nilai Akhir minimal untuk predikat ini.',
    apply: band('predicateBands', 'Memuaskan'),
  },
  {
    key: 'Batas Predikat Cukup Memuaskan',
    default: 70.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Nilai Akhir minimal untuk predikat ini.',
    apply: band('predicateBands', 'Cukup Memuaskan'),
  },
  {
    key: 'Batas Predikat Kurang Memuaskan',
    default: 60.01,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Nilai Akhir minimal untuk predikat ini.',
    apply: band('predicateBands', 'Kurang Memuaskan'),
  },
  {
    key: 'Batas Evaluasi Sangat Baik',
    default: 88.31,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Indeks minimal (Permenpan RB 14/2017).',
    apply: band('evaluationBands', 'Sangat Baik'),
  },
  {
    key: 'Batas Evaluasi Baik',
    default: 76.61,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Indeks minimal (Permenpan RB 14/2017).',
    apply: band('evaluationBands', 'Baik'),
  },
  {
    key: 'Batas Evaluasi Kurang Baik',
    default: 65,
    kind: { t: 'number', min: 0, max: 100 },
    help: 'Indeks minimal (Permenpan RB 14/2017).',
    apply: band('evaluationBands', 'Kurang Baik'),
  },
  {
    key: 'Format Nomor Sertifikat',
    default: '{nomor:3}/DOU-ASN/{kode}/{tahun}',
    kind: { t: 'text' },
    help: 'Kode: {nomor:N}, {kode}, {tahun}, {bulan}, {bulan_romawi}.',
    apply: (s, v) => {
      s.certificateNumberFormat = String(v);
    },
  },
  {
    key: 'Format Nomor Piagam',
    default: '{nomor:3}/PIAGAM/DOU-ASN/{kode}/{tahun}',
    kind: { t: 'text' },
    help: 'Kode: {nomor:N}, {kode}, {tahun}, {bulan}, {bulan_romawi}.',
    apply: (s, v) => {
      s.charterNumberFormat = String(v);
    },
  },
  {
    key: 'Mode Sertifikat',
    default: 'PDF',
    kind: { t: 'choice', choices: ['PDF', 'Dokumen dan PDF'] },
    help: 'PDF saja (hemat kuota), atau Google Dokumen dan PDF.',
    apply: (s, v) => {
      s.certificateMode = String(v) as CertificateMode;
    },
  },
  {
    key: 'Kirim Email',
    default: 'Tidak',
    kind: { t: 'yesno' },
    help: 'Kirim PDF sertifikat ke email peserta.',
    apply: (s, v) => {
      s.sendEmail = v === true;
    },
  },
  {
    key: 'Subjek Email',
    default: 'Sertifikat {{Tema}}',
    kind: { t: 'text' },
    help: 'Subjek email; boleh memakai {{Nama}}, {{Tema}}, dll.',
    apply: (s, v) => {
      s.emailSubject = String(v);
    },
  },
  {
    key: 'Isi Email',
    default:
      'Yth. {{Nama}},\n\nTerlampir sertifikat Anda untuk kegiatan {{Tema}} ({{Tanggal Pelaksanaan}}).\n\nSalam,\nPanitia DOU ASN',
    kind: { t: 'text' },
    help: 'Isi email; boleh memakai {{Nama}}, {{Tema}}, dll.',
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
      problems.warn(
        sheet,
        r.row,
        'Pengaturan',
        `Pengaturan "${keyText.trim()}" tidak dikenal dan diabaikan.`,
        'Periksa ejaan nama pengaturan.',
      );
      continue;
    }
    if (seen.has(def.key)) {
      problems.warn(
        sheet,
        r.row,
        'Pengaturan',
        `Pengaturan "${def.key}" ditulis lebih dari sekali; yang pertama dipakai.`,
        'Hapus baris ganda.',
      );
      continue;
    }
    seen.add(def.key);
    const raw = r.value;
    if (raw === '' || raw === null || raw === undefined) continue; // blank → default
    const v = readValue(def.kind, raw);
    if (v === undefined) {
      problems.error(
        sheet,
        r.row,
        'Nilai',
        `Nilai "${String(raw)}" untuk "${def.key}" tidak dapat dibaca; nilai bawaan ${String(def.default)} dipakai.`,
        describeKind(def.kind),
      );
      continue;
    }
    def.apply(settings, v);
  }
  const weights =
    settings.weightPost + settings.weightActivity + settings.weightTask + settings.weightAttendance;
  if (weights <= 0) {
    problems.error(
      sheet,
      null,
      'Nilai',
      'Jumlah semua bobot Nilai Akhir adalah 0.',
      'Isi setidaknya satu bobot lebih dari 0.',
    );
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

function describeKind(kind: Kind): string {
  switch (kind.t) {
    case 'number':
      return `Isi dengan angka${kind.min !== undefined ? ` antara ${kind.min}` : ''}${kind.max !== undefined ? ` dan ${kind.max}` : ''}${kind.integer ? ' (bilangan bulat)' : ''}.`;
    case 'choice':
      return `Pilih salah satu: ${kind.choices.join(' / ')}.`;
    case 'yesno':
      return 'Isi Ya atau Tidak.';
    case 'text':
      return '';
  }
}

/** The label of the first band whose min ≤ value. */
export function bandLabel(bands: readonly Band[], value: number): string {
  for (const b of bands) if (value >= b.min) return b.label;
  return bands[bands.length - 1]?.label ?? '';
}
