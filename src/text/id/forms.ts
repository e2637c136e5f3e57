// Indonesian text of the forms area: Tarik Respons and the panel's import state (problem texts: text/id/problems/).

/** A step asked for one training whose code is not in `Kegiatan` (Buat Formulir, Tautan Peserta, Tarik Respons). */
export const unknownTraining = (code: string) => `Kegiatan "${code}" tidak ada di lembar Kegiatan.`;

/** The panel's button that makes a new version of forms that already have responses (Formulir section). */
export const NEW_VERSION_BUTTON = 'Buat Versi Baru';
const NEW_VERSION = `${NEW_VERSION_BUTTON} di Panel (bagian Formulir)`;

/** Buat Formulir: a note per form (`what` names it) and the summary. */
export const buildText = {
  what: (kind: string, code: string) => `${kind} ${code}`,
  skipped: (kind: string, code: string, reason: string) => `${kind} ${code} tidak dibuat: ${reason}.`,
  handMade: (what: string, row: number, sheet: string) =>
    `${what}: formulir buatan sendiri sudah terdaftar (Formulir baris ${row}, lembar "${sheet}"); tidak dibuat formulir baru. Agar add-on membuatkan formulirnya sendiri (dengan tautan per peserta, dan untuk Presensi: QR per sesi dan Kode Sesi), klik ${NEW_VERSION}; respons lama tetap dibaca.`,
  newVersionOfHandMade: (what: string, row: number, version: number) =>
    `${what}: formulir buatan sendiri (Formulir baris ${row}) tidak diubah; versi ${version} dibuat oleh add-on. Respons keduanya tetap dibaca. Bagikan tautan dan QR yang baru.`,
  remade: (what: string) =>
    `${what}: formulir lama tidak dapat dibuka lagi (dihapus?); dibuat formulir baru.`,
  manual: (what: string) => `${what}: formulir didaftarkan manual; isinya tidak diubah oleh add-on.`,
  finished: (what: string) => `${what}: formulir yang terpotong pada jalan sebelumnya diselesaikan.`,
  updated: (what: string) =>
    `${what}: isi lembar berubah dan formulir belum punya respons; formulir diperbarui.`,
  newVersion: (what: string, responses: number, version: number) =>
    `${what}: formulir lama punya ${responses} respons dan tidak diubah; versi ${version} dibuat. Respons kedua versi tetap dibaca.`,
  versionTitle: (title: string, version: number) => `${title} (versi ${version})`,
  kept: (what: string, responses: number) =>
    `${what}: isi lembar berubah, tetapi formulir sudah punya ${responses} respons sehingga tidak diubah. Bila perlu, klik ${NEW_VERSION}: formulir baru dibuat, respons lama tetap dibaca.`,
  stillQuiz: (what: string) =>
    `${what}: formulir ini masih kuis Google, yang dapat menampilkan kunci jawaban kepada peserta setelah mengirim; soal yang sama muncul lagi di Post-Test. Klik ${NEW_VERSION} untuk formulir tanpa kunci (nilai dihitung dari lembar Soal).`,
  done: (c: {
    created: number;
    updated: number;
    unchanged: number;
    finished: number;
    skipped: number;
    stopped: number;
    notes: number;
  }) =>
    `Formulir: ${c.created} dibuat, ${c.updated} diperbarui, ${c.unchanged} tidak berubah` +
    (c.finished ? `, ${c.finished} diselesaikan` : '') +
    (c.skipped ? `, ${c.skipped} tidak dibuat` : '') +
    '.' +
    (c.stopped
      ? ` Waktu eksekusi hampir habis: ${c.stopped} formulir belum diproses; jalankan Buat Formulir lagi untuk melanjutkan.`
      : '') +
    (c.notes ? ` Catatan: ${c.notes} (lihat daftar).` : ''),
};

/** Why Tarik Respons did not read a linked sheet for its form (the reason in form.sheetMismatch). */
export const mismatchReason = {
  empty: 'lembar kosong',
  counts: (rows: number, responses: number) =>
    `lembar berisi ${rows} baris respons, formulir ${responses} respons`,
};

export const pullText = {
  done: (
    tests: number,
    attendance: number,
    evaluations: number,
    viaBoth: number,
    viaForm: number,
    viaSheet: number,
  ) =>
    `Respons ditarik: ${tests} tes, ${attendance} presensi, ${evaluations} evaluasi (formulir: ${viaBoth} dibaca dari lembar respons dan NIP-nya dari formulir, ${viaForm} langsung dari formulir saja, ${viaSheet} lewat lembar respons saja). ` +
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
