// Building blocks for the sample and fixture workbooks: seeded PRNG, names, NIP makers, byte-stable xlsx writer.

import ExcelJS from 'exceljs';
import { mulberry32 } from '../emulator/base';

/** A cell value as written to xlsx. Dates are wall-clock values carried in UTC fields (xlsx has no time zone). */
export type Cell = string | number | boolean | Date | null;

/** One sheet to write: header row, data rows, and the formats that make it look like the admin's sheet. */
export interface SheetSpec {
  name: string;
  headers: string[];
  rows: Cell[][];
  /** Headers of plain-text (`@`) columns: NIP and code columns (DESIGN §3). */
  textColumns?: string[];
  /** Number format per header (dates, times, timestamps). */
  formats?: Record<string, string>;
  /** A note on the first header cell (A1). */
  note?: string;
}

/** A problem planted on purpose, listed in examples/README.md. `row` is the 1-based sheet row. */
export interface PlantedProblem {
  sheet: string;
  row: number;
  column: string;
  /** What a correct check reports; 'Bukan masalah' = valid input that must not produce an Error. */
  level: 'Error' | 'Peringatan' | 'Bukan masalah';
  what: string;
}

export const FMT_DATE = 'dd/mm/yyyy';
export const FMT_TIME = 'HH:mm';
export const FMT_STAMP_ID = 'dd/mm/yyyy HH:mm:ss';
export const FMT_STAMP_EN = 'm/d/yyyy h:mm:ss';

/** mulberry32 (one copy, in the emulator): a tiny seeded PRNG, so every run draws the same numbers. */
export { mulberry32 };

/** Convenience draws over a seeded generator. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

/** A calendar date (wall clock), as exceljs writes it: the UTC fields are the sheet's local fields. */
export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
/** A date with a clock time (a form timestamp). */
export const at = (y: number, m: number, d: number, h: number, mi: number, s = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, mi, s));
/** A time-only value: Excel serial fraction, i.e. 1899-12-30 at that clock time. */
export const clock = (h: number, mi: number): Date => new Date(Date.UTC(1899, 11, 30, h, mi));

export const pad = (n: number, w: number): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------
// Names. Javanese, Madurese, Balinese and general Indonesian names as found in East Java offices.

export const MALE_FIRST = [
  'Agus',
  'Budi',
  'Eko',
  'Dwi',
  'Hendra',
  'Rudi',
  'Joko',
  'Slamet',
  'Arif',
  'Rizky',
  'Fajar',
  'Dedi',
  'Heru',
  'Imam',
  'Yusuf',
  'Hadi',
  'Wahyu',
  'Andi',
  'Teguh',
  'Sugeng',
  'Abdul',
  'Fathur',
  'Ilham',
  'Dimas',
  'Bayu',
  'Yoga',
  'Rahmat',
  'Syaiful',
  'Hasan',
  'Moh.',
  'Nur',
  'Prasetyo',
  'Setyo',
  'Danang',
  'Aditya',
];
export const MALE_LAST = [
  'Santoso',
  'Prasetyo',
  'Wibowo',
  'Setiawan',
  'Hidayat',
  'Saputra',
  'Kurniawan',
  'Nugroho',
  'Firmansyah',
  'Hakim',
  'Rahman',
  'Maulana',
  'Purnomo',
  'Susanto',
  'Hermawan',
  'Wijaya',
  'Gunawan',
  'Ramadhan',
  'Effendi',
  'Arifin',
  'Mulyono',
  'Haryanto',
  'Hidayatullah',
  'Ashari',
  'Fanani',
  'Holil',
  'Junaedi',
  'Kholiq',
];
export const FEMALE_FIRST = [
  'Siti',
  'Dewi',
  'Sri',
  'Rina',
  'Ani',
  'Lilis',
  'Wulan',
  'Ratna',
  'Fitri',
  'Indah',
  'Yuliana',
  'Dian',
  'Novi',
  'Eka',
  'Putri',
  'Anisa',
  'Laili',
  'Rizka',
  'Nanik',
  'Endang',
  'Retno',
  'Ika',
  'Diah',
  'Maya',
  'Nurul',
  'Lina',
  'Ayu',
  'Umi',
  'Evi',
];
export const FEMALE_LAST = [
  'Aminah',
  'Lestari',
  'Rahayu',
  'Wahyuni',
  'Handayani',
  'Susanti',
  'Puspitasari',
  'Kurniasari',
  'Safitri',
  'Maharani',
  'Anggraini',
  'Rahmawati',
  'Wulandari',
  'Hidayati',
  'Fatmawati',
  'Permatasari',
  'Novitasari',
  'Utami',
  'Kartikasari',
  'Oktaviani',
  'Sulistyowati',
  'Nuraini',
  'Hotimah',
  'Maimunah',
];

