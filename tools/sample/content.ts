// The sample's training programme as data: trainings, sessions, evaluation aspects, suggestions, the forms and
// their time windows, and the problems planted in them. The question bank is in questions.ts, the people and the
// designed scores in cast.ts; tools/sample/*.ts turn them into sheets. Nothing here computes a rule of DESIGN §4.

import type { OptionLetter } from '../../src/core/model';
import { at, type Cell, clock, day } from '../sample-data';

export interface TrainingDef {
  code: string;
  theme: string;
  jenis: string;
  /** Jenis Diklat SIASN as typed ('' to show the guess from Jenis and its Peringatan). */
  siasn: string;
  smart: string;
  pola: string;
  start: Date;
  end: Date | null;
  place: string;
  jp: number | null;
}
export interface SessionDef {
  code: string;
  no: number;
  date: Date;
  start: [number, number];
  end: [number, number];
  topic: string;
  method: string;
  speaker: string;
  speakerNip: string;
  agency: string;
  jp: number | null;
}
export interface QuestionDef {
  text: string;
  options: string[];
  key: OptionLetter;
  weight: number;
  /** Write Bobot blank (default 1) instead of 1. */
  blankWeight?: boolean;
}

/** Who signs every training's certificates. */
export const SIGNER = {
  name: 'Drs. H. Agus Wicaksono, M.Si.',
  nip: '197005121995031002',
  title: 'Kepala BKPSDM Kota Probolinggo',
};

export const T1 = 'DOU-2026-01';
export const T2 = 'DOU-2026-02';
export const T3 = 'DOU-2026-03';
export const CODES: readonly string[] = [T1, T2, T3];

export const TRAININGS: readonly TrainingDef[] = [
  {
    code: T1,
    theme: 'Penyusunan Laporan Kinerja Berbasis Data',
    jenis: 'Manajerial',
    siasn: 'Pelatihan Manajerial',
    smart: 'Teknologi Informasi',
    pola: 'Mandiri',
    start: day(2026, 11, 24),
    end: day(2026, 11, 26),
    place: 'Aula BKPSDM Kota Probolinggo',
    jp: null,
  },
  {
    code: T2,
    theme: 'Pelayanan Publik Prima',
    jenis: 'Sosial Kultural',
    siasn: 'Bimbingan Teknis',
    smart: 'Hospitality',
    pola: 'Bersama Instansi Lain',
    start: day(2026, 11, 30),
    end: day(2026, 12, 2),
    place: 'Ruang Rapat Utama Bappeda Kota Probolinggo',
    jp: null,
  },
  {
    code: T3,
    theme: 'Literasi Digital dan Keamanan Informasi',
    jenis: 'Teknis',
    siasn: '',
    smart: 'Teknologi Informasi',
    pola: 'Mandiri',
    start: day(2026, 12, 10),
    end: null,
    place: 'Laboratorium Komputer Dinas Kominfo Kota Probolinggo',
    jp: 6,
  },
];

const AMINAH = 'Dr. Hj. Siti Aminah, S.Sos., M.Si.';
const S = (
  code: string,
  no: number,
  date: Date,
  start: [number, number],
  end: [number, number],
  topic: string,
  method: string,
  speaker: string,
  speakerNip: string,
  agency: string,
  jp: number | null = null,
): SessionDef => ({ code, no, date, start, end, topic, method, speaker, speakerNip, agency, jp });

