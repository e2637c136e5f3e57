// The sheet contract (DESIGN §3): sheet names, canonical headers, English aliases, column types and choices.
// Setup, the table reader, the data check and every output writer take their names from here.

import { JP_FORMAT, SCORE_FORMAT } from './format';
import { SIASN_STATUSES, SIASN_TYPE_NAMES } from './siasnTypes';
import { RATE_CATEGORIES } from './speakerTypes';

export type ColumnType =
  | 'text'
  | 'code' // an identifier: plain-text format, trimmed
  | 'nip' // plain-text format; normalised and validated
  | 'date'
  | 'time'
  | 'datetime'
  | 'integer'
  | 'number'
  | 'score' // 0–100
  | 'percent'
  | 'bool' // checkbox
  | 'choice';

export interface ColumnDef {
  /** Field name used in code. */
  key: string;
  /** Canonical Indonesian header. */
  header: string;
  type: ColumnType;
  required?: boolean;
  aliases?: readonly string[];
  choices?: readonly string[];
}

export interface SheetDef {
  name: string;
  columns: readonly ColumnDef[];
  /** Input sheets are the person's; ledgers are the add-on's with some of the person's columns. */
  role: 'input' | 'ledger' | 'output';
}

const KODE_KEGIATAN: ColumnDef = {
  key: 'trainingCode',
  header: 'Kode Kegiatan',
  type: 'code',
  required: true,
  aliases: ['Kode', 'Training Code', 'Code', 'Kode Pelatihan', 'Activity Code'],
};

export const COMPETENCY_TYPES = ['Teknis', 'Manajerial', 'Sosial Kultural', 'Pemerintahan'] as const;
export const SMART_ASN = [
  'Nasionalisme',
  'Integritas',
  'Teknologi Informasi',
  'Bahasa Asing',
  'Hospitality',
  'Networking',
  'Entrepreneurship',
] as const;
export const PATTERNS = ['Mandiri', 'Bersama Instansi Lain', 'Bersama Masyarakat'] as const;
export const METHODS = ['Ceramah', 'Diskusi', 'Tanya Jawab', 'Studi Lapangan', 'Evaluasi'] as const;
export const STATUSES = ['PNS', 'PPPK'] as const;
export const ASPECT_KINDS = ['Narasumber', 'Penyelenggaraan', 'Pasca Pelatihan'] as const;

