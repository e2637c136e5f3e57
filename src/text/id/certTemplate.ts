// Indonesian text of the certificate's look (issue 12 item 4): the settings Nama Pemerintah Daerah, Nama Instansi,
// Kota Penerbitan, Desain Sertifikat and Daftar Materi, the pre-flight Errors about them, the images (logo, tanda
// tangan) and the wording of the Daftar Materi page.

/** The Pengaturan keys and their help (Keterangan column). */
export const LOOK_SETTING = {
  government: 'Nama Pemerintah Daerah',
  agency: 'Nama Instansi',
  city: 'Kota Penerbitan',
  design: 'Desain Sertifikat',
  materials: 'Daftar Materi',
  verifyUrl: 'URL Verifikasi',
} as const;

export const LOOK_SETTING_HELP = {
  government:
    'Baris pertama kop sertifikat, mis. PEMERINTAH KOTA ... atau PEMERINTAH KABUPATEN ... (dicetak lewat {{Pemerintah Daerah}}).',
  agency:
    'Nama instansi penyelenggara di bawahnya, mis. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA (dicetak lewat {{Instansi}}).',
  city: 'Kota tempat sertifikat ditandatangani, mis. nama kota Anda (dicetak lewat {{Kota Terbit}}, sebelum tanggal terbit).',
  design:
    'Tampilan template bawaan: Resmi (bingkai ganda), Modern (bingkai tebal berwarna), atau Sederhana (tanpa bingkai). Berlaku saat "Buat Template".',
  materials:
    'Ya: sertifikat mendapat halaman kedua berisi daftar materi, narasumber, dan JP dari lembar Sesi.',
  verifyUrl:
    'Alamat halaman verifikasi (berakhiran /exec, lihat Panduan). Kode QR di setiap sertifikat membuka alamat ini dengan kode verifikasinya. Kosong: kode QR membuka PDF sertifikat itu sendiri.',
} as const;

export const LOOK_TEXT = {
  /** URL Verifikasi is not a web address this add-on can print. */
  badVerifyUrl: (row: number | null) =>
    `Lembar "Pengaturan"${row ? ` baris ${row}` : ''} kolom Nilai: "URL Verifikasi" harus alamat lengkap yang diawali https:// (mis. https://script.google.com/macros/s/.../exec), tanpa spasi. Salin alamat halaman verifikasi dari Google Apps Script (Terapkan > Kelola penerapan), atau kosongkan.`,
  /** A setting a template prints is empty. */
  emptySetting: (key: string, row: number | null, kind: string, placeholder: string) =>
    `Lembar "Pengaturan"${row ? ` baris ${row}` : ''} kolom Nilai: "${key}" masih kosong, padahal Template ${kind} mencetaknya lewat {{${placeholder}}}. Isi nilainya (mis. seperti contoh di kolom Keterangan), lalu mulai lagi.`,
} as const;

/** The Daftar Materi page (its table's words; the rows come from `Sesi`). */
export const MATERIALS_TEXT = {
  title: 'DAFTAR MATERI',
  subtitle: (theme: string, code: string) => `${theme} (${code})`,
  header: ['No.', 'Materi', 'Narasumber', 'JP'] as const,
  total: 'Jumlah',
  /** A training with more sessions than the page lists. */
  more: (n: number) => `dan ${n} sesi lainnya`,
} as const;
