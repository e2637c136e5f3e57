// An independent, from-scratch reading of DESIGN §3–§4 that computes the expected output sheets from an xlsx workbook.
// It shares no code with src/ on purpose: the reference test compares the product against it cell for cell.

import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;
export type Row = Cell[];

export interface RefOutputs {
  results: Row[];
  jp: Row[];
  jpUnits: Row[];
  evaluation: Row[];
}

export const HEADERS = {
  results: [
    'Kode Kegiatan',
    'Peringkat',
    'NIP',
    'Nama',
    'Unit Kerja',
    'Pre-Test',
    'Post-Test',
    'N-Gain',
    'Kategori N-Gain',
    'Keaktifan',
    'Tugas',
    'Kehadiran (%)',
    'Nilai Akhir',
    'Predikat',
    'Sertifikat',
    'Piagam',
    'Keterangan',
  ],
  jp: [
    'Tahun',
    'NIP',
    'Nama',
    'Unit Kerja',
    'Status Kepegawaian',
    'Jumlah Kegiatan',
    'JP',
    'Target JP',
    'Kekurangan JP',
    'Status',
  ],
  jpUnits: ['Tahun', 'Unit Kerja', 'Jumlah ASN', 'Total JP', 'Rata-rata JP', 'Tercapai', 'Persen Tercapai'],
  evaluation: [
    'Kode Kegiatan',
    'Jenis',
    'Sesi',
    'Narasumber',
    'Aspek',
    'Responden',
    'Rata-rata',
    'Indeks',
    'Kategori',
  ],
} as const;

// ---------------------------------------------------------------- numbers

/**
 * Two decimals, half away from zero, on the decimal value (§4). The double is first read back as its
 * 15-significant-digit decimal, which is the value a person typed or an exact decimal result
 * (80.005 → "80.0050000000000"), so binary noise cannot push a .005 the wrong way.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const neg = x < 0;
  const s = Math.abs(x).toPrecision(15);
  if (/e/i.test(s)) return neg ? -Math.round(Math.abs(x) * 100) / 100 : Math.round(x * 100) / 100;
  const [ip, fp = ''] = s.split('.');
  const frac = `${fp}000`;
  let cents = BigInt(ip) * 100n + BigInt(frac.slice(0, 2));
  if (frac.charCodeAt(2) - 48 >= 5) cents += 1n;
  const v = Number(cents) / 100;
  return neg && v !== 0 ? -v : v;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function toNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  }
  return null;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

// ---------------------------------------------------------------- workbook access

type Raw = string | number | boolean | Date | null;

function cellRaw(v: ExcelJS.CellValue | undefined): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return v;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
  if ('result' in o) return cellRaw(o.result as ExcelJS.CellValue);
  if (typeof o.text === 'string') return o.text;
  return null;
}

/** Header matching: case-insensitive, spaces and punctuation ignored (§3). */
export const hkey = (h: unknown) =>
  String(h ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, '');

interface Table {
  /** Data rows: sheet row number and raw values by column index (0-based). */
  rows: Array<{ row: number; cells: Raw[] }>;
  headers: string[];
  col(names: readonly string[]): number;
}

function readTable(wb: ExcelJS.Workbook, name: string): Table | null {
  const ws = wb.worksheets.find((w) => w.name === name);
  if (!ws) return null;
  const width = ws.columnCount;
  const headers: string[] = [];
  const hr = ws.getRow(1);
  for (let c = 1; c <= width; c++) headers.push(String(cellRaw(hr.getCell(c).value) ?? ''));
  const rows: Table['rows'] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Raw[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellRaw(row.getCell(c).value));
    if (cells.every(blank)) continue; // blank rows are skipped, reading goes on
    rows.push({ row: r, cells });
  }
  const keys = headers.map(hkey);
  return {
    rows,
    headers,
    col(names) {
      for (const n of names) {
        const i = keys.indexOf(hkey(n));
        if (i >= 0) return i;
      }
      return -1;
    },
  };
}

const get = (cells: Raw[], i: number): Raw => (i < 0 ? null : (cells[i] ?? null));
const text = (v: Raw): string => (v === null ? '' : isDate(v) ? v.toISOString() : String(v).trim());

// ---------------------------------------------------------------- NIP (§4.1)

interface Nip {
  /** Normalised text (digits when valid); for a number cell the digits it holds. */
  text: string;
  valid: boolean;
  fromNumber: boolean;
}

