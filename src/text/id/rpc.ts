// The server's failure messages for the sidebar and the menu (Bahasa Indonesia): one per failure kind, and the
// messages of an argument refused at the RPC boundary.

import type { GoogleFailureKind } from '../../core/errors';

/** What the admin reads when Google failed in a way the add-on knows (the original English kept where it helps). */
/**
 * Google's failures as one plain sentence each (issue 14 item 4). Google's own English words are never in it: the
 * caller keeps them apart as the technical detail, which the panel folds away and the menu adds on its own line.
 */
export const GOOGLE_FAILURE: Record<GoogleFailureKind, string> = {
  busy: 'Proses lain (mungkin di tab atau oleh admin lain) sedang berjalan di spreadsheet ini. Tunggu sebentar lalu coba lagi.',
  quota:
    'Kuota harian Google habis; Google memulihkannya 24 jam setelah pemakaian pertamanya. Lanjutkan setelah itu; yang sudah dibuat tidak dibuat ulang.',
  timeout:
    'Proses dihentikan oleh batas waktu Google (6 menit). Yang sudah tersimpan aman; jalankan lagi untuk melanjutkan.',
  cellLimit:
    'Spreadsheet ini sudah mendekati batas Google 10 juta sel (semua lembar dihitung, termasuk sel kosong), sehingga lembar, baris atau kolom tidak dapat ditambah. Hapus lembar yang tidak dipakai lagi (mis. lembar respons formulir lama) atau baris/kolom kosong yang berlebih, lalu jalankan lagi.',
  permission:
    'Google menolak akses add-on. Bila izin add-on belum diberikan, buka menu Ekstensi → DOU ASN sekali lagi dan setujui izinnya; bila berkasnya milik orang lain, minta akses ke pemiliknya.',
  google:
    'Layanan Google sedang bermasalah (galat di pihak Google). Yang sudah tersimpan aman; coba lagi beberapa menit lagi.',
  network:
    'Panel tidak tersambung ke Google (koneksi internet terputus atau lambat). Periksa koneksi, lalu coba lagi; yang sudah tersimpan aman.',
};

/** The technical detail under a plain failure sentence, where it is shown in full (a menu's alert). */
export const DETAIL = {
  summary: 'Rincian teknis',
  line: (detail: string) => `Rincian teknis: ${detail}`,
};

/** The document lock is held by another run (the same text as Google's own lock timeout). */
export const BUSY = GOOGLE_FAILURE.busy;

/** How an argument's expected type is named. */
export const EXPECTED = {
  text: 'teks',
  nonEmptyText: 'teks yang tidak kosong',
  integer: (min: number, max: number) => `bilangan bulat ${min} sampai ${count(max)}`,
  upTo: (what: string, max: number) => `${what} (paling banyak ${count(max)} karakter)`,
  flag: 'benar/salah (true/false)',
  options: (keys: readonly string[]) => `objek dengan isian ${keys.join(', ')}`,
  orNull: (what: string) => `${what} atau null`,
  orNothing: (what: string) => `${what} atau tidak diisi`,
  listOf: (what: string, max: number) => `daftar paling banyak ${count(max)} isian, masing-masing ${what}`,
  oneOf: (values: readonly string[]) => `salah satu dari ${values.map((v) => `"${v}"`).join(', ')}`,
} as const;

export const INVALID = {
  /** `fn` got `shown` for its parameter `label`. */
  argument: (fn: string, label: string, expected: string, shown: string) =>
    `Panggilan ${fn} ditolak: ${label} harus ${expected}, bukan ${shown}.`,
  option: (fn: string, label: string, key: string) =>
    `Panggilan ${fn} ditolak: ${label} tidak mengenal isian "${key}".`,
  tooMany: (fn: string, max: number, got: number) =>
    `Panggilan ${fn} ditolak: paling banyak ${max} argumen, diterima ${got}.`,
} as const;

/** A count as Indonesian writes it: 50.000. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** How a refused value is shown in INVALID (its type, and the value when short). */
export function shownValue(v: unknown): string {
  if (v === undefined) return 'kosong (tidak diisi)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'daftar (array)';
  if (typeof v === 'string') {
    if (v === '') return 'teks kosong';
    if (v.trim() === '') return 'teks berisi spasi saja';
    return v.length > 40 ? `teks "${v.slice(0, 40)}…" (${count(v.length)} karakter)` : `teks "${v}"`;
  }
  if (typeof v === 'number') return `angka ${v}`;
  if (typeof v === 'boolean') return `nilai ${v}`;
  if (typeof v === 'object') return 'objek';
  return typeof v;
}

/** Selecting a problem's cell (selectCell) when the sheet no longer matches the problem list. */
export const SELECT_CELL = {
  /** A sheet of no known kind that is not in the spreadsheet. */
  unknownSheet: (sheet: string) =>
    `Lembar "${sheet}" tidak ada di spreadsheet ini (mungkin sudah dihapus atau diganti namanya). Jalankan Periksa Data lagi agar daftar masalah diperbarui.`,
  /** The row is past the sheet's last row (the sheet got shorter since the check). */
  rowOutside: (sheet: string, row: number, rows: number) =>
    `Baris ${row} tidak ada di lembar "${sheet}": lembar itu hanya ${rows} baris. Jalankan Periksa Data lagi agar daftar masalah diperbarui.`,
} as const;

/** Choosing the panel's training (setActiveTraining). */
export const ACTIVE_TEXT = {
  tooLong: (chars: number) =>
    `Kode kegiatan ini terlalu panjang (${count(chars)} karakter) untuk diingat sebagai kegiatan yang dipilih. Persingkat kode di lembar Kegiatan (dan di lembar lain yang memakainya), lalu jalankan Periksa Data.`,
} as const;
