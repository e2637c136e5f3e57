// Reads the input sheets' raw values into the domain model, validating DESIGN §3.1 and §4.1 as it goes.
// This is the data check's engine and the one entry every feature uses to read the workbook.

import { asBool, asCode, asDate, asMinutes, asNumber, asText, formatMinutes, isBlank, isDate } from './cells';
import type {
  Aspect,
  AspectKind,
  AttendanceRecord,
  FormKind,
  FormRecord,
  OptionLetter,
  Participant,
  Question,
  ScoreRecord,
  Session,
  Training,
} from './model';
import { FORM_KINDS, OPTION_LETTERS } from './model';
import { checkNip, deriveStatus } from './nip';
import type { Problems } from './problems';
import { type ColumnDef, SHEETS, type SheetDef, type SheetKey } from './schema';
import { parseSettings, type Settings } from './settings';
import { readTable, type TableRow } from './table';

/** Raw values per input sheet (one getValues each); null when the sheet does not exist. */
export type RawWorkbook = Partial<Record<SheetKey, unknown[][] | null>>;

export interface Workbook {
  trainings: Training[];
  sessions: Session[];
  participants: Participant[];
  attendance: AttendanceRecord[];
  scores: ScoreRecord[];
  questions: Question[];
  aspects: Aspect[];
  forms: FormRecord[];
  settings: Settings;
  /** Sheets that were absent. */
  absent: string[];
}

interface Ctx {
  tz: string;
  problems: Problems;
  trainingCodes: Set<string>;
  /** Training codes by raw cell (the code repeats on every row). */
  codeCache: Map<unknown, string>;
}

const headers = new Map<SheetDef, Map<string, string>>();
/** A field's header for messages (memoised per sheet definition: called for every cell read). */
const header = (def: SheetDef, key: string): string => {
  let perSheet = headers.get(def);
  if (!perSheet) {
    perSheet = new Map((def.columns as readonly ColumnDef[]).map((c) => [c.key, c.header]));
    headers.set(def, perSheet);
  }
  return perSheet.get(key) ?? key;
};

function table(raw: RawWorkbook, key: SheetKey, ctx: Ctx, absent: string[], required: boolean): TableRow[] {
  const def = SHEETS[key];
  const values = raw[key];
  if (!values) {
    absent.push(def.name);
    if (required) {
      ctx.problems.error(
        def.name,
        null,
        '',
        `Lembar "${def.name}" tidak ada.`,
        'Jalankan "Siapkan Lembar Kerja" (menu DOU ASN).',
      );
    }
    return [];
  }
  const t = readTable(values, def, ctx.problems);
  // without a required column no row can be read right (e.g. Kehadiran without Hadir would read as "absent"):
  // the sheet is skipped whole, and readTable has already named the missing column
  if (t.missing.some((c) => c.required)) return [];
  return t.rows;
}

/** Reads a training code cell; Error when blank or unknown (when `known` is checked). */
function trainingRef(def: SheetDef, r: TableRow, ctx: Ctx): string | undefined {
  const raw = r.cells.trainingCode;
  let code = ctx.codeCache.get(raw);
  if (code === undefined) {
    code = asCode(raw);
    ctx.codeCache.set(raw, code);
  }
  const col = header(def, 'trainingCode');
  if (!code) {
    ctx.problems.error(
      def.name,
      r.row,
      col,
      'Kode Kegiatan kosong.',
      'Isi dengan Kode dari lembar Kegiatan.',
    );
    return undefined;
  }
  if (!ctx.trainingCodes.has(code)) {
    ctx.problems.error(
      def.name,
      r.row,
      col,
      `Kode Kegiatan "${code}" tidak ada di lembar Kegiatan.`,
      nearestCode(code, ctx.trainingCodes),
    );
    return undefined;
  }
  return code;
}

function nearestCode(code: string, codes: Set<string>): string {
  const lc = code.toLowerCase().replace(/\s/g, '');
  for (const c of codes) if (c.toLowerCase().replace(/\s/g, '') === lc) return `Mungkin maksudnya "${c}".`;
  return codes.size
    ? `Kode yang ada: ${[...codes].slice(0, 5).join(', ')}${codes.size > 5 ? ', …' : ''}.`
    : 'Isi lembar Kegiatan lebih dulu.';
}

const NO_NIP = { nip: '', ok: false, kind: null } as const;

