// Indonesian text of the forms area: Tarik Respons and the panel's import state (problem texts: text/id/problems/).

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
