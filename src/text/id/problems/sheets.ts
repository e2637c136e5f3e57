// Problem texts about sheet names and the add-on's own sheets (Indonesian).

import type { ProblemCatalog } from '../../../core/problemCodes';

/** 50000 → "50.000" (Indonesian thousands separator). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const SHEET_PROBLEMS = {
  'sheet.nameCase': {
    message: (p) => `Lembar "${p.actual}" dibaca sebagai lembar "${p.sheet}".`,
    suggestion: (p) =>
      `Tidak wajib diubah. Agar jelas, ganti nama lembar "${p.actual}" menjadi "${p.sheet}" persis (huruf besar/kecil dan spasi sama).`,
  },
  'output.nameTaken': {
    message: (p) =>
      `Lembar "${p.actual}" bukan buatan add-on, jadi hasil "${p.output}" tidak ditulis agar isi lembar Anda tidak tertimpa.`,
    suggestion: (p) =>
      `Ganti nama lembar "${p.actual}" milik Anda (misalnya "${p.actual} (saya)"), lalu jalankan lagi; add-on akan membuat lembar "${p.output}" sendiri.`,
  },
  'output.textCut': {
    message: (p) =>
      `Teks di lembar "${p.sheet}" baris ${p.row} kolom "${p.column}" terlalu panjang (${count(p.length)} karakter) dan dipotong menjadi ${count(p.limit)} karakter, batas satu sel Google Sheets.`,
    suggestion:
      'Persingkat teks aslinya di lembar masukan (misalnya nama atau catatan yang terlalu panjang), lalu jalankan lagi.',
  },
} as const satisfies Partial<ProblemCatalog>;
