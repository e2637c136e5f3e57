// Problem texts about form responses: tests, evaluations, unknown trainings and NIPs (Indonesian).

import type { ProblemCatalog } from '../../../core/problemCodes';
import type { NipMatch } from '../../../core/similar';
import { matchSuggestion, NIP_REASON } from '../rules';

const thenType = (match: NipMatch | null, rest: string) =>
  `${match ? `${matchSuggestion(match)}. ` : ''}${rest}`;
const notEnrolled = (p: { nip: string; kind: string; code: string }, typed: string) =>
  `NIP ${p.nip || '(kosong)'} pada respons ${p.kind} kegiatan ${p.code} tidak terdaftar sebagai peserta; nilainya tidak dipakai${typed}.`;
const TYPE_IT = 'Ketik nilainya di lembar Nilai untuk NIP yang benar.';

export const RESPONSE_PROBLEMS = {
  'response.trainingUnknown': {
    message: (p) =>
      `Respons ${p.kind} untuk Kode Kegiatan "${p.code}" yang tidak ada di lembar Kegiatan diabaikan.`,
    suggestion: 'Periksa Kode Kegiatan formulir ini di lembar Formulir.',
  },
  'response.nipNumberTyped': {
    message: (p) => `${NIP_REASON.numberTyped} (terbaca ${p.nip}); respons ${p.kind} ini tidak dipakai.`,
    suggestion: (p) => thenType(p.match, 'Ketik nilai peserta ini di lembar Nilai untuk NIP yang benar.'),
  },
  'response.nipNotEnrolled': {
    message: (p) => notEnrolled(p, ''),
    suggestion: (p) => thenType(p.match, TYPE_IT),
  },
  'response.nipNotEnrolledTyped': {
    message: (p) => notEnrolled(p, ' (nilai NIP yang disarankan sudah diketik di lembar Nilai)'),
    suggestion: (p) => thenType(p.match, TYPE_IT),
  },
  'response.unscorable': {
    message: (p) =>
      `Respons ${p.kind} NIP ${p.nip} tidak dapat dinilai: tidak ada skor dan tidak ada Soal (dengan Kunci) untuk kegiatan ${p.code}.`,
    suggestion: 'Isi lembar Soal dengan Kunci, atau ketik nilainya di lembar Nilai.',
  },
  'response.duplicate': {
    message: (p) =>
      `NIP ${p.nip} mengisi ${p.kind} kegiatan ${p.code} ${p.count} kali; respons ini tidak dipakai (Respons Ganda: ${p.policy}).`,
    suggestion: 'Ubah pengaturan Respons Ganda bila respons lain yang seharusnya dipakai.',
  },
  'response.scoreUnreadable': {
    message: (p) =>
      p.shown
        ? `Skor "${p.shown}" tidak dapat dibaca; respons ini tidak dinilai.`
        : 'Skor kosong; respons ini tidak dinilai.',
    suggestion: 'Ketik nilai peserta ini di lembar Nilai bila perlu.',
  },
  'response.sessionUnreadable': {
    message: (p) => `Jawaban sesi "${p.shown}" tidak dapat dibaca.`,
    suggestion: 'Pilihan sesi harus berbentuk "Sesi <nomor>: <materi>".',
  },
  'evaluation.outOfScale': {
    message: (p) => `Jawaban "${p.value}" di luar skala 1–${p.scale}; diabaikan.`,
    suggestion: (p) => `Jawaban evaluasi harus bilangan bulat 1 sampai ${p.scale} (Skala Evaluasi).`,
  },
  'evaluation.sessionUnknown': {
    message: (p) =>
      `Evaluasi kegiatan ${p.code} menilai narasumber sesi ${p.session}, tetapi sesi itu tidak ada di lembar Sesi.`,
    suggestion: 'Tambahkan sesinya di lembar Sesi atau periksa formulir evaluasinya.',
  },
} as const satisfies Partial<ProblemCatalog>;
