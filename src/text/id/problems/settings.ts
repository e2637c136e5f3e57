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
    message: 'Jumlah semua bobot Nilai Akhir adalah 0.',
    suggestion: 'Isi setidaknya satu bobot lebih dari 0.',
  },
} as const satisfies Partial<ProblemCatalog>;
