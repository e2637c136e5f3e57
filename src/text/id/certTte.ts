// Indonesian text of TTE-ready certificates (issue 13 item 4): the settings Mode TTE and Karakter Tag TTE, the
// pre-flight Errors about a template's tag, Paket TTE and the import of signed PDFs.

/** The Pengaturan keys and their help (Keterangan column). */
export const TTE_SETTING = {
  mode: 'Mode TTE',
  tag: 'Karakter Tag TTE',
} as const;

export const TTE_SETTING_HELP = {
  mode: 'Tag: setiap PDF memuat satu karakter tag tak terlihat di kotak tanda tangan, tempat aplikasi TTE BSrE menaruh tanda tangan elektronik; hanya PDF yang sudah ditandatangani yang dikirim atau dibagikan. Tidak: tanpa tag.',
  tag: 'Satu tanda yang dicari aplikasi TTE, mis. # atau $ (bukan huruf atau angka). Tanda yang sama di nama, jabatan, atau nomor dicetak dengan tanda serupa agar tag tetap hanya satu.',
} as const;

export const TTE_TEXT = {
  /** Tag mode and a template that cannot print the tag exactly once in the signature box. */
  templateFault: (
    kind: string,
    fault: 'missing' | 'repeated' | 'inText',
    tag: string,
    row: number | null,
  ) => {
    const where = `Lembar "Pengaturan"${row ? ` baris ${row}` : ''}: "Mode TTE" berisi Tag`;
    if (fault === 'missing')
      return `${where}, tetapi Template ${kind} belum memuat {{Tag TTE}} di kotak tanda tangan. Buat ulang template lewat "Buat Template", atau ketik {{Tag TTE}} sekali di kotak tanda tangan template (warna putih, huruf kecil), lalu mulai lagi.`;
    if (fault === 'repeated')
      return `${where}, tetapi Template ${kind} memuat {{Tag TTE}} lebih dari sekali. Sisakan satu saja, di kotak tanda tangan, lalu mulai lagi.`;
    return `${where}, tetapi teks Template ${kind} sendiri memuat tanda "${tag}", sehingga aplikasi TTE bisa menaruh tanda tangan di tempat yang salah. Hapus tanda itu dari template atau pilih "Karakter Tag TTE" lain, lalu mulai lagi.`;
  },
} as const;

/** The import of signed PDFs (Unggah PDF bertanda tangan): one line per file the admin picked. */
export const TTE_IMPORT_TEXT = {
  stored: (number: string, name: string, at: string) =>
    `Disimpan: sertifikat ${number} atas nama ${name}${at ? `, ditandatangani ${at}` : ''}.`,
  already: (number: string) =>
    `Sudah ada: file bertanda tangan yang sama untuk ${number} sudah tersimpan sebelumnya.`,
  notPdf: 'File ini bukan PDF. Pilih file PDF hasil tanda tangan elektronik.',
  tooLarge: (mb: number) =>
    `File ini lebih dari ${mb} MB, terlalu besar untuk sertifikat. Periksa apakah file yang dipilih benar.`,
  unmatched:
    'Tidak dikenali: nama file tidak cocok dengan sertifikat mana pun di lembar "Sertifikat". Gunakan nama file seperti saat diunduh dari Paket TTE (jangan diganti namanya), lalu unggah lagi.',
  ambiguous: (numbers: string[]) =>
    `Nama file cocok dengan lebih dari satu sertifikat (${numbers.join(', ')}). Gunakan nama file seperti saat diunduh dari Paket TTE.`,
  notIssued: (number: string) =>
    `Sertifikat ${number} belum punya PDF terbit di lembar "Sertifikat"; file bertanda tangan tidak dapat dicocokkan.`,
  revoked: (number: string) => `Sertifikat ${number} sudah dicabut; file bertanda tangan tidak disimpan.`,
  superseded: (number: string) =>
    `Sertifikat ${number} sudah diganti oleh terbitan baru; tanda tangani PDF terbitan baru lalu unggah file itu.`,
  issuedGone: (number: string) =>
    `PDF terbit untuk ${number} tidak dapat dibuka lagi di Drive, sehingga file bertanda tangan tidak dapat diperiksa. Periksa lembar "Sertifikat" kolom PDF.`,
  unsigned: (number: string) =>
    `File untuk ${number} belum bertanda tangan elektronik. Tanda tangani dulu dengan aplikasi TTE, lalu unggah hasilnya.`,
  different: (number: string) =>
    `File ini bukan hasil tanda tangan dari PDF ${number} yang diterbitkan (isinya berbeda dari PDF terbit). Tanda tangani PDF dari Paket TTE tanpa mengubahnya, lalu unggah lagi.`,
  otherSigned: (number: string) =>
    `Sertifikat ${number} sudah punya file bertanda tangan lain yang tersimpan; file itu tidak diganti. Bila memang perlu diganti, terbitkan ulang sertifikatnya lebih dulu.`,
  unnamed: 'file tanpa nama',
} as const;