export function readNip(v: Raw): Nip {
  if (typeof v === 'number') return { text: String(v), valid: false, fromNumber: true };
  const t = text(v)
    .replace(/^'/, '')
    .replace(/[\s.-]/g, '');
  return { text: t, valid: /^\d{18}$/.test(t), fromNumber: false };
}

function statusFromNip(nip: string): string {
  const d = Number(nip.slice(12, 14));
  return d >= 21 && d <= 29 ? 'PPPK' : 'PNS';
}

// ---------------------------------------------------------------- dates and times

/** A date cell as epoch ms of its wall-clock day: a date value, a serial, or text `dd/mm/yyyy` / `yyyy-mm-dd`. */
function dayValue(v: Raw): number | null {
  if (isDate(v)) return v.getTime();
  if (typeof v === 'number') return (v - 25569) * 86400000;
  if (typeof v === 'string') {
    const dmy = v.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
    if (dmy) return Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1]));
    const ymd = v.trim().match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
    if (ymd) return Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3]));
  }
  return null;
}

function yearOf(v: Raw): number | null {
  const ms = dayValue(v);
  return ms === null ? null : new Date(ms).getUTCFullYear();
}

/** Minutes after midnight of a clock time (a time-only or full date-time value, a day fraction, or "HH:mm"). */
function minutesOf(v: Raw): number | null {
  if (isDate(v)) return v.getUTCHours() * 60 + v.getUTCMinutes() + v.getUTCSeconds() / 60;
  if (typeof v === 'number') return Math.round((v - Math.floor(v)) * 1440 * 1000) / 1000;
  if (typeof v === 'string') {
    const m = v.trim().match(/^(\d{1,2})[:.](\d{2})/);
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  }
  return null;
}

// ---------------------------------------------------------------- settings (§4.8)

interface Settings {
  minutesPerJp: number;
  target: number;
  threshold: number;
  wPost: number;
  wAct: number;
  wTask: number;
  wAtt: number;
  awards: number;
  dup: 'pertama' | 'terakhir' | 'tertinggi';
  scale: number;
  credit: 'bersertifikat' | 'sesuaikehadiran';
  predicate: Array<[number, string]>;
  evalBands: Array<[number, string]>;
  /** Nilai Minimum Sertifikat (issue 12): no certificate below it, nor without a Nilai Akhir; null = none. */
  minScore: number | null;
}

function readSettings(wb: ExcelJS.Workbook): Settings {
  const s: Settings = {
    minutesPerJp: 45,
    target: 20,
    threshold: 80,
    minScore: null,
    wPost: 60,
    wAct: 20,
    wTask: 10,
    wAtt: 10,
    awards: 5,
    dup: 'pertama',
    scale: 4,
    credit: 'bersertifikat',
    predicate: [
      [90.01, 'Sangat Memuaskan'],
      [80.01, 'Memuaskan'],
      [70.01, 'Cukup Memuaskan'],
      [60.01, 'Kurang Memuaskan'],
    ],
    evalBands: [
      [88.31, 'Sangat Baik'],
      [76.61, 'Baik'],
      [65, 'Kurang Baik'],
    ],
  };
  const t = readTable(wb, 'Pengaturan');
  if (!t) return s;
  const ck = t.col(['Pengaturan', 'Setting', 'Key']);
  const cv = t.col(['Nilai', 'Value']);
  const seen = new Set<string>();
  for (const { cells } of t.rows) {
    const k = hkey(get(cells, ck));
    const raw = get(cells, cv);
    if (!k || seen.has(k) || blank(raw)) continue;
    seen.add(k);
    const n = toNumber(raw);
    const choice = hkey(raw);
    const setNum = (f: (x: number) => void) => {
      if (n !== null) f(n);
    };
    const band = (list: Array<[number, string]>, label: string) =>
      setNum((x) => {
        const b = list.find((e) => e[1] === label);
        if (b) b[0] = x;
      });
    switch (k) {
      case hkey('Menit per JP'):
        setNum((x) => {
          if (x > 0) s.minutesPerJp = x;
        });
        break;
      case hkey('Target JP per Tahun'):
        setNum((x) => {
          s.target = x;
        });
        break;
      case hkey('Nilai Minimum Sertifikat'):
        setNum((x) => {
          if (x >= 0 && x <= 100) s.minScore = x;
        });
        break;
      case hkey('Batas Kehadiran Sertifikat (%)'):
        setNum((x) => {
          s.threshold = x;
        });
        break;
      case hkey('Bobot Post-Test'):
        setNum((x) => {
          s.wPost = x;
        });
        break;
      case hkey('Bobot Keaktifan'):
        setNum((x) => {
          s.wAct = x;
        });
        break;
      case hkey('Bobot Tugas'):
        setNum((x) => {
          s.wTask = x;
        });
        break;
      case hkey('Bobot Kehadiran'):
        setNum((x) => {
          s.wAtt = x;
        });
        break;
      case hkey('Jumlah Piagam'):
        setNum((x) => {
          s.awards = x;
        });
        break;
      case hkey('Respons Ganda'):
        if (choice === 'pertama' || choice === 'terakhir' || choice === 'tertinggi') s.dup = choice;
        break;
      case hkey('Skala Evaluasi'):
        setNum((x) => {
          s.scale = x;
        });
        break;
      case hkey('Pengakuan JP'):
        if (choice === 'bersertifikat' || choice === 'sesuaikehadiran') s.credit = choice;
        break;
      case hkey('Batas Predikat Sangat Memuaskan'):
        band(s.predicate, 'Sangat Memuaskan');
        break;
      case hkey('Batas Predikat Memuaskan'):
        band(s.predicate, 'Memuaskan');
        break;
      case hkey('Batas Predikat Cukup Memuaskan'):
        band(s.predicate, 'Cukup Memuaskan');
        break;
      case hkey('Batas Predikat Kurang Memuaskan'):
        band(s.predicate, 'Kurang Memuaskan');
        break;
      case hkey('Batas Evaluasi Sangat Baik'):
        band(s.evalBands, 'Sangat Baik');
        break;
      case hkey('Batas Evaluasi Baik'):
        band(s.evalBands, 'Baik');
        break;
      case hkey('Batas Evaluasi Kurang Baik'):
        band(s.evalBands, 'Kurang Baik');
        break;
    }
  }
  s.predicate.sort((a, b) => b[0] - a[0]);
  s.evalBands.sort((a, b) => b[0] - a[0]);
  return s;
}

