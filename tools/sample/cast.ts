// The sample's cast and plot as data: who takes part in what, whose NIP or name carries a planted problem, the
// designed scores of DOU-2026-01 (its top 14 exercise every tie-break of DESIGN §4.6) and the planted problems'
// texts. The expected ranking is not computed here: tools/sample/expected.ts asks the reference implementation.

import { at } from '../sample-data';
import { T1, T2, T3 } from './content';
import type { PersonOpts } from './people';
import type { ScorePlan } from './types';

/** Base names drawn people must not get: the speakers' and signers'. */
export const RESERVED_NAMES = [
  'Siti Aminah',
  'Heru Prasetyo',
  'Rizky Maulana',
  'Mochammad Ridwan',
  'Dewi Kartikasari',
  'Nanik Rahayu',
  'Bambang Hermanto',
  'Yuliana Permatasari',
  'Gilang Ramadhan',
  'Fajar Nugroho',
  'Agus Wicaksono',
  'Arif Hidayat',
];

/** People whose NIP or name carries a deliberate problem; added first, in this order. */
export const SPECIALS = {
  fauzi: {
    base: 'Ahmad Fauzi',
    gender: 1,
    name: 'Ahmad Fauzi, S.Kom., M.Si.',
    unit: 'Dinas Kominfo',
    job: 'Pranata Komputer Ahli Muda',
  },
  nimade: {
    base: 'Ni Made Ayu Lestari',
    gender: 2,
    name: 'Ni Made Ayu Lestari, S.E.',
    unit: 'BPKAD',
    job: 'Analis Keuangan Pusat dan Daerah Ahli Pertama',
  },
  bambang: {
    base: 'Bambang Supriyadi',
    gender: 1,
    name: 'Drs. Bambang Supriyadi',
    unit: 'Kecamatan Mayangan',
    job: 'Sekretaris Kecamatan',
    birth: { y: 1967, m: 8, d: 17 },
    tmt: [1993, 3],
  },
  xss: {
    base: 'Xss',
    gender: 2,
    name: '<img src=x onerror=alert(1)>',
    unit: 'Dinas Kominfo',
    job: 'Pranata Komputer Ahli Pertama',
    noEmail: true,
  },
  budi: {
    base: 'Budi',
    gender: 1,
    name: '=Budi',
    unit: 'Satpol PP',
    job: 'Polisi Pamong Praja Terampil',
    noEmail: true,
  },
  numNip: {
    base: 'Hendra Kurniawan',
    gender: 1,
    name: 'Hendra Kurniawan, S.T.',
    unit: 'Bappeda',
    job: 'Perencana Ahli Muda',
    nip: '198501012010011001',
  },
  spaced: {
    base: 'Sri Wahyuni',
    gender: 2,
    unit: 'Dinas Kesehatan',
    job: 'Administrator Kesehatan Ahli Pertama',
    nip: '197903152005012003',
  },
  dotted: {
    base: 'Dedi Setiawan',
    gender: 1,
    unit: 'DPMPTSP',
    job: 'Penata Perizinan Ahli Muda',
    nip: '198307222009011002',
  },
  invalid: {
    base: 'Rina Puspitasari',
    gender: 2,
    unit: 'Dinas Sosial',
    job: 'Penyuluh Sosial Ahli Pertama',
    nip: '19900514201503100',
  },
} satisfies Record<string, PersonOpts>;
export type SpecialKey = keyof typeof SPECIALS;

/** Regular people: these regional names first, then PPPK, then drawn PNS up to REGULAR_COUNT. */
export const REGIONAL_NAMES: ReadonlyArray<readonly [string, 1 | 2]> = [
  ['I Putu Gede Arsana', 1],
  ['Sitti Maimunah', 2],
  ['Moh. Holil', 1],
  ['Hosnol Hotimah', 2],
];
export const PPPK_COUNT = 7;
export const REGULAR_COUNT = 81;

/** Who attends what: each group is its specials plus `drawn` regular people, taken in this order. */
export const GROUPS: ReadonlyArray<{
  specials: readonly SpecialKey[];
  drawn: number;
  codes: readonly string[];
}> = [
  { specials: ['fauzi'], drawn: 3, codes: [T1, T2, T3] },
  { specials: ['nimade'], drawn: 9, codes: [T1, T2] },
  { specials: ['spaced'], drawn: 5, codes: [T1, T3] },
  { specials: ['bambang'], drawn: 3, codes: [T2, T3] },
  { specials: ['xss', 'numNip'], drawn: 18, codes: [T1] },
  { specials: ['budi', 'dotted', 'invalid'], drawn: 19, codes: [T2] },
  { specials: [], drawn: 24, codes: [T3] },
];

