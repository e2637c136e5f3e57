// Problem texts about JP across years (issue 15): earlier years' Rekap JP copied into this spreadsheet, and the
// optional Daftar ASN (Indonesian).

import type { ProblemCatalog } from '../../../core/problemCodes';

export const JP_HISTORY_PROBLEMS = {
  'jpImport.sheetYear': {
    message: (p) =>
      `Lembar "${p.sheet}" bernama seperti rekap JP tahun ${p.year}, tetapi tahun itu di luar ${p.from}–${p.to}; lembar ini tidak dibaca.`,
    suggestion:
      'Ganti nama lembar menjadi "Rekap JP <tahun>" dengan tahun yang benar, misalnya "Rekap JP 2025".',
  },
  'jpImport.nipNumberTyped': {
    message: (p) =>
      `NIP di lembar "${p.sheet}" tersimpan sebagai angka (${p.text}) sehingga digit terakhirnya hilang; JP baris ini tidak dimasukkan ke Riwayat JP.`,
    suggestion:
      "Ketik ulang NIP ini sebagai teks (awali dengan tanda petik ') sesuai NIP aslinya, atau salin ulang lembar Rekap JP dari buku kerja tahun itu.",
  },
  'jpImport.nipInvalid': {
    message: (p) =>
      `NIP "${p.text}" di lembar "${p.sheet}" tidak valid: ${p.reason} JP baris ini tidak dimasukkan ke Riwayat JP.`,
    suggestion: 'Perbaiki NIP (18 digit sesuai format PNS atau PPPK) di lembar ini.',
  },
  'jpImport.yearMissing': {
    message: (p) =>
      `Baris di lembar "${p.sheet}" tidak punya Tahun; karena nama lembar tidak menyebut tahun, JP baris ini tidak dapat dimasukkan ke Riwayat JP.`,
    suggestion:
      'Isi kolom Tahun, atau ganti nama lembar menjadi "Rekap JP <tahun>", misalnya "Rekap JP 2025".',
  },
  'jpImport.yearInvalid': {
    message: (p) =>
      `Tahun "${p.text}" bukan tahun ${p.from}–${p.to}; JP baris ini tidak dimasukkan ke Riwayat JP.`,
    suggestion: 'Isi Tahun dengan empat angka, misalnya 2025.',
  },
  'jpImport.yearMismatch': {
    message: (p) =>
      `Baris ini bertahun ${p.typed}, padahal lembar "${p.sheet}" menurut namanya berisi tahun ${p.year}; JP baris ini tidak dimasukkan ke Riwayat JP.`,
    suggestion: (p) =>
      `Pindahkan baris tahun ${p.typed} ke lembar "Rekap JP ${p.typed}", atau perbaiki Tahun-nya.`,
  },
  'jpImport.jpInvalid': {
    message: (p) => `JP "${p.text}" bukan angka 0 atau lebih; JP baris ini tidak dimasukkan ke Riwayat JP.`,
    suggestion: 'Isi JP dengan angka, seperti di lembar Rekap JP buku kerja asalnya.',
  },
  'jpImport.duplicate': {
    message: (p) =>
      `JP NIP ${p.nip} tahun ${p.year} sudah diambil dari lembar "${p.first}" baris ${p.firstRow}; baris ini tidak dijumlahkan lagi.`,
    suggestion:
      'Biarkan bila ini salinan yang sama. Bila JP dari dua buku kerja tahun yang sama perlu digabung, jumlahkan dulu dalam satu lembar.',
  },
  'jpImport.ownYear': {
    message: (p) =>
      `JP NIP ${p.nip} tahun ${p.year} sudah dihitung oleh buku kerja ini (Rekap JP baris ${p.ownRow}); baris salinan ini tidak dipakai.`,
    suggestion:
      'Hitungan buku kerja ini yang dipakai. Hapus lembar salinan tahun ini bila isinya sama dengan Rekap JP.',
  },
  'roster.duplicate': {
    message: (p) =>
      `NIP ${p.nip} sudah tercantum di Daftar ASN baris ${p.firstRow}; baris ini tidak dihitung.`,
    suggestion: 'Hapus baris ganda (satu ASN cukup satu baris per tahun).',
  },
  'roster.notListed': {
    message: (p) =>
      `${p.count} ASN punya JP tahun ${p.year} di Riwayat JP tetapi tidak tercantum di Daftar ASN (misalnya ${p.nips}); mereka tidak dihitung di Capaian 20 JP tahun itu.`,
    suggestion:
      'Tambahkan mereka ke Daftar ASN bila masih ASN unit Anda; bila sudah pindah atau pensiun, biarkan.',
  },
} as const satisfies Partial<ProblemCatalog>;