const predicate = (s: Settings, v: number) => s.predicate.find((b) => v >= b[0])?.[1] ?? 'Tidak Memuaskan';
const evalCategory = (s: Settings, v: number) => s.evalBands.find((b) => v >= b[0])?.[1] ?? 'Tidak Baik';

// ---------------------------------------------------------------- domain records

interface Training {
  code: string;
  order: number;
  typedJp: number | null;
  year: number | null;
  date: number;
  sessions: Map<number, Session>;
}

interface Session {
  number: number;
  jp: number;
  topic: string;
  speaker: string;
}

interface Participant {
  code: string;
  nip: Nip;
  name: string;
  unit: string;
  status: string;
}

interface Response {
  time: number;
  score: number;
}

const CODE_COLS = ['Kode Kegiatan', 'Kode', 'Training Code', 'Code', 'Kode Pelatihan', 'Activity Code'];

function readTrainings(wb: ExcelJS.Workbook, s: Settings): Map<string, Training> {
  const out = new Map<string, Training>();
  const t = readTable(wb, 'Kegiatan');
  if (!t) return out;
  const cc = t.col(['Kode', 'Kode Kegiatan', 'Code', 'Training Code']);
  const cs = t.col(['Tanggal Mulai', 'Start Date', 'Mulai', 'Tanggal']);
  const ce = t.col(['Tanggal Selesai', 'End Date', 'Selesai']);
  const cj = t.col(['JP', 'Jam Pelajaran', 'Lesson Hours']);
  for (const { cells } of t.rows) {
    const code = text(get(cells, cc));
    if (!code || out.has(code)) continue;
    const end = get(cells, ce);
    const start = get(cells, cs);
    const dateRaw = blank(end) ? start : end;
    out.set(code, {
      code,
      order: out.size,
      typedJp: toNumber(get(cells, cj)),
      year: yearOf(dateRaw),
      date: dayValue(dateRaw) ?? Number.NEGATIVE_INFINITY,
      sessions: new Map(),
    });
  }
  const ts = readTable(wb, 'Sesi');
  if (ts) {
    const c = ts.col(CODE_COLS);
    const cn = ts.col(['Sesi', 'Session', 'No Sesi', 'Sesi Ke']);
    const c1 = ts.col(['Jam Mulai', 'Start Time', 'Mulai', 'Start']);
    const c2 = ts.col(['Jam Selesai', 'End Time', 'Selesai', 'End']);
    const cm = ts.col(['Materi', 'Topic', 'Material', 'Subject', 'Judul Materi']);
    const cp = ts.col(['Narasumber', 'Speaker', 'Trainer', 'Pemateri']);
    const cj2 = ts.col(['JP', 'Jam Pelajaran', 'Lesson Hours']);
    for (const { cells } of ts.rows) {
      const tr = out.get(text(get(cells, c)));
      const n = toNumber(get(cells, cn));
      if (!tr || n === null || tr.sessions.has(n)) continue;
      let jp = toNumber(get(cells, cj2));
      if (jp === null) {
        const a = minutesOf(get(cells, c1));
        const b = minutesOf(get(cells, c2));
        jp = a !== null && b !== null && b > a ? Math.floor((b - a) / s.minutesPerJp + 1e-9) : 0;
      }
      tr.sessions.set(n, { number: n, jp, topic: text(get(cells, cm)), speaker: text(get(cells, cp)) });
    }
  }
  return out;
}

