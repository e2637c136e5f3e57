// Generates test/fixtures/messy.xlsx (a workbook with real-world mess) and messy.expected.json, deterministically.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addSheet, at, day, newWorkbook, type SheetSpec, workbookBytes } from './sample-data';

export const FIXTURE_DIR = path.join(__dirname, '..', 'test', 'fixtures');

/** One problem a correct data check must report. Matching: same sheet and row, column in the list, level, any keyword. */
export interface ExpectedProblem {
  sheet: string;
  /** 1-based sheet row; null = about the whole sheet (a test should accept row 1 or null for those). */
  row: number | null;
  /** Acceptable canonical column names (first is the preferred one). */
  columns: string[];
  level: 'Error' | 'Peringatan';
  /** Case-insensitive; at least one must occur in the message or the suggestion. */
  keywords: string[];
  why: string;
}

/** A cell that must NOT produce an Error (valid input in a messy form). */
export interface MustNotReport {
  sheet: string;
  row: number;
  why: string;
}

export interface MessyExpected {
  description: string;
  problems: ExpectedProblem[];
  mustNotReport: MustNotReport[];
  facts: {
    headerAliases: Record<string, Record<string, string>>;
    sessionJp: Record<string, Record<string, number>>;
    trainingJp: Record<string, number>;
    /** Normalised valid NIPs enrolled per training (duplicates once). */
    enrolled: Record<string, string[]>;
  };
}

const T1 = 'DOU-2026-01';
const T2 = 'DOU-2026-02';
const FAUZI = '198808052013031001';
const STAMP = 'dd/mm/yyyy HH:mm';

