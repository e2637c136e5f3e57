// Settings (`Pengaturan`, DESIGN §4.8): keys, defaults, and parsing of the key/value rows.

import { GATE_SETTING_HELP } from '../text/id/certGate';
import { LOOK_SETTING, LOOK_SETTING_HELP } from '../text/id/certTemplate';
import { TTE_SETTING, TTE_SETTING_HELP } from '../text/id/certTte';
import { CHECKIN_SETTING, CHECKIN_SETTING_HELP } from '../text/id/checkin';
import { SETTINGS_GATE_TEXT } from '../text/id/problems/settings';
import { DEFAULT_EMAIL, SETTING_HELP } from '../text/id/rules';
import {
  RATE_SETTING,
  RATE_SETTING_HELP,
  ROUNDING_SETTING,
  ROUNDING_SETTING_HELP,
  TAX_SETTING,
  TAX_SETTING_HELP,
} from '../text/id/speakers';
import { asText, fromFraction, isPercentFormat, percentText } from './cells';
import { CERT_DESIGNS, type CertDesign, type CertificateLook } from './certificateLook';
import type { CheckinSettings } from './checkin';
import type { SettingKind } from './problemCodes';
import { Problems } from './problems';
import { headerKey } from './schema';
import {
  RATE_CATEGORIES,
  type RateCategory,
  RUPIAH_ROUNDINGS,
  type RupiahRounding,
  type TaxGroup,
} from './speakerTypes';
import { DEFAULT_TTE, readTag, TTE_MODES, type TteMode, type TteSettings } from './tte';

export type DuplicatePolicy = 'Pertama' | 'Terakhir' | 'Tertinggi';
export type JpCreditPolicy = 'Bersertifikat' | 'Sesuai Kehadiran';
export type CertificateMode = 'PDF' | 'Dokumen dan PDF';
/** Cetak Predikat (issue 12): always, never, or only a passing predicate (any band but the lowest). */
export type PredicatePolicy = 'Ya' | 'Tidak' | 'Hanya predikat lulus';

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
  /** Sertifikat Narasumber (issue 15 item 5): whether a run also issues each speaker's certificate. */
  speakerCertificates: boolean;
  speakerNumberFormat: string;
  certificateMode: CertificateMode;
  sendEmail: boolean;
  /** Bagikan Tautan PDF: each made PDF is shared "anyone with the link can view" (issue 12 item 6). */
  shareLinks: boolean;
  emailSubject: string;
  emailBody: string;
  /** Cetak Predikat: whether a certificate prints its predicate (and Nilai Akhir). */
  printPredicate: PredicatePolicy;
  /** Nilai Minimum Sertifikat: no Sertifikat (hence no rank, no Piagam) below it; null = none. */
  minCertificateScore: number | null;
  /** Check-in of the Presensi forms (issue 16). */
  checkin: CheckinSettings;
  /** The certificate's agency, city, design and Daftar Materi page (issue 12 item 4, core/certificateLook.ts). */
  certificateLook: CertificateLook;
  /** Mode TTE and Karakter Tag TTE (issue 13 item 4, core/tte.ts). */
  tte: TteSettings;
  /** The speakers' honorarium (issue 15 item 5, core/speakers.ts): no rate has a default; null = blank. */
  speakerPay: SpeakerPaySettings;
  /** The `Pengaturan` row each key was found on (typed or blank), for messages naming the row. */
  rows: Record<string, number>;
  /** Keys whose typed value was refused (an Error stands, the default is used): see parseSettings. */
  refused: readonly string[];
}

