// Reads the input sheets' raw values into the domain model, validating DESIGN §3.1 and §4.1 as it goes: each
// cell by its column type (src/core/cellReaders.ts, under the rules below), then by hand only what spans rows
// and sheets (duplicates, references to Kegiatan, Sesi and Peserta, dates against the training's).
// This is the data check's engine and the one entry every feature uses to read the workbook; the rules
// downstream take its result as valid and do not check it again.

import {
  type CellContext,
  type CellFormats,
  type CellReader,
  cellReader,
  type FieldOf,
  type NipCell,
  NO_NIP,
  type SheetRules,
} from './cellReaders';
import { asText, formatMinutes, isBlank } from './cells';
import { damagedEntry, reportStoredAsNumber } from './damagedNip';
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
import { OPTION_LETTERS } from './model';
import { deriveStatus } from './nip';
import { normalizePhone } from './phone';
import type { ProblemAt, Problems } from './problems';
import { type ColumnDef, SHEETS, type SheetKey } from './schema';
import { parseSettings, type Settings } from './settings';
import { sheetNameKey } from './sheetNames';
import { readTable, type TableRow } from './table';

/** Raw values per input sheet (one getValues each); null when the sheet does not exist. */
export type RawWorkbook = Partial<Record<SheetKey, unknown[][] | null>>;

/** Number formats per sheet over the same range as its values (one getNumberFormats each; see FORMATTED_SHEETS). */
export type RawFormats = Partial<Record<SheetKey, readonly (readonly string[])[] | null>>;

/**
 * The sheets whose number formats change what their cells mean, whose formats are read beside their values: those
 * with a column of fractional numbers (a `90%` typed there is stored as 0.9 with a percent format, which only the
 * format tells from a typed 0.9) and Pengaturan (its values). A sheet whose only number columns are whole numbers
 * (Kehadiran: Sesi) is read without them: a percent there is a fraction (1% is 0.01) or a Date, both refused by the
 * value alone, so its formats (the largest input sheet) would cost a read of every cell for no other answer.
 */
export const FORMATTED_SHEETS: readonly SheetKey[] = (Object.keys(SHEETS) as SheetKey[]).filter(
  (k) =>
    k === 'settings' ||
    (SHEETS[k].columns as readonly ColumnDef[]).some(
      (c) => c.type === 'number' || c.type === 'score' || c.type === 'percent',
    ),
);

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

/** What each column asks of its cells beyond its type: which must be filled, ranges, how a choice fails. */
const RULES: { readonly [K in SheetKey]?: SheetRules<K> } = {
  trainings: {
    code: { blank: 'training.codeBlank' },
    theme: { blank: 'training.themeBlank' },
    startDate: { blank: 'date.blank' },
    jp: { min: 0, max: 1000 },
    signerNip: { silent: true },
  },
  sessions: {
    trainingCode: { blank: 'trainingRef.blank' },
    number: { blank: 'session.numberBlank', min: 1, max: 1000 },
    speakerNip: { silent: true },
    jp: { min: 0, max: 100 },
  },
  participants: {
    trainingCode: { blank: 'trainingRef.blank' },
    nip: { blank: 'nip.blank' },
    name: { blank: 'participant.nameBlank' },
  },
  attendance: {
    trainingCode: { blank: 'trainingRef.blank' },
    session: { min: 1 },
    nip: { blank: 'nip.blank' },
  },
  scores: { trainingCode: { blank: 'trainingRef.blank' }, nip: { blank: 'nip.blank' } },
  questions: {
    trainingCode: { blank: 'trainingRef.blank' },
    no: { min: 1 },
    text: { blank: 'question.textBlank' },
    key: { blank: 'question.keyBlank', invalid: 'question.keyInvalid' },
    weight: { min: 0, max: 100 },
  },
  aspects: {
    kind: { blank: 'aspect.kindBlank', invalid: 'aspect.kindInvalid' },
    aspect: { blank: 'aspect.blank' },
  },
  forms: {
    trainingCode: { blank: 'trainingRef.blank' },
    kind: { blank: 'form.kindBlank', invalid: 'form.kindInvalid' },
  },
};

interface Ctx extends CellContext {
  /** Kegiatan codes read so far, in sheet order. */
  trainingCodes: Set<string>;
  /** The number formats of the sheets read so far whose formats were given, with their columns. */
  formats: Map<SheetKey, CellFormats>;
  raw: RawFormats;
}