const sessionSum = (t: Training) => [...t.sessions.values()].reduce((a, x) => a + x.jp, 0);
const trainingJp = (t: Training) => (t.typedJp !== null ? t.typedJp : sessionSum(t));

function readParticipants(wb: ExcelJS.Workbook, trainings: Map<string, Training>): Participant[] {
  const t = readTable(wb, 'Peserta');
  if (!t) return [];
  const c = t.col(CODE_COLS);
  const cn = t.col(['NIP', 'NIP Peserta', 'Employee ID']);
  const cm = t.col(['Nama', 'Nama Lengkap', 'Nama Peserta', 'Name', 'Participant', 'Full Name']);
  const cu = t.col(['Unit Kerja', 'Unit', 'Work Unit', 'OPD', 'Perangkat Daerah']);
  const cs = t.col(['Status Kepegawaian', 'Status', 'Employment Status', 'Status ASN']);
  const out: Participant[] = [];
  const seen = new Set<string>();
  for (const { cells } of t.rows) {
    const code = text(get(cells, c));
    if (!trainings.has(code)) continue;
    const nip = readNip(get(cells, cn));
    if (nip.text) {
      const k = `${code}|${nip.text}`;
      if (seen.has(k)) continue; // a NIP listed twice counts once (the first row)
      seen.add(k);
    }
    const typed = text(get(cells, cs)).toUpperCase();
    const status = typed === 'PNS' || typed === 'PPPK' ? typed : nip.valid ? statusFromNip(nip.text) : '';
    out.push({ code, nip, name: text(get(cells, cm)), unit: text(get(cells, cu)), status });
  }
  return out;
}

// ---------------------------------------------------------------- response sheets (§3.3)

interface FormReg {
  code: string;
  kind: string;
  sheet: string;
}

function readForms(wb: ExcelJS.Workbook): FormReg[] {
  const t = readTable(wb, 'Formulir');
  if (!t) return [];
  const c = t.col(CODE_COLS);
  const ck = t.col(['Jenis', 'Type', 'Kind']);
  const cs = t.col(['Lembar Respons', 'Response Sheet']);
  return t.rows
    .map(({ cells }) => ({
      code: text(get(cells, c)),
      kind: hkey(get(cells, ck)),
      sheet: text(get(cells, cs)),
    }))
    .filter((f) => f.code && f.sheet);
}

interface Question {
  no: number;
  key: string;
  options: Record<string, string>;
  weight: number;
}

function readQuestions(wb: ExcelJS.Workbook): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  const t = readTable(wb, 'Soal');
  if (!t) return out;
  const c = t.col(CODE_COLS);
  const cn = t.col(['No', 'Nomor', 'Number', 'No Soal']);
  const ck = t.col(['Kunci', 'Key', 'Answer Key', 'Kunci Jawaban', 'Jawaban']);
  const cw = t.col(['Bobot', 'Weight', 'Points', 'Poin']);
  const co = ['A', 'B', 'C', 'D', 'E'].map((l) => [l, t.col([`Pilihan ${l}`, `Option ${l}`, l])] as const);
  for (const { cells } of t.rows) {
    const code = text(get(cells, c));
    const no = toNumber(get(cells, cn));
    if (!code || no === null) continue;
    const options: Record<string, string> = {};
    for (const [l, i] of co) options[l] = text(get(cells, i));
    const w = toNumber(get(cells, cw));
    const list = out.get(code) ?? [];
    list.push({ no, key: text(get(cells, ck)).toUpperCase(), options, weight: w === null ? 1 : w });
    out.set(code, list);
  }
  return out;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Imported test scores by NIP for one training and test (§4.4), after the Respons Ganda policy. */