export const SHEETS = {
  trainings: {
    name: 'Kegiatan',
    role: 'input',
    columns: [
      {
        key: 'code',
        header: 'Kode',
        type: 'code',
        required: true,
        aliases: ['Kode Kegiatan', 'Code', 'Training Code'],
      },
      {
        key: 'theme',
        header: 'Tema',
        type: 'text',
        required: true,
        aliases: ['Tema Kegiatan', 'Nama Kegiatan', 'Title', 'Theme', 'Judul'],
      },
      {
        key: 'competencyType',
        header: 'Jenis Kompetensi',
        type: 'choice',
        choices: COMPETENCY_TYPES,
        aliases: ['Competency Type'],
      },
      {
        key: 'smartAsn',
        header: 'Kompetensi Smart ASN',
        type: 'choice',
        choices: SMART_ASN,
        aliases: ['Smart ASN'],
      },
      {
        key: 'pattern',
        header: 'Pola Pelaksanaan',
        type: 'choice',
        choices: PATTERNS,
        aliases: ['Pola', 'Delivery'],
      },
      {
        key: 'startDate',
        header: 'Tanggal Mulai',
        type: 'date',
        required: true,
        aliases: ['Start Date', 'Mulai', 'Tanggal'],
      },
      { key: 'endDate', header: 'Tanggal Selesai', type: 'date', aliases: ['End Date', 'Selesai'] },
      { key: 'place', header: 'Tempat', type: 'text', aliases: ['Lokasi', 'Place', 'Location', 'Venue'] },
      { key: 'jp', header: 'JP', type: 'number', aliases: ['Jam Pelajaran', 'Lesson Hours'] },
      { key: 'signer', header: 'Penandatangan', type: 'text', aliases: ['Signer', 'Signatory'] },
      { key: 'signerNip', header: 'NIP Penandatangan', type: 'nip', aliases: ['Signer NIP'] },
      {
        key: 'signerTitle',
        header: 'Jabatan Penandatangan',
        type: 'text',
        aliases: ['Signer Title', 'Signer Position'],
      },
      // issue 15 item 1: the SIASN reference type of the training (Ekspor SIASN; list in Referensi SIASN)
      {
        key: 'siasnType',
        header: 'Jenis Diklat SIASN',
        type: 'choice',
        choices: SIASN_TYPE_NAMES,
        aliases: ['Jenis Diklat', 'jenisDiklatId'],
      },
    ],
  },
  sessions: {
    name: 'Sesi',
    role: 'input',
    columns: [
      KODE_KEGIATAN,
      {
        key: 'number',
        header: 'Sesi',
        type: 'integer',
        required: true,
        aliases: ['Session', 'No Sesi', 'Sesi Ke'],
      },
      { key: 'date', header: 'Tanggal', type: 'date', aliases: ['Date'] },
      { key: 'start', header: 'Jam Mulai', type: 'time', aliases: ['Start Time', 'Mulai', 'Start'] },
      { key: 'end', header: 'Jam Selesai', type: 'time', aliases: ['End Time', 'Selesai', 'End'] },
      {
        key: 'topic',
        header: 'Materi',
        type: 'text',
        aliases: ['Topic', 'Material', 'Subject', 'Judul Materi'],
      },
      { key: 'method', header: 'Metode', type: 'choice', choices: METHODS, aliases: ['Method'] },
      { key: 'speaker', header: 'Narasumber', type: 'text', aliases: ['Speaker', 'Trainer', 'Pemateri'] },
      { key: 'speakerNip', header: 'NIP Narasumber', type: 'nip', aliases: ['Speaker NIP'] },
      {
        key: 'speakerAgency',
        header: 'Instansi Narasumber',
        type: 'text',
        aliases: ['Speaker Agency', 'Instansi'],
      },
      { key: 'jp', header: 'JP', type: 'number', aliases: ['Jam Pelajaran', 'Lesson Hours'] },
      // issue 15 item 5: the speaker's honorarium (Rekap Narasumber, core/speakers.ts); optional, typed once per
      // speaker and training is enough (the first filled row of the speaker's sessions is used)
      {
        key: 'speakerGrade',
        header: 'Golongan Narasumber',
        type: 'text',
        aliases: ['Golongan', 'Gol Narasumber', 'Speaker Grade'],
      },
      {
        key: 'rateCategory',
        header: 'Kategori Tarif',
        type: 'choice',
        choices: RATE_CATEGORIES,
        aliases: ['Kategori Honorarium', 'Rate Category'],
      },
    ],
  },
  participants: {
    name: 'Peserta',
    role: 'input',
    columns: [
      KODE_KEGIATAN,
      { key: 'nip', header: 'NIP', type: 'nip', required: true, aliases: ['NIP Peserta', 'Employee ID'] },
      {
        key: 'name',
        header: 'Nama',
        type: 'text',
        required: true,
        aliases: ['Nama Lengkap', 'Nama Peserta', 'Name', 'Participant', 'Full Name'],
      },
      { key: 'position', header: 'Jabatan', type: 'text', aliases: ['Position', 'Job Title'] },
      {
        key: 'rank',
        header: 'Pangkat/Golongan',
        type: 'text',
        aliases: ['Pangkat', 'Golongan', 'Pangkat Golongan', 'Rank', 'Grade'],
      },
      {
        key: 'unit',
        header: 'Unit Kerja',
        type: 'text',
        aliases: ['Unit', 'Work Unit', 'OPD', 'Perangkat Daerah'],
      },
      { key: 'email', header: 'Email', type: 'text', aliases: ['E-mail', 'Alamat Email', 'Email Address'] },
      {
        key: 'status',
        header: 'Status Kepegawaian',
        type: 'choice',
        choices: STATUSES,
        aliases: ['Status', 'Employment Status', 'Status ASN'],
      },
      // delivery (issue 12 item 6): optional, for the WhatsApp text with the certificate's link
      {
        key: 'phone',
        header: 'No. HP',
        type: 'text',
        aliases: ['HP', 'No HP', 'Nomor HP', 'WhatsApp', 'No. WhatsApp', 'Telepon', 'No. Telepon'],
      },
    ],
  },
  attendance: {
    name: 'Kehadiran',
    role: 'input',
    columns: [
      KODE_KEGIATAN,
      { key: 'session', header: 'Sesi', type: 'integer', required: true, aliases: ['Session'] },
      { key: 'nip', header: 'NIP', type: 'nip', required: true },
      {
        key: 'present',
        header: 'Hadir',
        type: 'bool',
        required: true,
        aliases: ['Present', 'Attended', 'Kehadiran'],
      },
    ],
  },
  scores: {
    name: 'Nilai',
    role: 'input',
    columns: [
      KODE_KEGIATAN,
      { key: 'nip', header: 'NIP', type: 'nip', required: true },
      { key: 'name', header: 'Nama', type: 'text', aliases: ['Name', 'Nama Lengkap'] },
      { key: 'pre', header: 'Pre-Test', type: 'score', aliases: ['Pre Test', 'Pretest', 'Nilai Pre-Test'] },
      {
        key: 'post',
        header: 'Post-Test',
        type: 'score',
        aliases: ['Post Test', 'Posttest', 'Nilai Post-Test'],
      },
      {
        key: 'activity',
        header: 'Keaktifan',
        type: 'score',
        aliases: ['Activity', 'Participation', 'Keaktifan Peserta'],
      },
      { key: 'task', header: 'Tugas', type: 'score', aliases: ['Task', 'Assignment', 'Nilai Tugas'] },
    ],
  },
  questions: {
    name: 'Soal',
    role: 'input',
    columns: [
      KODE_KEGIATAN,
      { key: 'no', header: 'No', type: 'integer', required: true, aliases: ['Nomor', 'Number', 'No Soal'] },
      { key: 'text', header: 'Pertanyaan', type: 'text', required: true, aliases: ['Question', 'Soal'] },
      { key: 'a', header: 'Pilihan A', type: 'text', aliases: ['Option A', 'A'] },
      { key: 'b', header: 'Pilihan B', type: 'text', aliases: ['Option B', 'B'] },
      { key: 'c', header: 'Pilihan C', type: 'text', aliases: ['Option C', 'C'] },
      { key: 'd', header: 'Pilihan D', type: 'text', aliases: ['Option D', 'D'] },
      { key: 'e', header: 'Pilihan E', type: 'text', aliases: ['Option E', 'E'] },
      {
        key: 'key',
        header: 'Kunci',
        type: 'choice',
        required: true,
        choices: ['A', 'B', 'C', 'D', 'E'],
        aliases: ['Key', 'Answer Key', 'Kunci Jawaban', 'Jawaban'],
      },
      { key: 'weight', header: 'Bobot', type: 'number', aliases: ['Weight', 'Points', 'Poin'] },
    ],
  },
  aspects: {
    name: 'Aspek Evaluasi',
    role: 'input',
    columns: [
      {
        key: 'kind',
        header: 'Jenis',
        type: 'choice',
        required: true,
        choices: ASPECT_KINDS,
        aliases: ['Type', 'Kind'],
      },
      { key: 'aspect', header: 'Aspek', type: 'text', required: true, aliases: ['Aspect'] },
    ],
  },
  settings: {
    name: 'Pengaturan',
    role: 'input',
    columns: [
      { key: 'key', header: 'Pengaturan', type: 'text', required: true, aliases: ['Setting', 'Key'] },
      { key: 'value', header: 'Nilai', type: 'text', required: true, aliases: ['Value'] },
      { key: 'help', header: 'Keterangan', type: 'text', aliases: ['Description', 'Help'] },
    ],
  },
  forms: {
    name: 'Formulir',
    role: 'ledger',
    columns: [
      KODE_KEGIATAN,
      {
        key: 'kind',
        header: 'Jenis',
        type: 'choice',
        required: true,
        choices: ['Pre-Test', 'Post-Test', 'Evaluasi', 'Presensi', 'Pasca Pelatihan'],
        aliases: ['Type', 'Kind'],
      },
      { key: 'title', header: 'Judul', type: 'text', aliases: ['Title'] },
      { key: 'formId', header: 'ID Formulir', type: 'code', aliases: ['Form ID'] },
      { key: 'fillUrl', header: 'Tautan Isi', type: 'text', aliases: ['Form URL', 'Link'] },
      { key: 'editUrl', header: 'Tautan Edit', type: 'text', aliases: ['Edit URL'] },
      { key: 'responseSheet', header: 'Lembar Respons', type: 'text', aliases: ['Response Sheet'] },
      { key: 'created', header: 'Dibuat', type: 'datetime', aliases: ['Created'] },
    ],
  },
  certificates: {
    name: 'Sertifikat',
    role: 'ledger',
    columns: [
      KODE_KEGIATAN,
      {
        key: 'kind',
        header: 'Jenis',
        type: 'choice',
        choices: ['Sertifikat', 'Piagam', 'Sertifikat Narasumber'],
      },
      { key: 'number', header: 'Nomor', type: 'code' },
      { key: 'nip', header: 'NIP', type: 'nip' },
      { key: 'name', header: 'Nama', type: 'text' },
      {
        key: 'status',
        header: 'Status',
        type: 'choice',
        choices: ['Menunggu', 'Dibuat', 'Mengirim', 'Terkirim', 'Gagal', 'Diganti', 'Dicabut'],
      },
      { key: 'doc', header: 'Dokumen', type: 'text' },
      { key: 'pdf', header: 'PDF', type: 'text' },
      { key: 'email', header: 'Email', type: 'text' },
      { key: 'createdAt', header: 'Dibuat Pada', type: 'datetime' },
      { key: 'sentAt', header: 'Dikirim Pada', type: 'datetime' },
      { key: 'note', header: 'Catatan', type: 'text' },
      // what the certificate prints, as text, frozen when its run starts (core/certificates.ts PRINT_FIELDS)
      { key: 'printPosition', header: 'Jabatan (Cetak)', type: 'text' },
      { key: 'printGrade', header: 'Pangkat/Golongan (Cetak)', type: 'text' },
      { key: 'printUnit', header: 'Unit Kerja (Cetak)', type: 'text' },
      { key: 'printTheme', header: 'Tema (Cetak)', type: 'text' },
      { key: 'printDates', header: 'Tanggal Pelaksanaan (Cetak)', type: 'text' },
      { key: 'printPlace', header: 'Tempat (Cetak)', type: 'text' },
      { key: 'printJp', header: 'JP (Cetak)', type: 'text' },
      { key: 'printPredicate', header: 'Predikat (Cetak)', type: 'text' },
      { key: 'printScore', header: 'Nilai Akhir (Cetak)', type: 'text' },
      { key: 'printRank', header: 'Peringkat (Cetak)', type: 'text' },
      { key: 'printSigner', header: 'Penandatangan (Cetak)', type: 'text' },
      { key: 'printSignerNip', header: 'NIP Penandatangan (Cetak)', type: 'text' },
      { key: 'printSignerTitle', header: 'Jabatan Penandatangan (Cetak)', type: 'text' },
      { key: 'printIssued', header: 'Tanggal Terbit (Cetak)', type: 'text' },
      // issue 15 item 5: the Materi printed (a speaker's sessions, or the training's)
      { key: 'printTopic', header: 'Materi (Cetak)', type: 'text' },
      // delivery (issue 12 item 6): the PDF's view link once shared "anyone with the link" (Bagikan Tautan PDF)
      { key: 'link', header: 'Tautan', type: 'text' },
      // verification (issue 13): the random code printed with its QR, given when the row is numbered, never changed
      { key: 'code', header: 'Kode Verifikasi', type: 'code' },
      // a Diganti row: the number that replaced it; a Diganti or Dicabut row: why (shown on the verification page)
      { key: 'replacedBy', header: 'Diganti Oleh', type: 'code' },
      { key: 'reason', header: 'Alasan', type: 'text' },
      // TTE (issue 13 item 4): the signed copy imported from the signer's tool, its SHA-256 and signing time
      { key: 'signedPdf', header: 'PDF Bertanda Tangan', type: 'text' },
      { key: 'signedSha256', header: 'SHA-256 Bertanda Tangan', type: 'code' },
      { key: 'signedAt', header: 'Ditandatangani Pada', type: 'text' },
    ],
  },
  /**
   * Daftar ASN (issue 15 item 3): optional, the admin's list of every ASN of each unit, so Capaian 20 JP counts the
   * whole unit (an ASN with no training counts as not reached). Setup never makes it (not in SETUP_ORDER); it is
   * read only when it is there. An optional Tahun limits a row to that year (core/jpHistory.ts rosterForYear).
   */
  roster: {
    name: 'Daftar ASN',
    role: 'input',
    columns: [
      { key: 'nip', header: 'NIP', type: 'nip', required: true, aliases: ['NI PPPK', 'Employee ID'] },
      {
        key: 'name',
        header: 'Nama',
        type: 'text',
        required: true,
        aliases: ['Nama Lengkap', 'Nama ASN', 'Name', 'Full Name'],
      },
      {
        key: 'unit',
        header: 'Unit Kerja',
        type: 'text',
        required: true,
        aliases: ['Unit', 'Work Unit', 'OPD', 'Perangkat Daerah'],
      },
      {
        key: 'status',
        header: 'Status Kepegawaian',
        type: 'choice',
        choices: STATUSES,
        aliases: ['Status', 'Employment Status', 'Status ASN'],
      },
      { key: 'year', header: 'Tahun', type: 'integer', aliases: ['Year'] },
    ],
  },
  /**
   * Undangan (issue 15 item 4): who was invited to which planned training (pemanggilan), so a rerun invites no one
   * twice and writes no second letter to a unit. Made by the first Buat Undangan, not by Setup; the add-on appends
   * rows and never rewrites them; Status is the admin's.
   */
  invitations: {
    name: 'Undangan',
    role: 'ledger',
    columns: [
      KODE_KEGIATAN,
      { key: 'unit', header: 'Unit Kerja', type: 'text' },
      { key: 'nip', header: 'NIP', type: 'nip' },
      { key: 'name', header: 'Nama', type: 'text' },
      { key: 'shortfall', header: 'Kekurangan JP', type: 'number' },
      { key: 'rank', header: 'Urutan', type: 'integer' },
      { key: 'letter', header: 'Surat', type: 'text' },
      { key: 'link', header: 'Tautan Formulir', type: 'text' },
      { key: 'invitedAt', header: 'Diundang Pada', type: 'datetime' },
      { key: 'status', header: 'Status', type: 'choice', choices: ['Diundang', 'Hadir', 'Berhalangan'] },
      // the letter e-mailed to the unit (Kirim Email Undangan, features/invitationMail.ts): to whom, how it went,
      // when; the same on every row of the unit's letter. Mengirim: sent when last written, its outcome unknown.
      { key: 'emailTo', header: 'Email Unit', type: 'text' },
      {
        key: 'emailStatus',
        header: 'Status Email',
        type: 'choice',
        choices: ['Mengirim', 'Terkirim', 'Gagal'],
      },
      { key: 'emailedAt', header: 'Email Dikirim Pada', type: 'datetime' },
    ],
  },
  /**
   * Daftar Unit (issue 15 item 4): optional, each unit's e-mail address for its invitation letter. Made by the first
   * Kirim Email Undangan when missing (header and the units invited, Email blank); the admin's sheet from then on.
   */
  units: {
    name: 'Daftar Unit',
    role: 'input',
    columns: [
      {
        key: 'unit',
        header: 'Unit Kerja',
        type: 'text',
        required: true,
        aliases: ['Unit', 'Work Unit', 'OPD', 'Perangkat Daerah'],
      },
      { key: 'email', header: 'Email', type: 'text', required: true, aliases: ['E-mail', 'Email Unit'] },
    ],
  },
} as const satisfies Record<string, SheetDef>;