/** The cell reader of a sheet, and the place of a problem about a row's field (named by its header). */
function sheet<K extends SheetKey>(
  key: K,
  ctx: Ctx,
): { cell: CellReader<K>; at: (r: TableRow, field: FieldOf<K>) => ProblemAt } {
  const cell = cellReader(key, (RULES[key] ?? {}) as SheetRules<K>, ctx, ctx.formats.get(key));
  const name = SHEETS[key].name;
  return { cell, at: (r, field) => ({ sheet: name, row: r.row, column: cell.header(field) }) };
}

function table(raw: RawWorkbook, key: SheetKey, ctx: Ctx, absent: string[], required: boolean): TableRow[] {
  const def = SHEETS[key];
  const values = raw[key];
  if (!values) {
    absent.push(def.name);
    if (required) ctx.problems.add('sheet.missing', { sheet: def.name, row: null }, { sheet: def.name });
    return [];
  }
  const t = readTable(values, def, ctx.problems);
  // without a required column no row can be read right (e.g. Kehadiran without Hadir would read as "absent"):
  // the sheet is skipped whole, and readTable has already named the missing column
  if (t.missing.some((c) => c.required)) return [];
  const grid = ctx.raw[key];
  if (grid) ctx.formats.set(key, { grid, columns: t.columns });
  return t.rows;
}

/** What a parse needs besides the values: the run's "now" (the date window) and the sheets' number formats. */
export interface ParseOptions {
  now?: Date;
  formats?: RawFormats;
}