/** Golongan ruang of PNS, low to high, with the pangkat name. */
export const GOLONGAN: ReadonlyArray<readonly [string, string]> = [
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
];
export const pangkatText = (i: number): string => `${GOLONGAN[i][1]} (${GOLONGAN[i][0]})`;

export type Education = 'SMA' | 'D3' | 'S1' | 'S2';

/** A jabatan with the pangkat range and years of service that make it plausible. */
export interface JobDef {
  title: string;
  edu: Education;
  /** Golongan index range (GOLONGAN). */
  gol: readonly [number, number];
  /** Years since TMT CPNS (to 2026). */
  years: readonly [number, number];
  /** Bachelor and master degrees that fit the job. */
  degrees?: readonly string[];
  masters?: readonly string[];
}

export const SOS = ['S.Sos.', 'S.AP.', 'S.IP.'];
const ECON = ['S.E.', 'S.Ak.'];
const IT = ['S.Kom.', 'S.T.'];
export const MS = ['M.Si.', 'M.M.', 'M.AP.'];

const J = (
  title: string,
  edu: Education,
  gol: readonly [number, number],
  years: readonly [number, number],
  degrees?: readonly string[],
  masters?: readonly string[],
): JobDef => ({ title, edu, gol, years, degrees, masters });

/** Units of Kota Probolinggo (short names as admins type them) with jabatan that occur there. */
export const UNITS: ReadonlyArray<{ unit: string; jobs: readonly JobDef[] }> = [
  {
    unit: 'BKPSDM',
    jobs: [
      J('Analis SDM Aparatur Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.Psi.', ...SOS], MS),
      J('Analis SDM Aparatur Ahli Muda', 'S1', [6, 7], [9, 18], ['S.Psi.', ...SOS], MS),
      J('Pranata SDM Aparatur Terampil', 'D3', [2, 5], [3, 15], ['A.Md.']),
    ],
  },
  {
    unit: 'Bappeda',
    jobs: [
      J('Perencana Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.E.', 'S.T.', 'S.P.W.K.'], ['M.Si.', 'M.T.']),
      J('Perencana Ahli Muda', 'S2', [6, 7], [9, 18], ['S.E.', 'S.T.'], ['M.Si.', 'M.T.', 'M.E.']),
      J('Statistisi Ahli Pertama', 'S1', [4, 5], [2, 8], ['S.Si.', 'S.Stat.']),
    ],
  },
  {
    unit: 'Dinas Kominfo',
    jobs: [
      J('Pranata Komputer Ahli Pertama', 'S1', [4, 5], [2, 9], IT, ['M.Kom.', 'M.T.']),
      J('Pranata Komputer Ahli Muda', 'S1', [6, 7], [9, 18], IT, ['M.Kom.', 'M.T.']),
      J('Pranata Hubungan Masyarakat Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.I.Kom.', 'S.Sos.']),
      J('Pranata Komputer Terampil', 'D3', [2, 5], [3, 15], ['A.Md.Kom.']),
    ],
  },
  {
    unit: 'Dinas Kesehatan',
    jobs: [
      J('Administrator Kesehatan Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.K.M.'], ['M.Kes.']),
      J('Epidemiolog Kesehatan Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.K.M.'], ['M.Kes.']),
      J('Bidan Terampil', 'D3', [2, 5], [3, 16], ['A.Md.Keb.']),
      J('Kepala Seksi Pelayanan Kesehatan', 'S2', [7, 8], [14, 26], ['S.K.M.'], ['M.Kes.']),
    ],
  },
  {
    unit: 'RSUD dr. Mohamad Saleh',
    jobs: [
      J('Perawat Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.Kep.']),
      J('Perawat Terampil', 'D3', [2, 5], [3, 16], ['A.Md.Kep.']),
      J('Dokter Ahli Muda', 'S1', [6, 7], [8, 16]),
    ],
  },
  {
    unit: 'Sekretariat Daerah',
    jobs: [
      J('Analis Kebijakan Ahli Pertama', 'S1', [4, 5], [2, 9], SOS, MS),
      J('Analis Kebijakan Ahli Muda', 'S2', [6, 7], [9, 18], SOS, MS),
      J('Analis Hukum Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.H.'], ['M.H.']),
      J('Kepala Subbagian Tata Usaha', 'S1', [7, 8], [12, 24], SOS, MS),
    ],
  },
  {
    unit: 'Inspektorat',
    jobs: [
      J('Auditor Ahli Pertama', 'S1', [4, 5], [2, 9], ECON, ['M.Ak.', 'M.M.']),
      J('Auditor Ahli Muda', 'S2', [6, 7], [9, 18], ECON, ['M.Ak.', 'M.M.']),
      J(
        'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama',
        'S1',
        [4, 5],
        [2, 9],
        ['S.H.', ...SOS],
      ),
    ],
  },
  {
    unit: 'BPKAD',
    jobs: [
      J('Analis Keuangan Pusat dan Daerah Ahli Pertama', 'S1', [4, 5], [2, 9], ECON, ['M.Ak.', 'M.M.']),
      J('Analis Keuangan Pusat dan Daerah Ahli Muda', 'S2', [6, 7], [9, 18], ECON, ['M.Ak.', 'M.M.']),
      J('Pengadministrasi Perkantoran', 'SMA', [0, 3], [4, 20]),
    ],
  },
  {
    unit: 'DPMPTSP',
    jobs: [
      J('Penata Perizinan Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.H.', ...SOS]),
      J('Penata Perizinan Ahli Muda', 'S1', [6, 7], [9, 18], ['S.H.', ...SOS], MS),
      J('Pengadministrasi Perkantoran', 'SMA', [0, 3], [4, 20]),
    ],
  },
  {
    unit: 'Dinas Kependudukan dan Pencatatan Sipil',
    jobs: [
      J('Administrator Database Kependudukan Ahli Pertama', 'S1', [4, 5], [2, 9], IT),
      J('Pranata Komputer Terampil', 'D3', [2, 5], [3, 15], ['A.Md.Kom.']),
      J('Pengadministrasi Perkantoran', 'SMA', [0, 3], [4, 20]),
    ],
  },
  {
    unit: 'Dinas Sosial',
    jobs: [
      J('Penyuluh Sosial Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.Sos.']),
      J('Pekerja Sosial Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.Sos.', 'S.Tr.Sos.']),
    ],
  },
  {
    unit: 'Dinas Pendidikan dan Kebudayaan',
    jobs: [
      J('Pamong Belajar Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.Pd.'], ['M.Pd.']),
      J('Pengawas Sekolah Ahli Madya', 'S2', [8, 9], [18, 30], ['S.Pd.'], ['M.Pd.']),
    ],
  },
  {
    unit: 'Satpol PP',
    jobs: [
      J('Polisi Pamong Praja Terampil', 'D3', [2, 5], [3, 16], ['A.Md.']),
      J('Polisi Pamong Praja Ahli Pertama', 'S1', [4, 5], [2, 9], ['S.H.', ...SOS]),
    ],
  },
  ...['Kanigaran', 'Mayangan', 'Kademangan', 'Wonoasih', 'Kedopok'].map((k) => ({
    unit: `Kecamatan ${k}`,
    jobs: [
      J('Kepala Seksi Pemerintahan', 'S1', [7, 8], [12, 24], SOS, MS),
      J('Kepala Seksi Pelayanan Umum', 'S1', [7, 8], [12, 24], SOS, MS),
      J('Sekretaris Kecamatan', 'S2', [8, 9], [18, 30], SOS, MS),
      J('Pengadministrasi Perkantoran', 'SMA', [0, 3], [4, 20]),
    ],
  })),
];

