// Problems of the check-in (issue 16): a Presensi response that is Tidak sah and why, naming the form, the
// response's time and the NIP; the session code itself never appears in a text.

import type { CheckinParams, ProblemCatalog } from '../../../core/problemCodes';
import { NEW_VERSION_BUTTON } from '../forms';

const who = (p: CheckinParams) =>
  `Presensi NIP ${p.nip || '(kosong)'} untuk Sesi ${p.session} kegiatan ${p.code} (formulir "${p.form}", dikirim ${p.time || 'tanpa waktu'})`;
const notCounted = 'tidak sah dan tidak dihitung';
const typedHint = 'Bila peserta ini memang hadir, centang Hadir-nya di lembar Kehadiran.';

export const CHECKIN_PROBLEMS = {
  'checkin.sessionUnknown': {
    message: (p) => `${who(p)}: sesinya tidak ada di lembar Sesi; ${notCounted}.`,
    suggestion: 'Periksa lembar Sesi.',
  },
  'checkin.noTimestamp': {
    message: (p) =>
      `${who(p)}: waktu kirimnya tidak terbaca, jadi jam presensinya tidak dapat diperiksa; ${notCounted}.`,
    suggestion: typedHint,
  },
  'checkin.codeBlank': {
    message: (p) => `${who(p)}: Kode Sesi tidak diisi; ${notCounted}.`,
    suggestion: typedHint,
  },
  'checkin.codeWrong': {
    message: (p) => `${who(p)}: Kode Sesi yang diketik salah; ${notCounted}.`,
    suggestion: `Kode Sesi hanya terlihat di layar ruang pelatihan. ${typedHint}`,
  },
  'checkin.codeOtherSession': {
    message: (p) =>
      `${who(p)}: Kode Sesi yang diketik adalah kode Sesi ${p.otherSession}, bukan kode sesi yang dipilih; ${notCounted}.`,
    suggestion: `Peserta mungkin memilih sesi yang keliru. ${typedHint}`,
  },
  'checkin.codeOtherTraining': {
    message: (p) =>
      `${who(p)}: Kode Sesi yang diketik adalah kode Sesi ${p.otherSession} kegiatan ${p.otherCode}, kegiatan lain; ${notCounted}.`,
    suggestion: `Peserta mungkin mengisi formulir kegiatan yang keliru. ${typedHint}`,
  },
  'checkin.codeExpired': {
    message: (p) =>
      `${who(p)}: Kode Sesi yang diketik sudah kedaluwarsa (kode yang berganti itu sudah lewat masa berlakunya saat dikirim); ${notCounted}.`,
    suggestion: `Kode lama bisa jadi diteruskan dari orang lain. ${typedHint}`,
  },
  'checkin.tooEarly': {
    message: (p) => `${who(p)}: dikirim sebelum waktu presensi sesi itu dibuka; ${notCounted}.`,
    suggestion: `Periksa Tanggal dan Jam Mulai sesi di lembar Sesi, dan batas waktu presensi di Pengaturan. ${typedHint}`,
  },
  'checkin.tooLate': {
    message: (p) => `${who(p)}: dikirim setelah waktu presensi sesi itu ditutup; ${notCounted}.`,
    suggestion: `Periksa Tanggal dan Jam Mulai sesi di lembar Sesi, dan batas waktu presensi di Pengaturan. ${typedHint}`,
  },
  'checkin.sessionNoTime': {
    message: (p) =>
      `Sesi ${p.session} kegiatan ${p.code} belum punya Tanggal atau Jam Mulai, jadi waktu presensinya tidak dapat diperiksa; presensi dengan Kode Sesi yang benar diterima sebagai Hadir.`,
    suggestion: 'Isi Tanggal dan Jam Mulai sesi ini di lembar Sesi.',
  },
  'checkin.formWithoutCode': {
    message: (p) =>
      `Formulir "${p.form}" (kegiatan ${p.code}) belum punya pertanyaan Kode Sesi; presensinya dihitung tanpa pemeriksaan kode dan waktu.`,
    suggestion: `Klik ${NEW_VERSION_BUTTON} di Panel (bagian Formulir) agar formulir Presensi meminta Kode Sesi; respons lama tetap dihitung.`,
  },
} as const satisfies Partial<ProblemCatalog>;
