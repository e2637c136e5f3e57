// Indonesian texts of Rekap Narasumber and the honorarium recap (issue 15 item 5): the settings' keys and help, each
// row's Keterangan, the problems, the step's message.

import type { ProblemCatalog } from '../../core/problemCodes';
import type { RateCategory, TaxGroup } from '../../core/speakerTypes';

/** The key of each rate setting in Pengaturan (rupiah per JP, by Kategori Tarif). */
export const RATE_SETTING: Record<RateCategory, string> = {
  'Pengajar Internal': 'Tarif per JP Pengajar Internal',
  'Eselon II': 'Tarif per JP Eselon II',
  'Eselon III': 'Tarif per JP Eselon III',
  'Eselon IV': 'Tarif per JP Eselon IV',
  Fungsional: 'Tarif per JP Fungsional',
  'Non-PNS': 'Tarif per JP Non-PNS',
};

/**
 * The key of each PPh 21 setting. "I dan II" rather than "I/II": keys are matched ignoring punctuation, and
 * "Golongan I/II" would then be the same key as "Golongan III".
 */
export const TAX_SETTING: Record<TaxGroup, string> = {
  'I/II': 'PPh 21 Golongan I dan II (%)',
  III: 'PPh 21 Golongan III (%)',
  IV: 'PPh 21 Golongan IV (%)',
  'Non-PNS': 'PPh 21 Non-PNS (%)',
};

export const ROUNDING_SETTING = 'Pembulatan Rupiah';

const RATE_HELP =
  'Honorarium narasumber per JP (rupiah, tanpa desimal), menurut Standar Harga Satuan (SSH) Pemda Anda, paling tinggi batas Perpres 72/2025. Kosong: honorarium kategori ini tidak dihitung (Kesalahan di lembar Masalah).';

export const RATE_SETTING_HELP: Record<RateCategory, string> = {
  'Pengajar Internal': `${RATE_HELP} Untuk pengajar dari dalam instansi penyelenggara.`,
  'Eselon II': `${RATE_HELP} Untuk narasumber pejabat eselon II.`,
  'Eselon III': `${RATE_HELP} Untuk narasumber pejabat eselon III.`,
  'Eselon IV': `${RATE_HELP} Untuk narasumber pejabat eselon IV.`,
  Fungsional: `${RATE_HELP} Untuk narasumber pejabat fungsional.`,
  'Non-PNS': `${RATE_HELP} Untuk narasumber dari luar (bukan PNS).`,
};

export const TAX_SETTING_HELP: Record<TaxGroup, string> = {
  'I/II':
    'PPh 21 final atas honorarium dari APBD untuk PNS golongan I dan II (PP 80/2010 Pasal 4: 0%). Ubah bila aturan berubah.',
  III: 'PPh 21 final atas honorarium dari APBD untuk PNS golongan III (PP 80/2010 Pasal 4: 5%). Ubah bila aturan berubah.',
  IV: 'PPh 21 final atas honorarium dari APBD untuk PNS golongan IV (PP 80/2010 Pasal 4: 15%). Ubah bila aturan berubah.',
  'Non-PNS':
    'PPh 21 untuk narasumber bukan PNS, sebagai persen dari bruto; tanyakan bendahara (tarifnya tidak final dan bergantung pada NPWP). Kosong: honorarium narasumber Non-PNS tidak dihitung.',
};

export const ROUNDING_SETTING_HELP =
  'Cara membulatkan rupiah (bruto dan potongan PPh): Ke bawah (bawaan, tidak pernah membayar lebih dari hitungan) atau Terdekat.';

/** Why a row of Rekap Narasumber has no honorarium (its Keterangan); several are joined with "; ". */
export const SPEAKER_NOTES = {
  notUsed: 'Honorarium tidak dihitung: Golongan Narasumber dan Kategori Tarif kegiatan ini belum diisi',
  gradeBlank: 'Golongan Narasumber belum diisi',
  gradeUnknown: (text: string) => `Golongan "${text}" tidak dikenal`,
  categoryBlank: 'Kategori Tarif belum diisi',
  categoryUnknown: (text: string) => `Kategori Tarif "${text}" tidak dikenal`,
  rateMissing: (key: string) => `${key} belum diisi di Pengaturan`,
  taxMissing: (key: string) => `${key} belum diisi di Pengaturan`,
  noEvaluation: 'Belum ada evaluasi',
  /** The Jumlah row of a training. */
  total: 'Jumlah',
  totalNote: (speakers: number, missing: number) =>
    missing
      ? `${speakers} narasumber; ${missing} tanpa honorarium (tidak ikut dijumlah, lihat Keterangan)`
      : `${speakers} narasumber`,
} as const;

