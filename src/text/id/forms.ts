// Indonesian text of the forms area: reading responses (both sources), the response store and Tarik Respons.

/** Problems a form or a response sheet as a whole can have (they stop its responses from being read). */
export const formProblems = {
  noNipQuestion: (title: string) => ({
    message: `Formulir "${title}" tidak punya pertanyaan NIP.`,
    suggestion: 'Formulir harus punya pertanyaan yang judulnya memuat "NIP".',
  }),
  noSessionQuestion: (title: string) => ({
    message: `Formulir presensi "${title}" tidak punya pertanyaan Sesi.`,
    suggestion: 'Formulir presensi harus punya pertanyaan "Sesi".',
  }),
  noNipColumn: (sheet: string) => ({
    message: `Lembar respons "${sheet}" tidak punya kolom NIP.`,
    suggestion: 'Formulir harus punya pertanyaan yang judulnya memuat "NIP".',
  }),
  noSessionColumn: (sheet: string) => ({
    message: `Lembar respons presensi "${sheet}" tidak punya kolom Sesi.`,
    suggestion: 'Formulir presensi harus punya pertanyaan "Sesi".',
  }),
  cannotOpen: (kind: string, code: string, id: string) => ({
    message: `Formulir ${kind} ${code} (ID ${id}) tidak dapat dibuka; respons dibaca dari lembar respons bila ada.`,
    suggestion:
      'Periksa apakah formulir dihapus atau Anda tidak punya akses. Hapus ID Formulir bila formulir memang sudah tidak ada.',
  }),
  sheetMismatch: (kind: string, code: string, sheet: string, reason: string) => ({
    message: `Formulir ${kind} ${code}: lembar respons "${sheet}" tidak cocok dengan formulir (${reason}); semua respons dibaca langsung lewat FormApp (lebih lambat).`,
    suggestion:
      'Jangan menghapus, menyisipkan, atau mengurutkan baris di lembar respons; olah salinannya bila perlu.',
  }),
  sheetTwice: (sheet: string) => ({
    message: `Lembar respons "${sheet}" terdaftar lebih dari sekali; dibaca sekali saja.`,
    suggestion: 'Hapus baris ganda di lembar Formulir.',
  }),
};

/** Problems of one response row. */
export const answerProblems = {
  badSession: (shown: string) => ({
    message: `Jawaban sesi "${shown}" tidak dapat dibaca.`,
    suggestion: 'Pilihan sesi harus berbentuk "Sesi <nomor>: <materi>".',
  }),
  badScore: (shown: string) => ({
    message: shown
      ? `Skor "${shown}" tidak dapat dibaca; respons ini tidak dinilai.`
      : 'Skor kosong; respons ini tidak dinilai.',
    suggestion: 'Ketik nilai peserta ini di lembar Nilai bila perlu.',
  }),
};

/** What the steps say when the store is behind the forms (they never read a form themselves). */
export const storeProblems = {
  neverImported: (kind: string, code: string) => ({
    message: `Respons formulir ${kind} ${code} belum pernah ditarik; hasil dihitung tanpa respons formulir ini.`,
    suggestion: 'Jalankan Tarik Respons (menu DOU ASN atau panel), lalu ulangi langkah ini.',
  }),
  newRows: (kind: string, code: string, sheet: string, n: number) => ({
    message: `Lembar respons "${sheet}" (${kind} ${code}) punya ${n} baris yang belum ditarik; hasil dihitung tanpa respons itu.`,
    suggestion: 'Jalankan Tarik Respons (menu DOU ASN atau panel), lalu ulangi langkah ini.',
  }),
};

export const pullText = {
  unknownTraining: (code: string) => `Kegiatan "${code}" tidak ada di lembar Kegiatan.`,
  done: (
    tests: number,
    attendance: number,
    evaluations: number,
    viaBoth: number,
    viaForm: number,
    viaSheet: number,
  ) =>
    `Respons ditarik: ${tests} tes, ${attendance} presensi, ${evaluations} evaluasi (formulir: ${viaBoth} lewat lembar respons dengan NIP dari FormApp, ${viaForm} lewat FormApp saja, ${viaSheet} lewat lembar respons saja). ` +
    'Klik Hitung Nilai & Peringkat untuk memperbarui rekap.',
  redone: (code: string, forms: number) =>
    `Respons ${forms} formulir kegiatan ${code} ditarik ulang dari awal.`,
  later: (n: number) =>
    `Waktu eksekusi hampir habis: ${n} formulir yang sudah ditarik belum diperiksa ulang kali ini; Tarik Respons berikutnya memeriksanya lebih dulu.`,
  more: (left: number) =>
    `Waktu eksekusi hampir habis: ${left} formulir belum selesai ditarik. Jalankan Tarik Respons lagi untuk melanjutkan (yang sudah ditarik tidak dibaca ulang).`,
};

/** How the panel names a form's last import. */
export const importedText = {
  never: 'belum ditarik',
  at: (when: string) => `ditarik ${when}`,
};
