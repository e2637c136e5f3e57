// Problem texts about form responses: tests, evaluations, unknown trainings and NIPs (Indonesian).

import type { ProblemCatalog } from '../../../core/problemCodes';
import type { ScoreFault } from '../../../core/scoreDomain';
import type { NipMatch } from '../../../core/similar';
import { matchSuggestion, NIP_REASON } from '../rules';

const thenType = (match: NipMatch | null, rest: string) =>
  `${match ? `${matchSuggestion(match)}. ` : ''}${rest}`;
/** With the score the response holds: "Skor 9/12 → ketik 75 di lembar Nilai, kolom Post-Test, untuk NIP yang benar." */
const typeScore = (p: { match: NipMatch | null; score: string | null; kind: string }, rest: string) =>
  p.score
    ? thenType(
        p.match,
        `${p.score[0].toUpperCase()}${p.score.slice(1)} di lembar Nilai, kolom ${p.kind}, untuk ${
          p.match ? `NIP ${p.match.nip}` : 'NIP yang benar'
        }.`,
      )
    : thenType(p.match, rest);
const notEnrolled = (p: { nip: string; kind: string; code: string }, typed: string) =>
  `NIP ${p.nip || '(kosong)'} pada respons ${p.kind} kegiatan ${p.code} tidak terdaftar sebagai peserta; nilainya tidak dipakai${typed}.`;
const TYPE_IT = 'Ketik nilainya di lembar Nilai untuk NIP yang benar.';
/** Why a score is outside its domain (src/core/scoreDomain.ts). */
const FAULT: Record<ScoreFault, string> = {
  notNumber: 'bukan angka',
  maxNotPositive: 'tidak sah karena nilai maksimumnya 0 atau kurang',
  negative: 'kurang dari 0',
  aboveMax: 'melebihi nilai maksimumnya',
};

export const RESPONSE_PROBLEMS = {
  'response.trainingUnknown': {
    message: (p) =>
      `Respons ${p.kind} untuk Kode Kegiatan "${p.code}" yang tidak ada di lembar Kegiatan diabaikan.`,
    suggestion: 'Periksa Kode Kegiatan formulir ini di lembar Formulir.',
  },
  'response.nipNumberTyped': {
    message: (p) => `${NIP_REASON.numberTyped} (terbaca ${p.nip}); respons ${p.kind} ini tidak dipakai.`,
    suggestion: (p) => typeScore(p, 'Ketik nilai peserta ini di lembar Nilai untuk NIP yang benar.'),
  },
  'response.nipNumberTypedTyped': {
    message: (p) =>
      `${NIP_REASON.numberTyped} (terbaca ${p.nip}); respons ${p.kind} ini tidak dipakai (nilai NIP yang ` +
      'disarankan sudah diketik di lembar Nilai).',
    suggestion: (p) => thenType(p.match, 'Tidak perlu tindakan lagi bila nilai yang diketik sudah benar.'),
  },
  'response.nipNotEnrolled': {
    message: (p) => notEnrolled(p, ''),
    suggestion: (p) => typeScore(p, TYPE_IT),
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
  // imported scores outside their domain (issue 11, H2)
  'response.scoreOutOfRange': {
    message: (p) => {
      const who = `NIP ${p.nip || '(kosong)'}`;
      if (p.route === 'form')
        return `Skor ${p.item ? `soal "${p.item}"` : 'total'} ${p.shown} pada respons formulir "${p.form}" dari ${who}${p.time ? ` (dikirim ${p.time})` : ''} ${FAULT[p.fault]}; respons ${p.kind} ini tidak dinilai.`;
      if (p.route === 'store')
        return `Poin "${p.shown}" respons ${p.kind} kegiatan ${p.code} (${who}) di lembar penyimpanan respons add-on ${FAULT[p.fault]}: lembar itu diubah di luar add-on, jadi respons ini tidak dinilai.`;
      return `Skor "${p.shown}" pada respons ${p.kind} kegiatan ${p.code} (${who}) ${FAULT[p.fault]}; respons ini tidak dinilai.`;
    },
    suggestion: (p) =>
      p.route === 'form'
        ? 'Perbaiki nilai respons ini di Google Formulir (tab Respons, Individual) menjadi 0 sampai poin soalnya, lalu jalankan Tarik Respons lagi; atau ketik nilai peserta ini di lembar Nilai.'
        : p.route === 'store'
          ? 'Jangan mengubah lembar _Respons. Jalankan Tarik Respons lagi: respons ini dibaca ulang dari formulir atau lembar responsnya.'
          : 'Perbaiki skornya di lembar ini: poin 0 sampai nilai maksimum (misalnya "8 / 10") atau angka 0 sampai 100. Bila tidak bisa, ketik nilai peserta ini di lembar Nilai.',
  },
  'response.keyWeightsZero': {
    message: (p) =>
      `Respons ${p.kind} NIP ${p.nip} tidak dapat dinilai: semua soal kegiatan ${p.code} di lembar Soal berbobot 0.`,
    suggestion: 'Isi Bobot soal (lebih dari 0) di lembar Soal, atau ketik nilainya di lembar Nilai.',
  },
  'score.outOfDomain': {
    message: (p) =>
      `${p.what} NIP ${p.nip} kegiatan ${p.code} bernilai ${p.value}, di luar 0 sampai 100; nilai ini tidak dipakai.`,
    suggestion:
      'Perbaiki nilainya (0 sampai 100) di tempat asalnya, atau ketik nilai yang benar di lembar Nilai.',
  },
} as const satisfies Partial<ProblemCatalog>;
