// User-visible strings of the menu and the server's messages, in Bahasa Indonesia, in one place.

export const ADDON_TITLE = 'DOU ASN';

/** Menu items (DESIGN §5.1): caption → the top-level function it calls. */
export const MENU_ITEMS: ReadonlyArray<readonly [string, string] | null> = [
  ['Buka Panel', 'menuOpenPanel'],
  null,
  ['Siapkan Lembar Kerja', 'menuSetup'],
  ['Periksa Data', 'menuCheck'],
  null,
  ['Hitung Nilai & Peringkat', 'menuScores'],
  ['Rekap JP', 'menuJp'],
  ['Rekap Evaluasi', 'menuEvaluation'],
  null,
  ['Buat Formulir', 'menuCreateForms'],
  ['Tarik Respons', 'menuPullResponses'],
  null,
  ['Buat Template', 'menuTemplates'],
  ['Buat Sertifikat', 'menuCertificates'],
  ['Kirim Email Sertifikat', 'menuSendEmail'],
  null,
  ['Uji Layanan Google', 'menuSelfTest'],
  ['Bantuan', 'menuHelp'],
];

export const MSG = {
  busy: 'Proses lain (mungkin di tab atau oleh admin lain) sedang berjalan di spreadsheet ini. Tunggu sebentar lalu coba lagi.',
  sidebarTitle: 'DOU ASN',
  helpTitle: 'Bantuan DOU ASN',
  cellLimit:
    'Spreadsheet ini sudah mendekati batas Google 10 juta sel (semua lembar dihitung, termasuk sel kosong), sehingga lembar, baris atau kolom tidak dapat ditambah. Hapus lembar yang tidak dipakai lagi (mis. lembar respons formulir lama) atau baris/kolom kosong yang berlebih, lalu jalankan lagi.',
} as const;

/** Google's error when a spreadsheet would pass its 10-million-cell limit (wording of the Sheets API, unsure). */
export const CELL_LIMIT_ERROR = /above the limit of \d+ cells|cells in the workbook above the limit/i;

/** The admin's Indonesian text for a Google error the admin can act on, or null. */
export function knownGoogleError(e: unknown): string | null {
  const m = String((e as { message?: unknown })?.message ?? e);
  return CELL_LIMIT_ERROR.test(m) ? MSG.cellLimit : null;
}
