// The emulated FormApp: forms, items, quiz scoring, responses, pre-filled links and the linked response sheet.

import { enumName, type GasEnumValue, isDateValue, makeEnum, mulberry32, signatureError } from './base';
import { COST_MODEL, type Runtime } from './runtime';
import type { FakeSheet, FakeSpreadsheet } from './spreadsheet';

// ---------------------------------------------------------------------------------------------------------
// Messages Google throws (GAS-FACTS "FormApp"; sources in emulator/README.md (FormApp))

export const FORM_MESSAGES = {
  notFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  unpublished: 'Operation not supported on unpublished form',
  invalidData: 'Invalid data updating form.',
  noDestination: 'The form currently has no response destination.',
  alreadySubmitted: 'This response has already been submitted.',
  wrongCast: 'Item can not be cast to the requested type.',
} as const;

/** FormApp.ItemType: Google's enum values print as their names, so strings compare equal both ways. */
export const ITEM_TYPES = [
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
] as const;
export type ItemTypeName = (typeof ITEM_TYPES)[number];

/** Google's enum values are objects that print as their names (`type == 'TEXT'` holds, `=== 'TEXT'` does not). */
export const ItemTypeEnum = makeEnum(ITEM_TYPES);
export const DestinationTypeEnum = makeEnum(['SPREADSHEET'] as const);

/** The item types this emulator can create (the add-on needs no others). */
type SupportedType =
  | 'CHECKBOX'
  | 'GRID'
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'PAGE_BREAK'
  | 'PARAGRAPH_TEXT'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'TEXT';

const QUESTION_TYPES: ReadonlySet<string> = new Set([
  'CHECKBOX',
  'GRID',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'SCALE',
  'TEXT',
]);
/** Items that carry points in a quiz (a grid cannot be graded through Apps Script). */
const GRADABLE_TYPES: ReadonlySet<string> = new Set([
  'CHECKBOX',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'SCALE',
  'TEXT',
]);
const CHOICE_TYPES: ReadonlySet<string> = new Set(['CHECKBOX', 'LIST', 'MULTIPLE_CHOICE']);

// ---------------------------------------------------------------------------------------------------------
// Deterministic ids (forms, items, entries, responses), so demo output is reproducible.

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// ---------------------------------------------------------------------------------------------------------
// Internal state

interface ChoiceState {
  value: string;
  correct: boolean;
}

type TextRule =
  | { kind: 'matches'; pattern: string }
  | { kind: 'notMatches'; pattern: string }
  | { kind: 'contains'; pattern: string }
  | { kind: 'notContains'; pattern: string }
  | { kind: 'lengthMax'; n: number }
  | { kind: 'lengthMin'; n: number }
  | { kind: 'email' }
  | { kind: 'url' }
  | { kind: 'number' }
  | { kind: 'wholeNumber' }
  | { kind: 'numberBetween'; lo: number; hi: number };

interface ValidationState {
  rule: TextRule | { kind: 'oneResponsePerColumn' } | null;
  helpText: string;
}

export interface ItemState {
  id: number;
  /** The `entry.N` key of pre-filled links: Google's entry ids differ from item ids. */
  entryId: number;
  type: SupportedType;
  title: string;
  helpText: string;
  required: boolean;
  points: number;
  choices: ChoiceState[];
  otherOption: boolean;
  validation: ValidationState | null;
  rows: string[];
  rowEntryIds: number[];
  columns: string[];
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
}

export type Answer = string | Array<string | null>;

export interface ResponseRecord {
  id: string;
  timestamp: number;
  email: string;
  answers: Map<number, Answer>;
  /** Grades set by a script (ItemResponse.setScore + withItemGrade + Form.submitGrades), by item id. */
  grades?: Map<number, number>;
}

interface DestinationColumn {
  /** 'timestamp' | 'email' | 'score' | an item column */
  kind: 'timestamp' | 'email' | 'score' | 'item';
  itemId?: number;
  row?: number;
  /** Last header written: a deleted item's column keeps its header and its data. */
  header?: string;
}

interface DestinationState {
  spreadsheetId: string;
  sheet: FakeSheet;
  columns: DestinationColumn[];
  locale: 'id' | 'en';
}

export interface FormState {
  id: string;
  publishedKey: string;
  /** The Drive file's name: what `FormApp.create(title)` sets (the form's own title stays '' until setTitle). */
  fileName: string;
  title: string;
  description: string;
  confirmationMessage: string;
  isQuiz: boolean;
  collectEmail: boolean;
  shuffle: boolean;
  progressBar: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  published: boolean;
  accepting: boolean;
  items: ItemState[];
  responses: ResponseRecord[];
  destination: DestinationState | null;
  createdAt: number;
  deleted: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Header words of a linked response sheet, by spreadsheet locale (GAS-FACTS "FormApp": [comm]; 'Skor' unsure)

const SHEET_WORDS = {
  en: { sheet: 'Form Responses', timestamp: 'Timestamp', email: 'Email Address', score: 'Score' },
  id: { sheet: 'Jawaban Formulir', timestamp: 'Stempel waktu', email: 'Alamat email', score: 'Skor' },
} as const;

function localeOf(ss: FakeSpreadsheet): 'id' | 'en' {
  const loc = String(ss._locale || '').toLowerCase();
  // Java spells Indonesian 'in' in old locale codes.
  return loc.startsWith('id') || loc.startsWith('in_') || loc === 'in' ? 'id' : 'en';
}

function gasError(message: string): Error {
  return new Error(message);
}

// ---------------------------------------------------------------------------------------------------------
// The store shared by FormApp and the emulator-only respondent helpers

export class FormStore {
  readonly forms = new Map<string, FormState>();
  private readonly rand: () => number;

  constructor(
    readonly rt: Runtime,
    readonly ss: FakeSpreadsheet,
    seed = 20261127,
  ) {
    this.rand = mulberry32(seed);
  }

  randomString(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += ID_CHARS[Math.floor(this.rand() * 64)];
    return s;
  }