/** The messy workbook and what a correct check must say about it. */
export function buildMessy(): { sheets: SheetSpec[]; expected: MessyExpected } {
  const problems: ExpectedProblem[] = [];
  const ok: MustNotReport[] = [];
  const expect = (p: ExpectedProblem) => problems.push(p);
  const fine = (sheet: string, row: number, why: string) => ok.push({ sheet, row, why });
  const notFound = ['DOU-2026-09', 'tidak ada', 'tidak ditemukan', 'tidak dikenal', 'tidak terdaftar'];
  const range = ['100', 'rentang', 'antara'];
  const blank = ['kosong', 'wajib', 'diisi', 'harus'];

  // Kegiatan: English headers, reordered, extra columns, codes with spaces around them, a blank row.
  const kegiatan: SheetSpec = {
    name: 'Kegiatan',
    headers: ['No', 'Title', 'Code ', 'Start Date', 'End Date', 'Venue', 'JP', 'Catatan Panitia'],
    rows: [
      [
        1,
        'Penyusunan Laporan Kinerja Berbasis Data',
        'DOU-2026-01 ',
        day(2026, 11, 24),
        day(2026, 11, 26),
        'Aula BKPSDM',
        null,
        'gelombang 1',
      ],
      [],
      [
        2,
        'Pelayanan Publik Prima',
        '  DOU-2026-02',
        day(2026, 11, 30),
        day(2026, 12, 2),
        'Ruang Rapat Bappeda',
        12,
        null,
      ],
    ],
    formats: { 'Start Date': 'dd/mm/yyyy', 'End Date': 'dd/mm/yyyy' },
  };
  fine('Kegiatan', 2, 'trailing space in the code is trimmed');
  fine('Kegiatan', 3, 'blank row is skipped');
  fine('Kegiatan', 4, 'leading spaces in the code are trimmed; JP typed');

  // Sesi: lowercase/spaced headers, clock times stored as full date-times, a non-whole JP, an unknown code.
  const sesi: SheetSpec = {
    name: 'Sesi',
    headers: [
      '  kode   kegiatan ',
      'SESI',
      'Date',
      'Start Time',
      'End Time',
      'Topic',
      'Speaker',
      'nip narasumber',
    ],
    rows: [
      [
        'DOU-2026-01 ',
        1,
        day(2026, 11, 24),
        at(2026, 11, 24, 8, 0),
        at(2026, 11, 24, 10, 15),
        'Kebijakan SAKIP',
        'Dr. Hj. Siti Aminah, S.Sos., M.Si.',
        '197604182000032004',
      ],
      [
        T1,
        2,
        day(2026, 11, 24),
        at(2026, 11, 24, 13, 0),
        at(2026, 11, 24, 14, 40),
        'Indikator Kinerja Utama',
        'Ir. Heru Prasetyo, M.T.',
        '197211031998031005',
      ],
      [],
      [
        T1,
        3,
        day(2026, 11, 25),
        at(2026, 11, 25, 8, 0),
        at(2026, 11, 25, 11, 0),
        'Mengolah Data Kinerja',
        'Rizky Maulana, S.Kom., M.Kom.',
        '198807142011011003',
      ],
      [
        T2,
        1,
        day(2026, 11, 30),
        at(2026, 11, 30, 8, 0),
        at(2026, 11, 30, 11, 0),
        'Standar Pelayanan',
        'Drs. H. Mochammad Ridwan, M.Si.',
        '196908151994031007',
      ],
      [
        'DOU-2026-09',
        1,
        day(2026, 12, 15),
        at(2026, 12, 15, 8, 0),
        at(2026, 12, 15, 9, 30),
        'Manajemen Risiko',
        'Arif Hidayat, S.E.',
        null,
      ],
    ],
    textColumns: ['  kode   kegiatan ', 'nip narasumber'],
    formats: { Date: 'dd/mm/yyyy', 'Start Time': STAMP, 'End Time': STAMP },
  };
  fine('Sesi', 2, 'times stored as full date-times are read as clock times (08:00–10:15 = 3 JP)');
  expect({
    sheet: 'Sesi',
    row: 3,
    columns: ['JP', 'Jam Selesai', 'Jam Mulai'],
    level: 'Peringatan',
    keywords: ['menit', 'jp'],
    why: '100 minutes is not a whole number of JP (2 JP, floor)',
  });
  fine('Sesi', 4, 'blank row is skipped');
  expect({
    sheet: 'Sesi',
    row: 7,
    columns: ['Kode Kegiatan'],
    level: 'Error',
    keywords: notFound,
    why: 'unknown training code DOU-2026-09',
  });

  // Peserta: English headers, reordered, extra columns, number NIP, duplicates, blanks, odd NIP spellings.
  const peserta: SheetSpec = {
    name: 'Peserta',
    headers: ['No', 'Name', 'NIP', 'Training Code', 'Unit', 'Position', 'Email', 'Keterangan'],
    rows: [
      [
        1,
        'Ahmad Fauzi, S.Kom., M.Si.',
        FAUZI,
        'DOU-2026-01 ',
        'Dinas Kominfo',
        'Pranata Komputer Ahli Muda',
        'ahmad.fauzi@probolinggokota.go.id',
        null,
      ],
      [
        2,
        'Siti Rahayu, S.E.',
        Number('198905122014022001'),
        T1,
        'BPKAD',
        'Analis Keuangan Pusat dan Daerah Ahli Pertama',
        null,
        'NIP diketik sebagai angka',
      ],
      [3, 'Budi Santoso', '19870304 201001 1 002', T1, 'Bappeda', 'Perencana Ahli Muda', null, null],
      [],
      [],
      [
        4,
        'Dewi Lestari, S.Sos.',
        '199001012015032001',
        T1,
        'BKPSDM',
        'Analis SDM Aparatur Ahli Pertama',
        'dewi.lestari@probolinggokota.go.id',
        null,
      ],
      [5, 'Ahmad Fauzi', FAUZI, T1, 'Dinas Kominfo', 'Pranata Komputer Ahli Muda', null, 'daftar ulang'],
      [6, 'Rudi Hartono', '1985060720100110', T1, 'Satpol PP', 'Polisi Pamong Praja Terampil', null, null],
      [7, 'Rina Wulandari', "'199203152019032004", T1, 'Dinas Kesehatan', 'Perawat Ahli Pertama', null, null],
      [
        8,
        'Eko Prasetyo, S.T.',
        '198712252011011003',
        T2,
        'Dinas Kominfo',
        'Pranata Komputer Ahli Pertama',
        null,
        null,
      ],
      [9, 'Ahmad Fauzi, S.Kom., M.Si.', FAUZI, T2, 'Dinas Kominfo', 'Pranata Komputer Ahli Muda', null, null],
      [
        10,
        'Nurul Hidayati',
        '199511302020122005',
        'DOU-2026-09',
        'Dinas Sosial',
        'Penyuluh Sosial Ahli Pertama',
        null,
        null,
      ],
      [11, 'Yusuf Effendi', '198302142009011004 ', T2, 'Inspektorat', 'Auditor Ahli Muda', null, null],
      [
        12,
        'Lina Kartika, S.Pd.',
        '199804112022212001',
        T2,
        'Dinas Pendidikan dan Kebudayaan',
        'Guru Ahli Pertama',
        null,
        'PPPK',
      ],
      [
        13,
        'Hadi Purnomo',
        null,
        T2,
        'Kecamatan Mayangan',
        'Pengadministrasi Perkantoran',
        null,
        'NIP belum ada',
      ],
      [14, null, '199107082015031002', T2, 'Kecamatan Kanigaran', 'Kepala Seksi Pemerintahan', null, null],
    ],
    textColumns: ['NIP', 'Training Code'],
  };
  fine('Peserta', 2, 'trailing space in the code is trimmed');
  expect({
    sheet: 'Peserta',
    row: 3,
    columns: ['NIP'],
    level: 'Error',
    keywords: ['teks', 'angka'],
    why: 'NIP stored as a number (digits lost)',
  });
  fine('Peserta', 4, 'NIP with spaces is normalised');
  fine('Peserta', 5, 'blank row is skipped');
  fine('Peserta', 6, 'blank row is skipped');
  expect({
    sheet: 'Peserta',
    row: 8,
    columns: ['NIP'],
    level: 'Error',
    keywords: ['ganda', 'dua kali', 'lebih dari sekali', 'duplikat', 'sudah terdaftar', 'sudah ada'],
    why: 'same NIP twice in DOU-2026-01 (row 2 counts)',
  });
  expect({
    sheet: 'Peserta',
    row: 9,
    columns: ['NIP'],
    level: 'Error',
    keywords: ['18', 'digit', 'tidak valid'],
    why: 'NIP has 16 digits',
  });
  fine('Peserta', 10, 'leading apostrophe is removed by normalisation');
  fine('Peserta', 12, 'the same NIP in another training is not a duplicate');
  expect({
    sheet: 'Peserta',
    row: 13,
    columns: ['Kode Kegiatan'],
    level: 'Error',
    keywords: notFound,
    why: 'unknown training code DOU-2026-09',
  });
  fine('Peserta', 14, 'trailing space in the NIP is normalised');
  fine('Peserta', 15, 'valid PPPK layout');
  expect({
    sheet: 'Peserta',
    row: 16,
    columns: ['NIP'],
    level: 'Error',
    keywords: blank,
    why: 'required NIP is blank',
  });
  expect({
    sheet: 'Peserta',
    row: 17,
    columns: ['Nama'],
    level: 'Error',
    keywords: blank,
    why: 'required Nama is blank',
  });

  // Kehadiran: the required Hadir column is missing.
  const kehadiran: SheetSpec = {
    name: 'Kehadiran',
    headers: ['Kode Kegiatan', 'Sesi', 'NIP', 'Catatan'],
    rows: [
      [T1, 1, FAUZI, 'hadir'],
      [T1, 2, FAUZI, 'hadir'],
    ],
    textColumns: ['Kode Kegiatan', 'NIP'],
  };
  expect({
    sheet: 'Kehadiran',
    row: null,
    columns: ['Hadir', ''],
    level: 'Error',
    keywords: ['hadir'],
    why: 'required column Hadir is missing (a test should accept row null or 1)',
  });

  // Nilai: header variants in any case and spacing, scores out of range or unreadable.
  const nilai: SheetSpec = {
    name: 'Nilai',
    headers: ['nip', '  KODE KEGIATAN', 'Nama', 'post-test', 'PRE-TEST', 'keaktifan ', 'TUGAS'],
    rows: [
      [FAUZI, T1, 'Ahmad Fauzi', 85, 60, 90, 80],
      ['199001012015032001', 'DOU-2026-01 ', 'Dewi Lestari', 120, 50, 85, 75],
      ['199203152019032004', T1, 'Rina Wulandari', 78, null, -5, 70],
      ['198712252011011003', T2, 'Eko Prasetyo', 'delapan puluh', 55, 80, 85],
    ],
    textColumns: ['nip', '  KODE KEGIATAN'],
  };
  fine('Nilai', 1, 'header variants (case, spaces) are recognised');
  fine('Nilai', 2, 'plain valid row');
  expect({
    sheet: 'Nilai',
    row: 3,
    columns: ['Post-Test'],
    level: 'Error',
    keywords: range,
    why: 'Post-Test 120 is above 100',
  });
  expect({
    sheet: 'Nilai',
    row: 4,
    columns: ['Keaktifan'],
    level: 'Error',
    keywords: range,
    why: 'Keaktifan −5 is below 0',
  });
  expect({
    sheet: 'Nilai',
    row: 5,
    columns: ['Post-Test'],
    level: 'Error',
    keywords: ['angka', 'dibaca', 'tidak valid', 'bukan'],
    why: 'Post-Test is text ("delapan puluh")',
  });

  // Pengaturan: lowercase headers, an unreadable value and an unknown key.
  const pengaturan: SheetSpec = {
    name: 'Pengaturan',
    headers: ['pengaturan', 'NILAI'],
    rows: [
      ['Menit per JP', 45],
      ['Bobot Post-Test', 'enam puluh'],
      ['Jumlah Piagamm', 5],
    ],
  };
  expect({
    sheet: 'Pengaturan',
    row: 3,
    columns: ['Nilai'],
    level: 'Error',
    keywords: ['tidak dapat dibaca'],
    why: 'unreadable number',
  });
  expect({
    sheet: 'Pengaturan',
    row: 4,
    columns: ['Pengaturan'],
    level: 'Peringatan',
    keywords: ['tidak dikenal'],
    why: 'unknown key (typo)',
  });

  const expected: MessyExpected = {
    description:
      'Problems a correct "Periksa Data" must report for messy.xlsx (generated by tools/make-fixtures.ts). ' +
      'Match a reported problem by sheet, row (null = whole sheet; accept 1 too), one of `columns`, level, and any keyword ' +
      '(case-insensitive, in message or suggestion). `mustNotReport` rows must not carry any Error.',
    problems,
    mustNotReport: ok,
    facts: {
      headerAliases: {
        Kegiatan: {
          Title: 'Tema',
          Code: 'Kode',
          'Start Date': 'Tanggal Mulai',
          'End Date': 'Tanggal Selesai',
          Venue: 'Tempat',
        },
        Sesi: {
          Date: 'Tanggal',
          'Start Time': 'Jam Mulai',
          'End Time': 'Jam Selesai',
          Topic: 'Materi',
          Speaker: 'Narasumber',
        },
        Peserta: { Name: 'Nama', 'Training Code': 'Kode Kegiatan', Unit: 'Unit Kerja', Position: 'Jabatan' },
      },
      sessionJp: { [T1]: { '1': 3, '2': 2, '3': 4 }, [T2]: { '1': 4 } },
      trainingJp: { [T1]: 9, [T2]: 12 },
      enrolled: {
        [T1]: [FAUZI, '198703042010011002', '199001012015032001', '199203152019032004'],
        [T2]: ['198712252011011003', FAUZI, '198302142009011004', '199804112022212001', '199107082015031002'],
      },
    },
  };
  return { sheets: [kegiatan, sesi, peserta, kehadiran, nilai, pengaturan], expected };
}

/** messy.xlsx as reproducible bytes. */
export async function messyBytes(sheets: SheetSpec[] = buildMessy().sheets): Promise<Buffer> {
  const wb = newWorkbook('DOU ASN 2026 (ekspor berantakan)');
  for (const s of sheets) addSheet(wb, s);
  return workbookBytes(wb);
}

/** Writes messy.xlsx and messy.expected.json into `dir`. */
export async function writeFixtures(dir = FIXTURE_DIR): Promise<void> {
  const { sheets, expected } = buildMessy();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'messy.xlsx'), await messyBytes(sheets));
  writeFileSync(path.join(dir, 'messy.expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

if (require.main === module) {
  writeFixtures().then(
    () => console.log(`ditulis: ${FIXTURE_DIR}/messy.xlsx, messy.expected.json`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