function readTestResponses(
  wb: ExcelJS.Workbook,
  sheet: string,
  questions: Question[],
  s: Settings,
): Map<string, Response> {
  const all = new Map<string, Response[]>();
  const t = readTable(wb, sheet);
  if (!t) return new Map();
  const cTime = t.col(['Timestamp', 'Stempel waktu']);
  const cScore = t.col(['Score', 'Skor']);
  const keys = t.headers.map(hkey);
  const cNip = keys.findIndex((k) => k.includes('nip'));
  const qCols = new Map<number, number>();
  t.headers.forEach((h, i) => {
    const m = h.trim().match(/^(\d+)\.\s/);
    if (m) qCols.set(Number(m[1]), i);
  });
  const maxPoints = questions.reduce((a, q) => a + q.weight, 0);
  for (const { cells } of t.rows) {
    const nip = readNip(get(cells, cNip));
    if (!nip.valid) continue;
    let score: number | null = null;
    if (cScore >= 0) {
      const raw = get(cells, cScore);
      const m = typeof raw === 'string' ? raw.match(/^\s*(-?[\d.,]+)\s*\/\s*([\d.,]+)\s*$/) : null;
      if (m) {
        const p = Number(m[1].replace(',', '.'));
        const mx = Number(m[2].replace(',', '.'));
        if (mx > 0) score = round2((p / mx) * 100);
      } else {
        const n = toNumber(raw);
        if (n !== null) score = round2(n);
      }
    } else if (maxPoints > 0) {
      let pts = 0;
      for (const q of questions) {
        const i = qCols.get(q.no);
        if (i === undefined) continue;
        const ans = norm(text(get(cells, i)));
        const right = q.options[q.key];
        if (ans && ((right && ans === norm(right)) || ans === q.key.toLowerCase())) pts += q.weight;
      }
      score = round2((pts / maxPoints) * 100);
    }
    if (score === null) continue;
    const tr = get(cells, cTime);
    const time = isDate(tr)
      ? tr.getTime()
      : typeof tr === 'number'
        ? tr * 86400000
        : Number.POSITIVE_INFINITY;
    const list = all.get(nip.text) ?? [];
    list.push({ time, score });
    all.set(nip.text, list);
  }
  const out = new Map<string, Response>();
  for (const [nip, list] of all) {
    const byTime = [...list].sort((a, b) => a.time - b.time);
    let pick = byTime[0];
    if (s.dup === 'terakhir') pick = byTime[byTime.length - 1];
    if (s.dup === 'tertinggi')
      pick = byTime.reduce((best, r) => (r.score > best.score ? r : best), byTime[0]);
    out.set(nip, pick);
  }
  return out;
}

// ---------------------------------------------------------------- the computation

interface ScoreRow {
  pre: number | null;
  post: number | null;
  act: number | null;
  task: number | null;
}

function readScores(wb: ExcelJS.Workbook): Map<string, ScoreRow> {
  const out = new Map<string, ScoreRow>();
  const t = readTable(wb, 'Nilai');
  if (!t) return out;
  const c = t.col(CODE_COLS);
  const cn = t.col(['NIP']);
  const score = (v: Raw) => {
    const n = toNumber(v);
    return n !== null && n >= 0 && n <= 100 ? round2(n) : null; // out of range or text: an Error, not used
  };
  const cols = {
    pre: t.col(['Pre-Test', 'Pre Test', 'Pretest', 'Nilai Pre-Test']),
    post: t.col(['Post-Test', 'Post Test', 'Posttest', 'Nilai Post-Test']),
    act: t.col(['Keaktifan', 'Activity', 'Participation', 'Keaktifan Peserta']),
    task: t.col(['Tugas', 'Task', 'Assignment', 'Nilai Tugas']),
  };
  for (const { cells } of t.rows) {
    const nip = readNip(get(cells, cn));
    if (!nip.valid) continue;
    const k = `${text(get(cells, c))}|${nip.text}`;
    if (out.has(k)) continue;
    out.set(k, {
      pre: score(get(cells, cols.pre)),
      post: score(get(cells, cols.post)),
      act: score(get(cells, cols.act)),
      task: score(get(cells, cols.task)),
    });
  }
  return out;
}