/** PPPK jobs (Pangkat/Golongan column reads e.g. "Golongan IX"). */
export const PPPK_JOBS: ReadonlyArray<{
  unit: string;
  title: string;
  gol: string;
  degrees: readonly string[];
}> = [
  { unit: 'Dinas Pendidikan dan Kebudayaan', title: 'Guru Ahli Pertama', gol: 'IX', degrees: ['S.Pd.'] },
  { unit: 'RSUD dr. Mohamad Saleh', title: 'Perawat Ahli Pertama', gol: 'IX', degrees: ['S.Kep.'] },
  { unit: 'Dinas Kesehatan', title: 'Perawat Terampil', gol: 'VII', degrees: ['A.Md.Kep.'] },
  { unit: 'Dinas Kominfo', title: 'Pranata Komputer Ahli Pertama', gol: 'IX', degrees: ['S.Kom.'] },
  { unit: 'Kecamatan Kanigaran', title: 'Penata Layanan Operasional', gol: 'VII', degrees: ['A.Md.'] },
  {
    unit: 'Dinas Kependudukan dan Pencatatan Sipil',
    title: 'Pengelola Layanan Operasional',
    gol: 'V',
    degrees: [],
  },
];

// ---------------------------------------------------------------------------------------------
// NIP makers (DESIGN §4.1, mission.md §2.6–2.7).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function randomBirth(rng: Rng, yLo: number, yHi: number): Ymd {
  const y = rng.int(yLo, yHi);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysIn(y, m)) };
}

