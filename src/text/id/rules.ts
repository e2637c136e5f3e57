// Indonesian text of the rules (src/core) other than problems: NIP reasons, Keterangan and Catatan notes,
// match suggestions, month names and the help of each setting. Labels the rules compare (predicates, categories,
// kinds) are data and stay in src/core.

import type { NipMatch } from '../../core/similar';

/** Why a NIP is not valid (shown after "NIP tidak valid:" in messages and in Keterangan). */
export const NIP_REASON = {
  numberTyped: 'NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; ketik ulang sebagai teks',
  blank: 'NIP kosong',
  notDigits: (nip: string) => `NIP "${nip}" berisi karakter selain angka`,
  length: (digits: number) => `NIP harus 18 digit, terbaca ${digits} digit`,
  birthDate: (digits: string) => `digit 1–8 (tanggal lahir ${digits}) bukan tanggal yang valid`,
  birthYear: (year: number) => `tahun lahir ${year} (digit 1–4) tidak wajar`,
  appointmentMonth: (digits: string) =>
    `digit 13–14 ("${digits}") bukan bulan pengangkatan PNS (01–12) maupun kode PPPK (21–29)`,
  appointmentYear: (year: number, birthYear: number) =>
    `tahun pengangkatan ${year} (digit 9–12) tidak wajar untuk kelahiran ${birthYear}`,
  gender: (digit: string) => `digit ke-15 (jenis kelamin) harus 1 atau 2, terbaca ${digit}`,
} as const;

/** The suggestion for a NIP not on the roster that is close to one that is. */
export function matchSuggestion(match: NipMatch | null): string {
  return match ? `Mungkin maksudnya ${match.nip} (${match.name})` : '';
}

/** A participant as messages name them. */
export const participantLabel = (name: string, nip: string): string => `${name} (${nip || 'NIP kosong'})`;

/** Keterangan of a Rekap Nilai row: the reasons, joined by '; '. */
export const RESULT_NOTE = {
  nipInvalid: (reason: string) => `NIP tidak valid: ${reason}`,
  attendanceBelow: (attendance: string, threshold: string) =>
    `Kehadiran ${attendance}% di bawah batas ${threshold}%`,
  attendanceNotRecorded: 'Kehadiran belum dicatat',
  noPostTest: 'Tidak ada nilai Post-Test',
  componentZero: (component: string) => `Nilai ${component} kosong (dihitung 0)`,
} as const;

/** Catatan of an Analisis Soal row. */
export const ITEM_NOTE = {
  noResponses: 'Belum ada respons',
  noAnswers: 'Tidak ada yang menjawab',
  tooFewTakers: (min: number) => `Daya beda tidak dihitung: kurang dari ${min} peserta`,
  worse:
    'Memburuk: yang benar di Post-Test lebih sedikit daripada di Pre-Test; periksa materi sesi dan kunci jawabannya',
  tooEasy:
    'Terlalu mudah: lebih dari 90% sudah benar sebelum pelatihan; soal ini tidak mengukur hasil belajar',
  tooHard: 'Terlalu sukar',
  negative: 'Daya beda negatif: periksa kunci jawaban',
  low: 'Daya beda rendah',
} as const;

/** How to read Analisis Soal: each rule and where it comes from (the panel's legend, docs/panduan-admin.md). */
export const ITEM_LEGEND: ReadonlyArray<readonly [string, string]> = [
  [
    'Tingkat Kesukaran',
    'persen peserta yang menjawab benar di Post-Test: di atas 70% Mudah, 30–70% Sedang, di bawah 30% Sukar (indeks kesukaran p, batas 0,30 dan 0,70 yang lazim dalam evaluasi pendidikan, mis. Arikunto).',
  ],
  [
    'Daya Beda',
    'selisih proporsi benar antara 27% peserta dengan nilai Post-Test tertinggi dan 27% terendah (Kelley). Di bawah 0,20 rendah; negatif berarti peserta yang lemah lebih sering benar: biasanya kunci jawaban salah atau soalnya menyesatkan (Ebel & Frisbie). Dihitung bila ada minimal 10 peserta.',
  ],
  ['Peningkatan', 'persen benar Post-Test dikurangi persen benar Pre-Test; negatif berarti memburuk.'],
  ['Terlalu mudah', 'lebih dari 90% sudah benar di Pre-Test (tanpa Pre-Test: di Post-Test).'],
];

