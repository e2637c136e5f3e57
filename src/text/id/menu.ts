// The add-on menu, the sidebar's and help dialog's titles, and what the menu adds to a feature's message
// (Bahasa Indonesia). Which function each caption runs is in src/server.ts's menu table.

import { ADDON_TITLE } from '../../shared/strings';

/** Menu captions (DESIGN §5.1), by the menu handler that shows them. */
export const MENU_CAPTIONS = {
  menuOpenPanel: 'Buka Panel',
  menuSetup: 'Siapkan Lembar Kerja',
  menuCheck: 'Periksa Data',
  menuCreateForms: 'Buat Formulir',
  menuPullResponses: 'Tarik Respons',
  menuScores: 'Hitung Nilai & Peringkat',
  menuEvaluation: 'Rekap Evaluasi',
  menuJp: 'Rekap JP',
  menuTemplates: 'Buat Template',
  menuCertificates: 'Buat Sertifikat',
  menuSendEmail: 'Kirim Email Sertifikat',
  menuSiasn: 'Ekspor SIASN',
  menuSelfTest: 'Uji Layanan Google',
  menuHelp: 'Bantuan',
} as const;

export const WINDOW_TITLES = {
  sidebar: ADDON_TITLE,
  help: `Bantuan ${ADDON_TITLE}`,
} as const;

export const MENU_NOTES = {
  /** Buat Formulir from the menu lists at most a few notes; the rest are in the panel. */
  note: (text: string) => `• ${text}`,
  more: (n: number) => `• … ${n} catatan lain (lihat panel).`,
} as const;