/** PNS NIP: birth YYYYMMDD + TMT CPNS YYYYMM + gender + serial. */
export const pnsNip = (b: Ymd, tmtY: number, tmtM: number, gender: 1 | 2, serial: number): string =>
  `${b.y}${pad(b.m, 2)}${pad(b.d, 2)}${tmtY}${pad(tmtM, 2)}${gender}${pad(serial, 3)}`;

/** NI PPPK: birth YYYYMMDD + TMT year + "2" + contract count + gender + serial (digits 13–14 read 21–29). */
export const pppkNip = (b: Ymd, tmtY: number, contracts: number, gender: 1 | 2, serial: number): string =>
  `${b.y}${pad(b.m, 2)}${pad(b.d, 2)}${tmtY}2${contracts}${gender}${pad(serial, 3)}`;

/** Layout check used by the generator's own assertions (the product has its own in src/core). */
export function nipLayout(nip: string): 'PNS' | 'PPPK' | null {
  if (!/^\d{18}$/.test(nip)) return null;
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  const ty = Number(nip.slice(8, 12));
  const t2 = Number(nip.slice(12, 14));
  const g = nip[14];
  if (g !== '1' && g !== '2') return null;
  if (ty < y + 18) return null;
  if (t2 >= 1 && t2 <= 12) return 'PNS';
  if (t2 >= 21 && t2 <= 29) return 'PPPK';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Writing xlsx so that two runs give the same bytes.

/** The fixed "created/modified" moment of every generated workbook (and of every zip entry). */
export const FIXED_STAMP = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));

export function newWorkbook(title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DOU ASN (contoh)';
  wb.lastModifiedBy = 'DOU ASN (contoh)';
  wb.title = title;
  wb.created = FIXED_STAMP;
  wb.modified = FIXED_STAMP;
  return wb;
}

function displayLength(v: Cell, fmt: string | undefined): number {
  if (v === null) return 0;
  if (typeof v === 'string') return Math.max(...v.split('\n').map((l) => l.length));
  if (typeof v === 'boolean') return 5;
  if (typeof v === 'number') return String(v).length;
  return fmt ? fmt.length + 1 : 10;
}

/** Adds one sheet: bold frozen header row, plain-text NIP/code columns, date/time formats, sensible widths. */
export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const text = new Set(spec.textColumns ?? []);
  const fmts = spec.formats ?? {};
  spec.headers.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    // The column style is set before any value so every cell below inherits it (DESIGN §3: `@` first).
    if (text.has(h)) col.numFmt = '@';
    else if (fmts[h]) col.numFmt = fmts[h];
    let w = h.length;
    for (const r of spec.rows) w = Math.max(w, displayLength(r[i] ?? null, fmts[h]));
    col.width = Math.min(60, Math.max(8, w + 2));
  });
  const head = ws.getRow(1);
  spec.headers.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  if (spec.note) head.getCell(1).note = spec.note;
  spec.rows.forEach((r, ri) => {
    const row = ws.getRow(ri + 2);
    r.forEach((v, ci) => {
      if (v === null || v === undefined) return;
      const c = row.getCell(ci + 1);
      c.value = v;
      const h = spec.headers[ci];
      // A number in a text column is the deliberate "NIP typed as a number": show all its (damaged) digits.
      if (text.has(h)) c.numFmt = typeof v === 'number' ? '0' : '@';
      else if (fmts[h]) c.numFmt = fmts[h];
      if (typeof v === 'string' && v.includes('\n')) c.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  return ws;
}

/** DOS date/time words of FIXED_STAMP for zip headers. */
function dosStamp(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * Overwrites the modification time of every zip entry (exceljs' zip library stamps "now") so the file is
 * byte-for-byte reproducible. Walks the central directory and patches each local header it points to.
 */
export function fixZipTimes(buf: Buffer, stamp: Date = FIXED_STAMP): Buffer {
  const out = Buffer.from(buf);
  const { time, date } = dosStamp(stamp);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: end of central directory not found');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip: bad central header at ${p}`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** The workbook as reproducible xlsx bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer();
  return fixZipTimes(Buffer.from(raw as ArrayBuffer));
}