  randomInt(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  newItemId(form: FormState): number {
    const used = new Set(form.items.flatMap((i) => [i.id, i.entryId, ...i.rowEntryIds]));
    for (;;) {
      const id = this.randomInt(100_000_000, 2_147_483_647);
      if (!used.has(id)) return id;
    }
  }

  get(id: string): FormState | undefined {
    const f = this.forms.get(id);
    return f && !f.deleted ? f : undefined;
  }

  // --- URLs. The published link uses a separate key (…/d/e/<key>/viewform), the editor link the file id.

  editUrl(f: FormState): string {
    return `https://docs.google.com/forms/d/${f.id}/edit`;
  }

  publishedUrl(f: FormState): string {
    return `https://docs.google.com/forms/d/e/${f.publishedKey}/viewform`;
  }

  /** What Sheet.getFormUrl() of the linked sheet returns: neither the edit nor the published URL [unsure]. */
  sheetFormUrl(f: FormState): string {
    return `https://docs.google.com/forms/d/${f.id}/viewform`;
  }

  // --- scoring

  isCorrect(item: ItemState, answer: Answer | undefined): boolean {
    if (answer === undefined) return false;
    const correct = item.choices.filter((c) => c.correct).map((c) => c.value);
    if (correct.length === 0) return false;
    if (item.type === 'CHECKBOX') {
      const got = Array.isArray(answer) ? answer.map(String) : [String(answer)];
      return got.length === correct.length && correct.every((c) => got.includes(c));
    }
    return typeof answer === 'string' && correct.includes(answer);
  }

  /**
   * Score of one item in a quiz response: a grade submitted for it when there is one (kept as given: Google's
   * reference bounds it nowhere, so it may be negative or above the item's points [unsure → the stricter case]),
   * else the item's points when correct, else 0; null outside a quiz.
   */
  itemScore(f: FormState, item: ItemState, answer: Answer | undefined, grade?: number): number | null {
    if (!f.isQuiz || !GRADABLE_TYPES.has(item.type)) return null;
    if (grade !== undefined) return grade;
    return this.isCorrect(item, answer) ? item.points : 0;
  }

  totalScore(f: FormState, r: ResponseRecord): { score: number; max: number } {
    let score = 0;
    let max = 0;
    for (const item of f.items) {
      if (!GRADABLE_TYPES.has(item.type)) continue;
      max += item.points;
      score += this.itemScore(f, item, r.answers.get(item.id), r.grades?.get(item.id)) ?? 0;
    }
    return { score, max };
  }

  // --- validation of a submission (respondent and FormResponse.submit)

  /** Throws (English, neutral) when a response could not be submitted by a respondent on Google. */
  checkSubmittable(f: FormState, answers: Map<number, Answer>, email: string, byScript = false): void {
    if (!f.published) throw gasError('The form is not published: respondents cannot open it.');
    if (!f.accepting) throw gasError(`The form "${f.title}" is no longer accepting responses.`);
    if (!byScript && f.limitOneResponsePerUser) {
      if (!email) throw gasError('This form requires sign-in: a respondent email is needed.');
      if (f.responses.some((r) => r.email === email)) {
        throw gasError(`You have already responded to "${f.title}" (${email}).`);
      }
    }
    if (!byScript && f.collectEmail && !email)
      throw gasError('This form collects email addresses: an email is required.');
    for (const item of f.items) {
      if (!QUESTION_TYPES.has(item.type)) continue;
      const a = answers.get(item.id);
      const empty =
        a === undefined ||
        (typeof a === 'string' && a.trim() === '') ||
        (Array.isArray(a) && a.every((x) => x === null || x === ''));
      if (item.required) {
        const gridIncomplete =
          item.type === 'GRID' && Array.isArray(a) && item.rows.some((_, i) => a[i] === null || a[i] === '');
        if (empty || gridIncomplete) throw gasError(`Required question not answered: "${item.title}".`);
      }
      if (empty || a === undefined) continue;
      this.checkAnswerShape(item, a);
      if (item.validation?.rule && typeof a === 'string') {
        if (!passesTextRule(item.validation.rule as TextRule, a)) {
          const why = item.validation.helpText || describeRule(item.validation.rule as TextRule);
          throw gasError(`The answer to "${item.title}" is not valid: ${why}`);
        }
      }
      if (item.validation?.rule?.kind === 'oneResponsePerColumn' && Array.isArray(a)) {
        const picked = a.filter((x): x is string => x !== null && x !== '');
        if (new Set(picked).size !== picked.length) {
          throw gasError(`The answer to "${item.title}" uses a column more than once.`);
        }
      }
    }
  }

  /** An answer must be one of the item's choices (unless "Other" is on), within a scale, one per grid row. */
  checkAnswerShape(item: ItemState, a: Answer): void {
    const values = item.choices.map((c) => c.value);
    const bad = (v: unknown) => gasError(`"${String(v)}" is not a valid answer to "${item.title}".`);
    switch (item.type) {
      case 'MULTIPLE_CHOICE':
      case 'LIST':
        if (typeof a !== 'string') throw bad(a);
        if (!values.includes(a) && !(item.type === 'MULTIPLE_CHOICE' && item.otherOption)) throw bad(a);
        return;
      case 'CHECKBOX': {
        const list = Array.isArray(a) ? a : [a];
        for (const v of list) if (!values.includes(String(v)) && !item.otherOption) throw bad(v);
        return;
      }
      case 'GRID': {
        if (!Array.isArray(a) || a.length !== item.rows.length) {
          throw gasError(`"${item.title}" needs one answer per row (${item.rows.length}).`);
        }
        for (const v of a) if (v !== null && v !== '' && !item.columns.includes(v)) throw bad(v);
        return;
      }
      case 'SCALE': {
        const n = Number(a);
        if (typeof a !== 'string' || !Number.isInteger(n) || n < item.lower || n > item.upper) throw bad(a);
        return;
      }
      default:
        if (typeof a !== 'string') throw bad(a);
    }
  }

  /** Stores a response (already checked) and, when linked, appends its row to the response sheet. */
  record(f: FormState, answers: Map<number, Answer>, email: string, timestamp: number): ResponseRecord {
    const rec: ResponseRecord = {
      id: `2_ABaOnu${this.randomString(60)}`,
      timestamp,
      email: f.collectEmail ? email : '',
      answers: new Map(answers),
    };
    // getResponses() lists responses by submission time.
    let at = f.responses.length;
    while (at > 0 && f.responses[at - 1].timestamp > timestamp) at--;
    f.responses.splice(at, 0, rec);
    if (f.destination) this.appendResponseRow(f, rec);
    return rec;
  }

  // --- linked response sheet

  private columnsFor(f: FormState): DestinationColumn[] {
    const cols: DestinationColumn[] = [{ kind: 'timestamp' }];
    if (f.collectEmail) cols.push({ kind: 'email' });
    if (f.isQuiz) cols.push({ kind: 'score' });
    for (const item of f.items) cols.push(...this.itemColumns(item));
    return cols;
  }

  private itemColumns(item: ItemState): DestinationColumn[] {
    if (!QUESTION_TYPES.has(item.type)) return [];
    if (item.type === 'GRID')
      return item.rows.map((_, row) => ({ kind: 'item' as const, itemId: item.id, row }));
    return [{ kind: 'item', itemId: item.id }];
  }

  private headerOf(f: FormState, d: DestinationState, c: DestinationColumn): string {
    const words = SHEET_WORDS[d.locale];
    if (c.kind === 'timestamp') return words.timestamp;
    if (c.kind === 'email') return words.email;
    if (c.kind === 'score') return words.score;
    const item = f.items.find((i) => i.id === c.itemId);
    if (!item) return c.header ?? '';
    c.header = c.row === undefined ? item.title : `${item.title} [${item.rows[c.row] ?? ''}]`;
    return c.header;
  }

  /**
   * What setDestination does on Google's side (no script call is counted for it): a new sheet named by the
   * spreadsheet locale, inserted first, linked, with its header row and the responses received so far.
   */
  link(f: FormState): void {
    const ss = this.ss;
    const locale = localeOf(ss);
    const base = SHEET_WORDS[locale].sheet;
    if (f.destination) f.destination.sheet._linkForm(null);
    const names = new Set(ss._sheets.map((s) => s._name.toLowerCase()));
    let n = 1;
    while (names.has(`${base} ${n}`.toLowerCase())) n++;
    const sheet = ss._insertSheet(`${base} ${n}`, 0);
    // Made on Google's side: this execution's getSheets()/getSheetByName() see it only after flush (row 29).
    ss._hideUntilFlush(sheet);
    sheet._linkForm(this.sheetFormUrl(f));
    f.destination = { spreadsheetId: ss._id, sheet, columns: this.columnsFor(f), locale };
    this.syncHeader(f);
    for (const r of f.responses) this.appendResponseRow(f, r);
  }

  unlink(f: FormState): void {
    f.destination?.sheet._linkForm(null);
    f.destination = null;
  }

  /** Adds columns for new items (and new grid rows) at the end and rewrites the header row. */
  syncHeader(f: FormState): void {
    const d = f.destination;
    if (!d) return;
    const key = (c: DestinationColumn) => `${c.kind}:${c.itemId ?? ''}:${c.row ?? ''}`;
    const have = new Set(d.columns.map(key));
    for (const c of this.columnsFor(f)) {
      if (!have.has(key(c))) {
        d.columns.push(c);
        have.add(key(c));
      }
    }
    const header = d.columns.map((c) => this.headerOf(f, d, c));
    // Headers are written as text, whatever a title looks like.
    this.writeRow(
      d.sheet,
      1,
      header.map((h) => ({ value: h === '' ? null : h })),
    );
  }

  /** Writes converted cells into row `row` of a response sheet, growing it as Google does. */
  private writeRow(sheet: FakeSheet, row: number, cells: Array<ReturnType<FakeSheet['_convert']>>): void {
    if (sheet._deleted) return;
    if (row > sheet._maxRows) sheet._maxRows = row;
    if (cells.length > sheet._maxCols) sheet._maxCols = cells.length;
    for (let c = 0; c < cells.length; c++) sheet._store(row - 1, c, cells[c]);
  }

  private appendResponseRow(f: FormState, r: ResponseRecord): void {
    const d = f.destination;
    if (!d) return;
    this.syncHeader(f);
    const row: unknown[] = d.columns.map((c) => {
      // Written to the whole second, the fraction dropped [unsure: the stricter case; getTimestamp() keeps ms].
      if (c.kind === 'timestamp') return new Date(Math.floor(r.timestamp / 1000) * 1000);
      if (c.kind === 'email') return r.email;
      if (c.kind === 'score') {
        const { score, max } = this.totalScore(f, r);
        return `${score} / ${max}`;
      }
      const a = r.answers.get(c.itemId as number);
      if (a === undefined) return '';
      if (c.row !== undefined) return Array.isArray(a) ? (a[c.row] ?? '') : '';
      return Array.isArray(a) ? a.filter((x) => x !== null && x !== '').join(', ') : a;
    });
    // Answers go in as if typed, with the spreadsheet's locale (a long NIP becomes a number with lost digits).
    // Whether a plain-text column protects form-fed values is unknown: modelled as not (the stricter case).
    // Sheet data validation does not stop form-fed rows either.
    const sheet = d.sheet;
    const cells = row.map((v) => sheet._convert(v, ''));
    // Google appends rows as responses arrive, so the sheet is in timestamp order. A simulated submission given an
    // earlier time than rows already there is placed among them by time, as if it had arrived then.
    const tsCol = d.columns.findIndex((c) => c.kind === 'timestamp');
    const stamp = cells[tsCol].value as number;
    let at = Math.max(sheet._lastRow() + 1, 2);
    while (at > 2) {
      const prev = sheet._vals[at - 2]?.[tsCol];
      if (typeof prev !== 'number' || prev <= stamp) break;
      at--;
    }
    if (!sheet._deleted && at <= sheet._lastRow()) sheet._insertRows(at, 1);
    this.writeRow(sheet, at, cells);
  }
}

function passesTextRule(rule: TextRule, a: string): boolean {
  switch (rule.kind) {
    case 'matches':
      return new RegExp(`^(?:${rule.pattern})$`).test(a);
    case 'notMatches':
      return !new RegExp(`^(?:${rule.pattern})$`).test(a);
    case 'contains':
      return new RegExp(rule.pattern).test(a);
    case 'notContains':
      return !new RegExp(rule.pattern).test(a);
    case 'lengthMax':
      return a.length <= rule.n;
    case 'lengthMin':
      return a.length >= rule.n;
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a);
    case 'url':
      return /^https?:\/\/\S+$/.test(a);
    case 'number':
      return a.trim() !== '' && Number.isFinite(Number(a));
    case 'wholeNumber':
      return /^-?\d+$/.test(a.trim());
    case 'numberBetween': {
      const n = Number(a);
      return a.trim() !== '' && Number.isFinite(n) && n >= rule.lo && n <= rule.hi;
    }
  }
}

function describeRule(rule: TextRule): string {
  switch (rule.kind) {
    case 'matches':
      return `must match the pattern ${rule.pattern}`;
    case 'notMatches':
      return `must not match the pattern ${rule.pattern}`;
    case 'contains':
      return `must contain ${rule.pattern}`;
    case 'notContains':
      return `must not contain ${rule.pattern}`;
    case 'lengthMax':
      return `at most ${rule.n} characters`;
    case 'lengthMin':
      return `at least ${rule.n} characters`;
    case 'email':
      return 'must be an email address';
    case 'url':
      return 'must be a URL';
    case 'number':
      return 'must be a number';
    case 'wholeNumber':
      return 'must be a whole number';
    case 'numberBetween':
      return `must be a number between ${rule.lo} and ${rule.hi}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Validation builders (FormApp.createTextValidation / createParagraphTextValidation / createGridValidation)

class TextValidationBuilderImpl {
  readonly _kind: string;
  private rule: TextRule | null = null;
  private help = '';

  constructor(
    private readonly rt: Runtime,
    private readonly cls: 'TextValidationBuilder' | 'ParagraphTextValidationBuilder',
  ) {
    this._kind = cls;
  }

  private set(method: string, rule: TextRule): this {
    return this.rt.call(`FormApp.${this.cls}.${method}`, COST_MODEL.trivial, () => {
      // One rule per validation, as in the Forms editor: the last one set wins.
      this.rule = rule;
      return this;
    });
  }

  requireTextMatchesPattern(pattern: string) {
    return this.set('requireTextMatchesPattern', { kind: 'matches', pattern: String(pattern) });
  }
  requireTextDoesNotMatchPattern(pattern: string) {
    return this.set('requireTextDoesNotMatchPattern', { kind: 'notMatches', pattern: String(pattern) });
  }
  requireTextContainsPattern(pattern: string) {
    return this.set('requireTextContainsPattern', { kind: 'contains', pattern: String(pattern) });
  }
  requireTextDoesNotContainPattern(pattern: string) {
    return this.set('requireTextDoesNotContainPattern', { kind: 'notContains', pattern: String(pattern) });
  }
  requireTextLengthLessThanOrEqualTo(n: number) {
    return this.set('requireTextLengthLessThanOrEqualTo', { kind: 'lengthMax', n: Number(n) });
  }
  requireTextLengthGreaterThanOrEqualTo(n: number) {
    return this.set('requireTextLengthGreaterThanOrEqualTo', { kind: 'lengthMin', n: Number(n) });
  }
  requireTextIsEmail() {
    return this.set('requireTextIsEmail', { kind: 'email' });
  }
  requireTextIsUrl() {
    return this.set('requireTextIsUrl', { kind: 'url' });
  }
  requireNumber() {
    return this.set('requireNumber', { kind: 'number' });
  }
  requireWholeNumber() {
    return this.set('requireWholeNumber', { kind: 'wholeNumber' });
  }
  requireNumberBetween(lo: number, hi: number) {
    return this.set('requireNumberBetween', { kind: 'numberBetween', lo: Number(lo), hi: Number(hi) });
  }
  setHelpText(text: string): this {
    return this.rt.call(`FormApp.${this.cls}.setHelpText`, COST_MODEL.trivial, () => {
      this.help = String(text);
      return this;
    });
  }
  build(): BuiltValidation {
    return this.rt.call(
      `FormApp.${this.cls}.build`,
      COST_MODEL.trivial,
      () =>
        new BuiltValidation(
          this.cls === 'TextValidationBuilder' ? 'TextValidation' : 'ParagraphTextValidation',
          { rule: this.rule, helpText: this.help },
        ),
    );
  }
}

class GridValidationBuilderImpl {
  readonly _kind = 'GridValidationBuilder';
  private oneResponsePerColumn = false;
  private help = '';
  constructor(private readonly rt: Runtime) {}
  requireLimitOneResponsePerColumn(): this {
    return this.rt.call(
      'FormApp.GridValidationBuilder.requireLimitOneResponsePerColumn',
      COST_MODEL.trivial,
      () => {
        this.oneResponsePerColumn = true;
        return this;
      },
    );
  }
  setHelpText(text: string): this {
    return this.rt.call('FormApp.GridValidationBuilder.setHelpText', COST_MODEL.trivial, () => {
      this.help = String(text);
      return this;
    });
  }
  build(): BuiltValidation {
    return this.rt.call(
      'FormApp.GridValidationBuilder.build',
      COST_MODEL.trivial,
      () =>
        new BuiltValidation('GridValidation', {
          rule: this.oneResponsePerColumn ? { kind: 'oneResponsePerColumn' } : null,
          helpText: this.help,
        }),
    );
  }
}

/** A built validation: opaque to scripts, as in Apps Script. */
class BuiltValidation {
  constructor(
    readonly _kind: 'TextValidation' | 'ParagraphTextValidation' | 'GridValidation',
    readonly _state: ValidationState,
  ) {}
}

// ---------------------------------------------------------------------------------------------------------
// Items. One implementation; scripts see typed views that expose exactly the methods of Google's class, so
// code that calls setChoices() on a generic Item (without asMultipleChoiceItem()) fails here as on Google.

const CLASS_OF: Record<SupportedType, string> = {
  CHECKBOX: 'CheckboxItem',
  GRID: 'GridItem',
  LIST: 'ListItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  PAGE_BREAK: 'PageBreakItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  TEXT: 'TextItem',
};

const CASTS: Record<string, string> = {
  asCheckboxGridItem: 'CHECKBOX_GRID',
  asCheckboxItem: 'CHECKBOX',
  asDateItem: 'DATE',
  asDateTimeItem: 'DATETIME',
  asDurationItem: 'DURATION',
  asGridItem: 'GRID',
  asImageItem: 'IMAGE',
  asListItem: 'LIST',
  asMultipleChoiceItem: 'MULTIPLE_CHOICE',
  asPageBreakItem: 'PAGE_BREAK',
  asParagraphTextItem: 'PARAGRAPH_TEXT',
  asScaleItem: 'SCALE',
  asSectionHeaderItem: 'SECTION_HEADER',
  asTextItem: 'TEXT',
  asTimeItem: 'TIME',
  asVideoItem: 'VIDEO',
};

const COMMON_METHODS = ['getId', 'getIndex', 'getTitle', 'getType', 'getHelpText', 'setTitle', 'setHelpText'];

function methodsOf(type: SupportedType): string[] {
  const m = [...COMMON_METHODS];
  if (QUESTION_TYPES.has(type)) m.push('isRequired', 'setRequired', 'createResponse');
  if (GRADABLE_TYPES.has(type)) m.push('getPoints', 'setPoints');
  if (CHOICE_TYPES.has(type)) m.push('createChoice', 'getChoices', 'setChoices', 'setChoiceValues');
  if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX') m.push('showOtherOption', 'hasOtherOption');
  if (type === 'TEXT' || type === 'PARAGRAPH_TEXT' || type === 'GRID')
    m.push('setValidation', 'clearValidation');
  if (type === 'GRID') m.push('getRows', 'setRows', 'getColumns', 'setColumns');
  if (type === 'SCALE') {
    m.push('setBounds', 'getLowerBound', 'getUpperBound', 'setLabels', 'getLeftLabel', 'getRightLabel');
  }
  return m;
}

/** Setters are round trips to the Forms backend; getters read the structure fetched with the item (assumed). */
function itemCost(method: string): number {
  return /^(set|clear|show)/.test(method) ? COST_MODEL.formOther : COST_MODEL.trivial;
}

type AnyFn = (...args: unknown[]) => unknown;
/** The script-visible item classes, typed as Google's (the views implement the subset the add-on needs). */
type GItem = GoogleAppsScript.Forms.Item;
const asItem = (v: Record<string, AnyFn>): GItem => v as unknown as GItem;

export class FakeChoice {
  readonly _kind = 'Choice';
  constructor(
    private readonly rt: Runtime,
    readonly _state: ChoiceState,
  ) {}
  getValue(): string {
    return this.rt.call('FormApp.Choice.getValue', COST_MODEL.trivial, () => this._state.value);
  }
  isCorrectAnswer(): boolean {
    return this.rt.call('FormApp.Choice.isCorrectAnswer', COST_MODEL.trivial, () => this._state.correct);
  }
}

class ItemImpl {
  constructor(
    readonly store: FormStore,
    readonly form: FormState,
    readonly s: ItemState,
  ) {}

  private get rt(): Runtime {
    return this.store.rt;
  }

  getId(): number {
    return this.s.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this.s);
  }
  getTitle(): string {
    return this.s.title;
  }
  getType(): GasEnumValue {
    return ItemTypeEnum[this.s.type];
  }
  getHelpText(): string {
    return this.s.helpText;
  }
  setTitle(title: unknown): this {
    this.s.title = String(title ?? '');
    this.store.syncHeader(this.form);
    return this;
  }
  setHelpText(text: unknown): this {
    this.s.helpText = String(text ?? '');
    return this;
  }
  isRequired(): boolean {
    return this.s.required;
  }
  setRequired(on: unknown): this {
    this.s.required = Boolean(on);
    return this;
  }
  getPoints(): number {
    return this.s.points;
  }
  setPoints(points: unknown): this {
    const n = Number(points);
    if (!Number.isInteger(n) || n < 0) throw gasError(FORM_MESSAGES.invalidData);
    this.s.points = n;
    return this;
  }
  createChoice(value: unknown, isCorrect?: unknown): FakeChoice {
    if (typeof isCorrect === 'object' && isCorrect !== null) {
      throw gasError('Page navigation choices are not supported by this emulator.');
    }
    return new FakeChoice(this.rt, { value: String(value ?? ''), correct: isCorrect === true });
  }
  getChoices(): FakeChoice[] {
    return this.s.choices.map((c) => new FakeChoice(this.rt, { ...c }));
  }
  private putChoices(choices: ChoiceState[]): void {
    const values = choices.map((c) => c.value);
    // Google rejects blank and repeated choices.
    if (
      values.length === 0 ||
      values.some((v) => v.trim() === '') ||
      new Set(values).size !== values.length
    ) {
      throw gasError(FORM_MESSAGES.invalidData);
    }
    this.s.choices = choices;
  }
  setChoices(choices: unknown): this {
    if (!Array.isArray(choices))
      throw signatureError(`FormApp.${CLASS_OF[this.s.type]}.setChoices`, [choices]);
    const list = choices.map((c) => {
      if (!(c instanceof FakeChoice)) {
        throw signatureError(`FormApp.${CLASS_OF[this.s.type]}.setChoices`, [choices]);
      }
      return { ...c._state };
    });
    this.putChoices(list);
    return this;
  }
  setChoiceValues(values: unknown): this {
    if (!Array.isArray(values)) {
      throw signatureError(`FormApp.${CLASS_OF[this.s.type]}.setChoiceValues`, [values]);
    }
    this.putChoices(values.map((v) => ({ value: String(v), correct: false })));
    return this;
  }
  showOtherOption(on: unknown): this {
    this.s.otherOption = Boolean(on);
    return this;
  }
  hasOtherOption(): boolean {
    return this.s.otherOption;
  }
  setValidation(v: unknown): this {
    const want =
      this.s.type === 'TEXT'
        ? 'TextValidation'
        : this.s.type === 'GRID'
          ? 'GridValidation'
          : 'ParagraphTextValidation';
    if (!(v instanceof BuiltValidation) || v._kind !== want) {
      throw signatureError(`FormApp.${CLASS_OF[this.s.type]}.setValidation`, [v]);
    }
    this.s.validation = { ...v._state };
    return this;
  }
  clearValidation(): this {
    this.s.validation = null;
    return this;
  }
  getRows(): string[] {
    return [...this.s.rows];
  }
  setRows(rows: unknown): this {
    this.s.rows = this.stringList('setRows', rows);
    while (this.s.rowEntryIds.length < this.s.rows.length)
      this.s.rowEntryIds.push(this.store.newItemId(this.form));
    this.store.syncHeader(this.form);
    return this;
  }
  getColumns(): string[] {
    return [...this.s.columns];
  }
  setColumns(columns: unknown): this {
    this.s.columns = this.stringList('setColumns', columns);
    return this;
  }
  private stringList(method: string, v: unknown): string[] {
    if (!Array.isArray(v)) throw signatureError(`FormApp.GridItem.${method}`, [v]);
    const list = v.map((x) => String(x));
    if (list.length === 0 || list.some((x) => x.trim() === '') || new Set(list).size !== list.length) {
      throw gasError(FORM_MESSAGES.invalidData);
    }
    return list;
  }
  setBounds(lower: unknown, upper: unknown): this {
    const lo = Number(lower);
    const hi = Number(upper);
    // Google Forms: lower bound 0 or 1, upper bound 2..10.
    if (!(lo === 0 || lo === 1) || !Number.isInteger(hi) || hi < 2 || hi > 10) {
      throw gasError(FORM_MESSAGES.invalidData);
    }
    this.s.lower = lo;
    this.s.upper = hi;
    return this;
  }
  getLowerBound(): number {
    return this.s.lower;
  }
  getUpperBound(): number {
    return this.s.upper;
  }
  setLabels(left: unknown, right: unknown): this {
    this.s.leftLabel = String(left ?? '');
    this.s.rightLabel = String(right ?? '');
    return this;
  }
  getLeftLabel(): string {
    return this.s.leftLabel;
  }
  getRightLabel(): string {
    return this.s.rightLabel;
  }
  createResponse(value: unknown): FakeItemResponse {
    const cls = CLASS_OF[this.s.type];
    let answer: Answer;
    if (this.s.type === 'CHECKBOX' || this.s.type === 'GRID') {
      if (!Array.isArray(value)) throw signatureError(`FormApp.${cls}.createResponse`, [value]);
      answer = value.map((v) => (v === null || v === undefined ? null : String(v)));
    } else if (this.s.type === 'SCALE') {
      if (typeof value !== 'number') throw signatureError(`FormApp.${cls}.createResponse`, [value]);
      answer = String(value);
    } else {
      if (typeof value !== 'string') throw signatureError(`FormApp.${cls}.createResponse`, [value]);
      answer = value;
    }
    // Documented: choice, list, checkbox, grid and scale responses must be valid choices (unless "Other").
    if (this.s.type !== 'TEXT' && this.s.type !== 'PARAGRAPH_TEXT') {
      try {
        this.store.checkAnswerShape(this.s, answer);
      } catch {
        throw gasError(`Invalid response submitted to item "${this.s.title}": ${JSON.stringify(answer)}.`);
      }
    }
    return new FakeItemResponse(this.store, this.form, this.s, answer);
  }
}

/** Builds the object a script sees for an item: a generic Item or one of the typed classes. */
export function itemView(
  store: FormStore,
  form: FormState,
  s: ItemState,
  generic: boolean,
): Record<string, AnyFn> {
  const impl = new ItemImpl(store, form, s) as unknown as Record<string, AnyFn>;
  const cls = generic ? 'Item' : CLASS_OF[s.type];
  const view: Record<string, AnyFn> = {};
  for (const name of methodsOf(s.type)) {
    if (generic && !COMMON_METHODS.includes(name)) continue;
    view[name] = (...args: unknown[]) =>
      store.rt.call(`FormApp.${cls}.${name}`, itemCost(name), () => {
        const r = impl[name].apply(impl, args);
        return r === impl ? view : r;
      });
  }
  if (generic) {
    for (const [name, type] of Object.entries(CASTS)) {
      view[name] = () =>
        store.rt.call(`FormApp.Item.${name}`, COST_MODEL.trivial, () => {
          if (s.type !== type) throw gasError(FORM_MESSAGES.wrongCast);
          return itemView(store, form, s, false);
        });
    }
  }
  Object.defineProperty(view, '_itemId', { value: s.id, enumerable: false });
  Object.defineProperty(view, '_formId', { value: form.id, enumerable: false });
  Object.defineProperty(view, '_kind', { value: cls, enumerable: false });
  return view;
}

function itemIdOf(item: unknown): number | undefined {
  if (item && typeof item === 'object' && typeof (item as { _itemId?: unknown })._itemId === 'number') {
    return (item as { _itemId: number })._itemId;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Responses

export class FakeItemResponse {
  readonly _kind = 'ItemResponse';
  constructor(
    private readonly store: FormStore,
    private readonly form: FormState,
    readonly _item: ItemState,
    readonly _answer: Answer | undefined,
    /** The grade submitted for this item of the response, or one set by setScore and not submitted yet. */
    public _grade?: number,
  ) {}

  getItem(): GItem {
    return this.store.rt.call('FormApp.ItemResponse.getItem', COST_MODEL.trivial, () =>
      asItem(itemView(this.store, this.form, this._item, true)),
    );
  }

  /** String for text, choice, list and scale; String[] for checkbox and grid (null for an unanswered row). */
  getResponse(): string | Array<string | null> | null {
    return this.store.rt.call('FormApp.ItemResponse.getResponse', COST_MODEL.trivial, () => {
      const a = this._answer;
      if (a === undefined) return null;
      return Array.isArray(a) ? [...a] : a;
    });
  }

  getScore(): number | null {
    return this.store.rt.call('FormApp.ItemResponse.getScore', COST_MODEL.trivial, () =>
      this.store.itemScore(this.form, this._item, this._answer, this._grade),
    );
  }

  /** Sets the score of this answer; saved only by withItemGrade + Form.submitGrades (Google's reference). */
  setScore(score: unknown): this {
    return this.store.rt.call('FormApp.ItemResponse.setScore', COST_MODEL.trivial, () => {
      if (typeof score !== 'number') throw signatureError('FormApp.ItemResponse.setScore', [score]);
      if (!this.form.isQuiz || !GRADABLE_TYPES.has(this._item.type))
        throw gasError(FORM_MESSAGES.invalidData);
      this._grade = score;
      return this;
    });
  }

  getFeedback(): null {
    return this.store.rt.call('FormApp.ItemResponse.getFeedback', COST_MODEL.trivial, () => null);
  }
}

export class FakeFormResponse {
  readonly _kind = 'FormResponse';
  private readonly draft: Map<number, Answer>;
  /** Grades added with withItemGrade, saved by Form.submitGrades. */
  readonly _gradeDraft: Map<number, number>;
  private submitted: boolean;

  constructor(
    private readonly store: FormStore,
    private readonly form: FormState,
    /** The stored record, or null for a draft from Form.createResponse(). */
    private record: ResponseRecord | null,
  ) {
    this.draft = new Map(record ? record.answers : []);
    this._gradeDraft = new Map(record?.grades ?? []);
    this.submitted = record !== null;
  }

  private call<T>(method: string, fn: () => T, cost: number = COST_MODEL.trivial): T {
    return this.store.rt.call(`FormApp.FormResponse.${method}`, cost, fn);
  }

  /** The record's answers in form order, for items that still exist. */
  private answered(): Array<[ItemState, Answer]> {
    const out: Array<[ItemState, Answer]> = [];
    for (const item of this.form.items) {
      const a = this.draft.get(item.id);
      if (a !== undefined) out.push([item, a]);
    }
    return out;
  }

  getId(): string | null {
    return this.call('getId', () => this.record?.id ?? null);
  }

  getTimestamp(): Date | null {
    return this.call('getTimestamp', () => (this.record ? new Date(this.record.timestamp) : null));
  }

  getRespondentEmail(): string {
    return this.call('getRespondentEmail', () => this.record?.email ?? '');
  }

  getItemResponses(): FakeItemResponse[] {
    return this.call('getItemResponses', () =>
      this.answered().map(
        ([item, a]) => new FakeItemResponse(this.store, this.form, item, a, this._gradeDraft.get(item.id)),
      ),
    );
  }

  getResponseForItem(item: unknown): FakeItemResponse | null {
    return this.call('getResponseForItem', () => {
      const id = itemIdOf(item);
      if (id === undefined) throw signatureError('FormApp.FormResponse.getResponseForItem', [item]);
      const s = this.form.items.find((i) => i.id === id);
      const a = this.draft.get(id);
      return s && a !== undefined
        ? new FakeItemResponse(this.store, this.form, s, a, this._gradeDraft.get(s.id))
        : null;
    });
  }

  /** Like getItemResponses, but every gradable item appears (unanswered too) and ungradable ones do not. */
  getGradableItemResponses(): FakeItemResponse[] {
    return this.call('getGradableItemResponses', () =>
      this.form.isQuiz
        ? this.form.items
            .filter((i) => GRADABLE_TYPES.has(i.type))
            .map(
              (i) =>
                new FakeItemResponse(
                  this.store,
                  this.form,
                  i,
                  this.draft.get(i.id),
                  this._gradeDraft.get(i.id),
                ),
            )
        : [],
    );
  }

  getGradableResponseForItem(item: unknown): FakeItemResponse | null {
    return this.call('getGradableResponseForItem', () => {
      const id = itemIdOf(item);
      const s = this.form.items.find((i) => i.id === id);
      if (!s || !this.form.isQuiz || !GRADABLE_TYPES.has(s.type)) return null;
      return new FakeItemResponse(this.store, this.form, s, this.draft.get(s.id), this._gradeDraft.get(s.id));
    });
  }

  /** Adds an item response's grade (set with setScore) to this response; Form.submitGrades saves it. */
  withItemGrade(gradedResponse: unknown): this {
    return this.call('withItemGrade', () => {
      if (!(gradedResponse instanceof FakeItemResponse)) {
        throw signatureError('FormApp.FormResponse.withItemGrade', [gradedResponse]);
      }
      if (!this.form.items.includes(gradedResponse._item)) throw gasError(FORM_MESSAGES.invalidData);
      if (gradedResponse._grade !== undefined)
        this._gradeDraft.set(gradedResponse._item.id, gradedResponse._grade);
      return this;
    });
  }

  /** Emulator-only: the stored record behind a submitted response (Form.submitGrades writes its grades). */
  get _record(): ResponseRecord | null {
    return this.record;
  }

  withItemResponse(response: unknown): this {
    return this.call('withItemResponse', () => {
      if (!(response instanceof FakeItemResponse)) {
        throw signatureError('FormApp.FormResponse.withItemResponse', [response]);
      }
      if (this.submitted) throw gasError(FORM_MESSAGES.alreadySubmitted);
      if (response._answer === undefined) return this;
      if (!this.form.items.includes(response._item)) throw gasError(FORM_MESSAGES.invalidData);
      this.draft.set(response._item.id, response._answer);
      return this;
    });
  }

  /** …/viewform?usp=pp_url&entry.<entryId>=<value>; a checkbox repeats its key; a grid has a key per row. */
  toPrefilledUrl(): string {
    return this.call(
      'toPrefilledUrl',
      () => {
        if (!this.form.published) throw gasError(FORM_MESSAGES.unpublished);
        const enc = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
        const parts = ['usp=pp_url'];
        for (const [item, a] of this.answered()) {
          if (item.type === 'GRID' && Array.isArray(a)) {
            a.forEach((v, i) => {
              if (v !== null && v !== '') parts.push(`entry.${item.rowEntryIds[i]}=${enc(v)}`);
            });
          } else if (Array.isArray(a)) {
            for (const v of a) if (v !== null) parts.push(`entry.${item.entryId}=${enc(v)}`);
          } else {
            parts.push(`entry.${item.entryId}=${enc(a)}`);
          }
        }
        return `${this.store.publishedUrl(this.form)}?${parts.join('&')}`;
      },
      COST_MODEL.formOther,
    );
  }

  getEditResponseUrl(): string {
    return this.call('getEditResponseUrl', () => {
      if (!this.record) throw gasError(FORM_MESSAGES.invalidData);
      return `${this.store.publishedUrl(this.form)}?edit2=${this.record.id}`;
    });
  }

  /** Submits a draft made with Form.createResponse(), checked as a respondent's would be. */
  submit(): this {
    return this.call(
      'submit',
      () => {
        if (this.submitted) throw gasError(FORM_MESSAGES.alreadySubmitted);
        this.store.checkSubmittable(this.form, this.draft, '', true);
        this.record = this.store.record(this.form, this.draft, '', this.store.rt.now);
        this.submitted = true;
        return this;
      },
      COST_MODEL.formOther,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Form

const ADD_METHODS: Record<string, SupportedType> = {
  addCheckboxItem: 'CHECKBOX',
  addGridItem: 'GRID',
  addListItem: 'LIST',
  addMultipleChoiceItem: 'MULTIPLE_CHOICE',
  addPageBreakItem: 'PAGE_BREAK',
  addParagraphTextItem: 'PARAGRAPH_TEXT',
  addScaleItem: 'SCALE',
  addSectionHeaderItem: 'SECTION_HEADER',
  addTextItem: 'TEXT',
};

export class FakeForm {
  readonly _kind = 'Form';

  constructor(
    /** Emulator-only: the store, for the respondent helpers. */
    readonly _store: FormStore,
    readonly _state: FormState,
  ) {}

  private get store(): FormStore {
    return this._store;
  }

  private call<T>(method: string, fn: () => T, cost: number = COST_MODEL.formOther): T {
    return this.store.rt.call(`FormApp.Form.${method}`, cost, () => {
      if (this._state.deleted) throw gasError(FORM_MESSAGES.notFound);
      return fn();
    });
  }

  private requirePublished(): void {
    if (!this._state.published) throw gasError(FORM_MESSAGES.unpublished);
  }

  private add(method: string): Record<string, AnyFn> {
    return this.call(
      method,
      () => {
        const f = this._state;
        const type = ADD_METHODS[method];
        const s: ItemState = {
          id: this.store.newItemId(f),
          entryId: 0,
          type,
          title: '',
          helpText: '',
          required: false,
          points: 0,
          choices: [],
          otherOption: false,
          validation: null,
          rows: [],
          rowEntryIds: [],
          columns: [],
          lower: 1,
          upper: 5,
          leftLabel: '',
          rightLabel: '',
        };
        f.items.push(s);
        s.entryId = this.store.newItemId(f);
        this.store.syncHeader(f);
        return itemView(this.store, f, s, false);
      },
      COST_MODEL.formItemAdd,
    );
  }

  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('addCheckboxItem') as unknown as GoogleAppsScript.Forms.CheckboxItem;
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.add('addGridItem') as unknown as GoogleAppsScript.Forms.GridItem;
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('addListItem') as unknown as GoogleAppsScript.Forms.ListItem;
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('addMultipleChoiceItem') as unknown as GoogleAppsScript.Forms.MultipleChoiceItem;
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('addPageBreakItem') as unknown as GoogleAppsScript.Forms.PageBreakItem;
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('addParagraphTextItem') as unknown as GoogleAppsScript.Forms.ParagraphTextItem;
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.add('addScaleItem') as unknown as GoogleAppsScript.Forms.ScaleItem;
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('addSectionHeaderItem') as unknown as GoogleAppsScript.Forms.SectionHeaderItem;
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('addTextItem') as unknown as GoogleAppsScript.Forms.TextItem;
  }

  getId(): string {
    return this.call('getId', () => this._state.id);
  }
  getTitle(): string {
    return this.call('getTitle', () => this._state.title);
  }
  setTitle(title: unknown): this {
    return this.call('setTitle', () => {
      this._state.title = String(title ?? '');
      return this;
    });
  }
  getDescription(): string {
    return this.call('getDescription', () => this._state.description);
  }
  setDescription(d: unknown): this {
    return this.call('setDescription', () => {
      this._state.description = String(d ?? '');
      return this;
    });
  }
  getConfirmationMessage(): string {
    return this.call('getConfirmationMessage', () => this._state.confirmationMessage);
  }
  setConfirmationMessage(m: unknown): this {
    return this.call('setConfirmationMessage', () => {
      this._state.confirmationMessage = String(m ?? '');
      return this;
    });
  }
  isQuiz(): boolean {
    return this.call('isQuiz', () => this._state.isQuiz);
  }
  setIsQuiz(on: unknown): this {
    return this.call('setIsQuiz', () => {
      this._state.isQuiz = Boolean(on);
      this.store.syncHeader(this._state);
      return this;
    });
  }
  collectsEmail(): boolean {
    return this.call('collectsEmail', () => this._state.collectEmail);
  }
  setCollectEmail(on: unknown): this {
    return this.call('setCollectEmail', () => {
      this._state.collectEmail = Boolean(on);
      this.store.syncHeader(this._state);
      return this;
    });
  }
  getShuffleQuestions(): boolean {
    return this.call('getShuffleQuestions', () => this._state.shuffle);
  }
  setShuffleQuestions(on: unknown): this {
    return this.call('setShuffleQuestions', () => {
      this._state.shuffle = Boolean(on);
      return this;
    });
  }
  hasProgressBar(): boolean {
    return this.call('hasProgressBar', () => this._state.progressBar);
  }
  setProgressBar(on: unknown): this {
    return this.call('setProgressBar', () => {
      this._state.progressBar = Boolean(on);
      return this;
    });
  }
  canEditResponse(): boolean {
    return this.call('canEditResponse', () => this._state.allowResponseEdits);
  }
  setAllowResponseEdits(on: unknown): this {
    return this.call('setAllowResponseEdits', () => {
      this._state.allowResponseEdits = Boolean(on);
      return this;
    });
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.call('hasLimitOneResponsePerUser', () => this._state.limitOneResponsePerUser);
  }
  setLimitOneResponsePerUser(on: unknown): this {
    return this.call('setLimitOneResponsePerUser', () => {
      this._state.limitOneResponsePerUser = Boolean(on);
      return this;
    });
  }

  // --- publishing (forms start unpublished: GAS-FACTS "FormApp", the stricter case)

  supportsAdvancedResponderPermissions(): boolean {
    return this.call('supportsAdvancedResponderPermissions', () => true);
  }
  isPublished(): boolean {
    return this.call('isPublished', () => this._state.published);
  }
  setPublished(on: unknown): this {
    return this.call('setPublished', () => {
      this._state.published = Boolean(on);
      // Publishing opens the form to responses; unpublishing closes it.
      this._state.accepting = Boolean(on);
      return this;
    });
  }
  isAcceptingResponses(): boolean {
    return this.call('isAcceptingResponses', () => this._state.published && this._state.accepting);
  }
  setAcceptingResponses(on: unknown): this {
    return this.call('setAcceptingResponses', () => {
      this.requirePublished();
      this._state.accepting = Boolean(on);
      return this;
    });
  }
  getPublishedUrl(): string {
    return this.call('getPublishedUrl', () => {
      this.requirePublished();
      return this.store.publishedUrl(this._state);
    });
  }
  getEditUrl(): string {
    return this.call('getEditUrl', () => this.store.editUrl(this._state));
  }
  getSummaryUrl(): string {
    return this.call(
      'getSummaryUrl',
      () => `https://docs.google.com/forms/d/${this._state.id}/viewanalytics`,
    );
  }
  shortenFormUrl(url: unknown): string {
    return this.call('shortenFormUrl', () => {
      const u = String(url ?? '');
      if (!u.startsWith(this.store.publishedUrl(this._state))) throw gasError(FORM_MESSAGES.invalidData);
      return `https://forms.gle/${this.store.randomString(17)}`;
    });
  }