export type SheetKey = keyof typeof SHEETS;

/** Input and ledger sheets in the order Setup creates them. */
export const SETUP_ORDER: readonly SheetKey[] = [
  'settings',
  'trainings',
  'sessions',
  'participants',
  'attendance',
  'scores',
  'questions',
  'aspects',
  'forms',
  'certificates',
];

/** Output sheets (DESIGN §3.4): regenerated whole. Formats: '@' text, '0.00' two decimals, 'int', 'date'. */
export interface OutputColumn {
  header: string;
  format?: '@' | 'General' | '0' | '0.00' | '0.00%' | 'dd/MM/yyyy' | 'dd/MM/yyyy HH:mm';
  /** The column's values are links (OutputLink): the text is written, the URL set on it as a link. */
  link?: true;
  /**
   * A column the admin fills in a generated sheet (Ekspor SIASN's Status SIASN): the step carries its values over
   * by key, offers these choices, and the sheet asks no "are you sure" before typing.
   */
  person?: { choices: readonly string[] };
}

/** A value of a link column: the text shown (the add-on's own words, never a person's) and where it leads. */
export interface OutputLink {
  text: string;
  url: string | null;
}

/** A column of an output definition: its key is how code names it; rows are records by key. */
export interface OutputField extends OutputColumn {
  key: string;
}