/** How a special person's roster row is typed in Peserta (`only`: in that training), and what it plants. */
export interface RosterQuirk {
  nipAs?: 'number' | string;
  only?: string;
  column: string;
  level: 'Error' | 'Bukan masalah';
  what: string;
}
export const ROSTER_QUIRKS: Partial<Record<SpecialKey, RosterQuirk>> = {
  numNip: {
    nipAs: 'number',
    column: 'NIP',
    level: 'Error',
    what: 'NIP 198501012010011001 diketik sebagai ANGKA: tersimpan 198501012010011000 (digit terakhir hilang). Harus dilaporkan "ketik ulang sebagai teks", jangan ditebak.',
  },
  spaced: {
    nipAs: '19790315 200501 2 003',
    only: T1,
    column: 'NIP',
    level: 'Bukan masalah',
    what: 'NIP berisi spasi ("19790315 200501 2 003"): dinormalkan menjadi 197903152005012003 dan cocok dengan peserta yang sama di DOU-2026-03 (JP dijumlahkan). Bukan kesalahan.',
  },
  dotted: {
    nipAs: '19830722.200901.1.002',
    column: 'NIP',
    level: 'Bukan masalah',
    what: 'NIP berisi titik ("19830722.200901.1.002"): dinormalkan menjadi 198307222009011002. Bukan kesalahan.',
  },
  invalid: {
    column: 'NIP',
    level: 'Error',
    what: 'NIP 17 digit (tidak valid): peserta tetap tampil di Rekap Nilai dengan Sertifikat = Tidak, tidak diperingkat, tanpa JP.',
  },
  budi: {
    column: 'Nama',
    level: 'Bukan masalah',
    what: 'Nama "=Budi" disimpan sebagai teks: setiap keluaran harus menuliskannya sebagai teks, bukan rumus (keamanan rumus).',
  },
  xss: {
    column: 'Nama',
    level: 'Bukan masalah',
    what: 'Nama "<img src=x onerror=alert(1)>": panel samping harus menampilkannya sebagai teks (uji XSS); peserta ini peringkat 4 di DOU-2026-01.',
  },
};

export const DUPLICATE_ROW_WHAT = (nip: string) =>
  `NIP ${nip} terdaftar dua kali di DOU-2026-01 (baris ganda; baris pertama yang dipakai).`;
export const BLANK_ROWS_WHAT =
  'Dua baris kosong di tengah daftar peserta: harus dilewati tanpa menghentikan pembacaan (baris ini dan berikutnya).';

const D = (
  pre: number,
  post: number,
  activity: number,
  task: number,
  extra: Partial<ScorePlan> = {},
): ScorePlan => ({
  prePts: pre,
  postPts: post,
  activity,
  task,
  absent: [],
  ...extra,
});

/**
 * The designed top of DOU-2026-01 in the order its people are drawn (P4 is the XSS name), with the rank the
 * reference must give each; everyone drawn below it must score under DESIGNED_FLOOR.
 */
export const DESIGNED_01: ReadonlyArray<{ key: string; rank: number; who?: SpecialKey; plan: ScorePlan }> = [
  { key: 'P1', rank: 1, plan: D(7, 12, 95, 95) },
  {
    key: 'P2',
    rank: 2,
    plan: D(6, 12, 75, 80, {
      note: 'Nilai Akhir sama dengan peringkat 3; menang karena Post-Test lebih tinggi',
    }),
  },
  {
    key: 'P3',
    rank: 3,
    plan: D(5, 11, 95, 90, { note: 'Nilai Akhir sama dengan peringkat 2; kalah Post-Test' }),
  },
  { key: 'P4', rank: 4, who: 'xss', plan: D(8, 11, 85, 85, { note: 'nama uji XSS' }) },
  {
    key: 'P5a',
    rank: 5,
    plan: D(6, 11, 80, 80, {
      postTyped: 91.67,
      note: 'SERI di peringkat 5 (Post-Test diketik; respons post-test memakai NIP salah ketik)',
    }),
  },
  {
    key: 'P5b',
    rank: 5,
    plan: D(6, 0, 80, 80, {
      postPts: null,
      postTyped: 91.67,
      note: 'SERI di peringkat 5 (post-test susulan di kertas, diketik)',
    }),
  },
  {
    key: 'P7',
    rank: 7,
    plan: D(5, 10, 80, 80, { note: 'Nilai Akhir dan Post-Test sama dengan peringkat 8; menang N-Gain' }),
  },
  { key: 'P8', rank: 8, plan: D(7, 10, 80, 80, { note: 'kalah N-Gain' }) },
  {
    key: 'P9',
    rank: 9,
    plan: D(4, 9, 85, 80, {
      note: 'semua sama dengan peringkat 10; menang waktu kirim post-test lebih awal',
    }),
  },
  { key: 'P10', rank: 10, plan: D(4, 9, 85, 80, { note: 'kalah waktu kirim' }) },
  {
    key: 'P11',
    rank: 12,
    plan: D(12, 9, 80, 80, { note: 'Pre-Test = 100 (N-Gain kosong) dan Post-Test < Pre-Test' }),
  },
  {
    key: 'P12',
    rank: 11,
    plan: D(8, 9, 80, 80, {
      note: 'Nilai Akhir dan Post-Test sama dengan peringkat 12; N-Gain terdefinisi menang',
    }),
  },
  {
    key: 'Q1',
    rank: 13,
    plan: D(4, 9, 70, 70, {
      note: 'Nilai Akhir, Post-Test, N-Gain sama dengan peringkat 14; menang Kehadiran',
    }),
  },
  { key: 'Q2', rank: 14, plan: D(4, 9, 78.83, 70, { absent: [2], note: 'kehadiran 82,35% (absen sesi 2)' }) },
];
export const DESIGNED_FLOOR = 75;
/** Whose post-test responses are swapped in time so the earlier sender wins the last tie-break. */
export const TIME_TIE: readonly [string, string] = ['P9', 'P10'];
/** Whose post-test response carries a NIP with two neighbouring digits swapped. */
export const MISTYPED_POST = 'P5a';