  // --- items

  getItems(type?: unknown): GItem[] {
    return this.call('getItems', () => {
      const f = this._state;
      const want = type === undefined ? undefined : enumName(type);
      return f.items
        .filter((i) => want === undefined || i.type === want)
        .map((i) => asItem(itemView(this.store, f, i, true)));
    });
  }
  getItemById(id: unknown): GItem | null {
    return this.call('getItemById', () => {
      const s = this._state.items.find((i) => i.id === Number(id));
      return s ? asItem(itemView(this.store, this._state, s, true)) : null;
    });
  }
  private indexOf(item: unknown, method: string): number {
    if (typeof item === 'number') {
      if (!Number.isInteger(item) || item < 0 || item >= this._state.items.length) {
        throw gasError(FORM_MESSAGES.invalidData);
      }
      return item;
    }
    const id = itemIdOf(item);
    if (id === undefined) throw signatureError(`FormApp.Form.${method}`, [item]);
    const at = this._state.items.findIndex((i) => i.id === id);
    if (at < 0) throw gasError(FORM_MESSAGES.notFound);
    return at;
  }
  deleteItem(item: unknown): void {
    this.call('deleteItem', () => {
      this._state.items.splice(this.indexOf(item, 'deleteItem'), 1);
    });
  }
  moveItem(from: unknown, to: unknown): GItem {
    return this.call('moveItem', () => {
      const f = this._state;
      const at = this.indexOf(from, 'moveItem');
      const dest = Number(to);
      if (!Number.isInteger(dest) || dest < 0 || dest >= f.items.length)
        throw gasError(FORM_MESSAGES.invalidData);
      const [s] = f.items.splice(at, 1);
      f.items.splice(dest, 0, s);
      return asItem(itemView(this.store, f, s, true));
    });
  }