/** Reads a NIP cell; reports problems at the cell; returns the (cached) normalised NIP and validity. */
function nipCell(
  def: SheetDef,
  r: TableRow,
  key: string,
  ctx: Ctx,
  required: boolean,
): { readonly nip: string; readonly ok: boolean; readonly kind: 'PNS' | 'PPPK' | null } {
  const raw = r.cells[key];
  if (isBlank(raw)) {
    if (required)
      ctx.problems.error(def.name, r.row, header(def, key), 'NIP kosong.', 'Isi NIP 18 digit sebagai teks.');
    return NO_NIP;
  }
  const c = checkNip(raw);
  if (!c.ok) {
    ctx.problems.error(
      def.name,
      r.row,
      header(def, key),
      c.numberTyped
        ? `NIP tersimpan sebagai angka (${String(raw)}) sehingga digit terakhirnya hilang.`
        : `NIP "${asText(raw)}" tidak valid: ${c.reason}`,
      c.numberTyped
        ? "Ketik ulang sebagai teks: format kolom sebagai Teks biasa, atau awali dengan tanda petik (')."
        : 'NIP harus 18 digit angka sesuai format PNS atau PPPK.',
    );
  }
  return c;
}

function choiceCell(def: SheetDef, r: TableRow, key: string, ctx: Ctx): string {
  const v = asText(r.cells[key]);
  if (!v) return '';
  const column = (def.columns as readonly ColumnDef[]).find((c) => c.key === key);
  const choices = column?.choices ?? [];
  const hit = choices.find((c) => c.toLowerCase() === v.toLowerCase());
  if (hit) return hit;
  ctx.problems.warn(
    def.name,
    r.row,
    header(def, key),
    `"${v}" bukan pilihan yang dikenal.`,
    `Pilih salah satu: ${choices.join(' / ')}.`,
  );
  return v;
}

function numberCell(
  def: SheetDef,
  r: TableRow,
  key: string,
  ctx: Ctx,
  opts: { min?: number; max?: number; integer?: boolean; what: string },
): number | null {
  const raw = r.cells[key];
  if (isBlank(raw)) return null;
  const n = asNumber(raw);
  if (
    n === undefined ||
    (opts.integer && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min) ||
    (opts.max !== undefined && n > opts.max)
  ) {
    const col = header(def, key);
    const range =
      opts.max !== undefined
        ? ` antara ${opts.min ?? 0} dan ${opts.max}`
        : opts.min !== undefined
          ? ` minimal ${opts.min}`
          : '';
    ctx.problems.error(
      def.name,
      r.row,
      col,
      `${opts.what} "${asText(raw)}" tidak valid.`,
      `Isi dengan ${opts.integer ? 'bilangan bulat' : 'angka'}${range}.`,
    );
    return null;
  }
  return n;
}

function dateCell(def: SheetDef, r: TableRow, key: string, ctx: Ctx, required: boolean): Date | null {
  const raw = r.cells[key];
  const col = header(def, key);
  if (isBlank(raw)) {
    if (required)
      ctx.problems.error(def.name, r.row, col, `${col} kosong.`, 'Isi tanggal, misalnya 24/11/2026.');
    return null;
  }
  const d = asDate(raw, ctx.tz);
  if (!d) {
    ctx.problems.error(
      def.name,
      r.row,
      col,
      `Tanggal "${asText(raw)}" tidak dapat dibaca.`,
      'Isi tanggal sebagai tanggal (misalnya 24/11/2026), bukan teks bebas.',
    );
    return null;
  }
  return d;
}

function timeCell(def: SheetDef, r: TableRow, key: string, ctx: Ctx): number | null {
  const raw = r.cells[key];
  if (isBlank(raw)) return null;
  const m = asMinutes(raw, ctx.tz);
  if (m === undefined) {
    ctx.problems.error(
      def.name,
      r.row,
      header(def, key),
      `Jam "${asText(raw)}" tidak dapat dibaca.`,
      'Isi jam seperti 08:00.',
    );
    return null;
  }
  return m;
}