export interface OutputDef {
  name: string;
  columns: readonly OutputField[];
}

/** One row of an output, by key (a missing or null value is a blank cell). */
export type OutputRecord<D extends OutputDef> = { [K in D['columns'][number]['key']]?: unknown };

/** The keys of an output's columns, typed (for charts over named columns). */
export type OutputKey<D extends OutputDef> = D['columns'][number]['key'];

const col = <K extends string>(key: K, header: string, format?: OutputColumn['format']) =>
  ({ key, header, format }) as const;

export const OUTPUTS = {
  results: {
    name: 'Rekap Nilai',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('rank', 'Peringkat', '0'),
      col('nip', 'NIP', '@'),
      col('name', 'Nama'),
      col('unit', 'Unit Kerja'),
      col('pre', 'Pre-Test', SCORE_FORMAT),
      col('post', 'Post-Test', SCORE_FORMAT),
      col('gain', 'N-Gain', '0.00'),
      col('gainCategory', 'Kategori N-Gain'),
      col('activity', 'Keaktifan', '0.00'),
      col('task', 'Tugas', '0.00'),
      col('attendance', 'Kehadiran (%)', '0.00'),
      col('finalScore', 'Nilai Akhir', SCORE_FORMAT),
      col('predicate', 'Predikat'),
      col('certificate', 'Sertifikat'),
      col('award', 'Piagam'),
      col('note', 'Keterangan'),
    ],
  },
  jp: {
    name: 'Rekap JP',
    columns: [
      col('year', 'Tahun', '0'),
      col('nip', 'NIP', '@'),
      col('name', 'Nama'),
      col('unit', 'Unit Kerja'),
      col('status', 'Status Kepegawaian'),
      col('trainings', 'Jumlah Kegiatan', '0'),
      col('jp', 'JP', JP_FORMAT),
      col('target', 'Target JP', JP_FORMAT),
      col('shortfall', 'Kekurangan JP', JP_FORMAT),
      col('achieved', 'Status'),
    ],
  },
  jpUnits: {
    name: 'Rekap JP Unit',
    columns: [
      col('year', 'Tahun', '0'),
      col('unit', 'Unit Kerja'),
      col('asn', 'Jumlah ASN', '0'),
      col('totalJp', 'Total JP', JP_FORMAT),
      col('meanJp', 'Rata-rata JP', JP_FORMAT),
      col('achieved', 'Tercapai', '0'),
      col('percentAchieved', 'Persen Tercapai', '0.00'),
    ],
  },
  /**
   * JP across years (issue 15 item 2, core/jpHistory.ts): one row per NIP and year, from this workbook's own Rekap JP
   * and from each earlier year's Rekap JP copied in as `Rekap JP <tahun>`; the source sheet and row named.
   */
  jpHistory: {
    name: 'Riwayat JP',
    columns: [
      col('nip', 'NIP', '@'),
      col('year', 'Tahun', '0'),
      col('name', 'Nama'),
      col('unit', 'Unit Kerja'),
      col('status', 'Status Kepegawaian'),
      col('trainings', 'Jumlah Kegiatan', '0'),
      col('jp', 'JP', JP_FORMAT),
      col('countedJp', 'JP Diakui', JP_FORMAT),
      col('target', 'Target JP', JP_FORMAT),
      col('shortfall', 'Kekurangan JP', JP_FORMAT),
      col('achieved', 'Status'),
      col('source', 'Sumber', '@'),
      col('sourceRow', 'Baris Sumber', '0'),
      col('note', 'Keterangan'),
    ],
  },
  /** Capaian 20 JP (issue 15 item 3): per year, unit and PNS / PPPK, how many ASN reached the target. */
  jpCoverage: {
    name: 'Capaian 20 JP',
    columns: [
      col('year', 'Tahun', '0'),
      col('unit', 'Unit Kerja'),
      col('status', 'Status Kepegawaian'),
      col('asn', 'Jumlah ASN', '0'),
      col('reached', 'Tercapai', '0'),
      col('notReached', 'Belum Tercapai', '0'),
      col('percent', 'Persen Tercapai', '0.00'),
      col('target', 'Target JP', JP_FORMAT),
      col('totalJp', 'Total JP Diakui', JP_FORMAT),
      col('meanJp', 'Rata-rata JP Diakui', JP_FORMAT),
      col('untrained', 'Tanpa JP', '0'),
      col('basis', 'Dasar Hitung'),
    ],
  },
  /** The trend of Capaian 20 JP per year, PNS and PPPK apart, beside its chart (Tahun as text: the chart's labels). */
  jpTrend: {
    name: 'Tren Capaian 20 JP',
    columns: [
      col('year', 'Tahun', '@'),
      col('pnsPercent', 'Persen Tercapai PNS', '0.00'),
      col('pppkPercent', 'Persen Tercapai PPPK', '0.00'),
      col('pnsAsn', 'Jumlah PNS', '0'),
      col('pnsReached', 'PNS Tercapai', '0'),
      col('pppkAsn', 'Jumlah PPPK', '0'),
      col('pppkReached', 'PPPK Tercapai', '0'),
      col('basis', 'Dasar Hitung'),
    ],
  },
  evaluation: {
    name: 'Rekap Evaluasi',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('kind', 'Jenis'),
      col('session', 'Sesi', '0'),
      col('speaker', 'Narasumber'),
      // issue 15 item 5: the speaker's identity (Kode Kegiatan, Sesi, NIP Narasumber), as Rekap Narasumber has it
      col('speakerNip', 'NIP Narasumber', '@'),
      col('aspect', 'Aspek'),
      col('respondents', 'Responden', '0'),
      col('mean', 'Rata-rata', '0.00'),
      col('index', 'Indeks', '0.00'),
      col('category', 'Kategori'),
    ],
  },
  // issue 15 item 5 (core/speakers.ts): one row per speaker and training, then a Jumlah row per training
  speakers: {
    name: 'Rekap Narasumber',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('nip', 'NIP Narasumber', '@'),
      col('name', 'Narasumber'),
      col('agency', 'Instansi'),
      col('sessions', 'Sesi', '@'),
      col('sessionCount', 'Jumlah Sesi', '0'),
      col('jp', 'JP Mengajar', JP_FORMAT),
      col('index', 'Indeks', '0.00'),
      col('category', 'Kategori'),
      col('grade', 'Golongan', '@'),
      col('rateCategory', 'Kategori Tarif'),
      col('rate', 'Tarif per JP', '0'),
      col('gross', 'Bruto', '0'),
      col('taxPercent', 'PPh (%)', 'General'),
      col('tax', 'Potongan PPh', '0'),
      col('net', 'Neto', '0'),
      col('note', 'Keterangan'),
    ],
  },
  items: {
    name: 'Analisis Soal',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('no', 'No', '0'),
      col('text', 'Pertanyaan'),
      col('prePercent', 'Benar Pre-Test (%)', '0.00'),
      col('postPercent', 'Benar Post-Test (%)', '0.00'),
      col('improvement', 'Peningkatan', '0.00'),
      col('difficulty', 'Tingkat Kesukaran'),
      col('discrimination', 'Daya Beda', '0.00'),
      col('note', 'Catatan'),
    ],
  },
  problems: {
    name: 'Masalah',
    columns: [
      col('level', 'Tingkat'),
      col('sheet', 'Lembar'),
      col('row', 'Baris', '0'),
      col('column', 'Kolom'),
      col('message', 'Masalah'),
      col('suggestion', 'Saran'),
      // issue 14 item 3: the training a problem concerns (the panel filters on it) and a link to its cell
      col('trainingCode', 'Kode Kegiatan', '@'),
      { key: 'cell', header: 'Buka Sel', format: '@', link: true },
    ],
  },
  // issue 15 item 1: one riwayat kursus record per issued certificate, SIASN's field names as headers
  siasn: {
    name: 'Ekspor SIASN',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('nip', 'NIP', '@'),
      col('name', 'Nama'),
      col('typeName', 'Jenis Diklat'),
      col('jenisDiklatId', 'jenisDiklatId', '@'),
      col('jenisKursusSertipikat', 'jenisKursusSertipikat', '@'),
      col('namaKursus', 'namaKursus'),
      col('institusiPenyelenggara', 'institusiPenyelenggara'),
      col('jumlahJam', 'jumlahJam', '0'),
      col('nomorSertipikat', 'nomorSertipikat', '@'),
      col('tahunKursus', 'tahunKursus', '0'),
      col('tanggalKursus', 'tanggalKursus', '@'),
      col('tanggalSelesaiKursus', 'tanggalSelesaiKursus', '@'),
      col('lokasiId', 'lokasiId', '@'),
      col('instansiId', 'instansiId', '@'),
      col('pnsOrangId', 'pnsOrangId', '@'),
      col('fileName', 'Nama File PDF'),
      col('fileLink', 'Tautan PDF'),
      col('note', 'Keterangan'),
      { key: 'status', header: 'Status SIASN', format: '@', person: { choices: SIASN_STATUSES } },
    ],
  },
  siasnReference: {
    name: 'Referensi SIASN',
    columns: [
      col('id', 'jenisDiklatId', '@'),
      col('name', 'Jenis Diklat'),
      col('certType', 'jenisKursusSertipikat', '@'),
    ],
  },
  links: {
    name: 'Tautan Peserta',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('nip', 'NIP', '@'),
      col('name', 'Nama'),
      col('kind', 'Jenis'),
      col('url', 'Tautan'),
    ],
  },
  /**
   * The public registry of the verification page (issue 13, core/registry.ts): one row per made certificate with its
   * code, only public fields (the NIP masked); regenerated from the ledger after every batch and every revocation.
   * The verify/ web app reads it by these headers: renaming one is a change of that contract.
   */
  registry: {
    name: 'Registri Verifikasi',
    columns: [
      col('code', 'Kode Verifikasi', '@'),
      col('number', 'Nomor', '@'),
      col('kind', 'Jenis'),
      col('name', 'Nama'),
      col('nip', 'NIP', '@'),
      col('training', 'Kegiatan'),
      col('dates', 'Tanggal Pelaksanaan'),
      col('jp', 'JP', '@'),
      col('issuer', 'Penerbit'),
      col('issued', 'Tanggal Terbit'),
      col('status', 'Status'),
      col('reason', 'Alasan'),
      col('replacedBy', 'Diganti Oleh', '@'),
    ],
  },
  /** Extra summary sheets that hold the charts' data (DESIGN §5.4–5.5 ask for charts; see README "Deviations"). */
  scoreSummary: {
    name: 'Ringkasan Nilai',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('theme', 'Tema'),
      col('meanPre', 'Rata-rata Pre-Test', '0.00'),
      col('meanPost', 'Rata-rata Post-Test', '0.00'),
      col('participants', 'Peserta', '0'),
      col('ranked', 'Diperingkat', '0'),
      col('certified', 'Bersertifikat', '0'),
      col('meanGain', 'N-Gain Rata-rata', '0.00'),
      col('gainOfMeans', 'N-Gain Kelas', '0.00'),
      col('gainOfMeansCategory', 'Kategori N-Gain Kelas'),
    ],
  },
  evaluationSummary: {
    name: 'Ringkasan Evaluasi',
    columns: [
      col('subject', 'Subjek'),
      col('index', 'Indeks', '0.00'),
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('kind', 'Jenis'),
      col('session', 'Sesi', '0'),
      col('speaker', 'Narasumber'),
      col('respondents', 'Responden', '0'),
      col('mean', 'Rata-rata', '0.00'),
      col('category', 'Kategori'),
    ],
  },
  /** Check-in (issue 16): every Presensi response as classified; the code typed is never shown. */
  checkins: {
    name: 'Rekap Kehadiran',
    columns: [
      col('trainingCode', 'Kode Kegiatan', '@'),
      col('session', 'Sesi', '0'),
      col('nip', 'NIP', '@'),
      col('name', 'Nama'),
      col('time', 'Waktu Presensi', '@'),
      col('status', 'Status'),
      col('counted', 'Dihitung'),
      col('note', 'Keterangan'),
      col('form', 'Formulir'),
      col('source', 'Sumber', '@'),
    ],
  },
} as const satisfies Record<string, OutputDef>;

