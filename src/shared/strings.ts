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
} as const;