/** A list of names for a problem: the first few, then how many more. */
export const nameList = (names: readonly string[], max = 5): string =>
  names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} dan ${names.length - max} lainnya`;

const sessionPlace = (p: { code: string; speaker: string }) => `narasumber ${p.speaker} (kegiatan ${p.code})`;

export const SPEAKER_PROBLEMS = {
  'session.speakerNipNumberTyped': {
    message: 'NIP Narasumber tersimpan sebagai angka sehingga digitnya hilang.',
    suggestion: 'Ketik ulang sebagai teks 18 digit (format kolom: Teks biasa).',
  },
  'session.speakerNipInvalid': {
    message: (p) => `NIP Narasumber tidak valid: ${p.reason}`,
    suggestion: 'Ketik 18 digit NIP narasumber, atau kosongkan untuk narasumber dari luar (bukan ASN).',
  },
  'speaker.gradeBlank': {
    message: (p) => `Golongan ${sessionPlace(p)} belum diisi; honorarium dan PPh-nya tidak dihitung.`,
    suggestion:
      'Isi kolom Golongan Narasumber, misalnya III/a atau IV/b, atau Non-PNS untuk narasumber dari luar.',
  },
  'speaker.gradeUnknown': {
    message: (p) =>
      `Golongan "${p.text}" untuk ${sessionPlace(p)} tidak dikenal; honorarium dan PPh-nya tidak dihitung.`,
    suggestion:
      'Tulis golongan I, II, III atau IV (boleh dengan ruang, misalnya III/a), atau Non-PNS. Untuk PPPK, tanyakan bendahara tarif PPh-nya lalu tulis Non-PNS bila sesuai.',
  },
  'speaker.categoryBlank': {
    message: (p) => `Kategori Tarif ${sessionPlace(p)} belum diisi; honorariumnya tidak dihitung.`,
    suggestion: 'Pilih Kategori Tarif di lembar Sesi (daftar pilihan kolom itu).',
  },
  'speaker.categoryUnknown': {
    message: (p) =>
      `Kategori Tarif "${p.text}" untuk ${sessionPlace(p)} tidak dikenal; honorariumnya tidak dihitung.`,
    suggestion: (p) => `Pilih salah satu: ${p.choices.join(' / ')}.`,
  },
  'speaker.gradeConflict': {
    message: (p) =>
      `Golongan ${sessionPlace(p)} ditulis berbeda: "${p.used}" dan "${p.other}" (Sesi baris ${p.rows}); "${p.used}" (baris pertama) dipakai.`,
    suggestion: 'Samakan Golongan Narasumber di semua sesinya, atau isi di satu baris saja.',
  },
  'speaker.categoryConflict': {
    message: (p) =>
      `Kategori Tarif ${sessionPlace(p)} ditulis berbeda: "${p.used}" dan "${p.other}" (Sesi baris ${p.rows}); "${p.used}" (baris pertama) dipakai.`,
    suggestion: 'Samakan Kategori Tarif di semua sesinya, atau isi di satu baris saja.',
  },
  'speaker.certificateNoNip': {
    message: (p) =>
      `Narasumber ${p.speaker} (kegiatan ${p.code}) tidak mendapat Sertifikat Narasumber: NIP Narasumber ${p.blank ? 'kosong' : 'tidak valid'}.`,
    suggestion:
      'Bila narasumber ini ASN, ketik NIP-nya (18 digit, sebagai teks) di kolom NIP Narasumber lalu jalankan Buat Sertifikat lagi; narasumber dari luar (bukan ASN) tidak mendapat Sertifikat Narasumber dari add-on.',
  },
  'speaker.rateMissing': {
    message: (p) =>
      `"${p.key}" belum diisi, sehingga honorarium ${p.speakers} narasumber tidak dihitung: ${p.names}.`,
    suggestion:
      'Isi tarif per JP (rupiah) menurut Standar Harga Satuan Pemda Anda di lembar Pengaturan; tidak ada tarif bawaan.',
  },
  'speaker.taxMissing': {
    message: (p) =>
      `"${p.key}" belum diisi, sehingga PPh dan honorarium neto ${p.speakers} narasumber tidak dihitung: ${p.names}.`,
    suggestion: 'Isi persen PPh 21 yang dipotong bendahara di lembar Pengaturan.',
  },
} as const satisfies Partial<ProblemCatalog>;

/** The step's message and the panel's part. */
export const SPEAKER_TEXT = {
  done: (speakers: number) => `Rekap Narasumber: ${speakers} narasumber.`,
} as const;
