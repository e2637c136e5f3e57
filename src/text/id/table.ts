// Indonesian texts of the table module: problems a sheet's layout gives (header not found, duplicates, missing).

export const TABLE_TEXT = {
  /** The drop-down's help in a column the admin fills in a generated sheet (Ekspor SIASN's Status SIASN). */
  personColumnHelp: 'Diisi admin; add-on menyimpan isian ini setiap kali lembar dibuat ulang.',
  headerNotFound: (sheet: string) => `Baris judul kolom lembar "${sheet}" tidak ditemukan.`,
  headerNotFoundHint: (required: readonly string[]) =>
    `Tulis judul kolom di baris 1: ${required.join(', ')}.`,
  rivalHeader: (sheet: string, rival: number, used: number) =>
    `Baris ${rival} lembar "${sheet}" juga tampak seperti baris judul kolom; baris ${used} yang dipakai.`,
  rivalHeaderHint: 'Hapus baris judul kolom yang ganda, sisakan satu tepat di atas datanya.',
  duplicate: (header: string) => `Kolom "${header}" muncul lebih dari sekali; yang pertama dipakai.`,
  duplicateHint: 'Hapus atau ganti nama kolom ganda.',
  missingRequired: (header: string, sheet: string) =>
    `Kolom wajib "${header}" tidak ada di lembar "${sheet}"; lembar ini tidak dibaca sampai kolomnya ada.`,
  missingRequiredHint: 'Jalankan "Siapkan Lembar Kerja" untuk menambah kolom yang kurang, lalu isi datanya.',
  ledgerMissing: (sheet: string) =>
    `Lembar "${sheet}" tidak ada. Jalankan "Siapkan Lembar Kerja" (menu DOU ASN) lebih dulu.`,
  /** A ledger whose header the add-on cannot find: it writes no second header set over the person's rows. */
  ledgerHeaderNotFound: (sheet: string, headers: readonly string[]) =>
    `Baris judul kolom lembar "${sheet}" tidak ditemukan di 10 baris teratas, jadi add-on tidak menulis ke lembar itu. Tulis judul kolomnya (${headers.join(', ')}) tepat di atas datanya, lalu ulangi.`,
  /** A store's name taken by a person's sheet: the add-on writes nothing there. */
  storeNameTaken: (actual: string, store: string) =>
    `Lembar "${actual}" bukan buatan add-on, jadi add-on tidak menyimpan respons ke lembar itu agar isinya tidak tertimpa. Ganti nama lembar "${actual}" milik Anda (misalnya "${actual.trim()} (saya)"), lalu jalankan lagi; add-on akan membuat lembar "${store}" sendiri.`,
} as const;