  // --- destination

  setDestination(type: unknown, id: unknown): this {
    return this.call('setDestination', () => {
      if (enumName(type) !== 'SPREADSHEET') throw signatureError('FormApp.Form.setDestination', [type, id]);
      // The add-on only reaches its own spreadsheet (spreadsheets.currentonly); any other id is not found.
      if (String(id) !== this.store.ss._id) throw gasError(FORM_MESSAGES.notFound);
      this.store.link(this._state);
      return this;
    });
  }
  getDestinationId(): string {
    return this.call('getDestinationId', () => {
      if (!this._state.destination) throw gasError(FORM_MESSAGES.noDestination);
      return this._state.destination.spreadsheetId;
    });
  }
  getDestinationType(): GasEnumValue {
    return this.call('getDestinationType', () => {
      if (!this._state.destination) throw gasError(FORM_MESSAGES.noDestination);
      return DestinationTypeEnum.SPREADSHEET;
    });
  }
  removeDestination(): this {
    return this.call('removeDestination', () => {
      this.store.unlink(this._state);
      return this;
    });
  }

  // --- responses

  /** Saves the grades added to these responses with withItemGrade (the linked sheet's Skor is not rewritten [unsure]). */
  submitGrades(responses: unknown): this {
    return this.call('submitGrades', () => {
      if (!Array.isArray(responses) || !responses.every((r) => r instanceof FakeFormResponse)) {
        throw signatureError('FormApp.Form.submitGrades', [responses]);
      }
      for (const r of responses as FakeFormResponse[]) {
        const rec = r._record;
        if (!rec || !this._state.responses.includes(rec)) throw gasError(FORM_MESSAGES.invalidData);
        rec.grades = new Map(r._gradeDraft);
      }
      return this;
    });
  }