/** Rates per JP by Kategori Tarif and PPh 21 percent by group; null when blank (never read as 0). */
export interface SpeakerPaySettings {
  rates: Record<RateCategory, number | null>;
  tax: Record<TaxGroup, number | null>;
  rounding: RupiahRounding;
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

type CheckinFlag = 'enabled' | 'lateCounts';
type CheckinCount = Exclude<keyof CheckinSettings, CheckinFlag>;

/** A check-in setting (issue 16), its key and help from the catalog by field name: a Ya/Tidak one… */
function checkinFlag(field: CheckinFlag, value: 'Ya' | 'Tidak'): SettingDef {
  return {
    key: CHECKIN_SETTING[field],
    default: value,
    kind: { t: 'yesno' },
    help: CHECKIN_SETTING_HELP[field],
    apply: (s, v) => {
      s.checkin[field] = v === true;
    },
  };
}

/** …or a whole number from 0 to `max`. */
function checkinCount(field: CheckinCount, value: number, max: number): SettingDef {
  return {
    key: CHECKIN_SETTING[field],
    default: value,
    kind: { t: 'number', min: 0, max, integer: true },
    help: CHECKIN_SETTING_HELP[field],
    apply: (s, v) => {
      s.checkin[field] = num(v);
    },
  };
}

/** A rate per JP (rupiah) for a Kategori Tarif: blank by default, the Pemda's Standar Harga Satuan decides it. */
function rateSetting(category: RateCategory): SettingDef {
  return {
    key: RATE_SETTING[category],
    default: '',
    kind: { t: 'rupiah' },
    help: RATE_SETTING_HELP[category],
    apply: (s, v) => {
      s.speakerPay.rates[category] = typeof v === 'number' ? v : null;
    },
  };
}

/** A PPh 21 percent for a group (PP 80/2010 Ps 4 for PNS; blank for Non-PNS). */
function taxSetting(group: TaxGroup, value: number | ''): SettingDef {
  return {
    key: TAX_SETTING[group],
    default: value,
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: TAX_SETTING_HELP[group],
    apply: (s, v) => {
      s.speakerPay.tax[group] = typeof v === 'number' ? v : null;
    },
  };
}

/** A text the certificate prints (Nama Pemerintah Daerah, Nama Instansi, Kota Penerbitan). */
function lookText(field: 'government' | 'agency' | 'city', value: string): SettingDef {
  return {
    key: LOOK_SETTING[field],
    default: value,
    kind: { t: 'text' },
    help: LOOK_SETTING_HELP[field],
    apply: (s, v) => {
      s.certificateLook[field] = String(v).trim();
    },
  };
}

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
    kind: { t: 'number', min: 1, max: 240, integer: true },
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
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Kehadiran Sertifikat (%)'],
    apply: (s, v) => {
      s.attendanceThreshold = num(v);
    },
  },
  {
    key: 'Bobot Post-Test',
    default: 60,
    kind: { t: 'number', min: 0, max: 1000, percent: true },
    help: SETTING_HELP['Bobot Post-Test'],
    apply: (s, v) => {
      s.weightPost = num(v);
    },
  },
  {
    key: 'Bobot Keaktifan',
    default: 20,
    kind: { t: 'number', min: 0, max: 1000, percent: true },
    help: SETTING_HELP['Bobot Keaktifan'],
    apply: (s, v) => {
      s.weightActivity = num(v);
    },
  },
  {
    key: 'Bobot Tugas',
    default: 10,
    kind: { t: 'number', min: 0, max: 1000, percent: true },
    help: SETTING_HELP['Bobot Tugas'],
    apply: (s, v) => {
      s.weightTask = num(v);
    },
  },
  {
    key: 'Bobot Kehadiran',
    default: 10,
    kind: { t: 'number', min: 0, max: 1000, percent: true },
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
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Predikat Sangat Memuaskan'],
    apply: band('predicateBands', 'Sangat Memuaskan'),
  },
  {
    key: 'Batas Predikat Memuaskan',
    default: 80.01,
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Predikat Memuaskan'],
    apply: band('predicateBands', 'Memuaskan'),
  },
  {
    key: 'Batas Predikat Cukup Memuaskan',
    default: 70.01,
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Predikat Cukup Memuaskan'],
    apply: band('predicateBands', 'Cukup Memuaskan'),
  },
  {
    key: 'Batas Predikat Kurang Memuaskan',
    default: 60.01,
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Predikat Kurang Memuaskan'],
    apply: band('predicateBands', 'Kurang Memuaskan'),
  },
  {
    key: 'Batas Evaluasi Sangat Baik',
    default: 88.31,
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Evaluasi Sangat Baik'],
    apply: band('evaluationBands', 'Sangat Baik'),
  },
  {
    key: 'Batas Evaluasi Baik',
    default: 76.61,
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: SETTING_HELP['Batas Evaluasi Baik'],
    apply: band('evaluationBands', 'Baik'),
  },
  {
    key: 'Batas Evaluasi Kurang Baik',
    default: 65,
    kind: { t: 'number', min: 0, max: 100, percent: true },
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
    key: 'Sertifikat Narasumber',
    default: 'Tidak',
    kind: { t: 'yesno' },
    help: SETTING_HELP['Sertifikat Narasumber'],
    apply: (s, v) => {
      s.speakerCertificates = v === true;
    },
  },
  {
    key: 'Format Nomor Sertifikat Narasumber',
    default: '{nomor:3}/NARASUMBER/DOU-ASN/{kode}/{tahun}',
    kind: { t: 'text' },
    help: SETTING_HELP['Format Nomor Sertifikat Narasumber'],
    apply: (s, v) => {
      s.speakerNumberFormat = String(v);
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
  // delivery (issue 12 item 6): off by default, a domain may forbid sharing outside it and a link is public
  {
    key: 'Bagikan Tautan PDF',
    default: 'Tidak',
    kind: { t: 'yesno' },
    help: SETTING_HELP['Bagikan Tautan PDF'],
    apply: (s, v) => {
      s.shareLinks = v === true;
    },
  },
  // ---- the certificate gate's pass policy (issue 12 items 1–2) ----
  {
    key: 'Cetak Predikat',
    default: 'Hanya predikat lulus',
    kind: { t: 'choice', choices: ['Ya', 'Tidak', 'Hanya predikat lulus'] },
    help: GATE_SETTING_HELP['Cetak Predikat'],
    apply: (s, v) => {
      s.printPredicate = String(v) as PredicatePolicy;
    },
  },
  {
    key: 'Nilai Minimum Sertifikat',
    // empty: no minimum (a blank cell keeps the default)
    default: '',
    kind: { t: 'number', min: 0, max: 100, percent: true },
    help: GATE_SETTING_HELP['Nilai Minimum Sertifikat'],
    apply: (s, v) => {
      s.minCertificateScore = typeof v === 'number' ? v : null;
    },
  },
  // check-in of the Presensi forms (issue 16)
  checkinFlag('enabled', 'Ya'),
  checkinCount('openBefore', 15, 1440),
  checkinCount('closeAfter', 30, 1440),
  checkinCount('lateAfter', 15, 1440),
  checkinFlag('lateCounts', 'Ya'),
  checkinCount('rotateSeconds', 0, 3600),
  checkinCount('acceptedPeriods', 2, 10),
  // the certificate's look (issue 12 item 4): printed at merge time, so an edited template and a later change work
  lookText('government', ''),
  lookText('agency', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'),
  lookText('city', ''),
  {
    key: LOOK_SETTING.design,
    default: 'Resmi',
    kind: { t: 'choice', choices: [...CERT_DESIGNS] },
    help: LOOK_SETTING_HELP.design,
    apply: (s, v) => {
      s.certificateLook.design = String(v) as CertDesign;
    },
  },
  {
    key: LOOK_SETTING.materials,
    default: 'Tidak',
    kind: { t: 'yesno' },
    help: LOOK_SETTING_HELP.materials,
    apply: (s, v) => {
      s.certificateLook.materials = v === true;
    },
  },
  // verification (issue 13): the page every certificate's QR leads to (verify/ web app); empty = the PDF's link
  {
    key: LOOK_SETTING.verifyUrl,
    default: '',
    kind: { t: 'text' },
    help: LOOK_SETTING_HELP.verifyUrl,
    apply: (s, v) => {
      s.certificateLook.verifyUrl = String(v).trim();
    },
  },
  // TTE-ready PDFs (issue 13 item 4, core/tte.ts): the tag a signer's bulk tool finds in the signature box
  {
    key: TTE_SETTING.mode,
    default: DEFAULT_TTE.mode,
    kind: { t: 'choice', choices: [...TTE_MODES] },
    help: TTE_SETTING_HELP.mode,
    apply: (s, v) => {
      s.tte.mode = String(v) as TteMode;
    },
  },
  {
    key: TTE_SETTING.tag,
    default: DEFAULT_TTE.tag,
    kind: { t: 'tagChar' },
    help: TTE_SETTING_HELP.tag,
    apply: (s, v) => {
      s.tte.tag = String(v);
    },
  },
  // the speakers' honorarium (issue 15 item 5): no rate in code; PPh 21 of PNS per PP 80/2010 Ps 4, editable
  ...RATE_CATEGORIES.map(rateSetting),
  taxSetting('I/II', 0),
  taxSetting('III', 5),
  taxSetting('IV', 15),
  taxSetting('Non-PNS', ''),
  {
    key: ROUNDING_SETTING,
    default: 'Ke bawah',
    kind: { t: 'choice', choices: RUPIAH_ROUNDINGS },
    help: ROUNDING_SETTING_HELP,
    apply: (s, v) => {
      s.speakerPay.rounding = String(v) as RupiahRounding;
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
    speakerCertificates: false,
    speakerNumberFormat: '',
    certificateMode: 'PDF',
    sendEmail: false,
    shareLinks: false,
    emailSubject: '',
    emailBody: '',
    printPredicate: 'Hanya predikat lulus',
    minCertificateScore: null,
    checkin: {
      enabled: false,
      openBefore: 0,
      closeAfter: 0,
      lateAfter: 0,
      lateCounts: false,
      rotateSeconds: 0,
      acceptedPeriods: 0,
    },
    certificateLook: {
      government: '',
      agency: '',
      city: '',
      design: 'Resmi',
      materials: false,
      verifyUrl: '',
    },
    tte: { ...DEFAULT_TTE },
    speakerPay: {
      rates: {
        'Pengajar Internal': null,
        'Eselon II': null,
        'Eselon III': null,
        'Eselon IV': null,
        Fungsional: null,
        'Non-PNS': null,
      },
      tax: { 'I/II': null, III: null, IV: null, 'Non-PNS': null },
      rounding: 'Ke bawah',
    },
    rows: {},
    refused: [],
  };
  for (const d of SETTING_DEFS) d.apply(s, readValue(d.kind, d.default) as string | number | boolean);
  return s;
}

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** A `Pengaturan` row as read: key and value cells, the value cell's number format (when read) and the sheet row. */
export interface SettingRow {
  row: number;
  key: unknown;
  value: unknown;
  format?: string;
}

/**
 * Groups of settings that are only right together, each checked as a whole after the rows are read. A band
 * group's thresholds must fall strictly from the highest band to the lowest (each band then covers a part of
 * 0–100, the lowest everything below; no band is empty or overlaps another). The weights must not all be 0 (they
 * need not sum to 100: Nilai Akhir divides by their sum, DESIGN §4.6).
 *
 * A group that fails is not used at all: the whole group takes DESIGN's defaults, the Error at each cell concerned
 * says so, and its keys are listed in `Settings.refused` so that no certificate depending on them is issued while
 * the Error stands (see certificateSettingsBlocker). A single unreadable value is treated the same way.
 */
const BAND_GROUPS = [
  {
    group: 'Batas Predikat',
    list: 'predicateBands',
    keys: [
      'Batas Predikat Sangat Memuaskan',
      'Batas Predikat Memuaskan',
      'Batas Predikat Cukup Memuaskan',
      'Batas Predikat Kurang Memuaskan',
    ],
  },
  {
    group: 'Batas Evaluasi',
    list: 'evaluationBands',
    keys: ['Batas Evaluasi Sangat Baik', 'Batas Evaluasi Baik', 'Batas Evaluasi Kurang Baik'],
  },
] as const;

const WEIGHT_KEYS = ['Bobot Post-Test', 'Bobot Keaktifan', 'Bobot Tugas', 'Bobot Kehadiran'] as const;

/**
 * The settings a certificate depends on: who gets one (attendance threshold, awards), what it prints (Nilai Akhir
 * from the weights and the duplicate-response rule, Predikat, JP from minutes), how it is made and sent.
 */
export const CERTIFICATE_SETTING_KEYS: ReadonlySet<string> = new Set([
  'Menit per JP',
  'Batas Kehadiran Sertifikat (%)',
  ...WEIGHT_KEYS,
  'Jumlah Piagam',
  'Respons Ganda',
  ...BAND_GROUPS[0].keys,
  'Format Nomor Sertifikat',
  'Format Nomor Piagam',
  'Sertifikat Narasumber',
  'Format Nomor Sertifikat Narasumber',
  'Mode Sertifikat',
  'Kirim Email',
  'Bagikan Tautan PDF',
  'Cetak Predikat',
  'Nilai Minimum Sertifikat',
  LOOK_SETTING.design,
  LOOK_SETTING.materials,
  TTE_SETTING.mode,
  TTE_SETTING.tag,
]);

/**
 * Why a certificate run must not start: settings it depends on whose typed value was refused (an Error stands and a
 * default is in use, which the admin did not choose); null when there are none.
 */
export function certificateSettingsBlocker(s: Pick<Settings, 'refused'>): string | null {
  const keys = s.refused.filter((k) => CERTIFICATE_SETTING_KEYS.has(k));
  return keys.length ? SETTINGS_GATE_TEXT.refused(keys) : null;
}

const DEF_BY_KEY = new Map(SETTING_DEFS.map((d) => [d.key, d]));
const numberText = (n: number) => String(n).replace('.', ',');

/**
 * Reads settings rows over the defaults. A missing key takes its default; an unreadable value is an
 * Error naming the row (and the default is kept); an unknown key is a Peringatan. A number setting typed as a
 * percent ("90%", or a cell formatted as percent, which Sheets stores as 0.9) is read as the percent shown when
 * the setting is a percent on 0–100 (thresholds, weights), else an Error. Then each group is checked as a whole
 * (BAND_GROUPS, weights).
 */
export function parseSettings(
  rows: readonly SettingRow[],
  sheet = 'Pengaturan',
): { settings: Settings; problems: Problems } {
  const settings = defaultSettings();
  const problems = new Problems();
  const refused = new Set<string>();
  /** The row each setting was typed on (for the problems about a group). */
  const typedAt = new Map<string, number>();
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
    settings.rows[def.key] = r.row;
    const raw = r.value;
    if (raw === '' || raw === null || raw === undefined) continue; // blank → default
    const at = { sheet, row: r.row, column: 'Nilai' };
    let value: unknown = raw;
    if (def.kind.t === 'number') {
      const pct = typeof raw === 'number' && isPercentFormat(r.format) ? fromFraction(raw) : percentText(raw);
      if (pct !== undefined) {
        if (!def.kind.percent) {
          problems.add('setting.percentFormat', at, {
            text: typeof raw === 'number' ? `${numberText(pct)}%` : asText(raw),
            key: def.key,
            fallback: String(def.default),
          });
          refused.add(def.key);
          continue;
        }
        value = pct;
      }
    }
    const v = readValue(def.kind, value);
    if (v === undefined) {
      problems.add('setting.invalid', at, {
        text: asText(raw),
        key: def.key,
        fallback: String(def.default),
        kind: def.kind,
      });
      refused.add(def.key);
      continue;
    }
    def.apply(settings, v);
    typedAt.set(def.key, r.row);
  }
  const defaults = defaultSettings();
  const weights =
    settings.weightPost + settings.weightActivity + settings.weightTask + settings.weightAttendance;
  if (weights <= 0) {
    const first = WEIGHT_KEYS.map((k) => typedAt.get(k)).find((row) => row !== undefined) ?? null;
    problems.add('setting.weightsZero', { sheet, row: first, column: 'Nilai' });
    settings.weightPost = defaults.weightPost;
    settings.weightActivity = defaults.weightActivity;
    settings.weightTask = defaults.weightTask;
    settings.weightAttendance = defaults.weightAttendance;
    for (const k of WEIGHT_KEYS) refused.add(k);
  }
  for (const g of BAND_GROUPS) {
    const values = g.keys.map((k) => {
      const label = k.slice(g.group.length + 1);
      return settings[g.list].find((b) => b.label === label)?.min ?? Number.NaN;
    });
    const broken = new Set<number>();
    for (let i = 1; i < g.keys.length; i++) {
      if (values[i] < values[i - 1]) continue;
      const at = [i - 1, i].map((j) => typedAt.get(g.keys[j])).filter((row) => row !== undefined);
      for (const row of at) {
        if (broken.has(row)) continue;
        broken.add(row);
        problems.add(
          'setting.bandsOrder',
          { sheet, row, column: 'Nilai' },
          {
            group: g.group,
            key: g.keys[i],
            value: numberText(values[i]),
            above: g.keys[i - 1],
            aboveValue: numberText(values[i - 1]),
            defaults: g.keys.map((k) => numberText(Number(DEF_BY_KEY.get(k)?.default))).join(' / '),
          },
        );
      }
    }
    if (broken.size) {
      settings[g.list] = defaults[g.list];
      for (const k of g.keys) refused.add(k);
    }
  }
  settings.refused = [...refused];
  return { settings, problems };
}

function readValue(kind: Kind, raw: unknown): string | number | boolean | undefined {
  switch (kind.t) {
    case 'number': {
      let n: number;
      if (typeof raw === 'number') n = raw;
      else if (typeof raw === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(raw))
        n = Number(raw.replace(',', '.'));
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
    case 'tagChar':
      return readTag(raw);
    case 'rupiah':
      return readRupiah(raw);
  }
}

/**
 * A whole rupiah amount ≥ 0: a number, or text as an admin types it: "900000", "900.000", "Rp 900.000", "900.000,00",
 * "900.000,-" or "900,000". Anything else (a decimal like "1,5", a negative, words) is not one: it is never guessed.
 */
export function readRupiah(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw <= 1e12 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const t = raw
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/,(-|00?)$/, '')
    .replace(/\s+/g, '');
  let digits: string | null = null;
  if (/^\d+$/.test(t)) digits = t;
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) digits = t.replace(/\./g, '');
  else if (/^\d{1,3}(,\d{3})+$/.test(t)) digits = t.replace(/,/g, '');
  if (digits === null) return undefined;
  const n = Number(digits);
  return n <= 1e12 ? n : undefined;
}

/** The label of the first band whose min ≤ value. */
export function bandLabel(bands: readonly Band[], value: number): string {
  for (const b of bands) if (value >= b.min) return b.label;
  return bands[bands.length - 1]?.label ?? '';
}
