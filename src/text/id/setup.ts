// Indonesian texts of "Siapkan Lembar Kerja": the preset aspects and notes it writes and the summary it gives.

/** Example aspects (DESIGN §4.7: presets are examples, labelled as such). */
export const ASPECT_PRESETS: ReadonlyArray<readonly [string, string]> = [
  ['Narasumber', 'Penguasaan materi'],
  ['Narasumber', 'Sistematika penyajian'],
  ['Narasumber', 'Kemampuan menyajikan'],
  ['Narasumber', 'Ketepatan waktu'],
  ['Narasumber', 'Penggunaan metode dan alat bantu'],
  ['Narasumber', 'Sikap dan perilaku'],
  ['Narasumber', 'Cara menjawab pertanyaan'],
  ['Penyelenggaraan', 'Kesesuaian materi dengan kebutuhan'],
  ['Penyelenggaraan', 'Ketersediaan sarana dan prasarana'],
  ['Penyelenggaraan', 'Kenyamanan ruang'],
  ['Penyelenggaraan', 'Kesigapan panitia'],
  ['Penyelenggaraan', 'Konsumsi'],
  ['Pasca Pelatihan', 'Penerapan materi dalam pekerjaan'],
  ['Pasca Pelatihan', 'Peningkatan kinerja'],
  ['Pasca Pelatihan', 'Manfaat bagi unit kerja'],
];

export const SETUP_TEXT = {
  aspectNote: 'Aspek di bawah ini contoh bawaan; ubah, hapus, atau tambah sesuai instrumen evaluasi Anda.',
  choiceHelp: (choices: readonly string[]) => `Pilih: ${choices.join(' / ')}`,
  presetAspects: (n: number) => `${n} contoh aspek evaluasi`,
  presetSettings: (n: number) => `${n} pengaturan bawaan`,
  created: (names: readonly string[]) => `Lembar dibuat: ${names.join(', ')}.`,
  added: (sheet: string, headers: readonly string[]) =>
    `Kolom ditambahkan di akhir lembar ${sheet}: ${headers.join(', ')}.`,
  filled: (presets: readonly string[]) => `Diisi: ${presets.join(', ')}.`,
  nothing: 'Semua lembar sudah lengkap; tidak ada yang diubah.',
  /** A sheet with values but no header the add-on can find: Setup writes no second header set. */
  headerNotFound: (sheet: string, headers: readonly string[]) =>
    `Lembar ${sheet}: baris judul kolom tidak ditemukan di 10 baris teratas, jadi tidak ada kolom yang ditambahkan. Tulis judul kolomnya (${headers.join(', ')}) tepat di atas datanya, lalu jalankan lagi.`,
} as const;