  getResponses(timestamp?: unknown): FakeFormResponse[] {
    const f = this._state;
    let since = Number.NEGATIVE_INFINITY;
    if (timestamp !== undefined) {
      if (!isDateValue(timestamp)) throw signatureError('FormApp.Form.getResponses', [timestamp]);
      since = timestamp.getTime();
    }
    // "after a given date and time" (Google's reference): strictly after; whether the instant itself is included is
    // not documented (the Forms REST API offers both `>` and `>=`), so callers must not rely on either
    const list = f.responses.filter((r) => r.timestamp > since);
    const cost = COST_MODEL.formGetResponsesBase + COST_MODEL.formPerResponse * list.length;
    return this.call('getResponses', () => list.map((r) => new FakeFormResponse(this.store, f, r)), cost);
  }
  getResponse(responseId: unknown): FakeFormResponse {
    return this.call('getResponse', () => {
      const r = this._state.responses.find((x) => x.id === String(responseId));
      if (!r) throw gasError(FORM_MESSAGES.notFound);
      return new FakeFormResponse(this.store, this._state, r);
    });
  }
  createResponse(): FakeFormResponse {
    return this.call('createResponse', () => new FakeFormResponse(this.store, this._state, null));
  }
  /** Deletes the form's stored responses; rows already in the linked sheet stay (documented). */
  deleteAllResponses(): this {
    return this.call('deleteAllResponses', () => {
      this._state.responses = [];
      return this;
    });
  }
  deleteResponse(responseId: unknown): this {
    return this.call('deleteResponse', () => {
      const f = this._state;
      const at = f.responses.findIndex((r) => r.id === String(responseId));
      if (at < 0) throw gasError(FORM_MESSAGES.notFound);
      f.responses.splice(at, 1);
      return this;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// FormApp

/** Form ids are read from editor links (…/forms/d/<id>/…); the published link (…/d/e/<key>/…) is not accepted. */
function idFromUrl(url: string): string | null {
  const m = /^https:\/\/docs\.google\.com\/forms\/d\/([A-Za-z0-9_-]{20,})(?:[/?#]|$)/.exec(url);
  return m && m[1] !== 'e' ? m[1] : null;
}

export interface FakeFormApp {
  DestinationType: typeof DestinationTypeEnum;
  ItemType: typeof ItemTypeEnum;
  PageNavigationType: Readonly<Record<'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT', GasEnumValue>>;
  FeedbackType: Readonly<Record<'CORRECT' | 'INCORRECT' | 'GENERAL', GasEnumValue>>;
  Alignment: Readonly<Record<'LEFT' | 'CENTER' | 'RIGHT', GasEnumValue>>;
  create(title: string, isPublished?: boolean): FakeForm;
  openById(id: string): FakeForm;
  openByUrl(url: string): FakeForm;
  getActiveForm(): FakeForm | null;
  createTextValidation(): TextValidationBuilderImpl;
  createParagraphTextValidation(): TextValidationBuilderImpl;
  createGridValidation(): GridValidationBuilderImpl;
}

const PAGE_NAVIGATION = makeEnum(['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'] as const);
const FEEDBACK_TYPE = makeEnum(['CORRECT', 'INCORRECT', 'GENERAL'] as const);
const ALIGNMENT = makeEnum(['LEFT', 'CENTER', 'RIGHT'] as const);

/** The store behind each FormApp global, for the emulator-only helpers in emulator/respondent.ts. */
const STORES = new WeakMap<object, FormStore>();

export function formStoreOf(formApp: object): FormStore {
  const s = STORES.get(formApp);
  if (!s) throw new Error('Not an emulated FormApp (use createFormApp).');
  return s;
}

/** Wraps a stored form as the script-visible Form object. */
export function formObject(store: FormStore, state: FormState): FakeForm {
  return new FakeForm(store, state);
}

export function createFormApp(rt: Runtime, ss: FakeSpreadsheet, opts: { seed?: number } = {}): FakeFormApp {
  const store = new FormStore(rt, ss, opts.seed);
  const open = (id: string): FakeForm => {
    const f = store.get(id);
    if (!f) throw gasError(FORM_MESSAGES.notFound);
    return new FakeForm(store, f);
  };
  const app: FakeFormApp = {
    DestinationType: DestinationTypeEnum,
    ItemType: ItemTypeEnum,
    PageNavigationType: PAGE_NAVIGATION,
    FeedbackType: FEEDBACK_TYPE,
    Alignment: ALIGNMENT,
    create(title: string, isPublished?: boolean): FakeForm {
      return rt.call('FormApp.create', COST_MODEL.formCreate, () => {
        const args = isPublished === undefined ? [title] : [title, isPublished];
        if (typeof title !== 'string') throw signatureError('FormApp.create', args);
        if (isPublished !== undefined && typeof isPublished !== 'boolean')
          throw signatureError('FormApp.create', args);
        const state: FormState = {
          id: `1${store.randomString(43)}`,
          publishedKey: `1FAIpQLS${store.randomString(48)}`,
          // create(title) names the Drive file only; the form's title is '' until setTitle (row 28).
          fileName: title,
          title: '',
          description: '',
          confirmationMessage: '',
          isQuiz: false,
          collectEmail: false,
          shuffle: false,
          progressBar: false,
          allowResponseEdits: false,
          limitOneResponsePerUser: false,
          // create(title) starts unpublished (row 1, the stricter case); create(title, true) published.
          published: isPublished === true,
          accepting: false,
          items: [],
          responses: [],
          destination: null,
          createdAt: rt.now,
          deleted: false,
        };
        store.forms.set(state.id, state);
        return new FakeForm(store, state);
      });
    },
    openById(id: string): FakeForm {
      return rt.call('FormApp.openById', COST_MODEL.formOther, () => open(String(id)));
    },
    openByUrl(url: string): FakeForm {
      return rt.call('FormApp.openByUrl', COST_MODEL.formOther, () => {
        const id = idFromUrl(String(url));
        if (!id) throw gasError(FORM_MESSAGES.notFound);
        return open(id);
      });
    },
    getActiveForm(): FakeForm | null {
      // The add-on is bound to a spreadsheet, never to a form.
      return rt.call('FormApp.getActiveForm', COST_MODEL.trivial, () => null);
    },
    createTextValidation() {
      return rt.call(
        'FormApp.createTextValidation',
        COST_MODEL.trivial,
        () => new TextValidationBuilderImpl(rt, 'TextValidationBuilder'),
      );
    },
    createParagraphTextValidation() {
      return rt.call(
        'FormApp.createParagraphTextValidation',
        COST_MODEL.trivial,
        () => new TextValidationBuilderImpl(rt, 'ParagraphTextValidationBuilder'),
      );
    },
    createGridValidation() {
      return rt.call(
        'FormApp.createGridValidation',
        COST_MODEL.trivial,
        () => new GridValidationBuilderImpl(rt),
      );
    },
  };
  STORES.set(app, store);
  return app;
}