/** Delivery with Mode TTE Tag: what is not delivered and why. */
export const TTE_DELIVERY_TEXT = {
  blocked: (why: 'revoked' | 'superseded' | 'unsigned' | null) =>
    why === 'revoked'
      ? 'Sertifikat sudah dicabut.'
      : why === 'superseded'
        ? 'Sertifikat sudah diganti oleh terbitan baru.'
        : `Belum ditandatangani: unggah PDF bertanda tangan di ${UPLOAD_SIGNED_AT}.`,
  zipUnsigned: (n: number) =>
    ` ${n} PDF belum ditandatangani dan tidak termasuk (Mode TTE = Tag): unggah PDF bertanda tangan di ${UPLOAD_SIGNED_AT}.`,
  zipNoneSigned: (code: string, n: number) =>
    `Belum ada PDF bertanda tangan untuk kegiatan ${code}: ${n} PDF belum ditandatangani (Mode TTE = Tag). Buat Paket TTE, tanda tangani, lalu unggah di ${UPLOAD_SIGNED_AT}.`,
} as const;

/** Paket TTE. */
export const TTE_BUNDLE_TEXT = {
  zipName: (code: string, part: number) => `Paket TTE ${code} - bagian ${part}.zip`,
  csvName: (code: string) => `Paket TTE ${code} - manifest.csv`,
  jsonName: (code: string) => `Paket TTE ${code} - manifest.json`,
  manifest: (n: number) =>
    ` Daftar isi (manifest.csv dan manifest.json, ${n} baris) disimpan di folder yang sama.`,
  notTagMode:
    ' Perhatian: "Mode TTE" belum Tag, sehingga PDF ini tidak memuat tag tanda tangan. Setel Mode TTE = Tag dan buat template baru sebelum menerbitkan sertifikat yang akan ditandatangani.',
} as const;

/** The panel part "Tanda Tangan Elektronik (TTE)" (sidebar/sections/certTte.tsx). */
export const TTE_UI = {
  title: 'Tanda Tangan Elektronik (TTE)',
  hint: 'Dengan Mode TTE = Tag: buat Paket TTE, tanda tangani semua PDF-nya dengan aplikasi TTE BSrE, lalu unggah hasilnya di sini. Hanya PDF bertanda tangan yang dikirim atau dibagikan.',
  bundle: 'Buat Paket TTE',
  noTraining: 'Pilih kegiatan lebih dulu.',
  choose: 'Pilih PDF bertanda tangan (boleh banyak)',
  upload: 'Unggah PDF bertanda tangan',
  sending: (i: number, n: number) => `Mengunggah ${i} dari ${n}…`,
  summary: (stored: number, already: number, refused: number) =>
    `${stored} disimpan, ${already} sudah ada, ${refused} ditolak.`,
  outcome: { stored: 'Disimpan', already: 'Sudah ada', refused: 'Ditolak' },
  notPdf: (name: string) => `${name}: bukan file PDF.`,
  readFailed: (name: string) => `${name}: file tidak dapat dibaca oleh browser.`,
} as const;

/** Where the admin uploads signed PDFs, in the panel's own words (TTE_UI): named by every hint that asks for it. */
export const UPLOAD_SIGNED_AT = `Panel → Sertifikat → ${TTE_UI.title} → "${TTE_UI.upload}"`;
