// Problem texts about trainings (Kegiatan), sessions (Sesi) and their JP (Indonesian).

import type { ProblemCatalog } from '../../../core/problemCodes';

const RETYPE_SIGNER_NIP = 'Ketik ulang sebagai teks 18 digit.';

export const TRAINING_PROBLEMS = {
  'training.codeBlank': {
    message: 'Kode kegiatan kosong; baris ini diabaikan.',
    suggestion: 'Isi kode unik, misalnya DOU-2026-01.',
  },
  'training.duplicate': {
    message: (p) => `Kode "${p.code}" sudah dipakai di baris lain; baris ini diabaikan.`,
    suggestion: 'Setiap kegiatan harus punya kode unik.',
  },
  'training.themeBlank': {
    message: 'Tema kegiatan kosong.',
    suggestion: 'Isi tema/judul kegiatan (dipakai di sertifikat).',
  },
  'training.endBeforeStart': {
    message: 'Tanggal Selesai lebih awal dari Tanggal Mulai.',
    suggestion: 'Periksa kedua tanggal.',
  },
  'training.signerNipNumberTyped': {
    message: 'NIP Penandatangan tersimpan sebagai angka sehingga digitnya hilang.',
    suggestion: RETYPE_SIGNER_NIP,
  },
  'training.signerNipInvalid': {
    message: (p) => `NIP Penandatangan tidak valid: ${p.reason}`,
    suggestion: RETYPE_SIGNER_NIP,
  },
  'training.jpUncomputable': {
    message: (p) => `JP kegiatan ${p.code} kosong dan kegiatan ini tidak punya sesi di lembar Sesi.`,
    suggestion: 'Isi kolom JP kegiatan, atau tambahkan sesinya di lembar Sesi.',
  },
  'training.noSessions': {
    message: (p) => `Kegiatan ${p.code} belum punya sesi.`,
    suggestion: 'Tambahkan sesinya di lembar Sesi (dipakai untuk JP dan evaluasi narasumber).',
  },
  'siasn.typeBlank': {
    message: (p) =>
      `Jenis Diklat SIASN kegiatan ${p.code} kosong; sertifikatnya belum bisa diekspor ke SIASN.`,
    suggestion: 'Pilih jenis diklatnya di kolom Jenis Diklat SIASN (daftarnya di lembar Referensi SIASN).',
  },
  'siasn.typeUnknown': {
    message: (p) => `Jenis Diklat SIASN kegiatan ${p.code} "${p.typed}" tidak ada di daftar SIASN.`,
    suggestion: 'Pilih salah satu dari daftar (lembar Referensi SIASN), misalnya Diklat Teknis.',
  },
  'siasn.typeDefaulted': {
    message: (p) =>
      `Jenis Diklat SIASN kegiatan ${p.code} kosong; dipakai ${p.name} karena Jenis Kompetensinya ${p.from}.`,
    suggestion: 'Periksa, lalu pilih jenis diklatnya di kolom Jenis Diklat SIASN agar tidak ditebak.',
  },
  'siasn.fractionalJp': {
    message: (p) =>
      `JP yang diakui untuk ${p.count} sertifikat kegiatan ${p.code} bukan bilangan bulat (mis. ${String(p.jp).replace('.', ',')} JP untuk NIP ${p.nip}); SIASN hanya menerima jam bulat, jadi sertifikat itu tidak diekspor.`,
    suggestion:
      'Perbaiki JP kegiatan atau sesinya (lembar Kegiatan atau Sesi) menjadi bilangan bulat; nilai tidak dibulatkan diam-diam.',
  },
  'training.noParticipants': {
    message: (p) => `Kegiatan ${p.code} belum punya peserta.`,
    suggestion: 'Isi lembar Peserta.',
  },
  'session.numberBlank': { message: 'Nomor sesi kosong.', suggestion: 'Isi nomor sesi 1, 2, 3, …' },
  'session.duplicate': {
    message: (p) => `Sesi ${p.number} untuk ${p.code} ditulis lebih dari sekali; baris ini diabaikan.`,
    suggestion: 'Nomor sesi harus unik per kegiatan.',
  },
  'session.dateOutside': {
    message: 'Tanggal sesi di luar tanggal kegiatan.',
    suggestion: 'Periksa tanggal sesi atau tanggal kegiatan.',
  },
  'session.timesInverted': {
    message: (p) => `Jam Selesai (${p.end}) tidak setelah Jam Mulai (${p.start}).`,
    suggestion: 'Periksa jam sesi.',
  },
  'session.jpUncomputable': {
    message: (p) =>
      `JP sesi ${p.number} kegiatan ${p.code} tidak dapat dihitung: JP kosong dan Jam Mulai/Jam Selesai tidak lengkap.`,
    suggestion: 'Isi kolom JP, atau Jam Mulai dan Jam Selesai.',
  },
  'session.endNotAfterStart': {
    message: (p) => `Jam Selesai sesi ${p.number} kegiatan ${p.code} tidak setelah Jam Mulai.`,
    suggestion: 'Perbaiki Jam Mulai/Jam Selesai, atau isi kolom JP.',
  },
  'session.durationNotWholeJp': {
    message: (p) =>
      `Durasi sesi ${p.number} kegiatan ${p.code} ${p.minutes} menit bukan kelipatan JP (${p.minutesPerJp} menit); dihitung ${p.jp} JP.`,
    suggestion: 'Isi kolom JP bila jumlah JP sesi ini berbeda.',
  },
} as const satisfies Partial<ProblemCatalog>;