export type OutputKeyName = keyof typeof OUTPUTS;

/**
 * An earlier year's `Rekap JP` copied into this spreadsheet (issue 15 item 2): read by the headers of OUTPUTS.jp (no
 * aliases: `Status` and `Status Kepegawaian` are both there). Only Tahun, NIP, Nama, Unit Kerja, Status Kepegawaian,
 * Jumlah Kegiatan and JP are read; Target, Kekurangan and Status are recomputed with this workbook's target.
 */
export const JP_IMPORT: SheetDef = {
  name: 'Rekap JP <tahun>',
  role: 'input',
  columns: [
    { key: 'year', header: 'Tahun', type: 'integer' },
    { key: 'nip', header: 'NIP', type: 'nip', required: true },
    { key: 'name', header: 'Nama', type: 'text' },
    { key: 'unit', header: 'Unit Kerja', type: 'text' },
    { key: 'status', header: 'Status Kepegawaian', type: 'choice', choices: STATUSES },
    { key: 'trainings', header: 'Jumlah Kegiatan', type: 'integer' },
    { key: 'jp', header: 'JP', type: 'number', required: true },
  ],
};

/** Header text normalised for matching: case-insensitive, spaces collapsed, punctuation ignored. */
export function headerKey(h: unknown): string {
  return String(h ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9%]+/g, '');
}

