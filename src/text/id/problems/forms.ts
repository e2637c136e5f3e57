// Problem texts about a form or a response sheet as a whole (they stop its responses from being read), the form
// ledger's links and the response store behind the forms (Indonesian).

import type { ProblemCatalog } from '../../../core/problemCodes';

const NEEDS_NIP = 'Formulir harus punya pertanyaan yang judulnya memuat "NIP".';
const NEEDS_SESSION = 'Formulir presensi harus punya pertanyaan "Sesi".';
const PULL_AGAIN = 'Jalankan Tarik Respons (menu DOU ASN atau panel), lalu ulangi langkah ini.';

export const FORM_PROBLEMS = {
  'form.linkUnopenable': {
    message: 'Formulir pada tautan ini tidak dapat dibuka.',
    suggestion:
      'Tempel Tautan Edit (…/forms/d/<ID>/edit) dari formulir yang Anda miliki, atau isi ID Formulir.',
  },
  'form.responseSheetNotFound': {
    message: (p) => `Lembar respons formulir ${p.kind} ${p.code} tidak ditemukan.`,
    suggestion: 'Respons tetap dibaca langsung dari formulir (ID Formulir).',
  },
  'form.noNipQuestion': {
    message: (p) => `Formulir "${p.title}" tidak punya pertanyaan NIP.`,
    suggestion: NEEDS_NIP,
  },
  'form.noSessionQuestion': {
    message: (p) => `Formulir presensi "${p.title}" tidak punya pertanyaan Sesi.`,
    suggestion: NEEDS_SESSION,
  },
  'form.noNipColumn': {
    message: (p) => `Lembar respons "${p.sheet}" tidak punya kolom NIP.`,
    suggestion: NEEDS_NIP,
  },
  'form.noSessionColumn': {
    message: (p) => `Lembar respons presensi "${p.sheet}" tidak punya kolom Sesi.`,
    suggestion: NEEDS_SESSION,
  },
  'form.cannotOpen': {
    message: (p) =>
      `Formulir ${p.kind} ${p.code} (ID ${p.id}) tidak dapat dibuka; respons dibaca dari lembar respons bila ada.`,
    suggestion:
      'Periksa apakah formulir dihapus atau Anda tidak punya akses. Hapus ID Formulir bila formulir memang sudah tidak ada.',
  },
  'form.sheetMismatch': {
    message: (p) =>
      `Formulir ${p.kind} ${p.code}: lembar respons "${p.sheet}" tidak cocok dengan formulir (${p.reason}); semua respons dibaca langsung dari formulir (lebih lambat).`,
    suggestion:
      'Jangan menghapus, menyisipkan, atau mengurutkan baris di lembar respons; olah salinannya bila perlu.',
  },
  'responses.sheetTwice': {
    message: (p) => `Lembar respons "${p.sheet}" terdaftar lebih dari sekali; dibaca sekali saja.`,
    suggestion: 'Hapus baris ganda di lembar Formulir.',
  },
  'store.neverImported': {
    message: (p) =>
      `Respons formulir ${p.kind} ${p.code} belum pernah ditarik; hasil dihitung tanpa respons formulir ini.`,
    suggestion: PULL_AGAIN,
  },
  'store.newRows': {
    message: (p) =>
      `Lembar respons "${p.sheet}" (${p.kind} ${p.code}) punya ${p.count} baris yang belum ditarik; hasil dihitung tanpa respons itu.`,
    suggestion: PULL_AGAIN,
  },
} as const satisfies Partial<ProblemCatalog>;