export const SESSIONS: readonly SessionDef[] = [
  S(
    T1,
    1,
    day(2026, 11, 24),
    [8, 0],
    [10, 15],
    'Kebijakan SAKIP dan Laporan Kinerja',
    'Ceramah',
    AMINAH,
    '197604182000032004',
    'Bappeda Kota Probolinggo',
  ),
  S(
    T1,
    2,
    day(2026, 11, 24),
    [13, 0],
    [15, 15],
    'Menyusun Indikator Kinerja Utama',
    'Diskusi',
    'Ir. Heru Prasetyo, M.T.',
    '197211031998031005',
    'Inspektorat Kota Probolinggo',
  ),
  S(
    T1,
    3,
    day(2026, 11, 25),
    [8, 0],
    [11, 0],
    'Mengolah Data Kinerja dengan Spreadsheet',
    'Diskusi',
    'Rizky Maulana, S.Kom., M.Kom.',
    '198807142011011003',
    'Dinas Kominfo Kota Probolinggo',
  ),
  S(
    T1,
    4,
    day(2026, 11, 25),
    [13, 0],
    [16, 0],
    'Visualisasi Data dan Dasbor Kinerja',
    'Tanya Jawab',
    'Rizky Maulana, S.Kom., M.Kom.',
    '198807142011011003',
    'Dinas Kominfo Kota Probolinggo',
  ),
  S(
    T1,
    5,
    day(2026, 11, 26),
    [8, 0],
    [10, 15],
    'Praktik Penyusunan LKjIP dan Evaluasi',
    'Evaluasi',
    AMINAH,
    '197604182000032004',
    'Bappeda Kota Probolinggo',
    3,
  ),
  S(
    T2,
    1,
    day(2026, 11, 30),
    [8, 0],
    [11, 0],
    'Standar Pelayanan dan Maklumat Pelayanan',
    'Ceramah',
    'Drs. H. Mochammad Ridwan, M.Si.',
    '196908151994031007',
    'DPMPTSP Kota Probolinggo',
  ),
  S(
    T2,
    2,
    day(2026, 12, 1),
    [8, 0],
    [11, 0],
    'Budaya Pelayanan Prima dan Etika Melayani',
    'Diskusi',
    'Dewi Kartikasari, S.Psi., M.Psi., Psikolog',
    '198302262009022001',
    'RSUD dr. Mohamad Saleh',
  ),
  S(
    T2,
    3,
    day(2026, 12, 1),
    [13, 0],
    [14, 30],
    'Kunjungan ke Mal Pelayanan Publik',
    'Studi Lapangan',
    'Nanik Rahayu, S.AP.',
    '198105092006042011',
    'DPMPTSP Kota Probolinggo',
    2,
  ),
  S(
    T2,
    4,
    day(2026, 12, 2),
    [8, 0],
    [10, 0],
    'Pengelolaan Pengaduan melalui SP4N-LAPOR!',
    'Tanya Jawab',
    'Bambang Hermanto, S.E., M.M.',
    '',
    'Ombudsman RI Perwakilan Jawa Timur',
  ),
  S(
    T3,
    1,
    day(2026, 12, 10),
    [8, 0],
    [9, 30],
    'Etika dan Budaya Bermedia Digital ASN',
    'Ceramah',
    'Yuliana Permatasari, S.T., M.Kom.',
    '198907232015032002',
    'Dinas Kominfo Kota Probolinggo',
  ),
  S(
    T3,
    2,
    day(2026, 12, 10),
    [9, 45],
    [11, 15],
    'Keamanan Akun dan Kata Sandi',
    'Diskusi',
    'Gilang Ramadhan, S.Kom.',
    '199402112019031004',
    'Dinas Kominfo Kota Probolinggo',
  ),
  S(
    T3,
    3,
    day(2026, 12, 10),
    [13, 0],
    [14, 30],
    'Mengenali Phishing dan Hoaks',
    'Tanya Jawab',
    'Fajar Nugroho, S.Kom., M.T.',
    '198512302010011006',
    'Diskominfo Provinsi Jawa Timur',
  ),
];

export const ASPECTS: Readonly<
  Record<'Narasumber' | 'Penyelenggaraan' | 'Pasca Pelatihan', readonly string[]>
> = {
  Narasumber: [
    'Penguasaan materi',
    'Sistematika penyajian',
    'Kemampuan menyajikan',
    'Ketepatan waktu',
    'Penggunaan metode dan alat bantu',
    'Sikap dan perilaku',
    'Cara menjawab pertanyaan',
  ],
  Penyelenggaraan: [
    'Kesesuaian materi dengan kebutuhan',
    'Ketersediaan sarana dan prasarana',
    'Kenyamanan ruang',
    'Kesigapan panitia',
    'Konsumsi',
    'Kebersihan toilet',
  ],
  'Pasca Pelatihan': ['Penerapan materi dalam pekerjaan', 'Peningkatan kinerja', 'Manfaat bagi unit kerja'],
};

