// Problem texts about the settings sheet (Pengaturan) (Indonesian).

import type { ProblemCatalog, SettingKind } from '../../../core/problemCodes';

/** How a value of this kind must be written. */
function expected(kind: SettingKind): string {
  switch (kind.t) {
    case 'number':
      return `Isi dengan angka${kind.min !== undefined ? ` antara ${kind.min}` : ''}${kind.max !== undefined ? ` dan ${kind.max}` : ''}${kind.integer ? ' (bilangan bulat)' : ''}.`;
    case 'choice':
      return `Pilih salah satu: ${kind.choices.join(' / ')}.`;
    case 'yesno':
      return 'Isi Ya atau Tidak.';
    case 'text':
      return '';
    case 'tagChar':
      return 'Isi dengan tepat satu tanda yang bukan huruf atau angka, misalnya # atau $ (bukan { atau }).';
    case 'rupiah':
      return 'Isi jumlah rupiah tanpa desimal, misalnya 900000 atau 900.000.';
  }
}

export const SETTING_PROBLEMS = {
  'setting.unknown': {
    message: (p) => `Pengaturan "${p.key}" tidak dikenal dan diabaikan.`,
    suggestion: 'Periksa ejaan nama pengaturan.',
  },
  'setting.duplicate': {
    message: (p) => `Pengaturan "${p.key}" ditulis lebih dari sekali; yang pertama dipakai.`,
    suggestion: 'Hapus baris ganda.',
  },
  'setting.invalid': {
    message: (p) =>
      `Nilai "${p.text}" untuk "${p.key}" tidak dapat dibaca; nilai bawaan ${p.fallback} dipakai.`,
    suggestion: (p) => expected(p.kind),
  },
  'setting.weightsZero': {
    message: 'Jumlah semua bobot Nilai Akhir adalah 0; bobot bawaan (60 / 20 / 10 / 10) dipakai.',
    suggestion: 'Isi setidaknya satu bobot lebih dari 0.',
  },
  // settings as a whole (issue 11)
  'setting.percentFormat': {
    message: (p) =>
      `Nilai "${p.text}" untuk "${p.key}" ditulis atau diformat sebagai persen, padahal pengaturan ini bukan persen; nilai bawaan ${p.fallback} dipakai.`,
    suggestion:
      'Ketik angkanya saja tanpa tanda %; bila sel tetap menampilkan %, ubah formatnya lewat Format → Angka → Otomatis.',
  },
  'setting.bandsOrder': {
    message: (p) =>
      `${p.group} tidak berurutan: "${p.above}" (${p.aboveValue}) harus lebih besar daripada "${p.key}" (${p.value}); semua ${p.group} memakai nilai bawaan (${p.defaults}).`,
    suggestion: (p) =>
      `Isi ${p.group} dari yang tertinggi ke yang terendah, setiap batas lebih kecil daripada batas di atasnya.`,
  },
} as const satisfies Partial<ProblemCatalog>;

/** Why a certificate run does not start while settings it depends on are refused (parseSettings). */
export const SETTINGS_GATE_TEXT = {
  refused: (keys: readonly string[]) =>
    `Pengaturan ${keys.map((k) => `"${k}"`).join(', ')} belum benar (lihat lembar Masalah), sehingga sertifikat belum dapat dibuat: isinya bergantung pada pengaturan itu. Perbaiki nilainya di lembar Pengaturan, lalu ulangi.`,
};