export function parseWorkbook(
  raw: RawWorkbook,
  tz: string,
  problems: Problems,
  sheetNames: readonly string[] = [],
): Workbook {
  const absent: string[] = [];
  const ctx: Ctx = { tz, problems, trainingCodes: new Set(), codeCache: new Map() };

  // Pengaturan first: later rules read the settings
  const settingRows = table(raw, 'settings', ctx, absent, false);
  const parsed = parseSettings(
    settingRows.map((r) => ({ row: r.row, key: r.cells.key, value: r.cells.value })),
    SHEETS.settings.name,
  );
  problems.addAll(parsed.problems.list);
  const settings = parsed.settings;

  const trainings = parseTrainings(table(raw, 'trainings', ctx, absent, true), ctx);
  const sessions = parseSessions(table(raw, 'sessions', ctx, absent, true), ctx, trainings);
  const participants = parseParticipants(table(raw, 'participants', ctx, absent, true), ctx);
  const attendance = parseAttendance(
    table(raw, 'attendance', ctx, absent, false),
    ctx,
    sessions,
    participants,
  );
  const scores = parseScores(table(raw, 'scores', ctx, absent, false), ctx, participants);
  const questions = parseQuestions(table(raw, 'questions', ctx, absent, false), ctx);
  const aspects = parseAspects(table(raw, 'aspects', ctx, absent, false), ctx);
  const forms = parseForms(table(raw, 'forms', ctx, absent, false), ctx, sheetNames);
  return {
    trainings,
    sessions,
    participants,
    attendance,
    scores,
    questions,
    aspects,
    forms,
    settings,
    absent,
  };
}

function parseTrainings(rows: TableRow[], ctx: Ctx): Training[] {
  const def = SHEETS.trainings;
  const out: Training[] = [];
  for (const r of rows) {
    const code = asCode(r.cells.code);
    if (!code) {
      ctx.problems.error(
        def.name,
        r.row,
        'Kode',
        'Kode kegiatan kosong; baris ini diabaikan.',
        'Isi kode unik, misalnya DOU-2026-01.',
      );
      continue;
    }
    if (ctx.trainingCodes.has(code)) {
      ctx.problems.error(
        def.name,
        r.row,
        'Kode',
        `Kode "${code}" sudah dipakai di baris lain; baris ini diabaikan.`,
        'Setiap kegiatan harus punya kode unik.',
      );
      continue;
    }
    ctx.trainingCodes.add(code);
    const theme = asText(r.cells.theme);
    if (!theme)
      ctx.problems.error(
        def.name,
        r.row,
        'Tema',
        'Tema kegiatan kosong.',
        'Isi tema/judul kegiatan (dipakai di sertifikat).',
      );
    const startDate = dateCell(def, r, 'startDate', ctx, true);
    const endDate = dateCell(def, r, 'endDate', ctx, false);
    if (startDate && endDate && endDate < startDate) {
      ctx.problems.error(
        def.name,
        r.row,
        'Tanggal Selesai',
        'Tanggal Selesai lebih awal dari Tanggal Mulai.',
        'Periksa kedua tanggal.',
      );
    }
    const signerNipRaw = r.cells.signerNip;
    let signerNip = asText(signerNipRaw);
    if (!isBlank(signerNipRaw)) {
      const c = checkNip(signerNipRaw);
      if (c.ok) signerNip = c.nip;
      else
        ctx.problems.warn(
          def.name,
          r.row,
          'NIP Penandatangan',
          c.numberTyped
            ? 'NIP Penandatangan tersimpan sebagai angka sehingga digitnya hilang.'
            : `NIP Penandatangan tidak valid: ${c.reason}`,
          'Ketik ulang sebagai teks 18 digit.',
        );
    }
    out.push({
      src: { sheet: def.name, row: r.row },
      code,
      theme,
      competencyType: choiceCell(def, r, 'competencyType', ctx),
      smartAsn: choiceCell(def, r, 'smartAsn', ctx),
      pattern: choiceCell(def, r, 'pattern', ctx),
      startDate,
      endDate,
      place: asText(r.cells.place),
      jp: numberCell(def, r, 'jp', ctx, { min: 0, max: 1000, what: 'JP' }),
      signer: asText(r.cells.signer),
      signerNip,
      signerTitle: asText(r.cells.signerTitle),
    });
  }
  return out;
}