export const SUGGESTIONS = [
  'Materi sangat bermanfaat, mohon ada pelatihan lanjutan.',
  'Waktu praktik perlu ditambah.',
  'AC ruangan terlalu dingin.',
  '-',
  'Mohon bahan tayang dibagikan kepada peserta.',
  'Narasumber sangat komunikatif dan contoh-contohnya relevan.',
  'Wi-Fi kurang stabil saat praktik.',
  'Sebaiknya tidak diadakan di akhir bulan karena banyak laporan.',
  'Konsumsi sudah baik, terima kasih panitia.',
  'Perlu contoh LKjIP dari OPD lain sebagai pembanding.',
];

/** A session row for a training that is not in Kegiatan (planted Error). */
export const STRAY_SESSION: { row: Cell[]; what: string } = {
  row: [
    'DOU-2026-04',
    1,
    day(2026, 12, 15),
    clock(8, 0),
    clock(9, 30),
    'Pengantar Manajemen Risiko',
    'Ceramah',
    'Arif Hidayat, S.E., M.Ak.',
    '198110252008011003',
    'Inspektorat Kota Probolinggo',
    null,
  ],
  what: 'Kode Kegiatan "DOU-2026-04" tidak ada di lembar Kegiatan.',
};
/** The session whose duration is not a whole number of JP (planted Peringatan). */
export const ODD_JP_SESSION = {
  code: T2,
  no: 4,
  what: 'Durasi 120 menit bukan kelipatan 45 menit: JP = 2 (dibulatkan ke bawah) dengan peringatan.',
};

export type QuizLocale = 'id' | 'en' | 'id-noscore';
export interface FormDef {
  code: string;
  kind: 'Pre-Test' | 'Post-Test' | 'Evaluasi' | 'Presensi';
  sheet: string;
  /** Quizzes: the response sheet's locale ('id-noscore': not a quiz, no score column). */
  locale?: QuizLocale;
  /** When submissions start and how many seconds they spread over (Presensi: around each session start). */
  opens?: Date;
  spanSec?: number;
  /** Presensi: seconds before and after a session's start within which the answers come. */
  aroundStartSec?: readonly [number, number];
}

/** The hand-made forms, in Formulir ledger order. */
export const FORMS = {
  pre1: {
    code: T1,
    kind: 'Pre-Test',
    sheet: 'Respons Pre-Test DOU-2026-01',
    locale: 'id',
    opens: at(2026, 11, 24, 7, 35),
    spanSec: 30 * 60,
  },
  post1: {
    code: T1,
    kind: 'Post-Test',
    sheet: 'Respons Post-Test DOU-2026-01',
    locale: 'id',
    opens: at(2026, 11, 26, 10, 20),
    spanSec: 30 * 60,
  },
  eval1: {
    code: T1,
    kind: 'Evaluasi',
    sheet: 'Respons Evaluasi DOU-2026-01',
    opens: at(2026, 11, 26, 10, 55),
    spanSec: 45 * 60,
  },
  pre2: {
    code: T2,
    kind: 'Pre-Test',
    sheet: 'Respons Pre-Test DOU-2026-02',
    locale: 'id-noscore',
    opens: at(2026, 11, 30, 7, 40),
    spanSec: 25 * 60,
  },
  post2: {
    code: T2,
    kind: 'Post-Test',
    sheet: 'Respons Post-Test DOU-2026-02',
    locale: 'en',
    opens: at(2026, 12, 2, 10, 5),
    spanSec: 30 * 60,
  },
  pres3: {
    code: T3,
    kind: 'Presensi',
    sheet: 'Respons Presensi DOU-2026-03',
    aroundStartSec: [-12 * 60, 15 * 60],
  },
} satisfies Record<string, FormDef>;

/** The evaluation form of DOU-2026-01: how many answered, which grids rate lower, the planted out-of-scale 5. */
export const EVALUATION_01 = {
  responses: 34,
  weak: (header: string) => header.startsWith('Sesi 2:') || header.includes('[Konsumsi]'),
  outlier: {
    row: 7,
    column: (header: string) => header.startsWith('Sesi 1:') && header.endsWith('[Ketepatan waktu]'),
    value: 5,
    what: 'Nilai 5 di luar skala 1–4: diabaikan dengan peringatan.',
  },
};

export const sessionsOf = (code: string): SessionDef[] => SESSIONS.filter((s) => s.code === code);
