// Problem texts about questions (Soal), evaluation aspects (Aspek Evaluasi) and the form ledger (Formulir).

import { FORM_KINDS } from '../../../core/model';
import type { ProblemCatalog } from '../../../core/problemCodes';

const PICK_KEY = 'Isi salah satu huruf A–E.';
const PICK_ASPECT_KIND = 'Pilih Narasumber / Penyelenggaraan / Pasca Pelatihan.';
const PICK_FORM_KIND = `Pilih salah satu: ${FORM_KINDS.join(' / ')}.`;

export const QUESTION_PROBLEMS = {
  'question.textBlank': { message: 'Pertanyaan kosong.', suggestion: 'Isi teks pertanyaan.' },
  'question.tooFewOptions': {
    message: 'Soal punya kurang dari dua pilihan jawaban.',
    suggestion: 'Isi setidaknya Pilihan A dan B.',
  },
  'question.keyBlank': { message: 'Kunci jawaban kosong.', suggestion: PICK_KEY },
  // the key as a letter is read in capitals
  'question.keyInvalid': {
    message: (p) => `Kunci "${p.text.toUpperCase()}" tidak valid.`,
    suggestion: PICK_KEY,
  },
  'question.keyEmptyOption': {
    message: (p) => `Kunci ${p.key} menunjuk pilihan yang kosong.`,
    suggestion: (p) => `Isi Pilihan ${p.key} atau perbaiki kunci.`,
  },
  'question.weightZero': {
    message: 'Bobot 0: soal ini tidak dinilai.',
    suggestion: 'Kosongkan untuk bobot 1.',
  },
  'question.optionRepeated': {
    message: (p) => `Pilihan "${p.option}" ditulis lebih dari sekali pada soal yang sama.`,
    suggestion: 'Setiap pilihan jawaban harus berbeda.',
  },
  'question.duplicate': {
    message: (p) => `Soal nomor ${p.no} untuk ${p.code} ditulis lebih dari sekali.`,
    suggestion: 'Nomor soal harus unik per kegiatan.',
  },
  'aspect.kindBlank': { message: 'Jenis kosong.', suggestion: PICK_ASPECT_KIND },
  'aspect.kindInvalid': { message: (p) => `Jenis "${p.text}" tidak dikenal.`, suggestion: PICK_ASPECT_KIND },
  'aspect.blank': { message: 'Aspek kosong.', suggestion: 'Isi nama aspek yang dinilai.' },
  'aspect.duplicate': {
    message: (p) => `Aspek "${p.aspect}" (${p.kind}) ditulis lebih dari sekali.`,
    suggestion: 'Hapus baris ganda.',
  },
  'form.kindBlank': { message: 'Jenis formulir kosong.', suggestion: PICK_FORM_KIND },
  'form.kindInvalid': {
    message: (p) => `Jenis formulir "${p.text}" tidak dikenal.`,
    suggestion: PICK_FORM_KIND,
  },
  'form.unreadable': {
    message: 'Formulir tanpa ID dan tanpa Lembar Respons tidak dapat dibaca.',
    suggestion: 'Isi nama lembar respons yang terhubung dengan formulir.',
  },
  'form.responseSheetMissing': {
    message: (p) => `Lembar respons "${p.sheet}" tidak ada.`,
    suggestion: 'Periksa nama lembar (huruf besar/kecil dan spasi).',
  },
} as const satisfies Partial<ProblemCatalog>;
