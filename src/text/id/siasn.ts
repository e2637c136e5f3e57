// Indonesian texts of Ekspor SIASN (issue 15 item 1): each row's Keterangan, the step's message and the files' names.

import type { SiasnNotes } from '../../core/siasn';

export const SIASN_NOTES: SiasnNotes = {
  revoked: 'Dicabut: tarik usulannya di SIASN',
  noType: 'Jenis Diklat SIASN kegiatan belum dipilih',
  unknownType: 'Jenis Diklat SIASN kegiatan tidak ada di daftar SIASN',
  typeDefaulted: 'Jenis diklat ditebak dari Jenis Kompetensi: periksa',
  noJp: 'Tidak ada JP yang diakui untuk NIP ini',
  fractionalJp: (jp) => `JP ${String(jp).replace('.', ',')} bukan bilangan bulat`,
  noFile: 'PDF-nya tidak ditemukan di folder kegiatan',
};

export const SIASN_TEXT = {
  /** Mode TTE Tag: only a signed copy goes to SIASN. */
  unsigned: 'Belum ditandatangani (Mode TTE Tag): unggah PDF bertanda tangan dulu',
  fileName: (code: string, ext: 'xlsx' | 'json') => `Ekspor SIASN - ${code}.${ext}`,
  noFolder: (code: string) => `Kegiatan ${code} belum punya folder sertifikat; berkasnya tidak dibuat.`,
  none: 'Belum ada sertifikat yang terbit; Ekspor SIASN kosong.',
  done: (rows: number, ready: number, trainings: number, written: number, same: number) =>
    `Ekspor SIASN: ${rows} sertifikat (${ready} siap diusulkan) dari ${trainings} kegiatan; ${written} berkas ditulis, ${same} tidak berubah.`,
  notReady: (n: number) => `${n} baris belum siap (lihat kolom Keterangan).`,
} as const;

/** The panel's Ekspor SIASN part. */
export const SIASN_UI = {
  title: 'Ekspor SIASN',
  hint: 'Satu baris riwayat kursus per sertifikat untuk operator SIASN: lembar Ekspor SIASN, dan berkas xlsx dan JSON per kegiatan di folder sertifikatnya. Isi kolom Status SIASN di lembar itu; isinya disimpan setiap kali ekspor diulang.',
  run: 'Ekspor SIASN',
  training: (code: string, ready: number, rows: number) => `${code}: ${ready} dari ${rows} siap`,
  xlsx: 'xlsx',
  json: 'JSON',
} as const;