/** Attended session numbers by `code|nip`, and the trainings that have any attendance record. */
function readAttendance(
  wb: ExcelJS.Workbook,
  trainings: Map<string, Training>,
  forms: FormReg[],
  opts: RefOptions,
): { attended: Map<string, Set<number>>; recorded: Set<string> } {
  const attended = new Map<string, Set<number>>();
  const recorded = new Set<string>();
  const mark = (code: string, nip: string, n: number) => {
    const k = `${code}|${nip}`;
    const set = attended.get(k) ?? new Set<number>();
    set.add(n);
    attended.set(k, set);
  };
  const t = readTable(wb, 'Kehadiran');
  if (t) {
    const c = t.col(CODE_COLS);
    const cs = t.col(['Sesi', 'Session']);
    const cn = t.col(['NIP']);
    const ch = t.col(['Hadir', 'Present', 'Attended', 'Kehadiran']);
    if (c >= 0 && cs >= 0 && cn >= 0 && ch < 0 && opts.kehadiranWithoutHadirIsRecord) {
      for (const { cells } of t.rows)
        if (trainings.has(text(get(cells, c)))) recorded.add(text(get(cells, c)));
    }
    if (c >= 0 && cs >= 0 && cn >= 0 && ch >= 0) {
      for (const { cells } of t.rows) {
        const tr = trainings.get(text(get(cells, c)));
        if (!tr) continue;
        const h = get(cells, ch);
        // a Hadir cell left blank is "not filled in", not "absent" (an unticked checkbox is FALSE): no record
        if (h === '' || h === null || h === undefined) continue;
        recorded.add(tr.code);
        const present = h === true || ['true', 'ya', 'yes', 'hadir', '1'].includes(text(h).toLowerCase());
        const n = toNumber(get(cells, cs));
        const nip = readNip(get(cells, cn));
        if (present && n !== null && tr.sessions.has(n) && nip.text && !nip.fromNumber)
          mark(tr.code, nip.text, n);
      }
    }
  }
  for (const f of forms) {
    if (f.kind !== 'presensi') continue;
    const tr = trainings.get(f.code);
    const rt = readTable(wb, f.sheet);
    if (!tr || !rt) continue;
    const keys = rt.headers.map(hkey);
    const cn = keys.findIndex((k) => k.includes('nip'));
    const cs = keys.indexOf('sesi');
    for (const { cells } of rt.rows) {
      recorded.add(tr.code);
      const nip = readNip(get(cells, cn));
      const sv = get(cells, cs);
      const m = text(sv).match(/^sesi\s*(\d+)/i);
      const n = m ? Number(m[1]) : toNumber(sv);
      if (n !== null && tr.sessions.has(n) && nip.valid) mark(tr.code, nip.text, n);
    }
  }
  return { attended, recorded };
}

interface Computed {
  p: Participant;
  pre: number | null;
  post: number | null;
  postTime: number | null;
  gain: number | null;
  act: number | null;
  task: number | null;
  att: number | null;
  attJp: number;
  final: number | null;
  cert: boolean;
  rank: number | null;
  why: string;
}

export async function referenceFromBuffer(buf: Buffer, opts: RefOptions = {}): Promise<RefOutputs> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return reference(wb, opts);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'id');

export interface RefOptions {
  /**
   * A `Kehadiran` sheet without its required Hadir column: by default its rows are unreadable and record
   * nothing (the reference's reading); `true` takes the product's reading (the rows are records, nobody present).
   */
  kehadiranWithoutHadirIsRecord?: boolean;
}

