// Indonesian texts of the check-in (issue 16): the settings' help, Rekap Kehadiran's statuses and notes, and the
// projector view's labels.

import type { CheckinReason } from '../../core/checkin';
import { NEW_VERSION_BUTTON } from './forms';

export const CHECKIN_SETTING = {
  enabled: 'Presensi dengan Kode Sesi',
  openBefore: 'Presensi Dibuka (menit sebelum Jam Mulai)',
  closeAfter: 'Presensi Ditutup (menit setelah Jam Mulai)',
  lateAfter: 'Terlambat Setelah (menit setelah Jam Mulai)',
  lateCounts: 'Terlambat Dihitung Hadir',
  rotateSeconds: 'Kode Sesi Berganti (detik)',
  acceptedPeriods: 'Kode Lama Diterima',
} as const;

export const CHECKIN_SETTING_HELP: Record<keyof typeof CHECKIN_SETTING, string> = {
  enabled:
    'Ya: formulir Presensi meminta Kode Sesi yang ditampilkan di layar, dan hanya presensi dengan kode benar pada jamnya yang dihitung.',
  openBefore: 'Presensi diterima mulai sekian menit sebelum Jam Mulai sesi (zona waktu spreadsheet).',
  closeAfter: 'Presensi diterima sampai sekian menit setelah Jam Mulai sesi; sesudahnya tidak sah.',
  lateAfter: 'Presensi sesudah sekian menit setelah Jam Mulai dicatat Terlambat.',
  lateCounts: 'Ya: presensi Terlambat ikut dihitung dalam persentase kehadiran.',
  rotateSeconds:
    '0: satu kode tetap per sesi. Lebih dari 0: kode di layar berganti setiap sekian detik (misalnya 60).',
  acceptedPeriods:
    'Bila kode berganti: berapa kode sebelumnya yang masih diterima (untuk peserta yang lambat mengetik).',
};

/** Rekap Kehadiran's Keterangan per reason (the code typed is never shown). */
export const CHECKIN_REASON: Record<CheckinReason, string> = {
  nipNumberTyped: 'NIP terbaca sebagai angka',
  sessionUnknown: 'sesi tidak ada di lembar Sesi',
  nipUnknown: 'NIP tidak terdaftar di kegiatan ini',
  noTimestamp: 'waktu kirim tidak terbaca',
  codeBlank: 'Kode Sesi tidak diisi',
  codeWrong: 'Kode Sesi salah',
  codeOtherSession: 'Kode Sesi milik sesi lain',
  codeOtherTraining: 'Kode Sesi milik kegiatan lain',
  codeExpired: 'Kode Sesi sudah kedaluwarsa',
  tooEarly: 'sebelum presensi dibuka',
  tooLate: 'setelah presensi ditutup',
};

export const CHECKIN_NOTE = {
  duplicate: 'presensi ganda: yang pertama sudah dihitung',
  typedWins: 'dicatat di lembar Kehadiran (yang diketik berlaku)',
  lateNotCounted: 'Terlambat tidak dihitung (Pengaturan)',
  noWindow: 'sesi tanpa Tanggal/Jam Mulai: waktu tidak diperiksa',
  unchecked: 'formulir tanpa Kode Sesi: tidak diperiksa',
  yes: 'Ya',
  no: 'Tidak',
};

/** The form item participants type the code into. */
export const CODE_ITEM = {
  title: 'Kode Sesi',
  help: 'Ketik 6 angka Kode Sesi yang ditampilkan panitia di layar ruang pelatihan.',
  patternHelp: 'Kode Sesi terdiri dari 6 angka.',
};

/** The projector view and the sidebar's check-in list. */
export const CHECKIN_VIEW = {
  heading: 'Pindai untuk presensi',
  codeLabel: 'Kode Sesi',
  window: (when: string) => `Presensi dibuka ${when}`,
  noWindow: 'Sesi ini belum punya Tanggal/Jam Mulai: waktu presensi tidak diperiksa.',
  rotating: (s: number) => `Kode berganti setiap ${s} detik.`,
  title: 'Presensi per sesi',
  hint: 'Tampilkan layar presensi di proyektor saat sesi dimulai. Peserta memindai kode QR (sesi sudah terisi) lalu mengetik Kode Sesi yang tampil di layar. Kode tidak pernah ditulis di formulir maupun di lembar.',
  show: 'Tampilkan layar presensi',
  showLabel: (session: string) => `Tampilkan layar presensi ${session}`,
  noForm: 'Buat formulir Presensi dulu (tombol Buat Formulir).',
  noCodeItem: `Formulir Presensi ini belum meminta Kode Sesi. Klik ${NEW_VERSION_BUTTON} di bagian Formulir agar kode diperiksa; respons lama tetap dihitung.`,
  handMade: (row: number) =>
    `Formulir Presensi kegiatan ini dibuat sendiri (Formulir baris ${row}), jadi add-on tidak dapat menampilkan QR per sesi dan Kode Sesi untuknya; presensinya dihitung tanpa pemeriksaan kode. Klik ${NEW_VERSION_BUTTON} di bagian Formulir agar add-on membuat formulir Presensi dengan Kode Sesi; respons lama tetap dihitung.`,
  close: 'Tutup',
  qrImage: (session: string) => `Kode QR presensi ${session}`,
  load: 'Presensi per sesi (QR dan Kode Sesi)',
};