export function parseWorkbook(
  raw: RawWorkbook,
  tz: string,
  problems: Problems,
  sheetNames: readonly string[] = [],
  options: ParseOptions = {},
): Workbook {
  const absent: string[] = [];
  const ctx: Ctx = {
    tz,
    problems,
    trainingCodes: new Set(),
    codes: new Map(),
    now: options.now ?? new Date(),
    formats: new Map(),
    raw: options.formats ?? {},
  };

  // Pengaturan first: later rules read the settings
  const settingRows = table(raw, 'settings', ctx, absent, false);
  const settingFormats = ctx.formats.get('settings');
  const valueColumn = settingFormats?.columns.get('value');
  const parsed = parseSettings(
    settingRows.map((r) => ({
      row: r.row,
      key: r.cells.key,
      value: r.cells.value,
      format: valueColumn === undefined ? undefined : settingFormats?.grid[r.row - 1]?.[valueColumn],
    })),
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

/** A Kode Kegiatan cell that names a training of Kegiatan, else reported (a blank one by its cell rule). */
function trainingRef(code: string, at: ProblemAt, ctx: Ctx): string | undefined {
  if (!code) return undefined;
  if (ctx.trainingCodes.has(code)) return code;
  const lc = code.toLowerCase().replace(/\s/g, '');
  let similar: string | null = null;
  for (const c of ctx.trainingCodes) {
    if (c.toLowerCase().replace(/\s/g, '') === lc) {
      similar = c;
      break;
    }
  }
  ctx.problems.add('trainingRef.unknown', at, { code, similar, known: [...ctx.trainingCodes] });
  return undefined;
}

/** A NIP that is not a participant's (signer, speaker): the normalised NIP when valid, else the text as typed. */
const nipOrText = (c: NipCell, raw: unknown): string => (c.ok ? c.nip : asText(raw));

function parseTrainings(rows: TableRow[], ctx: Ctx): Training[] {
  const { cell, at } = sheet('trainings', ctx);
  const out: Training[] = [];
  for (const r of rows) {
    const code = cell(r, 'code');
    if (!code) continue;
    if (ctx.trainingCodes.has(code)) {
      ctx.problems.add('training.duplicate', at(r, 'code'), { code });
      continue;
    }
    ctx.trainingCodes.add(code);
    const theme = cell(r, 'theme');
    let startDate = cell(r, 'startDate');
    let endDate = cell(r, 'endDate');
    // a date typed but not usable (unreadable, or outside the plausible window; reported at its cell) leaves the
    // training's time unknown: the other date is not used alone, so no year and no JP are credited from it
    if (
      (startDate === null && !isBlank(r.cells.startDate)) ||
      (endDate === null && !isBlank(r.cells.endDate))
    ) {
      startDate = null;
      endDate = null;
    }
    if (startDate && endDate && endDate < startDate)
      ctx.problems.add('training.endBeforeStart', at(r, 'endDate'));
    // the signer is not a participant: a bad NIP is a Peringatan (it only prints on the certificate)
    const signer = cell(r, 'signerNip');
    if (signer !== NO_NIP && !signer.ok) {
      const where = at(r, 'signerNip');
      if (signer.numberTyped) ctx.problems.add('training.signerNipNumberTyped', where);
      else ctx.problems.add('training.signerNipInvalid', where, { reason: signer.reason });
    }
    out.push({
      src: { sheet: SHEETS.trainings.name, row: r.row },
      code,
      theme,
      competencyType: cell(r, 'competencyType'),
      smartAsn: cell(r, 'smartAsn'),
      pattern: cell(r, 'pattern'),
      startDate,
      endDate,
      place: cell(r, 'place'),
      jp: cell(r, 'jp'),
      signer: cell(r, 'signer'),
      signerNip: nipOrText(signer, r.cells.signerNip),
      signerTitle: cell(r, 'signerTitle'),
      siasnType: cell(r, 'siasnType'),
    });
  }
  return out;
}

function parseSessions(rows: TableRow[], ctx: Ctx, trainings: Training[]): Session[] {
  const { cell, at } = sheet('sessions', ctx);
  const byCode = new Map(trainings.map((t) => [t.code, t]));
  const seen = new Set<string>();
  const out: Session[] = [];
  for (const r of rows) {
    const code = trainingRef(cell(r, 'trainingCode'), at(r, 'trainingCode'), ctx);
    const number = cell(r, 'number');
    if (!code || number === null) continue;
    const key = `${code}\u0000${number}`;
    if (seen.has(key)) {
      ctx.problems.add('session.duplicate', at(r, 'number'), { number, code });
      continue;
    }
    seen.add(key);
    const date = cell(r, 'date');
    const t = byCode.get(code);
    if (date && t?.startDate) {
      const end = t.endDate ?? t.startDate;
      if (date < t.startDate || date > end) ctx.problems.add('session.dateOutside', at(r, 'date'));
    }
    const startMinutes = cell(r, 'start');
    const endMinutes = cell(r, 'end');
    // with JP blank, the JP rule reports inverted times (src/core/jp.ts); with JP typed, say it here
    if (startMinutes !== null && endMinutes !== null && endMinutes <= startMinutes && !isBlank(r.cells.jp)) {
      ctx.problems.add('session.timesInverted', at(r, 'end'), {
        start: formatMinutes(startMinutes),
        end: formatMinutes(endMinutes),
      });
    }
    // the speaker is not a participant: a bad NIP is a Peringatan (it names the speaker in Rekap Narasumber)
    const speakerNip = cell(r, 'speakerNip');
    if (speakerNip !== NO_NIP && !speakerNip.ok) {
      const where = at(r, 'speakerNip');
      if (speakerNip.numberTyped) ctx.problems.add('session.speakerNipNumberTyped', where);
      else ctx.problems.add('session.speakerNipInvalid', where, { reason: speakerNip.reason });
    }
    out.push({
      src: { sheet: SHEETS.sessions.name, row: r.row },
      trainingCode: code,
      number,
      date,
      startMinutes,
      endMinutes,
      topic: cell(r, 'topic'),
      method: cell(r, 'method'),
      speaker: cell(r, 'speaker'),
      speakerNip: nipOrText(speakerNip, r.cells.speakerNip),
      speakerNipOk: speakerNip.ok,
      speakerAgency: cell(r, 'speakerAgency'),
      jp: cell(r, 'jp'),
      speakerGrade: cell(r, 'speakerGrade'),
      rateCategory: cell(r, 'rateCategory'),
    });
  }
  return out;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseParticipants(rows: TableRow[], ctx: Ctx): Participant[] {
  const { cell, at } = sheet('participants', ctx);
  const seen = new Map<string, number>();
  const out: Participant[] = [];
  for (const r of rows) {
    const code = trainingRef(cell(r, 'trainingCode'), at(r, 'trainingCode'), ctx);
    const nip = cell(r, 'nip');
    const name = cell(r, 'name');
    if (!code) continue;
    if (nip.nip) {
      const key = `${code}\u0000${nip.nip}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.problems.add('participant.duplicate', at(r, 'nip'), {
          nip: nip.nip,
          code,
          firstRow: first,
        });
        continue;
      }
      seen.set(key, r.row);
    }
    const typed = cell(r, 'status');
    let status: Participant['status'] = typed === 'PNS' || typed === 'PPPK' ? typed : '';
    const derived = nip.ok ? deriveStatus(nip.nip) : '';
    if (!status && derived) status = derived;
    else if (status && derived && status !== derived) {
      ctx.problems.add('participant.statusMismatch', at(r, 'status'), { status, derived });
    }
    const email = cell(r, 'email');
    if (email && !EMAIL.test(email)) ctx.problems.add('participant.emailInvalid', at(r, 'email'), { email });
    const typedPhone = cell(r, 'phone');
    const phone = typedPhone ? normalizePhone(typedPhone) : '';
    if (phone === null) ctx.problems.add('participant.phoneInvalid', at(r, 'phone'), { phone: typedPhone });
    out.push({
      src: { sheet: SHEETS.participants.name, row: r.row },
      trainingCode: code,
      nip: nip.nip,
      nipValid: nip.ok,
      name,
      position: cell(r, 'position'),
      rank: cell(r, 'rank'),
      unit: cell(r, 'unit'),
      email,
      phone: phone ?? '',
      status,
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

/**
 * Reports a reference (Kehadiran, Nilai) to a NIP not on the training's roster. When the roster has the same
 * NIP stored as a number (digits lost), the message points at that Peserta row instead of saying "unknown".
 */
function notEnrolled(
  at: ProblemAt,
  code: string,
  nip: string,
  roster: ByTraining<string, Participant>,
  ctx: Ctx,
): void {
  const damaged = damagedEntry((n) => roster.get(code, n), nip);
  if (damaged) reportStoredAsNumber(ctx.problems, at, nip, damaged);
  else ctx.problems.add('reference.nipNotEnrolled', at, { nip, code });
}

function parseAttendance(
  rows: TableRow[],
  ctx: Ctx,
  sessions: Session[],
  participants: Participant[],
): AttendanceRecord[] {
  const { cell, at } = sheet('attendance', ctx);
  const sessionKeys = new ByTraining<number, true>();
  for (const s of sessions) sessionKeys.set(s.trainingCode, s.number, true);
  const roster = rosterIndex(participants);
  /** training → session → NIPs seen, for the duplicate-row warning */
  const seen = new ByTraining<number, Set<string>>();
  const blankHadir = new Map<string, { count: number; first: TableRow }>();
  const out: AttendanceRecord[] = [];
  for (const r of rows) {
    const code = trainingRef(cell(r, 'trainingCode'), at(r, 'trainingCode'), ctx);
    const session = cell(r, 'session');
    const nip = cell(r, 'nip');
    if (isBlank(r.cells.present)) {
      // not filled in is not "absent" (an unticked checkbox is FALSE): the row is left out, reported once per training
      if (code) {
        const b = blankHadir.get(code);
        if (b) b.count++;
        else blankHadir.set(code, { count: 1, first: r });
      }
      continue;
    }
    const present = cell(r, 'present');
    if (!code || session === null || !nip.ok || present === null) continue;
    if (!sessionKeys.has(code, session)) {
      ctx.problems.add('attendance.sessionUnknown', at(r, 'session'), { session, code });
      continue;
    }
    if (!roster.has(code, nip.nip)) {
      notEnrolled(at(r, 'nip'), code, nip.nip, roster, ctx);
      continue;
    }
    let nips = seen.get(code, session);
    if (!nips) {
      nips = new Set();
      seen.set(code, session, nips);
    }
    if (nips.has(nip.nip)) ctx.problems.add('attendance.duplicate', at(r, 'nip'), { nip: nip.nip, session });
    nips.add(nip.nip);
    out.push({
      src: { sheet: SHEETS.attendance.name, row: r.row },
      trainingCode: code,
      session,
      nip: nip.nip,
      present,
    });
  }
  for (const [code, b] of blankHadir)
    ctx.problems.add('attendance.presentBlank', at(b.first, 'present'), {
      count: b.count,
      code,
    });
  return out;
}

function parseScores(rows: TableRow[], ctx: Ctx, participants: Participant[]): ScoreRecord[] {
  const { cell, at } = sheet('scores', ctx);
  const roster = rosterIndex(participants);
  const seen = new ByTraining<string, number>();
  const out: ScoreRecord[] = [];
  for (const r of rows) {
    const code = trainingRef(cell(r, 'trainingCode'), at(r, 'trainingCode'), ctx);
    const nip = cell(r, 'nip');
    const rec = {
      pre: cell(r, 'pre'),
      post: cell(r, 'post'),
      activity: cell(r, 'activity'),
      task: cell(r, 'task'),
    };
    if (!code || !nip.ok) continue;
    if (!roster.has(code, nip.nip)) {
      notEnrolled(at(r, 'nip'), code, nip.nip, roster, ctx);
      continue;
    }
    const first = seen.get(code, nip.nip);
    if (first !== undefined) {
      ctx.problems.add('score.duplicate', at(r, 'nip'), { nip: nip.nip, code, firstRow: first });
      continue;
    }
    seen.set(code, nip.nip, r.row);
    out.push({
      src: { sheet: SHEETS.scores.name, row: r.row },
      trainingCode: code,
      nip: nip.nip,
      name: cell(r, 'name'),
      ...rec,
    });
  }
  return out;
}

const OPTION_FIELDS = ['a', 'b', 'c', 'd', 'e'] as const;

function parseQuestions(rows: TableRow[], ctx: Ctx): Question[] {
  const { cell, at } = sheet('questions', ctx);
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const r of rows) {
    const code = trainingRef(cell(r, 'trainingCode'), at(r, 'trainingCode'), ctx);
    const no = cell(r, 'no');
    const text = cell(r, 'text');
    const options = OPTION_FIELDS.map((k) => cell(r, k));
    const filled = options.filter((o) => o !== '').length;
    if (filled < 2) ctx.problems.add('question.tooFewOptions', at(r, 'a'));
    const key = cell(r, 'key') as OptionLetter | '';
    const keyed = key !== '' && options[OPTION_LETTERS.indexOf(key)] !== '';
    if (key !== '' && !keyed) ctx.problems.add('question.keyEmptyOption', at(r, 'key'), { key });
    const weight = cell(r, 'weight');
    if (weight === 0) ctx.problems.add('question.weightZero', at(r, 'weight'));
    if (!code || no === null) continue;
    const k = `${code}\u0000${no}`;
    if (seen.has(k)) {
      ctx.problems.add('question.duplicate', at(r, 'no'), { no, code });
      continue;
    }
    seen.add(k);
    if (!keyed || !text || filled < 2) continue;
    out.push({
      src: { sheet: SHEETS.questions.name, row: r.row },
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
  const { cell, at } = sheet('aspects', ctx);
  const seen = new Set<string>();
  const out: Aspect[] = [];
  for (const r of rows) {
    const kind = cell(r, 'kind') as AspectKind | '';
    if (!kind) continue;
    const aspect = cell(r, 'aspect');
    if (!aspect) continue;
    const k = `${kind}\u0000${aspect.toLowerCase()}`;
    if (seen.has(k)) {
      ctx.problems.add('aspect.duplicate', at(r, 'aspect'), { aspect, kind });
      continue;
    }
    seen.add(k);
    out.push({ src: { sheet: SHEETS.aspects.name, row: r.row }, kind, aspect });
  }
  return out;
}

function parseForms(rows: TableRow[], ctx: Ctx, sheetNames: readonly string[]): FormRecord[] {
  const { cell, at } = sheet('forms', ctx);
  // a response sheet is found in any letter case and with stray spaces, as every sheet is (src/core/sheetNames.ts)
  const names = new Set(sheetNames.map(sheetNameKey));
  const out: FormRecord[] = [];
  for (const r of rows) {
    const code = trainingRef(cell(r, 'trainingCode'), at(r, 'trainingCode'), ctx);
    const kind = cell(r, 'kind') as FormKind | '';
    const responseSheet = cell(r, 'responseSheet');
    const formId = cell(r, 'formId');
    if (!formId && !responseSheet) ctx.problems.add('form.unreadable', at(r, 'responseSheet'));
    else if (responseSheet && names.size && !names.has(sheetNameKey(responseSheet)))
      ctx.problems.add('form.responseSheetMissing', at(r, 'responseSheet'), {
        sheet: responseSheet,
      });
    if (!code || !kind) continue;
    // a problem in the response sheet concerns this form's training (Masalah's Kode Kegiatan)
    if (responseSheet) ctx.problems.noteSheet(responseSheet, { training: code });
    out.push({
      src: { sheet: SHEETS.forms.name, row: r.row },
      trainingCode: code,
      kind,
      title: cell(r, 'title'),
      formId,
      fillUrl: cell(r, 'fillUrl'),
      editUrl: cell(r, 'editUrl'),
      responseSheet,
      created: cell(r, 'created'),
    });
  }
  return out;
}