function parseSessions(rows: TableRow[], ctx: Ctx, trainings: Training[]): Session[] {
  const def = SHEETS.sessions;
  const byCode = new Map(trainings.map((t) => [t.code, t]));
  const seen = new Set<string>();
  const out: Session[] = [];
  for (const r of rows) {
    const code = trainingRef(def, r, ctx);
    const number = numberCell(def, r, 'number', ctx, {
      min: 1,
      max: 1000,
      integer: true,
      what: 'Nomor sesi',
    });
    if (number === null && isBlank(r.cells.number))
      ctx.problems.error(def.name, r.row, 'Sesi', 'Nomor sesi kosong.', 'Isi nomor sesi 1, 2, 3, …');
    if (!code || number === null) continue;
    const key = `${code}\u0000${number}`;
    if (seen.has(key)) {
      ctx.problems.error(
        def.name,
        r.row,
        'Sesi',
        `Sesi ${number} untuk ${code} ditulis lebih dari sekali; baris ini diabaikan.`,
        'Nomor sesi harus unik per kegiatan.',
      );
      continue;
    }
    seen.add(key);
    const date = dateCell(def, r, 'date', ctx, false);
    const t = byCode.get(code);
    if (date && t?.startDate) {
      const end = t.endDate ?? t.startDate;
      if (date < t.startDate || date > end) {
        ctx.problems.warn(
          def.name,
          r.row,
          'Tanggal',
          'Tanggal sesi di luar tanggal kegiatan.',
          'Periksa tanggal sesi atau tanggal kegiatan.',
        );
      }
    }
    const startMinutes = timeCell(def, r, 'start', ctx);
    const endMinutes = timeCell(def, r, 'end', ctx);
    const jpCell = r.cells.jp;
    // with JP blank, the JP rule reports inverted times (src/core/jp.ts); with JP typed, say it here
    if (startMinutes !== null && endMinutes !== null && endMinutes <= startMinutes && !isBlank(jpCell)) {
      ctx.problems.warn(
        def.name,
        r.row,
        'Jam Selesai',
        `Jam Selesai (${formatMinutes(endMinutes)}) tidak setelah Jam Mulai (${formatMinutes(startMinutes)}).`,
        'Periksa jam sesi.',
      );
    }
    out.push({
      src: { sheet: def.name, row: r.row },
      trainingCode: code,
      number,
      date,
      startMinutes,
      endMinutes,
      topic: asText(r.cells.topic),
      method: choiceCell(def, r, 'method', ctx),
      speaker: asText(r.cells.speaker),
      speakerNip: normaliseOptionalNip(r.cells.speakerNip),
      speakerAgency: asText(r.cells.speakerAgency),
      jp: numberCell(def, r, 'jp', ctx, { min: 0, max: 100, what: 'JP' }),
    });
  }
  return out;
}

function normaliseOptionalNip(v: unknown): string {
  if (isBlank(v)) return '';
  const c = checkNip(v);
  return c.ok ? c.nip : asText(v);
}

