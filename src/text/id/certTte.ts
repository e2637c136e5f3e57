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