export const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The help written beside each key in `Pengaturan` (by the key the admin types). */
export const SETTING_HELP = {
  'Menit per JP': 'Lama 1 JP dalam menit.',
  'Target JP per Tahun': 'Hak pengembangan kompetensi per ASN per tahun.',
  'Batas Kehadiran Sertifikat (%)': 'Kehadiran minimal untuk mendapat sertifikat.',
  'Bobot Post-Test': 'Bobot nilai post-test dalam Nilai Akhir.',
  'Bobot Keaktifan': 'Bobot nilai keaktifan.',
  'Bobot Tugas': 'Bobot nilai tugas.',
  'Bobot Kehadiran': 'Bobot persentase kehadiran.',
  'Jumlah Piagam': 'Peringkat teratas yang mendapat Piagam Penghargaan.',
  'Respons Ganda': 'Respons yang dipakai bila satu NIP mengisi lebih dari sekali.',
  'Skala Evaluasi': 'Skala penilaian evaluasi (1 sampai Skala).',
  'Pengakuan JP': 'JP diakui bila bersertifikat, atau sesuai sesi yang dihadiri.',
  'Batas Predikat Sangat Memuaskan': 'Nilai Akhir minimal untuk predikat ini (bukan tabel resmi LAN).',
  'Batas Predikat Memuaskan': 'Nilai Akhir minimal untuk predikat ini.',
  'Batas Predikat Cukup Memuaskan': 'Nilai Akhir minimal untuk predikat ini.',
  'Batas Predikat Kurang Memuaskan': 'Nilai Akhir minimal untuk predikat ini.',
  'Batas Evaluasi Sangat Baik': 'Indeks minimal (Permenpan RB 14/2017).',
  'Batas Evaluasi Baik': 'Indeks minimal (Permenpan RB 14/2017).',
  'Batas Evaluasi Kurang Baik': 'Indeks minimal (Permenpan RB 14/2017).',
  'Format Nomor Sertifikat':
    'Kode: {nomor:N}, {kode}, {tahun}, {bulan}, {bulan_romawi}. Nomor tidak pernah dipakai ulang: yang diterbitkan ulang mendapat nomor baru.',
  'Format Nomor Piagam':
    'Kode: {nomor:N}, {kode}, {tahun}, {bulan}, {bulan_romawi}. Nomor tidak pernah dipakai ulang: yang diterbitkan ulang mendapat nomor baru.',
  'Sertifikat Narasumber':
    'Ya: Buat Sertifikat juga menerbitkan satu Sertifikat Narasumber untuk setiap narasumber ber-NIP per kegiatan (materi dan JP mengajarnya), dengan nomor sendiri.',
  'Format Nomor Sertifikat Narasumber':
    'Kode: {nomor:N}, {kode}, {tahun}, {bulan}, {bulan_romawi}. Urutan nomornya terpisah dari Sertifikat peserta; tidak pernah dipakai ulang.',
  'Mode Sertifikat': 'PDF saja (hemat kuota), atau Google Dokumen dan PDF.',
  'Kirim Email': 'Kirim PDF sertifikat ke email peserta.',
  'Bagikan Tautan PDF':
    'Ya: setiap PDF sertifikat dibagikan "siapa saja yang memiliki tautan dapat melihat" (untuk WhatsApp); tautannya di kolom Tautan lembar Sertifikat. Tidak: PDF hanya untuk admin.',
  'Subjek Email': 'Subjek email; boleh memakai {{Nama}}, {{Tema}}, dll.',
  'Isi Email': 'Isi email; boleh memakai {{Nama}}, {{Tema}}, dll.',
} as const satisfies Record<string, string>;

/** The default email body (a setting's default value, in the admin's language). */
export const DEFAULT_EMAIL = {
  subject: 'Sertifikat {{Tema}}',
  body: 'Yth. {{Nama}},\n\nTerlampir sertifikat Anda untuk kegiatan {{Tema}} ({{Tanggal Pelaksanaan}}).\n\nSalam,\nPanitia DOU ASN',
} as const;