// ---- the add-on's own stores (helper sheets the admin never types in) --------------------------------------------

/** A store sheet: hidden, written only by the add-on, read whole with one getValues. */
export interface StoreDef {
  name: string;
  columns: readonly ColumnDef[];
}

/**
 * The response store (src/core/responseStore.ts): Tarik Respons writes one normalised answer row per response of
 * every registered form, and every step reads them from here instead of from the forms. `responseForms` keeps, per
 * form, how and when it was last imported and the problems of the form as a whole.
 */
export const STORES = {
  responses: {
    name: '_Respons',
    columns: [
      { key: 'source', header: 'Sumber', type: 'code' },
      { key: 'responseId', header: 'ID Respons', type: 'code' },
      { key: 'trainingCode', header: 'Kode Kegiatan', type: 'code' },
      { key: 'kind', header: 'Jenis', type: 'text' },
      { key: 'nip', header: 'NIP', type: 'nip' },
      { key: 'timestamp', header: 'Stempel Waktu', type: 'text' },
      { key: 'name', header: 'Nama', type: 'text' },
      { key: 'points', header: 'Poin', type: 'number' },
      { key: 'maxPoints', header: 'Poin Maks', type: 'number' },
      { key: 'answers', header: 'Jawaban', type: 'text' },
      { key: 'sheet', header: 'Lembar', type: 'text' },
      { key: 'row', header: 'Baris', type: 'integer' },
    ],
  },
  responseForms: {
    name: '_Respons Formulir',
    columns: [
      { key: 'source', header: 'Sumber', type: 'code' },
      { key: 'trainingCode', header: 'Kode Kegiatan', type: 'code' },
      { key: 'kind', header: 'Jenis', type: 'text' },
      { key: 'path', header: 'Jalur', type: 'text' },
      { key: 'count', header: 'Jumlah', type: 'integer' },
      { key: 'importedAt', header: 'Ditarik', type: 'text' },
      { key: 'sheet', header: 'Lembar', type: 'text' },
      { key: 'sheetRows', header: 'Baris Lembar', type: 'integer' },
      { key: 'problems', header: 'Masalah', type: 'text' },
      { key: 'complete', header: 'Lengkap', type: 'bool' },
    ],
  },
} as const satisfies Record<string, StoreDef>;
