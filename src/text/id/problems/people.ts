// Problem texts about participants (Peserta), attendance (Kehadiran, Presensi) and scores (Nilai, Nilai Akhir).

import type { ProblemCatalog } from '../../../core/problemCodes';
import { matchSuggestion, NIP_REASON, participantLabel } from '../rules';

export const PEOPLE_PROBLEMS = {
  'participant.nameBlank': { message: 'Nama peserta kosong.', suggestion: 'Isi nama lengkap beserta gelar.' },
  'participant.duplicate': {
    message: (p) =>
      `NIP ${p.nip} sudah terdaftar di ${p.code} pada baris ${p.firstRow}; baris ini tidak dihitung.`,
    suggestion: 'Hapus baris ganda.',
  },
  'participant.statusMismatch': {
    message: (p) => `Status ${p.status} tidak cocok dengan format NIP (${p.derived}).`,
    suggestion: 'Periksa status atau NIP.',
  },
  'participant.emailInvalid': {
    message: (p) => `Alamat email "${p.email}" tidak valid.`,
    suggestion: 'Perbaiki alamat email (dipakai untuk mengirim sertifikat).',
  },
  'participant.phoneInvalid': {
    message: (p) => `No. HP "${p.phone}" bukan nomor HP Indonesia yang valid.`,
    suggestion:
      "Tulis nomor HP seperti 0812 3456 7890 (dipakai untuk teks WhatsApp); nomor yang diawali + diketik dengan tanda petik di depannya ('+62…) agar tidak menjadi rumus. Kosongkan bila tidak ada.",
  },
  'reference.nipStoredAsNumber': {
    message: (p) =>
      `NIP ${p.nip} ada di Peserta baris ${p.rosterRow}, tetapi di sana tersimpan sebagai angka (digit hilang); baris ini belum dapat dipakai.`,
    suggestion: (p) => `Ketik ulang NIP di lembar Peserta baris ${p.rosterRow} sebagai teks.`,
  },
  'reference.nipNotEnrolled': {
    message: (p) => `NIP ${p.nip} tidak terdaftar sebagai peserta ${p.code}.`,
    suggestion: 'Tambahkan ke lembar Peserta atau perbaiki NIP.',
  },
  'attendance.sessionUnknown': {
    message: (p) => `Sesi ${p.session} tidak ada untuk ${p.code} di lembar Sesi.`,
    suggestion: 'Periksa nomor sesi.',
  },
  'attendance.duplicate': {
    message: (p) => `Kehadiran NIP ${p.nip} di sesi ${p.session} ditulis lebih dari sekali.`,
    suggestion: 'Hapus baris ganda (yang Hadir = TRUE dipakai).',
  },
  'attendance.presentBlank': {
    message: (p) =>
      `${p.count} baris Kehadiran ${p.code} belum diisi Hadir-nya (kosong, bukan centang kosong); baris itu diabaikan.`,
    suggestion:
      'Centang Hadir bagi yang hadir; kotak tak dicentang berarti tidak hadir. Bila tak ada baris terisi, kehadiran dianggap belum dicatat.',
  },
  'attendance.notRecorded': {
    message: (p) =>
      `Kehadiran kegiatan ${p.code} belum dicatat (tidak ada baris Kehadiran maupun respons Presensi); kehadiran dikosongkan dan tidak dipakai untuk sertifikat maupun Nilai Akhir.`,
    suggestion: 'Isi lembar Kehadiran atau bagikan formulir Presensi.',
  },
  'attendance.zeroJp': {
    message: (p) =>
      `Total JP sesi kegiatan ${p.code} adalah 0 sehingga persentase kehadiran tidak dapat dihitung.`,
    suggestion: 'Isi JP atau Jam Mulai/Jam Selesai sesi-sesinya di lembar Sesi.',
  },
  'presensi.nipNumberTyped': {
    message: (p) => `${NIP_REASON.numberTyped} (terbaca ${p.nip}); respons presensi ini tidak dihitung.`,
    suggestion: 'Catat kehadirannya di lembar Kehadiran dengan NIP yang benar.',
  },
  'presensi.sessionUnknown': {
    message: (p) =>
      `Sesi ${p.session} tidak ada untuk kegiatan ${p.code} di lembar Sesi; kehadiran ini diabaikan.`,
    suggestion: 'Perbaiki nomor sesi, atau tambahkan sesinya di lembar Sesi.',
  },
  'presensi.nipNotEnrolled': {
    message: (p) =>
      `NIP ${p.nip || '(kosong)'} tidak terdaftar sebagai peserta kegiatan ${p.code}; kehadirannya diabaikan.`,
    suggestion: (p) =>
      matchSuggestion(p.match) || 'Periksa NIP, atau tambahkan pesertanya di lembar Peserta.',
  },
  'score.duplicate': {
    message: (p) =>
      `Nilai NIP ${p.nip} untuk ${p.code} sudah ada di baris ${p.firstRow}; baris ini tidak dihitung.`,
    suggestion: 'Gabungkan ke satu baris.',
  },
  'finalScore.componentDropped': {
    message: (p) =>
      `Tidak ada peserta kegiatan ${p.code} yang punya nilai ${p.component}; komponen ini tidak dipakai dan bobot Nilai Akhir dibagi ulang ke komponen lain.`,
    suggestion: (p) => `Isi nilai ${p.component} di lembar Nilai bila komponen ini seharusnya dihitung.`,
  },
  'finalScore.componentMissing': {
    message: (p) =>
      p.pending
        ? `${participantLabel(p.name, p.nip)} di kegiatan ${p.code} belum punya nilai ${p.component} yang terbaca: ` +
          `respons ${p.component} di ${p.pending.sheet} baris ${p.pending.row} tampaknya miliknya, tetapi NIP-nya ` +
          'tidak cocok; sampai diperbaiki dihitung 0 dalam Nilai Akhir.'
        : `${participantLabel(p.name, p.nip)} di kegiatan ${p.code} tidak punya nilai ${p.component} sedangkan peserta lain punya; dihitung 0 dalam Nilai Akhir.`,
    suggestion: (p) =>
      p.pending
        ? `Lihat saran untuk ${p.pending.sheet} baris ${p.pending.row}.`
        : p.component === 'Kehadiran'
          ? 'Periksa kehadiran peserta ini.'
          : `Isi nilai ${p.component} di lembar Nilai.`,
  },
} as const satisfies Partial<ProblemCatalog>;
