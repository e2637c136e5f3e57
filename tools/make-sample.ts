// Generates the sample workbook "DOU ASN 2026" (examples/dou-asn-contoh.xlsx) and examples/README.md, deterministically.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHEETS, type SheetKey } from '../src/core/schema';
import { SETTING_DEFS } from '../src/core/settings';
import {
  addSheet,
  at,
  type Cell,
  clock,
  day,
  FEMALE_FIRST,
  FEMALE_LAST,
  FMT_DATE,
  FMT_STAMP_EN,
  FMT_STAMP_ID,
  FMT_TIME,
  GOLONGAN,
  type JobDef,
  MALE_FIRST,
  MALE_LAST,
  MS,
  newWorkbook,
  nipLayout,
  type PlantedProblem,
  PPPK_JOBS,
  pangkatText,
  pnsNip,
  pppkNip,
  Rng,
  randomBirth,
  round2,
  type SheetSpec,
  SOS,
  UNITS,
  workbookBytes,
  type Ymd,
} from './sample-data';

/** The canonical headers of a contract sheet (src/core/schema.ts is the one source). */
const contract = (key: SheetKey): string[] => SHEETS[key].columns.map((c) => c.header);

export const SAMPLE_SEED = 2026;
export const SAMPLE_PATH = path.join(__dirname, '..', 'examples', 'dou-asn-contoh.xlsx');
export const README_PATH = path.join(__dirname, '..', 'examples', 'README.md');
const MINUTES_PER_JP = 45;

// ---------------------------------------------------------------------------------------------
// Fixed content: trainings, sessions, questions, evaluation aspects.

type Letter = 'A' | 'B' | 'C' | 'D' | 'E';
const LETTERS: readonly Letter[] = ['A', 'B', 'C', 'D', 'E'];