function parseParticipants(rows: TableRow[], ctx: Ctx): Participant[] {
  const def = SHEETS.participants;
  const seen = new Map<string, number>();
  const out: Participant[] = [];
  for (const r of rows) {
    const code = trainingRef(def, r, ctx);
    const nip = nipCell(def, r, 'nip', ctx, true);
    const name = asText(r.cells.name);
    if (!name)
      ctx.problems.error(def.name, r.row, 'Nama', 'Nama peserta kosong.', 'Isi nama lengkap beserta gelar.');
    if (!code) continue;
    if (nip.nip) {
      const key = `${code}\u0000${nip.nip}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.problems.error(
          def.name,
          r.row,
          'NIP',
          `NIP ${nip.nip} sudah terdaftar di ${code} pada baris ${first}; baris ini tidak dihitung.`,
          'Hapus baris ganda.',
        );
        continue;
      }
      seen.set(key, r.row);
    }
    let status = choiceCell(def, r, 'status', ctx) as Participant['status'] | string;
    if (status !== 'PNS' && status !== 'PPPK') status = '';
    const derived = nip.ok ? deriveStatus(nip.nip) : null;
    if (!status && derived) status = derived;
    else if (status && derived && status !== derived) {
      ctx.problems.warn(
        def.name,
        r.row,
        'Status Kepegawaian',
        `Status ${status} tidak cocok dengan format NIP (${derived}).`,
        'Periksa status atau NIP.',
      );
    }
    const email = asText(r.cells.email);
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      ctx.problems.warn(
        def.name,
        r.row,
        'Email',
        `Alamat email "${email}" tidak valid.`,
        'Perbaiki alamat email (dipakai untuk mengirim sertifikat).',
      );
    }
    out.push({
      src: { sheet: def.name, row: r.row },
      trainingCode: code,
      nip: nip.nip,
      nipValid: nip.ok,
      name,
      position: asText(r.cells.position),
      rank: asText(r.cells.rank),
      unit: asText(r.cells.unit),
      email,
      status: status as Participant['status'],
    });
  }
  return out;
}

/** A two-level index (training code → key → value): no string key is built per row of a large sheet. */
class ByTraining<K, V> {
  private readonly m = new Map<string, Map<K, V>>();
  get(code: string, key: K): V | undefined {
    return this.m.get(code)?.get(key);
  }
  has(code: string, key: K): boolean {
    return this.m.get(code)?.has(key) ?? false;
  }
  set(code: string, key: K, value: V): void {
    let inner = this.m.get(code);
    if (!inner) {
      inner = new Map();
      this.m.set(code, inner);
    }
    inner.set(key, value);
  }
}

/** Roster entries by training and NIP (the first row of a NIP). */
function rosterIndex(participants: Participant[]): ByTraining<string, Participant> {
  const m = new ByTraining<string, Participant>();
  for (const p of participants) if (!m.has(p.trainingCode, p.nip)) m.set(p.trainingCode, p.nip, p);
  return m;
}

const SESSION_NUMBER = { min: 1, integer: true, what: 'Nomor sesi' } as const;

/**
 * Reports a reference (Kehadiran, Nilai) to a NIP not on the training's roster. When the roster has the same
 * NIP stored as a number (digits lost), the message points at that Peserta row instead of saying "unknown".
 */
function notEnrolled(
  def: SheetDef,
  row: number,
  code: string,
  nip: string,
  roster: ByTraining<string, Participant>,
  ctx: Ctx,
): void {
  const lossy = roster.get(code, String(Number(nip)));
  if (lossy && !lossy.nipValid) {
    ctx.problems.error(
      def.name,
      row,
      'NIP',
      `NIP ${nip} ada di Peserta baris ${lossy.src.row}, tetapi di sana tersimpan sebagai angka (digit hilang); baris ini belum dapat dipakai.`,
      `Ketik ulang NIP di lembar Peserta baris ${lossy.src.row} sebagai teks.`,
    );
    return;
  }
  ctx.problems.error(
    def.name,
    row,
    'NIP',
    `NIP ${nip} tidak terdaftar sebagai peserta ${code}.`,
    'Tambahkan ke lembar Peserta atau perbaiki NIP.',
  );
}

function parseAttendance(
  rows: TableRow[],
  ctx: Ctx,
  sessions: Session[],
  participants: Participant[],
): AttendanceRecord[] {
  const def = SHEETS.attendance;
  const sessionKeys = new ByTraining<number, true>();
  for (const s of sessions) sessionKeys.set(s.trainingCode, s.number, true);
  const roster = rosterIndex(participants);
  /** training → session → NIPs seen, for the duplicate-row warning */
  const seen = new ByTraining<number, Set<string>>();
  const blankHadir = new Map<string, { count: number; first: number }>();
  const out: AttendanceRecord[] = [];
  for (const r of rows) {
    const code = trainingRef(def, r, ctx);
    const session = numberCell(def, r, 'session', ctx, SESSION_NUMBER);
    const nip = nipCell(def, r, 'nip', ctx, true);
    if (isBlank(r.cells.present)) {
      // not filled in is not "absent" (an unticked checkbox is FALSE): the row is left out, reported once per training
      if (code) {
        const b = blankHadir.get(code);
        if (b) b.count++;
        else blankHadir.set(code, { count: 1, first: r.row });
      }
      continue;
    }
    const present = asBool(r.cells.present);
    if (present === undefined) {
      ctx.problems.error(
        def.name,
        r.row,
        'Hadir',
        `Nilai Hadir "${asText(r.cells.present)}" tidak dapat dibaca.`,
        'Gunakan kotak centang (TRUE/FALSE).',
      );
    }
    if (!code || session === null || !nip.ok || present === undefined) continue;
    if (!sessionKeys.has(code, session)) {
      ctx.problems.error(
        def.name,
        r.row,
        'Sesi',
        `Sesi ${session} tidak ada untuk ${code} di lembar Sesi.`,
        'Periksa nomor sesi.',
      );
      continue;
    }
    if (!roster.has(code, nip.nip)) {
      notEnrolled(def, r.row, code, nip.nip, roster, ctx);
      continue;
    }
    let nips = seen.get(code, session);
    if (!nips) {
      nips = new Set();
      seen.set(code, session, nips);
    }
    if (nips.has(nip.nip)) {
      ctx.problems.warn(
        def.name,
        r.row,
        'NIP',
        `Kehadiran NIP ${nip.nip} di sesi ${session} ditulis lebih dari sekali.`,
        'Hapus baris ganda (yang Hadir = TRUE dipakai).',
      );
    }
    nips.add(nip.nip);
    out.push({ src: { sheet: def.name, row: r.row }, trainingCode: code, session, nip: nip.nip, present });
  }
  for (const [code, b] of blankHadir) {
    ctx.problems.warn(
      def.name,
      b.first,
      'Hadir',
      `${b.count} baris Kehadiran ${code} belum diisi Hadir-nya (kosong, bukan centang kosong); baris itu diabaikan.`,
      'Centang Hadir bagi yang hadir; kotak tak dicentang berarti tidak hadir. Bila tak ada baris terisi, kehadiran dianggap belum dicatat.',
    );
  }
  return out;
}

function parseScores(rows: TableRow[], ctx: Ctx, participants: Participant[]): ScoreRecord[] {
  const def = SHEETS.scores;
  const roster = rosterIndex(participants);
  const seen = new ByTraining<string, number>();
  const out: ScoreRecord[] = [];
  const score = (r: TableRow, key: string, what: string) =>
    numberCell(def, r, key, ctx, { min: 0, max: 100, what });
  for (const r of rows) {
    const code = trainingRef(def, r, ctx);
    const nip = nipCell(def, r, 'nip', ctx, true);
    const rec = {
      pre: score(r, 'pre', 'Nilai Pre-Test'),
      post: score(r, 'post', 'Nilai Post-Test'),
      activity: score(r, 'activity', 'Nilai Keaktifan'),
      task: score(r, 'task', 'Nilai Tugas'),
    };
    if (!code || !nip.ok) continue;
    if (!roster.has(code, nip.nip)) {
      notEnrolled(def, r.row, code, nip.nip, roster, ctx);
      continue;
    }
    const first = seen.get(code, nip.nip);
    if (first !== undefined) {
      ctx.problems.error(
        def.name,
        r.row,
        'NIP',
        `Nilai NIP ${nip.nip} untuk ${code} sudah ada di baris ${first}; baris ini tidak dihitung.`,
        'Gabungkan ke satu baris.',
      );
      continue;
    }
    seen.set(code, nip.nip, r.row);
    out.push({
      src: { sheet: def.name, row: r.row },
      trainingCode: code,
      nip: nip.nip,
      name: asText(r.cells.name),
      ...rec,
    });
  }
  return out;
}

function parseQuestions(rows: TableRow[], ctx: Ctx): Question[] {
  const def = SHEETS.questions;
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const r of rows) {
    const code = trainingRef(def, r, ctx);
    const no = numberCell(def, r, 'no', ctx, { min: 1, integer: true, what: 'Nomor soal' });
    const text = asText(r.cells.text);
    if (!text)
      ctx.problems.error(def.name, r.row, 'Pertanyaan', 'Pertanyaan kosong.', 'Isi teks pertanyaan.');
    const options = ['a', 'b', 'c', 'd', 'e'].map((k) => asText(r.cells[k]));
    const filled = options.filter((o) => o !== '').length;
    if (filled < 2)
      ctx.problems.error(
        def.name,
        r.row,
        'Pilihan A',
        'Soal punya kurang dari dua pilihan jawaban.',
        'Isi setidaknya Pilihan A dan B.',
      );
    const keyText = asText(r.cells.key).toUpperCase();
    const key = OPTION_LETTERS.find((l) => l === keyText);
    if (!key) {
      ctx.problems.error(
        def.name,
        r.row,
        'Kunci',
        keyText ? `Kunci "${keyText}" tidak valid.` : 'Kunci jawaban kosong.',
        'Isi salah satu huruf A–E.',
      );
    } else if (!options[OPTION_LETTERS.indexOf(key)]) {
      ctx.problems.error(
        def.name,
        r.row,
        'Kunci',
        `Kunci ${key} menunjuk pilihan yang kosong.`,
        `Isi Pilihan ${key} atau perbaiki kunci.`,
      );
    }
    const weight = numberCell(def, r, 'weight', ctx, { min: 0, max: 100, what: 'Bobot' });
    if (weight === 0)
      ctx.problems.warn(
        def.name,
        r.row,
        'Bobot',
        'Bobot 0: soal ini tidak dinilai.',
        'Kosongkan untuk bobot 1.',
      );
    if (!code || no === null) continue;
    const k = `${code}\u0000${no}`;
    if (seen.has(k)) {
      ctx.problems.error(
        def.name,
        r.row,
        'No',
        `Soal nomor ${no} untuk ${code} ditulis lebih dari sekali.`,
        'Nomor soal harus unik per kegiatan.',
      );
      continue;
    }
    seen.add(k);
    if (!key || !text || filled < 2 || !options[OPTION_LETTERS.indexOf(key)]) continue;
    out.push({
      src: { sheet: def.name, row: r.row },
      trainingCode: code,
      no,
      text,
      options,
      key: key as OptionLetter,
      weight: weight ?? 1,
    });
  }
  return out;
}

function parseAspects(rows: TableRow[], ctx: Ctx): Aspect[] {
  const def = SHEETS.aspects;
  const seen = new Set<string>();
  const out: Aspect[] = [];
  for (const r of rows) {
    const kindText = asText(r.cells.kind);
    const kind = (['Narasumber', 'Penyelenggaraan', 'Pasca Pelatihan'] as const).find(
      (k) => k.toLowerCase() === kindText.toLowerCase(),
    );
    const aspect = asText(r.cells.aspect);
    if (!kind) {
      ctx.problems.error(
        def.name,
        r.row,
        'Jenis',
        kindText ? `Jenis "${kindText}" tidak dikenal.` : 'Jenis kosong.',
        'Pilih Narasumber / Penyelenggaraan / Pasca Pelatihan.',
      );
      continue;
    }
    if (!aspect) {
      ctx.problems.error(def.name, r.row, 'Aspek', 'Aspek kosong.', 'Isi nama aspek yang dinilai.');
      continue;
    }
    const k = `${kind}\u0000${aspect.toLowerCase()}`;
    if (seen.has(k)) {
      ctx.problems.warn(
        def.name,
        r.row,
        'Aspek',
        `Aspek "${aspect}" (${kind}) ditulis lebih dari sekali.`,
        'Hapus baris ganda.',
      );
      continue;
    }
    seen.add(k);
    out.push({ src: { sheet: def.name, row: r.row }, kind: kind as AspectKind, aspect });
  }
  return out;
}

function parseForms(rows: TableRow[], ctx: Ctx, sheetNames: readonly string[]): FormRecord[] {
  const def = SHEETS.forms;
  const names = new Set(sheetNames);
  const out: FormRecord[] = [];
  for (const r of rows) {
    const code = trainingRef(def, r, ctx);
    const kindText = asText(r.cells.kind);
    const kind = FORM_KINDS.find((k) => k.toLowerCase() === kindText.toLowerCase()) as FormKind | undefined;
    if (!kind) {
      ctx.problems.error(
        def.name,
        r.row,
        'Jenis',
        kindText ? `Jenis formulir "${kindText}" tidak dikenal.` : 'Jenis formulir kosong.',
        `Pilih salah satu: ${FORM_KINDS.join(' / ')}.`,
      );
    }
    const responseSheet = asText(r.cells.responseSheet);
    const formId = asText(r.cells.formId);
    if (!formId && !responseSheet) {
      ctx.problems.warn(
        def.name,
        r.row,
        'Lembar Respons',
        'Formulir tanpa ID dan tanpa Lembar Respons tidak dapat dibaca.',
        'Isi nama lembar respons yang terhubung dengan formulir.',
      );
    } else if (responseSheet && names.size && !names.has(responseSheet)) {
      ctx.problems.error(
        def.name,
        r.row,
        'Lembar Respons',
        `Lembar respons "${responseSheet}" tidak ada.`,
        'Periksa nama lembar (huruf besar/kecil dan spasi).',
      );
    }
    if (!code || !kind) continue;
    out.push({
      src: { sheet: def.name, row: r.row },
      trainingCode: code,
      kind,
      title: asText(r.cells.title),
      formId,
      fillUrl: asText(r.cells.fillUrl),
      editUrl: asText(r.cells.editUrl),
      responseSheet,
      created: isDate(r.cells.created) ? (r.cells.created as Date) : null,
    });
  }
  return out;
}