export function reference(wb: ExcelJS.Workbook, opts: RefOptions = {}): RefOutputs {
  const s = readSettings(wb);
  const trainings = readTrainings(wb, s);
  const people = readParticipants(wb, trainings);
  const scores = readScores(wb);
  const questions = readQuestions(wb);
  const forms = readForms(wb);
  const { attended, recorded } = readAttendance(wb, trainings, forms, opts);

  const imported = new Map<string, Map<string, Response>>(); // `code|pre` → NIP → response
  for (const f of forms) {
    if (f.kind !== 'pretest' && f.kind !== 'posttest') continue;
    const k = `${f.code}|${f.kind}`;
    if (imported.has(k)) continue;
    imported.set(k, readTestResponses(wb, f.sheet, questions.get(f.code) ?? [], s));
  }

  const results: Row[] = [];
  const computedAll: Computed[] = [];
  const ordered = [...trainings.values()].sort((a, b) => a.order - b.order);
  for (const tr of ordered) {
    const roster = people.filter((p) => p.code === tr.code);
    const total = sessionSum(tr);
    const isRecorded = recorded.has(tr.code);
    const rows: Computed[] = roster.map((p) => {
      const typed = p.nip.valid ? scores.get(`${tr.code}|${p.nip.text}`) : undefined;
      const ip = p.nip.valid ? imported.get(`${tr.code}|pretest`)?.get(p.nip.text) : undefined;
      const io = p.nip.valid ? imported.get(`${tr.code}|posttest`)?.get(p.nip.text) : undefined;
      const pre = typed?.pre ?? ip?.score ?? null;
      const post = typed?.post ?? io?.score ?? null;
      const postTime = typed?.post != null ? null : (io?.time ?? null);
      const gain = pre === null || post === null || pre === 100 ? null : round2((post - pre) / (100 - pre));
      // An invalid NIP is no key: nothing is joined to it (scores, responses, attendance) — the product's reading too.
      const set = p.nip.valid ? attended.get(`${tr.code}|${p.nip.text}`) : undefined;
      const attJp = [...(set ?? [])].reduce((a, n) => a + (tr.sessions.get(n)?.jp ?? 0), 0);
      const att = isRecorded && total > 0 ? round2((attJp / total) * 100) : null;
      return {
        p,
        pre,
        post,
        postTime,
        gain,
        act: typed?.act ?? null,
        task: typed?.task ?? null,
        att,
        attJp,
        final: null,
        cert: false,
        rank: null,
        why: '',
      };
    });
    // Components no participant has are dropped; the weights renormalise over the rest (§4.6).
    const comps: Array<[number, (c: Computed) => number | null]> = [];
    if (rows.some((r) => r.post !== null)) comps.push([s.wPost, (r) => r.post]);
    if (rows.some((r) => r.act !== null)) comps.push([s.wAct, (r) => r.act]);
    if (rows.some((r) => r.task !== null)) comps.push([s.wTask, (r) => r.task]);
    if (rows.some((r) => r.att !== null)) comps.push([s.wAtt, (r) => r.att]);
    const wsum = comps.reduce((a, c) => a + c[0], 0);
    for (const r of rows) {
      if (wsum > 0) r.final = round2(comps.reduce((a, [w, f]) => a + w * (f(r) ?? 0), 0) / wsum);
      const attOk = r.att === null || r.att >= s.threshold;
      const scoreOk = s.minScore === null || (r.final !== null && r.final >= s.minScore);
      r.cert = attOk && r.p.nip.valid && scoreOk;
      r.why = !r.p.nip.valid ? 'nip' : !attOk ? 'kehadiran' : !scoreOk ? 'nilai' : '';
    }
    const rankable = rows.filter((r) => r.cert && r.post !== null);
    const cmp = (a: Computed, b: Computed): number => {
      const fa = a.final ?? Number.NEGATIVE_INFINITY;
      const fb = b.final ?? Number.NEGATIVE_INFINITY;
      if (fa !== fb) return fb - fa;
      if (a.post !== b.post) return (b.post ?? 0) - (a.post ?? 0);
      if (a.gain !== b.gain) {
        if (a.gain === null) return 1;
        if (b.gain === null) return -1;
        return b.gain - a.gain;
      }
      if (a.att !== b.att) return (b.att ?? 0) - (a.att ?? 0);
      if (a.postTime !== b.postTime) {
        if (a.postTime === null) return 1;
        if (b.postTime === null) return -1;
        return a.postTime - b.postTime;
      }
      return 0;
    };
    rankable.sort((a, b) => cmp(a, b) || byName(a.p.name, b.p.name));
    rankable.forEach((r, i) => {
      r.rank = i > 0 && cmp(rankable[i - 1], r) === 0 ? rankable[i - 1].rank : i + 1;
    });
    const unranked = rows.filter((r) => r.rank === null).sort((a, b) => byName(a.p.name, b.p.name));
    for (const r of [...rankable, ...unranked]) {
      results.push([
        tr.code,
        r.rank,
        r.p.nip.text,
        r.p.name,
        r.p.unit,
        r.pre,
        r.post,
        r.gain,
        r.gain === null ? null : r.gain >= 0.7 ? 'Tinggi' : r.gain >= 0.3 ? 'Sedang' : 'Rendah',
        r.act,
        r.task,
        r.att,
        r.final,
        r.final === null ? null : predicate(s, r.final),
        r.cert ? 'Ya' : 'Tidak',
        r.rank !== null && r.rank <= s.awards ? 'Ya' : null,
        r.why || null,
      ]);
    }
    computedAll.push(...rows);
  }

  // ------------------------------------------------------------ JP (§4.9)
  interface Person {
    year: number;
    nip: string;
    jp: number;
    count: number;
    latest: { date: number; order: number; p: Participant };
  }
  const persons = new Map<string, Person>();
  for (const r of computedAll) {
    if (!r.p.nip.valid) continue;
    const tr = trainings.get(r.p.code);
    if (!tr || tr.year === null) continue;
    const credited =
      s.credit === 'bersertifikat'
        ? r.cert
          ? trainingJp(tr)
          : 0
        : recorded.has(tr.code)
          ? r.attJp
          : trainingJp(tr);
    const k = `${tr.year}|${r.p.nip.text}`;
    const cur = persons.get(k) ?? {
      year: tr.year,
      nip: r.p.nip.text,
      jp: 0,
      count: 0,
      latest: { date: tr.date, order: tr.order, p: r.p },
    };
    cur.jp += credited;
    if (credited > 0) cur.count++;
    if (tr.date > cur.latest.date || (tr.date === cur.latest.date && tr.order > cur.latest.order))
      cur.latest = { date: tr.date, order: tr.order, p: r.p };
    persons.set(k, cur);
  }
  const jp: Row[] = [];
  for (const x of [...persons.values()].sort((a, b) => a.year - b.year || byName(a.nip, b.nip))) {
    const total = round2(x.jp);
    jp.push([
      x.year,
      x.nip,
      x.latest.p.name,
      x.latest.p.unit,
      x.latest.p.status,
      x.count,
      total,
      s.target,
      round2(Math.max(0, s.target - total)),
      total >= s.target ? 'Tercapai' : 'Belum Tercapai',
    ]);
  }
  const units = new Map<string, { year: number; unit: string; n: number; total: number; ok: number }>();
  for (const r of jp) {
    const unit = String(r[3] || '(Tanpa Unit)');
    const k = `${r[0]}|${unit}`;
    const u = units.get(k) ?? { year: r[0] as number, unit, n: 0, total: 0, ok: 0 };
    u.n++;
    u.total += r[6] as number;
    if (r[9] === 'Tercapai') u.ok++;
    units.set(k, u);
  }
  const jpUnits: Row[] = [...units.values()]
    .sort((a, b) => a.year - b.year || byName(a.unit, b.unit))
    .map((u) => {
      const total = round2(u.total);
      return [u.year, u.unit, u.n, total, round2(total / u.n), u.ok, round2((u.ok / u.n) * 100)];
    });

  // ------------------------------------------------------------ evaluations (§4.7)
  const evaluation: Row[] = [];
  for (const f of forms) {
    if (f.kind !== 'evaluasi' && f.kind !== 'pascapelatihan') continue;
    const tr = trainings.get(f.code);
    const t = readTable(wb, f.sheet);
    if (!tr || !t) continue;
    interface Subject {
      kind: string;
      session: number | null;
      aspects: Map<string, number[]>;
      respondents: number;
      cols: Array<[string, number]>;
    }
    const subjects = new Map<string, Subject>();
    t.headers.forEach((h, i) => {
      const m = h.trim().match(/^(.*)\[([^\]]*)\]\s*$/);
      if (!m) return;
      const title = m[1].trim();
      const aspect = m[2].trim();
      let kind: string;
      let session: number | null = null;
      const sm = title.match(/^sesi\s*(\d+)/i);
      if (sm) {
        kind = 'Narasumber';
        session = Number(sm[1]);
      } else if (hkey(title) === 'penyelenggaraan') kind = 'Penyelenggaraan';
      else if (hkey(title) === 'pascapelatihan') kind = 'Pasca Pelatihan';
      else return;
      const key = `${kind}|${session ?? ''}`;
      const sub: Subject = subjects.get(key) ?? {
        kind,
        session,
        aspects: new Map(),
        respondents: 0,
        cols: [],
      };
      if (!sub.aspects.has(aspect)) sub.aspects.set(aspect, []);
      sub.cols.push([aspect, i]);
      subjects.set(key, sub);
    });
    for (const { cells } of t.rows) {
      for (const sub of subjects.values()) {
        let any = false;
        for (const [aspect, i] of sub.cols) {
          const n = toNumber(get(cells, i));
          if (n === null || !Number.isInteger(n) || n < 1 || n > s.scale) continue; // out of scale: ignored
          sub.aspects.get(aspect)?.push(n);
          any = true;
        }
        if (any) sub.respondents++;
      }
    }
    for (const sub of subjects.values()) {
      const sess = sub.session !== null ? tr.sessions.get(sub.session) : undefined;
      const speaker = sub.kind === 'Narasumber' ? (sess?.speaker ?? '') : null;
      const means: number[] = [];
      for (const [aspect, vals] of sub.aspects) {
        const mean = vals.length ? round2(vals.reduce((a, b) => a + b, 0) / vals.length) : null;
        if (mean !== null) means.push(mean);
        const idx = mean === null ? null : round2((mean / s.scale) * 100);
        evaluation.push([
          tr.code,
          sub.kind,
          sub.session,
          speaker,
          aspect,
          vals.length,
          mean,
          idx,
          idx === null ? null : evalCategory(s, idx),
        ]);
      }
      const overall = means.length ? round2(means.reduce((a, b) => a + b, 0) / means.length) : null;
      const oidx = overall === null ? null : round2((overall / s.scale) * 100);
      evaluation.push([
        tr.code,
        sub.kind,
        sub.session,
        speaker,
        'Keseluruhan',
        sub.respondents,
        overall,
        oidx,
        oidx === null ? null : evalCategory(s, oidx),
      ]);
    }
  }
  return { results, jp, jpUnits, evaluation };
}