/** Drawn DOU-2026-01 participants below the top, given a role (in draw order) and what it changes. */
export const ROLES_01 = {
  dupResp: { postPts: 7 },
  numResp: {},
  typedPost: { postPts: 6, postTyped: 58.33 },
  typedPre: { prePts: null, preTyped: 41.67 },
  noPre: { prePts: null },
  noTask: { task: null },
  negGain: { prePts: 8, postPts: 6 },
  abs4a: { absent: [3] },
  abs4b: { absent: [4] },
  abs4c: { absent: [3] },
  abs6: { absent: [1, 2] },
  abs3a: { absent: [1] },
  abs3b: { absent: [5] },
} satisfies Record<string, Partial<ScorePlan>>;
export type Role01 = keyof typeof ROLES_01;

/** The duplicate post-test submission: a resend by `dupResp` with more points. */
export const RESEND = { pts: 9, time: at(2026, 11, 26, 11, 4, 37) };

/** People who type their odd full name in forms (everyone else types the base name, sometimes in capitals). */
export const NAME_AS_LISTED: readonly SpecialKey[] = ['xss', 'budi'];

/** A Kehadiran row for a session DOU-2026-01 does not have, by one of the drawn people. */
export const UNKNOWN_SESSION_01 = {
  no: 6,
  who: 'abs3a' as Role01,
  what: 'Sesi 6 tidak ada di DOU-2026-01 (hanya sesi 1–5).',
};

/** DOU-2026-03 attendance: drawn people who miss a session, and how many forgot the form in session 1. */
export const MISSED_03: readonly number[][] = [[2], [3]];
export const FORGOT_FORM_03 = 2;
/** One Presensi answer for this session is sent twice, this many seconds apart. */
export const PRESENSI_RESENT = { session: 2, afterSec: 95 };

export const NO_TASK_WHAT = 'Tugas kosong padahal peserta lain punya: dihitung 0 dengan peringatan.';
/** DOU-2026-02 Nilai: one typed Pre-Test and one Keaktifan out of range. */
export const TYPED_PRE_02 = 54.55;
export const OVER_100 = { value: 105, what: 'Keaktifan 105 di luar rentang 0–100.' };

export const POST_TEST_WHAT = {
  resend: (nip: string) =>
    `Respons ganda dari NIP ${nip} (kirim ulang pukul 11:04, skor 9/12); dengan Respons Ganda = Pertama yang dipakai respons pertama (7/12).`,
  mistyped: (typed: string, nip: string) =>
    `NIP ${typed} tidak ada di daftar peserta (salah ketik dari ${nip}); saran: NIP terdekat. Admin sudah mengetik Post-Test-nya di lembar Nilai.`,
  number: (stored: string, nip: string) =>
    `NIP tersimpan sebagai ANGKA ${stored} (digit hilang, asli ${nip}): laporkan, jangan ditebak.`,
};

/** The knock-on of the roster NIP typed as a number, on the person's Kehadiran row. */
export const KNOCK_ON_WHAT = (pesertaRow: number, nip: string) =>
  `Akibat baris Peserta ${pesertaRow}: baris Kehadiran/Nilai untuk NIP ${nip} (diketik benar sebagai teks) belum dapat dipakai karena NIP di Peserta rusak (baris ini, baris sesi lain, dan baris Nilai yang sama; di lembar respons: NIP tidak dikenal).`;
