// Problem texts about sheets, headers and single cells read by their column type (Indonesian).

import type { NumberParams, ProblemCatalog } from '../../../core/problemCodes';
import { TABLE_TEXT } from '../table';

/** What a number column is called in a message, by `<sheet key>.<column key>`; else its header. */
const NUMBER_FIELDS: Readonly<Record<string, string>> = {
  'trainings.jp': 'JP',
  'sessions.number': 'Nomor sesi',
  'sessions.jp': 'JP',
  'attendance.session': 'Nomor sesi',
  'scores.pre': 'Nilai Pre-Test',
  'scores.post': 'Nilai Post-Test',
  'scores.activity': 'Nilai Keaktifan',
  'scores.task': 'Nilai Tugas',
  'questions.no': 'Nomor soal',
  'questions.weight': 'Bobot',
};

const numberMessage = (p: NumberParams) => `${NUMBER_FIELDS[p.field] ?? p.column} "${p.text}" tidak valid.`;
const range = (p: NumberParams) =>
  p.max !== undefined ? ` antara ${p.min ?? 0} dan ${p.max}` : p.min !== undefined ? ` minimal ${p.min}` : '';

export const CELL_PROBLEMS = {
  'sheet.missing': {
    message: (p) => `Lembar "${p.sheet}" tidak ada.`,
    suggestion: 'Jalankan "Siapkan Lembar Kerja" (menu DOU ASN).',
  },
  // the table module's texts (src/text/id/table.ts), under their codes
  'header.notFound': {
    message: (p) => TABLE_TEXT.headerNotFound(p.sheet),
    suggestion: (p) => TABLE_TEXT.headerNotFoundHint(p.required),
  },
  'header.rival': {
    message: (p) => TABLE_TEXT.rivalHeader(p.sheet, p.rival, p.used),
    suggestion: TABLE_TEXT.rivalHeaderHint,
  },
  'header.duplicate': {
    message: (p) => TABLE_TEXT.duplicate(p.header),
    suggestion: TABLE_TEXT.duplicateHint,
  },
  'header.missing': {
    message: (p) => TABLE_TEXT.missingRequired(p.header, p.sheet),
    suggestion: TABLE_TEXT.missingRequiredHint,
  },
  'trainingRef.blank': {
    message: 'Kode Kegiatan kosong.',
    suggestion: 'Isi dengan Kode dari lembar Kegiatan.',
  },
  'trainingRef.unknown': {
    message: (p) => `Kode Kegiatan "${p.code}" tidak ada di lembar Kegiatan.`,
    suggestion: (p) =>
      p.similar !== null
        ? `Mungkin maksudnya "${p.similar}".`
        : p.known.length
          ? `Kode yang ada: ${p.known.slice(0, 5).join(', ')}${p.known.length > 5 ? ', …' : ''}.`
          : 'Isi lembar Kegiatan lebih dulu.',
  },
  'nip.blank': { message: 'NIP kosong.', suggestion: 'Isi NIP 18 digit sebagai teks.' },
  'nip.numberTyped': {
    message: (p) => `NIP tersimpan sebagai angka (${p.text}) sehingga digit terakhirnya hilang.`,
    suggestion:
      "Ketik ulang sebagai teks: format kolom sebagai Teks biasa, atau awali dengan tanda petik (').",
  },
  'nip.invalid': {
    message: (p) => `NIP "${p.text}" tidak valid: ${p.reason}`,
    suggestion: 'NIP harus 18 digit angka sesuai format PNS atau PPPK.',
  },
  'choice.unknown': {
    message: (p) => `"${p.text}" bukan pilihan yang dikenal.`,
    suggestion: (p) => `Pilih salah satu: ${p.choices.join(' / ')}.`,
  },
  'integer.invalid': { message: numberMessage, suggestion: (p) => `Isi dengan bilangan bulat${range(p)}.` },
  'number.invalid': { message: numberMessage, suggestion: (p) => `Isi dengan angka${range(p)}.` },
  'score.invalid': { message: numberMessage, suggestion: (p) => `Isi dengan angka${range(p)}.` },
  'date.blank': { message: (p) => `${p.column} kosong.`, suggestion: 'Isi tanggal, misalnya 24/11/2026.' },
  'date.invalid': {
    message: (p) => `Tanggal "${p.text}" tidak dapat dibaca.`,
    suggestion: 'Isi tanggal sebagai tanggal (misalnya 24/11/2026), bukan teks bebas.',
  },
  'time.invalid': {
    message: (p) => `Jam "${p.text}" tidak dapat dibaca.`,
    suggestion: 'Isi jam seperti 08:00.',
  },
  'bool.invalid': {
    message: (p) => `Nilai ${p.column} "${p.text}" tidak dapat dibaca.`,
    suggestion: 'Gunakan kotak centang (TRUE/FALSE).',
  },
  // value domains (issue 11): a number's format, the window of plausible dates
  'number.percentFormat': {
    message: (p) => `${NUMBER_FIELDS[p.field] ?? p.column} "${p.text}" ditulis atau diformat sebagai persen.`,
    suggestion: (p) =>
      `Kolom ini bukan persen. Ketik angkanya saja tanpa tanda %${range(p)}; bila sel tetap menampilkan %, ubah formatnya lewat Format → Angka → Otomatis.`,
  },
  'number.dateFormat': {
    message: (p) =>
      `${NUMBER_FIELDS[p.field] ?? p.column} terbaca sebagai tanggal atau jam (${p.text}), karena selnya diformat sebagai tanggal, jam, atau durasi.`,
    suggestion: (p) =>
      `Ubah format sel lewat Format → Angka → Otomatis, lalu ketik ulang angkanya${range(p)}.`,
  },
  'date.implausible': {
    message: (p) =>
      `${p.column} ${p.text} di luar rentang yang wajar (${p.from} sampai ${p.to}), sehingga tanggal ini tidak dipakai.`,
    suggestion:
      'Tanggal seperti 30/12/1899 berarti yang terisi adalah jam atau angka, bukan tanggal; tahun yang terlalu jauh biasanya salah ketik. Ketik tanggal yang benar, misalnya 24/11/2026.',
  },
} as const satisfies Partial<ProblemCatalog>;