interface TrainingDef {
  code: string;
  theme: string;
  jenis: string;
  smart: string;
  pola: string;
  start: Date;
  end: Date | null;
  place: string;
  jp: number | null;
}
interface SessionDef {
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
interface QuestionDef {
  text: string;
  options: string[];
  key: Letter;
  weight: number;
  /** Write Bobot blank (default 1) instead of 1. */
  blankWeight?: boolean;
}

const SIGNER = 'Drs. H. Agus Wicaksono, M.Si.';
const SIGNER_NIP = '197005121995031002';
const SIGNER_TITLE = 'Kepala BKPSDM Kota Probolinggo';

const T1 = 'DOU-2026-01';
const T2 = 'DOU-2026-02';
const T3 = 'DOU-2026-03';

const TRAININGS: readonly TrainingDef[] = [
  {
    code: T1,
    theme: 'Penyusunan Laporan Kinerja Berbasis Data',
    jenis: 'Manajerial',
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

const SESSIONS: readonly SessionDef[] = [
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

const Q = (text: string, options: string[], key: Letter, weight = 1, blankWeight = false): QuestionDef => ({
  text,
  options,
  key,
  weight,
  blankWeight,
});

const QUESTIONS: Readonly<Record<string, readonly QuestionDef[]>> = {
  [T1]: [
    Q(
      'Dokumen yang memuat ikhtisar capaian kinerja instansi pemerintah selama satu tahun disebut ...',
      [
        'Rencana Strategis',
        'Laporan Kinerja Instansi Pemerintah (LKjIP)',
        'Rencana Kerja dan Anggaran',
        'Perjanjian Kinerja',
      ],
      'B',
    ),
    Q(
      'SAKIP adalah singkatan dari ...',
      [
        'Sistem Akuntabilitas Kinerja Instansi Pemerintah',
        'Sistem Administrasi Keuangan Instansi Pemerintah',
        'Standar Akuntabilitas Kinerja Internal Pemerintah',
        'Sistem Anggaran Kinerja Instansi Pusat',
      ],
      'A',
    ),
    Q(
      'Indikator kinerja yang baik memenuhi kriteria SMART. Huruf M berarti ...',
      ['Manageable', 'Measurable', 'Meaningful', 'Monitored'],
      'B',
    ),
    Q(
      'Dokumen berisi target kinerja yang disepakati pimpinan dan bawahan pada awal tahun adalah ...',
      ['Perjanjian Kinerja', 'LKjIP', 'Renstra', 'DPA'],
      'A',
    ),
    Q(
      'Untuk indikator "makin tinggi makin baik", capaian kinerja dihitung dengan rumus ...',
      [
        'Target / Realisasi × 100%',
        'Realisasi / Target × 100%',
        '(Realisasi − Target) × 100%',
        'Target − Realisasi',
      ],
      'B',
    ),
    Q(
      'Grafik yang paling tepat untuk menampilkan tren capaian kinerja dari tahun ke tahun adalah ...',
      ['Grafik lingkaran', 'Grafik garis', 'Peta tematik', 'Tabel silang'],
      'B',
    ),
    Q(
      'Data yang diperoleh langsung dari sumber pertama melalui survei disebut data ...',
      ['Sekunder', 'Primer', 'Tersier', 'Agregat'],
      'B',
    ),
    Q('Fungsi spreadsheet untuk menghitung rata-rata adalah ...', ['SUM', 'COUNT', 'AVERAGE', 'MAX'], 'C'),
    Q(
      'Target prevalensi stunting 15% dan realisasinya 12% (makin rendah makin baik). Capaian kinerjanya adalah ...',
      ['80%', '100%', '120%', '125%'],
      'C',
      2,
    ),
    Q(
      'Urutan siklus SAKIP yang benar adalah ...',
      [
        'Perencanaan – Pengukuran – Pelaporan – Evaluasi',
        'Pelaporan – Perencanaan – Evaluasi – Pengukuran',
        'Evaluasi – Pelaporan – Pengukuran – Perencanaan',
        'Pengukuran – Perencanaan – Pelaporan – Evaluasi',
      ],
      'A',
      2,
    ),
  ],
  [T2]: [
    Q(
      'Undang-undang yang mengatur pelayanan publik adalah ...',
      [
        'UU Nomor 5 Tahun 2014',
        'UU Nomor 25 Tahun 2009',
        'UU Nomor 23 Tahun 2014',
        'UU Nomor 14 Tahun 2008',
        'UU Nomor 20 Tahun 2023',
      ],
      'B',
    ),
    Q(
      'Komponen standar pelayanan yang terkait penyampaian pelayanan adalah ...',
      [
        'Persyaratan, prosedur, jangka waktu, biaya/tarif, produk, dan penanganan pengaduan',
        'Visi, misi, dan motto instansi',
        'Struktur organisasi dan tata kerja',
        'Anggaran dan rencana kerja',
        'Sarana, prasarana, dan fasilitas gedung',
      ],
      'A',
    ),
    Q(
      'Pernyataan kesanggupan penyelenggara untuk melaksanakan pelayanan sesuai standar disebut ...',
      [
        'Standar Operasional Prosedur',
        'Maklumat Pelayanan',
        'Piagam Penghargaan',
        'Survei Kepuasan',
        'Kode Etik',
      ],
      'B',
    ),
    Q(
      'Nilai dasar BerAKHLAK yang berarti "memahami dan memenuhi kebutuhan masyarakat" adalah ...',
      ['Akuntabel', 'Kompeten', 'Berorientasi Pelayanan', 'Harmonis', 'Adaptif'],
      'C',
    ),
    Q(
      'Kanal pengaduan pelayanan publik nasional yang terintegrasi adalah ...',
      ['SP4N-LAPOR!', 'SIASN', 'e-Kinerja', 'SIPD', 'LPSE'],
      'A',
    ),
    Q(
      'Pedoman Survei Kepuasan Masyarakat diatur dalam ...',
      [
        'Permenpan RB Nomor 14 Tahun 2017',
        'Perpres Nomor 81 Tahun 2010',
        'PP Nomor 11 Tahun 2017',
        'Permendagri Nomor 90 Tahun 2019',
        'UU Nomor 25 Tahun 2009',
      ],
      'A',
    ),
    Q(
      'Sikap petugas yang TIDAK mencerminkan pelayanan prima adalah ...',
      [
        'Menyapa dengan ramah',
        'Memberi informasi yang jelas',
        'Menunda layanan tanpa alasan',
        'Mendengarkan keluhan',
        'Menepati janji waktu',
      ],
      'C',
    ),
    Q(
      'Budaya 3S dalam pelayanan adalah ...',
      [
        'Senyum, Salam, Sapa',
        'Sigap, Santun, Sabar',
        'Siap, Sedia, Selalu',
        'Sopan, Sabar, Setia',
        'Senang, Sehat, Sejahtera',
      ],
      'A',
    ),
    Q(
      'Mal Pelayanan Publik bertujuan untuk ...',
      [
        'Menggabungkan berbagai jenis layanan di satu tempat',
        'Menambah jumlah pegawai',
        'Menaikkan tarif layanan',
        'Menggantikan layanan daring',
        'Mengurangi jam layanan',
      ],
      'A',
    ),
    Q(
      'Seorang warga marah karena berkasnya hilang. Langkah pertama yang paling tepat adalah ...',
      [
        'Meminta warga menunggu atasan',
        'Mendengarkan dengan empati, meminta maaf, lalu menelusuri berkas',
        'Menjelaskan bahwa itu bukan kesalahan petugas',
        'Meminta warga mengulang pengajuan dari awal',
        'Menyarankan warga mengadu ke media',
      ],
      'B',
      2,
    ),
  ],
  [T3]: [
    Q(
      'Empat pilar literasi digital adalah ...',
      [
        'Cakap, etika, budaya, dan aman bermedia digital',
        'Membaca, menulis, berhitung, dan berbicara',
        'Perangkat keras, perangkat lunak, jaringan, dan data',
        'Internet, telepon, televisi, dan radio',
      ],
      'A',
      1,
      true,
    ),
    Q(
      'Kata sandi yang paling kuat di antara berikut adalah ...',
      [
        '12345678',
        'probolinggo',
        'Tanggal lahir sendiri',
        'Gabungan huruf besar, huruf kecil, angka, dan simbol, minimal 12 karakter',
      ],
      'D',
      1,
      true,
    ),
    Q(
      'Autentikasi dua faktor (2FA) berfungsi untuk ...',
      [
        'Mempercepat proses masuk',
        'Menambah lapisan verifikasi selain kata sandi',
        'Menghapus kebutuhan kata sandi',
        'Menyimpan kata sandi di peramban',
      ],
      'B',
      1,
      true,
    ),
    Q(
      'Email yang menyamar sebagai pihak resmi untuk mencuri data disebut ...',
      ['Spam', 'Phishing', 'Malware', 'Firewall'],
      'B',
      1,
      true,
    ),
    Q(
      'Saat menerima pesan berantai yang belum jelas kebenarannya, sebaiknya ...',
      [
        'Langsung meneruskan ke grup',
        'Memeriksa kebenarannya melalui sumber resmi sebelum membagikan',
        'Menambahkan komentar lalu meneruskan',
        'Menghapus aplikasi pesan',
      ],
      'B',
      1,
      true,
    ),
    Q(
      'Data pribadi yang TIDAK boleh dibagikan sembarangan adalah ...',
      ['Nama instansi', 'Nomor Induk Kependudukan (NIK)', 'Alamat kantor', 'Jam layanan kantor'],
      'B',
      1,
      true,
    ),
    Q(
      'Undang-undang yang mengatur pelindungan data pribadi adalah ...',
      ['UU Nomor 27 Tahun 2022', 'UU Nomor 11 Tahun 2008', 'UU Nomor 25 Tahun 2009', 'UU Nomor 5 Tahun 2014'],
      'A',
      1,
      true,
    ),
    Q(
      'Situs web yang koneksinya terenkripsi ditandai dengan ...',
      [
        'Alamat diawali http',
        'Alamat diawali https dan ikon gembok',
        'Banyak iklan',
        'Nama domain yang panjang',
      ],
      'B',
      1,
      true,
    ),
    Q(
      'Ransomware adalah ...',
      [
        'Perangkat lunak jahat yang mengenkripsi data dan meminta tebusan',
        'Antivirus gratis',
        'Aplikasi untuk mempercepat komputer',
        'Jenis kabel jaringan',
      ],
      'A',
      2,
    ),
    Q(
      'Jejak digital sebaiknya dikelola dengan cara ...',
      [
        'Mengunggah semua kegiatan pribadi',
        'Berpikir sebelum mengunggah dan mengatur privasi akun',
        'Memakai satu akun bersama-sama',
        'Mematikan antivirus',
      ],
      'B',
      1,
      true,
    ),
  ],
};

const ASPECTS: Readonly<Record<'Narasumber' | 'Penyelenggaraan' | 'Pasca Pelatihan', readonly string[]>> = {
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

const SUGGESTIONS = [
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

export const sessionJp = (s: SessionDef): number =>
  s.jp ?? Math.floor((s.end[0] * 60 + s.end[1] - s.start[0] * 60 - s.start[1]) / MINUTES_PER_JP);
const sessionsOf = (code: string) => SESSIONS.filter((s) => s.code === code);
const trainingJp = (t: TrainingDef) => t.jp ?? sessionsOf(t.code).reduce((a, s) => a + sessionJp(s), 0);
const maxPoints = (code: string) => QUESTIONS[code].reduce((a, q) => a + q.weight, 0);

// ---------------------------------------------------------------------------------------------
// People.

interface Person {
  id: number;
  base: string;
  name: string;
  gender: 1 | 2;
  nip: string;
  status: 'PNS' | 'PPPK';
  job: string;
  pangkat: string;
  unit: string;
  email: string;
  formEmail: string;
}

interface PersonOpts {
  base?: string;
  gender?: 1 | 2;
  name?: string;
  unit?: string;
  job?: string;
  nip?: string;
  birth?: Ymd;
  tmt?: [number, number];
  pppk?: boolean;
  noEmail?: boolean;
}

const ascii = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

class People {
  private readonly bases = new Set<string>();
  private readonly nips = new Set<string>();
  private readonly emails = new Set<string>();
  readonly all: Person[] = [];
  constructor(private readonly rng: Rng) {}

  /** Keeps drawn names clear of the speakers' and signers' names. */
  reserve(...bases: string[]): void {
    for (const b of bases) this.bases.add(b);
  }

  private baseName(gender: 1 | 2): string {
    for (;;) {
      const first = this.rng.pick(gender === 1 ? MALE_FIRST : FEMALE_FIRST);
      const last = this.rng.pick(gender === 1 ? MALE_LAST : FEMALE_LAST);
      const mid = this.rng.chance(0.2) ? ` ${this.rng.pick(gender === 1 ? MALE_FIRST : FEMALE_FIRST)}` : '';
      const b = `${first}${mid} ${last}`;
      if (first !== mid.trim() && !this.bases.has(b) && first !== last) return b;
    }
  }

  private titled(
    base: string,
    gender: 1 | 2,
    job: JobDef | null,
    pppkDegrees: readonly string[],
    birthY: number,
  ) {
    const pre: string[] = [];
    const post: string[] = [];
    const r = this.rng;
    if (job?.title.startsWith('Dokter')) {
      pre.push('dr.');
      if (r.chance(0.5)) post.push('M.Kes.');
    } else if (!job) {
      if (pppkDegrees.length) {
        const d = r.pick(pppkDegrees);
        if (d === 'S.Kep.') pre.push('Ns.');
        post.push(d);
      }
    } else if (job.edu === 'S1' || job.edu === 'S2') {
      const bachelor = r.pick(job.degrees ?? SOS);
      if (birthY <= 1969 && /^S\.(Sos|E|AP|IP)\.$/.test(bachelor) && r.chance(0.6))
        pre.push(gender === 1 ? 'Drs.' : 'Dra.');
      else {
        if (bachelor === 'S.Kep.') pre.push('Ns.');
        post.push(bachelor);
      }
      if (job.edu === 'S2' ? r.chance(0.85) : job.masters && r.chance(0.15))
        post.push(r.pick(job.masters ?? MS));
    } else if (job.edu === 'D3') post.push(r.pick(job.degrees ?? ['A.Md.']));
    if (birthY <= 1980 && r.chance(0.15)) pre.push(gender === 1 ? 'H.' : 'Hj.');
    return [...pre, base].join(' ') + (post.length ? `, ${post.join(', ')}` : '');
  }

  add(o: PersonOpts = {}): Person {
    const r = this.rng;
    const gender = o.gender ?? (r.chance(0.5) ? 1 : 2);
    const base = o.base ?? this.baseName(gender);
    this.bases.add(base);
    const pppk = o.pppk ?? false;
    let unit: string;
    let jobTitle: string;
    let pangkat: string;
    let nip: string;
    let birthY: number;
    let jobDef: JobDef | null = null;
    let pppkDegrees: readonly string[] = [];
    if (pppk) {
      const pj = r.pick(PPPK_JOBS);
      unit = o.unit ?? pj.unit;
      jobTitle = o.job ?? pj.title;
      pangkat = `Golongan ${pj.gol}`;
      pppkDegrees = pj.degrees;
      const b = o.birth ?? randomBirth(r, 1982, 2000);
      birthY = b.y;
      const tmt = Math.max(r.int(2021, 2025), b.y + 21);
      nip = o.nip ?? pppkNip(b, tmt, r.int(1, 2), gender, r.int(1, 180));
    } else {
      const u = o.unit ? UNITS.find((x) => x.unit === o.unit)! : r.pick(UNITS);
      unit = u.unit;
      jobDef = o.job ? (u.jobs.find((j) => j.title === o.job) ?? u.jobs[0]) : r.pick(u.jobs);
      jobTitle = jobDef.title;
      const years = o.tmt ? 2026 - o.tmt[0] : r.int(jobDef.years[0], jobDef.years[1]);
      let tmtY = Math.min(2025, 2026 - years);
      const age = jobDef.edu === 'SMA' ? r.int(20, 26) : jobDef.edu === 'D3' ? r.int(21, 28) : r.int(23, 30);
      const b: Ymd = o.birth ?? {
        ...randomBirth(r, 1965, 2000),
        y: Math.min(2000, Math.max(1965, tmtY - age)),
      };
      if (b.m === 2 && b.d > 28) b.d = 28;
      tmtY = Math.max(tmtY, b.y + 20);
      birthY = b.y;
      const g = Math.min(
        jobDef.gol[1],
        jobDef.gol[0] + Math.floor(Math.max(0, 2026 - tmtY - jobDef.years[0]) / 4),
      );
      pangkat = pangkatText(Math.min(g, GOLONGAN.length - 1));
      nip = o.nip ?? pnsNip(b, tmtY, o.tmt?.[1] ?? r.int(1, 12), gender, r.chance(0.85) ? 1 : r.int(2, 4));
    }
    if (this.nips.has(nip)) return this.add(o);
    this.nips.add(nip);
    const name = o.name ?? this.titled(base, gender, jobDef, pppkDegrees, birthY);
    const toks = base.split(' ').filter((t) => ascii(t).length > 1);
    let local = `${ascii(toks[0] ?? 'asn')}.${ascii(toks[toks.length - 1] ?? 'asn')}`;
    while (this.emails.has(local)) local += r.int(1, 9);
    this.emails.add(local);
    const email = o.noEmail || r.chance(0.15) ? '' : `${local}@probolinggokota.go.id`;
    const formEmail = email || `${local.replace('.', '')}${r.int(10, 99)}@gmail.com`;
    const p: Person = {
      id: this.all.length,
      base,
      name,
      gender,
      nip,
      status: pppk ? 'PPPK' : 'PNS',
      job: jobTitle,
      pangkat,
      unit,
      email,
      formEmail,
    };
    this.all.push(p);
    return p;
  }
}

// ---------------------------------------------------------------------------------------------
// The dataset.

/** One row of the expected ranking of DOU-2026-01 (computed by the generator's own small model of DESIGN §4). */
export interface ExpectedRank {
  rank: number;
  nip: string;
  name: string;
  pre: number | null;
  post: number;
  gain: number | null;
  activity: number;
  task: number;
  attendance: number;
  final: number;
  postTime: Date | null;
  note: string;
}

export interface SampleDataset {
  sheets: SheetSpec[];
  planted: PlantedProblem[];
  expectedRanking01: ExpectedRank[];
  /** Per NIP: JP credited in 2026 by the generator's model (Pengakuan JP = Bersertifikat). */
  expectedJp: Map<string, number>;
  trainingJp: Record<string, number>;
}

interface Enrolment {
  p: Person;
  code: string;
  nipCell: Cell;
  /** The NIP the person types in forms and the admin types in other sheets. */
  nip: string;
  valid: boolean;
  row: Cell[];
}

interface ScorePlan {
  prePts?: number | null;
  postPts?: number | null;
  preTyped?: number;
  postTyped?: number;
  activity: number | null;
  task: number | null;
  absent: number[];
  note?: string;
}

const pts = (code: string, p: number) => round2((p / maxPoints(code)) * 100);

/** Chooses which questions are answered correctly so the weighted points equal `target`. */
function answerSheet(rng: Rng, qs: readonly QuestionDef[], target: number): Letter[] {
  const w2 = qs.map((q, i) => (q.weight === 2 ? i : -1)).filter((i) => i >= 0);
  const w1 = qs.map((q, i) => (q.weight === 1 ? i : -1)).filter((i) => i >= 0);
  const feasible: number[] = [];
  for (let k = 0; k <= w2.length; k++)
    if (target - 2 * k >= 0 && target - 2 * k <= w1.length) feasible.push(k);
  if (!feasible.length) throw new Error(`no answer sheet gives ${target} points`);
  const k2 = rng.pick(feasible);
  const right = new Set([...rng.shuffle(w2).slice(0, k2), ...rng.shuffle(w1).slice(0, target - 2 * k2)]);
  return qs.map((q, i) => {
    if (right.has(i)) return q.key;
    const wrong = LETTERS.slice(0, q.options.length).filter((l) => l !== q.key);
    return rng.pick(wrong);
  });
}

const optionText = (q: QuestionDef, l: Letter) => q.options[LETTERS.indexOf(l)];
const questionHeader = (no: number, q: QuestionDef) => `${no}. ${q.text}`;

/** Builds every sheet of the sample workbook plus what the README and tests need to know about it. */
export function buildSampleDataset(seed = SAMPLE_SEED): SampleDataset {
  const rng = new Rng(seed);
  const people = new People(rng);
  people.reserve(
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
  );
  const planted: Array<PlantedProblem & { ref?: Cell[] }> = [];
  const plant = (sheet: string, ref: Cell[], column: string, level: PlantedProblem['level'], what: string) =>
    planted.push({ sheet, row: 0, column, level, what, ref });

  // Special people first (their NIPs and names carry the deliberate problems).
  const fauzi = people.add({
    base: 'Ahmad Fauzi',
    gender: 1,
    name: 'Ahmad Fauzi, S.Kom., M.Si.',
    unit: 'Dinas Kominfo',
    job: 'Pranata Komputer Ahli Muda',
  });
  const nimade = people.add({
    base: 'Ni Made Ayu Lestari',
    gender: 2,
    name: 'Ni Made Ayu Lestari, S.E.',
    unit: 'BPKAD',
    job: 'Analis Keuangan Pusat dan Daerah Ahli Pertama',
  });
  const bambang = people.add({
    base: 'Bambang Supriyadi',
    gender: 1,
    name: 'Drs. Bambang Supriyadi',
    unit: 'Kecamatan Mayangan',
    job: 'Sekretaris Kecamatan',
    birth: { y: 1967, m: 8, d: 17 },
    tmt: [1993, 3],
  });
  const xss = people.add({
    base: 'Xss',
    gender: 2,
    name: '<img src=x onerror=alert(1)>',
    unit: 'Dinas Kominfo',
    job: 'Pranata Komputer Ahli Pertama',
    noEmail: true,
  });
  const budi = people.add({
    base: 'Budi',
    gender: 1,
    name: '=Budi',
    unit: 'Satpol PP',
    job: 'Polisi Pamong Praja Terampil',
    noEmail: true,
  });
  const numNip = people.add({
    base: 'Hendra Kurniawan',
    gender: 1,
    name: 'Hendra Kurniawan, S.T.',
    unit: 'Bappeda',
    job: 'Perencana Ahli Muda',
    nip: '198501012010011001',
  });
  const spaced = people.add({
    base: 'Sri Wahyuni',
    gender: 2,
    unit: 'Dinas Kesehatan',
    job: 'Administrator Kesehatan Ahli Pertama',
    nip: '197903152005012003',
  });
  const dotted = people.add({
    base: 'Dedi Setiawan',
    gender: 1,
    unit: 'DPMPTSP',
    job: 'Penata Perizinan Ahli Muda',
    nip: '198307222009011002',
  });
  const invalid = people.add({
    base: 'Rina Puspitasari',
    gender: 2,
    unit: 'Dinas Sosial',
    job: 'Penyuluh Sosial Ahli Pertama',
    nip: '19900514201503100',
  });
  const specials = new Set([fauzi, nimade, bambang, xss, budi, numNip, spaced, dotted, invalid]);

  // Everyone else: a few fixed regional names, a handful of PPPK, the rest drawn.
  const regular: Person[] = [];
  for (const [base, g] of [
    ['I Putu Gede Arsana', 1],
    ['Sitti Maimunah', 2],
    ['Moh. Holil', 1],
    ['Hosnol Hotimah', 2],
  ] as const)
    regular.push(people.add({ base, gender: g }));
  for (let i = 0; i < 7; i++) regular.push(people.add({ pppk: true }));
  while (regular.length < 81) regular.push(people.add());

  // Membership: only01, only02, only03, 01&02, 01&03, 02&03, all three.
  const shuffled = rng.shuffle(regular);
  const take = (n: number) => shuffled.splice(0, n);
  const groups = {
    all: [fauzi, ...take(3)],
    a12: [nimade, ...take(9)],
    a13: [spaced, ...take(5)],
    a23: [bambang, ...take(3)],
    o1: [xss, numNip, ...take(18)],
    o2: [budi, dotted, invalid, ...take(19)],
    o3: take(24),
  };
  const members = (code: string): Person[] => {
    const g = groups;
    const list =
      code === T1
        ? [...g.all, ...g.a12, ...g.a13, ...g.o1]
        : code === T2
          ? [...g.all, ...g.a12, ...g.a23, ...g.o2]
          : [...g.all, ...g.a13, ...g.a23, ...g.o3];
    return rng.shuffle(list);
  };

  // ---- Peserta
  const enrol: Record<string, Enrolment[]> = { [T1]: [], [T2]: [], [T3]: [] };
  const pesertaRows: Cell[][] = [];
  const statusCell = (p: Person): Cell => (rng.chance(0.15) ? null : p.status);
  const enrolRow = (p: Person, code: string, nipCell: Cell): Enrolment => {
    const row: Cell[] = [code, nipCell, p.name, p.job, p.pangkat, p.unit, p.email || null, statusCell(p)];
    return { p, code, nipCell, nip: p.nip, valid: p !== invalid && p !== numNip, row };
  };
  let dupPerson: Person | null = null;
  for (const code of [T1, T2, T3]) {
    const list = members(code);
    const block: Cell[][] = [];
    for (const p of list) {
      let nipCell: Cell = p.nip;
      if (p === numNip) nipCell = Number(p.nip);
      if (p === spaced && code === T1) nipCell = '19790315 200501 2 003';
      if (p === dotted) nipCell = '19830722.200901.1.002';
      const e = enrolRow(p, code, nipCell);
      enrol[code].push(e);
      block.push(e.row);
      if (p === numNip)
        plant(
          'Peserta',
          e.row,
          'NIP',
          'Error',
          'NIP 198501012010011001 diketik sebagai ANGKA: tersimpan 198501012010011000 (digit terakhir hilang). Harus dilaporkan "ketik ulang sebagai teks", jangan ditebak.',
        );
      if (p === spaced && code === T1)
        plant(
          'Peserta',
          e.row,
          'NIP',
          'Bukan masalah',
          'NIP berisi spasi ("19790315 200501 2 003"): dinormalkan menjadi 197903152005012003 dan cocok dengan peserta yang sama di DOU-2026-03 (JP dijumlahkan). Bukan kesalahan.',
        );
      if (p === dotted)
        plant(
          'Peserta',
          e.row,
          'NIP',
          'Bukan masalah',
          'NIP berisi titik ("19830722.200901.1.002"): dinormalkan menjadi 198307222009011002. Bukan kesalahan.',
        );
      if (p === invalid)
        plant(
          'Peserta',
          e.row,
          'NIP',
          'Error',
          'NIP 17 digit (tidak valid): peserta tetap tampil di Rekap Nilai dengan Sertifikat = Tidak, tidak diperingkat, tanpa JP.',
        );
      if (p === budi)
        plant(
          'Peserta',
          e.row,
          'Nama',
          'Bukan masalah',
          'Nama "=Budi" disimpan sebagai teks: setiap keluaran harus menuliskannya sebagai teks, bukan rumus (keamanan rumus).',
        );
      if (p === xss)
        plant(
          'Peserta',
          e.row,
          'Nama',
          'Bukan masalah',
          'Nama "<img src=x onerror=alert(1)>": panel samping harus menampilkannya sebagai teks (uji XSS); peserta ini peringkat 4 di DOU-2026-01.',
        );
    }
    if (code === T1) {
      // Listed twice: a later row repeats someone with the name typed without titles.
      const victim = enrol[T1].find((e) => !specials.has(e.p) && e.p.status === 'PNS')!.p;
      dupPerson = victim;
      const dup: Cell[] = [
        T1,
        victim.nip,
        victim.base,
        victim.job,
        victim.pangkat,
        victim.unit,
        victim.email || null,
        'PNS',
      ];
      block.splice(block.length - 3, 0, dup);
      plant(
        'Peserta',
        dup,
        'NIP',
        'Error',
        `NIP ${victim.nip} terdaftar dua kali di DOU-2026-01 (baris ganda; baris pertama yang dipakai).`,
      );
    }
    if (code === T2) {
      // Two blank rows in the middle of the block, as left after deleting rows by hand.
      const mid = Math.floor(block.length / 2);
      const blank1: Cell[] = [];
      const blank2: Cell[] = [];
      block.splice(mid, 0, blank1, blank2);
      plant(
        'Peserta',
        blank1,
        '',
        'Bukan masalah',
        'Dua baris kosong di tengah daftar peserta: harus dilewati tanpa menghentikan pembacaan (baris ini dan berikutnya).',
      );
    }
    pesertaRows.push(...block);
  }

  // ---- Score plans for DOU-2026-01: a designed top of 14 and drawn values below it.
  const reg1 = enrol[T1].filter((e) => !specials.has(e.p) && e.p !== dupPerson);
  const pool1 = rng.shuffle(reg1);
  const pickE = () => pool1.shift()!;
  const P: Record<string, Enrolment> = {};
  for (const k of ['P1', 'P2', 'P3', 'P5a', 'P5b', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'Q1', 'Q2'])
    P[k] = pickE();
  P.P4 = enrol[T1].find((e) => e.p === xss)!;
  const roles = {
    dupResp: pickE(),
    numResp: pickE(),
    typedPost: pickE(),
    typedPre: pickE(),
    noPre: pickE(),
    noTask: pickE(),
    negGain: pickE(),
    abs4a: pickE(),
    abs4b: pickE(),
    abs4c: pickE(),
    abs6: pickE(),
    abs3a: pickE(),
    abs3b: pickE(),
  };
  const plan1 = new Map<Enrolment, ScorePlan>();
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
  plan1.set(P.P1, D(7, 12, 95, 95));
  plan1.set(
    P.P2,
    D(6, 12, 75, 80, { note: 'Nilai Akhir sama dengan peringkat 3; menang karena Post-Test lebih tinggi' }),
  );
  plan1.set(P.P3, D(5, 11, 95, 90, { note: 'Nilai Akhir sama dengan peringkat 2; kalah Post-Test' }));
  plan1.set(P.P4, D(8, 11, 85, 85, { note: 'nama uji XSS' }));
  plan1.set(
    P.P5a,
    D(6, 11, 80, 80, {
      postTyped: 91.67,
      note: 'SERI di peringkat 5 (Post-Test diketik; respons post-test memakai NIP salah ketik)',
    }),
  );
  plan1.set(
    P.P5b,
    D(6, 0, 80, 80, {
      postPts: null,
      postTyped: 91.67,
      note: 'SERI di peringkat 5 (post-test susulan di kertas, diketik)',
    }),
  );
  plan1.set(
    P.P7,
    D(5, 10, 80, 80, { note: 'Nilai Akhir dan Post-Test sama dengan peringkat 8; menang N-Gain' }),
  );
  plan1.set(P.P8, D(7, 10, 80, 80, { note: 'kalah N-Gain' }));
  plan1.set(
    P.P9,
    D(4, 9, 85, 80, { note: 'semua sama dengan peringkat 10; menang waktu kirim post-test lebih awal' }),
  );
  plan1.set(P.P10, D(4, 9, 85, 80, { note: 'kalah waktu kirim' }));
  plan1.set(
    P.P12,
    D(8, 9, 80, 80, {
      note: 'Nilai Akhir dan Post-Test sama dengan peringkat 12; N-Gain terdefinisi menang',
    }),
  );
  plan1.set(P.P11, D(12, 9, 80, 80, { note: 'Pre-Test = 100 (N-Gain kosong) dan Post-Test < Pre-Test' }));
  plan1.set(
    P.Q1,
    D(4, 9, 70, 70, { note: 'Nilai Akhir, Post-Test, N-Gain sama dengan peringkat 14; menang Kehadiran' }),
  );
  plan1.set(P.Q2, D(4, 9, 78.83, 70, { absent: [2], note: 'kehadiran 82,35% (absen sesi 2)' }));
  for (const e of enrol[T1]) {
    if (plan1.has(e) || e.p === dupPerson) continue;
    const pre = rng.int(2, 7);
    plan1.set(e, {
      prePts: pre,
      postPts: Math.max(pre, rng.int(4, 8)),
      activity: rng.int(12, 16) * 5,
      task: rng.int(60, 85),
      absent: [],
    });
  }
  if (dupPerson) {
    const e = enrol[T1].find((x) => x.p === dupPerson)!;
    plan1.set(e, {
      prePts: rng.int(3, 7),
      postPts: rng.int(5, 8),
      activity: rng.int(12, 16) * 5,
      task: rng.int(60, 85),
      absent: [],
    });
  }
  Object.assign(plan1.get(roles.dupResp)!, { postPts: 7 });
  Object.assign(plan1.get(roles.typedPost)!, { postPts: 6, postTyped: 58.33 });
  Object.assign(plan1.get(roles.typedPre)!, { prePts: null, preTyped: 41.67 });
  Object.assign(plan1.get(roles.noPre)!, { prePts: null });
  Object.assign(plan1.get(roles.noTask)!, { task: null });
  Object.assign(plan1.get(roles.negGain)!, { prePts: 8, postPts: 6 });
  plan1.get(roles.abs4a)!.absent = [3];
  plan1.get(roles.abs4b)!.absent = [4];
  plan1.get(roles.abs4c)!.absent = [3];
  plan1.get(roles.abs6)!.absent = [1, 2];
  plan1.get(roles.abs3a)!.absent = [1];
  plan1.get(roles.abs3b)!.absent = [5];

  const uniq = (code: string) => {
    const seen = new Set<string>();
    return enrol[code].filter((e) => {
      if (seen.has(e.nip)) return false;
      seen.add(e.nip);
      return true;
    });
  };
  const sheets: SheetSpec[] = [];

  // ---- Kegiatan, Sesi
  sheets.push({
    name: 'Kegiatan',
    headers: contract('trainings'),
    rows: TRAININGS.map((t) => [
      t.code,
      t.theme,
      t.jenis,
      t.smart,
      t.pola,
      t.start,
      t.end,
      t.place,
      t.jp,
      SIGNER,
      SIGNER_NIP,
      SIGNER_TITLE,
    ]),
    textColumns: ['Kode', 'NIP Penandatangan'],
    formats: { 'Tanggal Mulai': FMT_DATE, 'Tanggal Selesai': FMT_DATE },
  });
  const sesiRows: Cell[][] = SESSIONS.map((s) => [
    s.code,
    s.no,
    s.date,
    clock(...s.start),
    clock(...s.end),
    s.topic,
    s.method,
    s.speaker,
    s.speakerNip || null,
    s.agency,
    s.jp,
  ]);
  const oddJp = sesiRows[SESSIONS.findIndex((s) => s.code === T2 && s.no === 4)];
  plant(
    'Sesi',
    oddJp,
    'JP',
    'Peringatan',
    'Durasi 120 menit bukan kelipatan 45 menit: JP = 2 (dibulatkan ke bawah) dengan peringatan.',
  );
  const strayRow: Cell[] = [
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
  ];
  sesiRows.push(strayRow);
  plant(
    'Sesi',
    strayRow,
    'Kode Kegiatan',
    'Error',
    'Kode Kegiatan "DOU-2026-04" tidak ada di lembar Kegiatan.',
  );
  sheets.push({
    name: 'Sesi',
    headers: contract('sessions'),
    rows: sesiRows,
    textColumns: ['Kode Kegiatan', 'NIP Narasumber'],
    formats: { Tanggal: FMT_DATE, 'Jam Mulai': FMT_TIME, 'Jam Selesai': FMT_TIME },
  });

  sheets.push({
    name: 'Peserta',
    headers: contract('participants'),
    rows: pesertaRows,
    textColumns: ['Kode Kegiatan', 'NIP'],
  });

  // ---- Kehadiran: DOU-2026-01 per session; DOU-2026-02 none (not recorded); DOU-2026-03 two manual rows.
  const kehadiran: Cell[][] = [];
  for (const s of sessionsOf(T1))
    for (const e of uniq(T1)) kehadiran.push([T1, s.no, e.nip, !plan1.get(e)!.absent.includes(s.no)]);
  const unknownSession: Cell[] = [T1, 6, roles.abs3a.nip, true];
  kehadiran.push(unknownSession);
  plant('Kehadiran', unknownSession, 'Sesi', 'Error', 'Sesi 6 tidak ada di DOU-2026-01 (hanya sesi 1–5).');

  // ---- DOU-2026-03 attendance: the Presensi form, plus manual rows for people who forgot the form.
  const sessions3 = sessionsOf(T3);
  const u3 = uniq(T3);
  const rng3 = rng.shuffle(u3.filter((e) => !specials.has(e.p)));
  const miss3 = new Map<Enrolment, number[]>([
    [rng3[0], [2]],
    [rng3[1], [3]],
  ]);
  const forgot3 = [rng3[2], rng3[3]];
  for (const e of forgot3) kehadiran.push([T3, 1, e.nip, true]);
  sheets.push({
    name: 'Kehadiran',
    headers: contract('attendance'),
    rows: kehadiran,
    textColumns: ['Kode Kegiatan', 'NIP'],
  });

  // ---- Nilai
  const nilai: Cell[][] = [];
  for (const e of uniq(T1)) {
    const pl = plan1.get(e)!;
    const row: Cell[] = [
      T1,
      e.nip,
      e.p.name,
      pl.preTyped ?? null,
      pl.postTyped ?? null,
      pl.activity,
      pl.task,
    ];
    nilai.push(row);
    if (e === roles.noTask)
      plant(
        'Nilai',
        row,
        'Tugas',
        'Peringatan',
        'Tugas kosong padahal peserta lain punya: dihitung 0 dengan peringatan.',
      );
  }
  const u2 = uniq(T2);
  const reg2 = rng.shuffle(u2.filter((e) => !specials.has(e.p)));
  const typedPre2 = reg2[0];
  const over100 = reg2[1];
  const plan2 = new Map<Enrolment, { pre: number | null; post: number | null }>();
  for (const e of u2) {
    const pre = rng.int(3, 8);
    plan2.set(
      e,
      e.p === invalid
        ? { pre: null, post: null }
        : { pre: e === typedPre2 ? null : pre, post: Math.min(11, pre + rng.int(0, 4)) },
    );
    const row: Cell[] = [
      T2,
      e.nip,
      e.p.name,
      e === typedPre2 ? 54.55 : null,
      null,
      e === over100 ? 105 : rng.int(13, 19) * 5,
      rng.int(60, 95),
    ];
    nilai.push(row);
    if (e === over100) plant('Nilai', row, 'Keaktifan', 'Error', 'Keaktifan 105 di luar rentang 0–100.');
  }
  for (const e of u3) nilai.push([T3, e.nip, e.p.name, null, null, rng.int(12, 19) * 5, null]);
  sheets.push({
    name: 'Nilai',
    headers: contract('scores'),
    rows: nilai,
    textColumns: ['Kode Kegiatan', 'NIP'],
  });

  // ---- Soal, Aspek Evaluasi, Pengaturan
  const soal: Cell[][] = [];
  for (const code of [T1, T2, T3])
    QUESTIONS[code].forEach((q, i) => {
      const opts = [0, 1, 2, 3, 4].map((k) => q.options[k] ?? null);
      soal.push([code, i + 1, q.text, ...opts, q.key, q.blankWeight ? null : q.weight]);
    });
  sheets.push({
    name: 'Soal',
    headers: contract('questions'),
    rows: soal,
    textColumns: ['Kode Kegiatan'],
  });
  sheets.push({
    name: 'Aspek Evaluasi',
    headers: contract('aspects'),
    rows: (Object.keys(ASPECTS) as Array<keyof typeof ASPECTS>).flatMap((k) => ASPECTS[k].map((a) => [k, a])),
    note: 'Contoh aspek evaluasi (bukan daftar resmi). Tambah, ubah, atau hapus sesuai kebutuhan.',
  });
  sheets.push({
    name: 'Pengaturan',
    headers: contract('settings'),
    rows: SETTING_DEFS.map((d) => [d.key, d.default, d.help]),
  });

  // ---- Response sheets
  const timeline = (rngLocal: Rng, n: number, start: Date, spanSec: number): Date[] => {
    const secs = new Set<number>();
    while (secs.size < n) secs.add(rngLocal.int(0, spanSec));
    return [...secs].sort((a, b) => a - b).map((s) => new Date(start.getTime() + s * 1000));
  };
  const formName = (p: Person) => (rng.chance(0.2) ? p.base.toUpperCase() : p.base);
  const typedName = (p: Person) => (p === xss || p === budi ? p.name : formName(p));

  type Resp = { e: Enrolment; nipCell: Cell; pts: number; answers: Letter[]; time?: Date };
  const quizSheet = (
    name: string,
    code: string,
    resps: Resp[],
    times: Date[],
    locale: 'id' | 'en' | 'id-noscore',
  ): SheetSpec => {
    const qs = QUESTIONS[code];
    const max = maxPoints(code);
    const head =
      locale === 'en'
        ? ['Timestamp', 'Email Address', 'Score', 'NIP', 'Nama Lengkap']
        : locale === 'id'
          ? ['Stempel waktu', 'Alamat email', 'Skor', 'NIP', 'Nama Lengkap']
          : ['Stempel waktu', 'NIP', 'Nama Lengkap'];
    const stamp = locale === 'en' ? 'Timestamp' : 'Stempel waktu';
    resps.forEach((r, i) => {
      r.time = r.time ?? times[i];
    });
    const ordered = [...resps].sort((a, b) => a.time!.getTime() - b.time!.getTime());
    const rows = ordered.map((r) => {
      const ans = r.answers.map((l, i) => optionText(qs[i], l));
      const lead: Cell[] =
        locale === 'id-noscore'
          ? [r.time!, r.nipCell, typedName(r.e.p)]
          : [r.time!, r.e.p.formEmail, `${r.pts} / ${max}`, r.nipCell, typedName(r.e.p)];
      const row = [...lead, ...ans];
      (r as Resp & { row?: Cell[] }).row = row;
      return row;
    });
    return {
      name,
      headers: [...head, ...qs.map((q, i) => questionHeader(i + 1, q))],
      rows,
      textColumns: ['NIP'],
      formats: { [stamp]: locale === 'en' ? FMT_STAMP_EN : FMT_STAMP_ID },
    };
  };

  // Pre-Test 01 (Indonesian locale, quiz).
  const q1 = QUESTIONS[T1];
  const pre1: Resp[] = [];
  for (const e of uniq(T1)) {
    const pl = plan1.get(e)!;
    if (pl.prePts === null || pl.prePts === undefined) continue;
    pre1.push({ e, nipCell: e.nip, pts: pl.prePts, answers: answerSheet(rng, q1, pl.prePts) });
  }
  const pre1Sheet = quizSheet(
    'Respons Pre-Test DOU-2026-01',
    T1,
    rng.shuffle(pre1),
    timeline(rng, pre1.length, at(2026, 11, 24, 7, 35), 30 * 60),
    'id',
  );

  // Post-Test 01 (Indonesian locale, quiz) with a duplicate, a mistyped NIP and a number-typed NIP.
  const post1: Resp[] = [];
  for (const e of uniq(T1)) {
    const pl = plan1.get(e)!;
    if (pl.postPts === null || pl.postPts === undefined) continue;
    let nipCell: Cell = e.nip;
    if (e === P.P5a) {
      const d = e.nip.split('');
      let i = 9;
      while (d[i] === d[i + 1]) i++;
      [d[i], d[i + 1]] = [d[i + 1], d[i]];
      nipCell = d.join('');
    }
    if (e === roles.numResp) nipCell = Number(e.nip);
    post1.push({ e, nipCell, pts: pl.postPts, answers: answerSheet(rng, q1, pl.postPts) });
  }
  const order1 = rng.shuffle(post1);
  const times1 = timeline(rng, order1.length, at(2026, 11, 26, 10, 20), 30 * 60);
  order1.forEach((r, i) => {
    r.time = times1[i];
  });
  const r9 = order1.find((r) => r.e === P.P9)!;
  const r10 = order1.find((r) => r.e === P.P10)!;
  if (r9.time! > r10.time!) [r9.time, r10.time] = [r10.time, r9.time];
  const dupLater: Resp = {
    e: roles.dupResp,
    nipCell: roles.dupResp.nip,
    pts: 9,
    answers: answerSheet(rng, q1, 9),
    time: at(2026, 11, 26, 11, 4, 37),
  };
  order1.push(dupLater);
  const post1Sheet = quizSheet('Respons Post-Test DOU-2026-01', T1, order1, [], 'id');
  const rowOf = (r: Resp) => (r as Resp & { row?: Cell[] }).row!;
  plant(
    post1Sheet.name,
    rowOf(dupLater),
    'NIP',
    'Peringatan',
    `Respons ganda dari NIP ${roles.dupResp.nip} (kirim ulang pukul 11:04, skor 9/12); dengan Respons Ganda = Pertama yang dipakai respons pertama (7/12).`,
  );
  plant(
    post1Sheet.name,
    rowOf(order1.find((r) => r.e === P.P5a)!),
    'NIP',
    'Peringatan',
    `NIP ${String(order1.find((r) => r.e === P.P5a)!.nipCell)} tidak ada di daftar peserta (salah ketik dari ${P.P5a.nip}); saran: NIP terdekat. Admin sudah mengetik Post-Test-nya di lembar Nilai.`,
  );
  plant(
    post1Sheet.name,
    rowOf(order1.find((r) => r.e === roles.numResp)!),
    'NIP',
    'Error',
    `NIP tersimpan sebagai ANGKA ${String(Number(roles.numResp.nip))} (digit hilang, asli ${roles.numResp.nip}): laporkan, jangan ditebak.`,
  );

  // Evaluasi 01 (Indonesian locale): grids per session and for the organisers, one out-of-scale 5.
  const evalHeaders = ['Stempel waktu'];
  for (const s of sessionsOf(T1))
    for (const a of ASPECTS.Narasumber) evalHeaders.push(`Sesi ${s.no}: ${s.topic} — ${s.speaker} [${a}]`);
  for (const a of ASPECTS.Penyelenggaraan) evalHeaders.push(`Penyelenggaraan [${a}]`);
  evalHeaders.push('Saran');
  const nEval = 34;
  const evalTimes = timeline(rng, nEval, at(2026, 11, 26, 10, 55), 45 * 60);
  const evalRows: Cell[][] = evalTimes.map((t) => {
    const mood = 0.35 + rng.float() * 0.5;
    const row: Cell[] = [t];
    for (let c = 1; c < evalHeaders.length - 1; c++) {
      const weak = evalHeaders[c].startsWith('Sesi 2:') || evalHeaders[c].includes('[Konsumsi]');
      const x = rng.float();
      const p4 = weak ? mood * 0.5 : mood;
      row.push(x < 0.012 ? null : x < p4 ? 4 : x < 0.93 ? 3 : x < 0.985 ? 2 : 1);
    }
    row.push(rng.chance(0.6) ? rng.pick(SUGGESTIONS) : null);
    return row;
  });
  const outCol = evalHeaders.findIndex((h) => h.startsWith('Sesi 1:') && h.endsWith('[Ketepatan waktu]'));
  const outRow = evalRows[7];
  outRow[outCol] = 5;
  plant(
    'Respons Evaluasi DOU-2026-01',
    outRow,
    evalHeaders[outCol],
    'Peringatan',
    'Nilai 5 di luar skala 1–4: diabaikan dengan peringatan.',
  );
  const evalSheet: SheetSpec = {
    name: 'Respons Evaluasi DOU-2026-01',
    headers: evalHeaders,
    rows: evalRows,
    formats: { 'Stempel waktu': FMT_STAMP_ID },
  };

  // Pre-Test 02 without a score column (answers are checked against Soal.Kunci), Post-Test 02 in English locale.
  const q2 = QUESTIONS[T2];
  const pre2: Resp[] = [];
  const post2: Resp[] = [];
  for (const e of u2) {
    const pl = plan2.get(e)!;
    if (pl.pre !== null) pre2.push({ e, nipCell: e.nip, pts: pl.pre, answers: answerSheet(rng, q2, pl.pre) });
    if (pl.post !== null)
      post2.push({ e, nipCell: e.nip, pts: pl.post, answers: answerSheet(rng, q2, pl.post) });
  }
  const pre2Sheet = quizSheet(
    'Respons Pre-Test DOU-2026-02',
    T2,
    rng.shuffle(pre2),
    timeline(rng, pre2.length, at(2026, 11, 30, 7, 40), 25 * 60),
    'id-noscore',
  );
  const post2Sheet = quizSheet(
    'Respons Post-Test DOU-2026-02',
    T2,
    rng.shuffle(post2),
    timeline(rng, post2.length, at(2026, 12, 2, 10, 5), 30 * 60),
    'en',
  );

  // Presensi 03: one response per person and attended session.
  const pres: Array<{ t: Date; nip: string; s: number }> = [];
  for (const e of u3)
    for (const s of sessions3) {
      if (miss3.get(e)?.includes(s.no)) continue;
      if (s.no === 1 && forgot3.includes(e)) continue;
      const start = at(2026, 12, 10, s.start[0], s.start[1]);
      pres.push({ t: new Date(start.getTime() + rng.int(-12 * 60, 15 * 60) * 1000), nip: e.nip, s: s.no });
    }
  const again = pres.find((x) => x.s === 2)!;
  pres.push({ t: new Date(again.t.getTime() + 95 * 1000), nip: again.nip, s: 2 });
  pres.sort((a, b) => a.t.getTime() - b.t.getTime());
  const presSheet: SheetSpec = {
    name: 'Respons Presensi DOU-2026-03',
    headers: ['Stempel waktu', 'NIP', 'Sesi'],
    rows: pres.map((x) => [x.t, x.nip, `Sesi ${x.s}: ${sessions3[x.s - 1].topic}`]),
    textColumns: ['NIP'],
    formats: { 'Stempel waktu': FMT_STAMP_ID },
  };

  // ---- Formulir ledger: the hand-made forms, registered by their response sheets.
  const theme = (code: string) => TRAININGS.find((t) => t.code === code)!.theme;
  const ledger: Array<[string, string, string]> = [
    [T1, 'Pre-Test', pre1Sheet.name],
    [T1, 'Post-Test', post1Sheet.name],
    [T1, 'Evaluasi', evalSheet.name],
    [T2, 'Pre-Test', pre2Sheet.name],
    [T2, 'Post-Test', post2Sheet.name],
    [T3, 'Presensi', presSheet.name],
  ];
  sheets.push({
    name: 'Formulir',
    headers: contract('forms'),
    rows: ledger.map(([code, kind, sheet]) => [
      code,
      kind,
      `${kind} ${theme(code)}`,
      null,
      null,
      null,
      sheet,
      null,
    ]),
    textColumns: ['Kode Kegiatan', 'ID Formulir'],
    formats: { Dibuat: FMT_STAMP_ID },
  });
  sheets.push(pre1Sheet, post1Sheet, evalSheet, pre2Sheet, post2Sheet, presSheet);

  // ---- Resolve planted rows.
  const out: PlantedProblem[] = planted.map(({ ref, ...p }) => {
    const sh = sheets.find((s) => s.name === p.sheet)!;
    const i = sh.rows.indexOf(ref!);
    if (i < 0) throw new Error(`planted row not found in ${p.sheet}`);
    return { ...p, row: i + 2 };
  });
  const numRow = out.find((p) => p.sheet === 'Peserta' && p.what.includes('ANGKA'))!.row;
  const numKeh = kehadiran.findIndex((r) => r[2] === numNip.nip) + 2;
  out.push({
    sheet: 'Kehadiran',
    row: numKeh,
    column: 'NIP',
    level: 'Error',
    what: `Akibat baris Peserta ${numRow}: baris Kehadiran/Nilai untuk NIP ${numNip.nip} (diketik benar sebagai teks) belum dapat dipakai karena NIP di Peserta rusak (baris ini, baris sesi lain, dan baris Nilai yang sama; di lembar respons: NIP tidak dikenal).`,
  });

  // ---- The generator's own model of the ranking of DOU-2026-01 (DESIGN §4.4–4.6), to prove the designed ties.
  const jp1 = trainingJp(TRAININGS[0]);
  const firstPost = new Map<string, Resp>();
  for (const r of [...order1].sort((a, b) => a.time!.getTime() - b.time!.getTime()))
    if (typeof r.nipCell === 'string' && !firstPost.has(r.nipCell)) firstPost.set(r.nipCell, r);
  const firstPre = new Map<string, Resp>();
  for (const r of pre1) if (!firstPre.has(r.e.nip)) firstPre.set(r.e.nip, r);
  const cand: ExpectedRank[] = [];
  for (const e of uniq(T1)) {
    if (!e.valid) continue;
    const pl = plan1.get(e)!;
    const fp = firstPost.get(e.nip);
    const post = pl.postTyped ?? (fp ? pts(T1, fp.pts) : null);
    const pr = firstPre.get(e.nip);
    const pre = pl.preTyped ?? (pr ? pts(T1, pr.pts) : null);
    const attended = sessionsOf(T1)
      .filter((s) => !pl.absent.includes(s.no))
      .reduce((a, s) => a + sessionJp(s), 0);
    const attendance = round2((attended / jp1) * 100);
    if (attendance < 80 || post === null) continue;
    const task = pl.task ?? 0;
    const activity = pl.activity ?? 0;
    const final = round2((60 * post + 20 * activity + 10 * task + 10 * attendance) / 100);
    const gain = pre === null || pre === 100 ? null : round2((post - pre) / (100 - pre));
    cand.push({
      rank: 0,
      nip: e.nip,
      name: e.p.name,
      pre,
      post,
      gain,
      activity,
      task,
      attendance,
      final,
      postTime: pl.postTyped !== undefined ? null : (fp?.time ?? null),
      note: pl.note ?? '',
    });
  }
  const cmp = (a: ExpectedRank, b: ExpectedRank) =>
    b.final - a.final ||
    b.post - a.post ||
    (a.gain === null ? (b.gain === null ? 0 : 1) : b.gain === null ? -1 : b.gain - a.gain) ||
    b.attendance - a.attendance ||
    (a.postTime === null
      ? b.postTime === null
        ? 0
        : 1
      : b.postTime === null
        ? -1
        : a.postTime.getTime() - b.postTime.getTime());
  cand.sort((a, b) => cmp(a, b) || a.name.localeCompare(b.name));
  cand.forEach((c, i) => {
    c.rank = i > 0 && cmp(cand[i - 1], c) === 0 ? cand[i - 1].rank : i + 1;
  });
  const want: Array<[string, number]> = [
    ['P1', 1],
    ['P2', 2],
    ['P3', 3],
    ['P4', 4],
    ['P5a', 5],
    ['P5b', 5],
    ['P7', 7],
    ['P8', 8],
    ['P9', 9],
    ['P10', 10],
    ['P12', 11],
    ['P11', 12],
    ['Q1', 13],
    ['Q2', 14],
  ];
  if (!(cand[14].final < 75)) throw new Error('a drawn participant reaches the designed top of DOU-2026-01');
  for (const [k, rank] of want) {
    const c = cand.find((x) => x.nip === P[k].nip);
    if (!c || c.rank !== rank) throw new Error(`designed rank broken: ${k} expected ${rank}, got ${c?.rank}`);
  }

  // ---- Expected JP per valid NIP (Pengakuan JP = Bersertifikat).
  const expectedJp = new Map<string, number>();
  const tJp: Record<string, number> = {};
  for (const t of TRAININGS) tJp[t.code] = trainingJp(t);
  for (const code of [T1, T2, T3])
    for (const e of uniq(code)) {
      if (!e.valid) continue;
      let certified = true;
      if (code === T1)
        certified =
          round2(
            (sessionsOf(T1)
              .filter((s) => !plan1.get(e)!.absent.includes(s.no))
              .reduce((a, s) => a + sessionJp(s), 0) /
              jp1) *
              100,
          ) >= 80;
      if (code === T3) {
        const missed = (miss3.get(e) ?? []).filter((n) => !(n === 1 && forgot3.includes(e)));
        certified = round2(((6 - missed.length * 2) / 6) * 100) >= 80;
      }
      expectedJp.set(e.nip, (expectedJp.get(e.nip) ?? 0) + (certified ? tJp[code] : 0));
    }

  for (const p of people.all)
    if (p !== invalid && nipLayout(p.nip) !== p.status)
      throw new Error(`generated NIP ${p.nip} has the wrong layout`);

  return { sheets, planted: out, expectedRanking01: cand.slice(0, 14), expectedJp, trainingJp: tJp };
}

// ---------------------------------------------------------------------------------------------
// Writing.

/** The sample workbook as reproducible xlsx bytes. */
export async function sampleBytes(ds: SampleDataset = buildSampleDataset()): Promise<Buffer> {
  const wb = newWorkbook('DOU ASN 2026');
  for (const s of ds.sheets) addSheet(wb, s);
  return workbookBytes(wb);
}

const fmtNum = (x: number | null) => (x === null ? '' : String(x).replace('.', ','));
const hhmm = (d: Date | null) =>
  d
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`
    : '(diketik)';

/** examples/README.md, generated with the planted problems' real row numbers. */
export function renderReadme(ds: SampleDataset): string {
  const count = (name: string) => ds.sheets.find((s) => s.name === name)!.rows.filter((r) => r.length).length;
  const reach = [...ds.expectedJp.values()].filter((v) => v >= 20).length;
  const L: string[] = [];
  L.push('# Contoh buku kerja: `dou-asn-contoh.xlsx`');
  L.push('');
  L.push(
    '*Buku kerja contoh "DOU ASN 2026" untuk dicoba: impor ke Google Sheets (File → Impor → Unggah, "Ganti spreadsheet"), lalu buka menu Ekstensi → DOU ASN. Semua nama dan NIP fiktif.*',
  );
  L.push('');
  L.push(
    'The sample workbook a user can import into Google Sheets, and the default input of `npm run demo`.',
  );
  L.push(
    'It is **generated**: do not edit it by hand. `npm run sample` rewrites it and this README byte for byte',
  );
  L.push(
    '(seeded PRNG, fixed document and zip timestamps); `test/unit/sample.test.ts` fails when the committed file is stale.',
  );
  L.push(
    'Source: `tools/make-sample.ts` (content) and `tools/sample-data.ts` (names, NIP makers, xlsx writer).',
  );
  L.push('');
  L.push('## Contents');
  L.push('');
  L.push('| Sheet | What is in it |');
  L.push('|---|---|');
  L.push(
    `| \`Kegiatan\` | 3 trainings: ${TRAININGS.map((t) => `\`${t.code}\` "${t.theme}" (${ds.trainingJp[t.code]} JP${t.jp === null ? ', JP blank → sum of sessions' : ', JP typed'})`).join('; ')}. DOU-2026-03 is a single day (Tanggal Selesai blank). |`,
  );
  L.push(
    `| \`Sesi\` | ${count('Sesi')} rows: times are time values (\`HH:mm\`), JP blank except DOU-2026-01 sesi 5 and DOU-2026-02 sesi 3; one speaker without NIP (external, Ombudsman). |`,
  );
  L.push(
    `| \`Peserta\` | ${count('Peserta')} rows (${[T1, T2, T3].map((c) => `${c}: ${ds.sheets.find((s) => s.name === 'Peserta')!.rows.filter((r) => r[0] === c).length}`).join(', ')}); people attend 1–3 trainings, so JP adds up over the year. NIPs are text (\`@\`) except the planted number. Some Email and Status Kepegawaian blank (status derives from the NIP layout); 7 PPPK. |`,
  );
  L.push(
    '| `Kehadiran` | DOU-2026-01: every participant × session (a few below 80%). DOU-2026-02: **no rows** (attendance "not recorded": no Kehadiran component, no threshold). DOU-2026-03: two manual rows for people who forgot the Presensi form. |',
  );
  L.push(
    '| `Nilai` | Keaktifan and Tugas for DOU-2026-01 and -02; DOU-2026-03 has **no Tugas** (weights renormalise). Pre/Post mostly blank (they come from the response sheets); a few typed overrides. |',
  );
  L.push(
    '| `Soal` | 10 questions per training (A–D; A–E for DOU-2026-02), Bobot 1 or 2 (blank = 1 in DOU-2026-03). Max points: 12, 11, 11. |',
  );
  L.push(
    '| `Aspek Evaluasi` | Example aspects (a note in A1 says they are examples): Narasumber 7, Penyelenggaraan 6, Pasca Pelatihan 3. |',
  );
  L.push('| `Pengaturan` | Every key of `SETTING_DEFS` with its default, plus a Keterangan column. |');
  L.push(
    '| `Formulir` | Six hand-made forms registered only by their response sheet (ID, links and Dibuat blank). |',
  );
  L.push(
    '| `Respons Pre-Test DOU-2026-01`, `Respons Post-Test DOU-2026-01` | Indonesian locale (`Stempel waktu`, `Alamat email`, `Skor` like `9 / 12`, `NIP`, `Nama Lengkap`, `1. <Pertanyaan>` … with the chosen option text). |',
  );
  L.push(
    '| `Respons Evaluasi DOU-2026-01` | Grids `Sesi <n>: <Materi> — <Narasumber> [<Aspek>]` and `Penyelenggaraan [<Aspek>]`, values 1–4, free-text `Saran`. Anonymous (no NIP). |',
  );
  L.push(
    '| `Respons Pre-Test DOU-2026-02` | A form that is not a quiz: **no score column**; score by checking answers against `Soal.Kunci` with Bobot. |',
  );
  L.push(
    '| `Respons Post-Test DOU-2026-02` | English locale (`Timestamp`, `Email Address`, `Score` like `8 / 11`). |',
  );
  L.push(
    '| `Respons Presensi DOU-2026-03` | `Stempel waktu`, `NIP`, `Sesi` answered `Sesi <n>: <Materi>`; one person submitted session 2 twice; two people missed a session. |',
  );
  L.push('');
  L.push(
    'Dates are wall-clock values (xlsx has no time zone; exceljs reads them as UTC fields). Timestamps are dates with times.',
  );
  L.push('');
  L.push('## Planted problems (what "Periksa Data" and the import must report)');
  L.push('');
  L.push('| Sheet | Row | Column | Expected level | What |');
  L.push('|---|---|---|---|---|');
  for (const p of [...ds.planted].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row))
    L.push(`| ${p.sheet} | ${p.row} | ${p.column || '—'} | ${p.level} | ${p.what.replace(/\|/g, '\\|')} |`);
  L.push('');
  L.push('Rows are sheet rows (header = row 1). "Expected level" is the generator\'s reading of DESIGN §4.');
  L.push(
    '"Bukan masalah" marks valid input that looks odd (a NIP with spaces or dots, blank rows, a formula-like or',
  );
  L.push('HTML-like name): it must not produce an Error, and outputs must keep it as plain text.');
  L.push('');
  L.push('## Expected ranking of DOU-2026-01 (top 14)');
  L.push('');
  L.push(
    'Computed by the generator from DESIGN §4.4–4.6 with default settings (weights 60/20/10/10, Respons Ganda = Pertama,',
  );
  L.push(
    `${ds.trainingJp[T1]} JP). It is designed to exercise every tie-break and a **shared rank 5** (both get a Piagam, so 6 Piagam).`,
  );
  L.push('');
  L.push(
    '| Rank | NIP | Nama | Pre | Post | N-Gain | Keaktifan | Tugas | Kehadiran | Nilai Akhir | Post-Test sent | Why |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of ds.expectedRanking01)
    L.push(
      `| ${r.rank} | ${r.nip} | ${r.name.replace(/</g, '&lt;')} | ${fmtNum(r.pre)} | ${fmtNum(r.post)} | ${fmtNum(r.gain)} | ${fmtNum(r.activity)} | ${fmtNum(r.task)} | ${fmtNum(r.attendance)} | ${fmtNum(r.final)} | ${hhmm(r.postTime)} | ${r.note} |`,
    );
  L.push('');
  L.push(
    'Everyone else in DOU-2026-01 scores below 75. With Respons Ganda = Terakhir or Tertinggi the duplicate',
  );
  L.push('post-test sender moves from 7/12 to 9/12.');
  L.push('');
  L.push('## JP');
  L.push('');
  L.push(
    `Training JP: ${Object.entries(ds.trainingJp)
      .map(([c, j]) => `${c} = ${j}`)
      .join(', ')}. With Pengakuan JP = Bersertifikat, the generator expects`,
  );
  L.push(
    `**${reach} of ${ds.expectedJp.size}** valid NIPs to reach the 20 JP target in 2026 (those who attended DOU-2026-01 and another training`,
  );
  L.push('with a certificate); everyone else stays below it.');
  L.push('');
  return L.join('\n');
}

/** Writes the sample workbook and README (defaults: examples/). */
export async function writeSample(
  xlsxPath = SAMPLE_PATH,
  readmePath: string | null = README_PATH,
): Promise<SampleDataset> {
  const ds = buildSampleDataset();
  mkdirSync(path.dirname(xlsxPath), { recursive: true });
  writeFileSync(xlsxPath, await sampleBytes(ds));
  if (readmePath) writeFileSync(readmePath, renderReadme(ds));
  return ds;
}

if (require.main === module) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : SAMPLE_PATH;
  writeSample(out, i > 0 ? null : README_PATH).then(
    (ds) => console.log(`ditulis: ${out} (${ds.sheets.length} lembar, ${ds.planted.length} masalah sengaja)`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
