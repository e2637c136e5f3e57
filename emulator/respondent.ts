// Emulator-only: a simulated form respondent, a seeded roster simulator, and form listings for tests and the demo.

import { mulberry32 } from './base';
import {
  type Answer,
  type FakeForm,
  type FormState,
  type FormStore,
  formObject,
  formStoreOf,
  type ItemState,
} from './forms';

/** When and as whom a response is submitted. */
export interface SubmitOptions {
  email?: string;
  /** Submission time; default: the runtime's current simulated time. */
  at?: Date;
}

export type AnswerInput = string | number | Array<string | null> | Record<string, string>;

export interface SubmittedResponse {
  id: string;
  timestamp: Date;
}

const QUESTION = new Set(['CHECKBOX', 'GRID', 'LIST', 'MULTIPLE_CHOICE', 'PARAGRAPH_TEXT', 'SCALE', 'TEXT']);

function findItem(f: FormState, key: string): ItemState {
  const byId = f.items.find((i) => String(i.id) === key);
  if (byId) return byId;
  let hits = f.items.filter((i) => i.title === key);
  if (hits.length === 0) {
    const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
    hits = f.items.filter((i) => norm(i.title) === norm(key));
  }
  if (hits.length === 1) return hits[0];
  if (hits.length > 1)
    throw new Error(`More than one item titled "${key}" in form "${f.title}": use its id.`);
  throw new Error(`No item titled or numbered "${key}" in form "${f.title}".`);
}

function toAnswer(item: ItemState, v: AnswerInput): Answer {
  if (item.type === 'GRID' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const byRow = v as Record<string, string>;
    return item.rows.map((r) => byRow[r] ?? null);
  }
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? null : String(x)));
  if (item.type === 'CHECKBOX') return [String(v)];
  return String(v);
}

/**
 * Simulates a participant filling in a form in the browser: the form must be published and accepting,
 * required items answered, text validation (e.g. NIP `^\d{18}$`) and choices respected. Throws on violation.
 * Answers are keyed by item title or id. Not a script call: no service call is counted and no clock moves.
 */
export function submitResponse(
  form: FakeForm,
  answers: Record<string, AnswerInput | undefined>,
  opts: SubmitOptions = {},
): SubmittedResponse {
  const store = form._store;
  const f = form._state;
  if (f.deleted) throw new Error('The form has been deleted.');
  const map = new Map<number, Answer>();
  for (const [key, v] of Object.entries(answers)) {
    if (v === undefined) continue;
    const item = findItem(f, key);
    if (!QUESTION.has(item.type)) throw new Error(`"${item.title}" is not a question.`);
    map.set(item.id, toAnswer(item, v));
  }
  const email = opts.email ?? '';
  store.checkSubmittable(f, map, email);
  const at = opts.at ? opts.at.getTime() : store.rt.now;
  const rec = store.record(f, map, email, at);
  return { id: rec.id, timestamp: new Date(rec.timestamp) };
}

// ---------------------------------------------------------------------------------------------------------
// Listing and deleting forms (emulator-only; no service calls counted)

export interface FormSummary {
  id: string;
  /** The Drive file's name (what FormApp.create was given). */
  fileName: string;
  title: string;
  published: boolean;
  accepting: boolean;
  isQuiz: boolean;
  items: number;
  questions: number;
  responses: number;
  editUrl: string;
  /** null while the form is unpublished (Google throws on getPublishedUrl then). */
  publishedUrl: string | null;
  /** The linked response sheet's current name, or null. */
  responseSheet: string | null;
}

function summary(store: FormStore, f: FormState): FormSummary {
  return {
    id: f.id,
    fileName: f.fileName,
    title: f.title,
    published: f.published,
    accepting: f.published && f.accepting,
    isQuiz: f.isQuiz,
    items: f.items.length,
    questions: f.items.filter((i) => QUESTION.has(i.type)).length,
    responses: f.responses.length,
    editUrl: store.editUrl(f),
    publishedUrl: f.published ? store.publishedUrl(f) : null,
    responseSheet: f.destination ? f.destination.sheet._name : null,
  };
}

/** Every form made through this FormApp, oldest first, as plain JSON-able summaries. */
export function _allForms(formApp: object): FormSummary[] {
  const store = formStoreOf(formApp);
  return [...store.forms.values()].filter((f) => !f.deleted).map((f) => summary(store, f));
}

/** The script-visible Form for an id (no service call counted), for tests and the demo. */
export function _formById(formApp: object, id: string): FakeForm {
  const store = formStoreOf(formApp);
  const f = store.get(id);
  if (!f) throw new Error(`No emulated form with id ${id}.`);
  return formObject(store, f);
}

/** Deletes a form as a person would in Drive: openById then fails; its response sheet stays, unlinked. */
export function _deleteForm(formApp: object, id: string): void {
  const store = formStoreOf(formApp);
  const f = store.get(id);
  if (!f) throw new Error(`No emulated form with id ${id}.`);
  store.unlink(f);
  f.deleted = true;
}

// ---------------------------------------------------------------------------------------------------------
// A seeded roster simulator: a whole class answers a form, with realistic mistakes

/** A seeded generator (mulberry32), for simulated answers. */
export const seededRandom = mulberry32;

export interface SimParticipant {
  nip: string;
  name: string;
  email?: string;
  /** Probability of answering a keyed item correctly; default drawn per person from the seed. */
  accuracy?: number;
}

export interface SimulateOptions {
  /** Time of the first submission. */
  start: Date;
  /** Mean minutes between consecutive submissions (default 1.5). */
  spacingMinutes?: number;
  /** Default accuracy for participants without one; if absent, each person gets 0.45..0.95 from the seed. */
  accuracy?: number;
  /** Titles of the NIP and name items; default the first text items whose titles contain NIP / Nama. */
  nipItem?: string;
  nameItem?: string;
  /** Fixed answers for other items, by title or id: a value or a function of the participant. */
  fixed?: Record<string, AnswerInput | ((p: SimParticipant, index: number) => AnswerInput | undefined)>;
  /** How many participants do not answer at all. */
  absent?: number;
  /** How many submit with a one-digit typo in their NIP (still 18 digits, so it passes validation). */
  nipTypos?: number;
  /** How many submit twice (the second later, answers drawn again). */
  duplicates?: number;
  /** How many submit late (after lateAfterMinutes, default 3 days). */
  late?: number;
  lateAfterMinutes?: number;
  /** How many first type a 17-digit NIP (rejected by the form's validation), then retry correctly. */
  invalidNipAttempts?: number;
  /**
   * The answer key of a form that holds none (not a quiz: the key is kept elsewhere, e.g. the add-on's Soal):
   * the correct choice(s) by item title or id. Such items are answered right with the participant's accuracy,
   * exactly as quiz items with correct choices are (same draws, so the same answers).
   */
  answerKey?: Record<string, string | string[]>;
}

export type SubmissionKind = 'normal' | 'typo' | 'duplicate' | 'late';

export interface SimulationReport {
  submitted: Array<{
    nip: string;
    name: string;
    submittedNip: string;
    kind: SubmissionKind;
    at: Date;
    responseId: string;
    /** Items answered correctly / items with an answer key (correct choices, or `answerKey`). */
    correct: number;
    keyed: number;
  }>;
  rejected: Array<{ nip: string; name: string; attemptedNip: string; reason: string }>;
  absent: string[];
}

const SUGGESTIONS = [
  'Materi sangat bermanfaat.',
  'Waktu pelatihan sebaiknya ditambah.',
  'Mohon materi dibagikan sebelum acara.',
  'Ruangan kurang sejuk.',
  'Narasumber menjelaskan dengan baik.',
  'Tidak ada.',
];

/** Simulates a roster answering forms; every choice comes from one seeded PRNG, so runs are reproducible. */
export class SimulatedParticipants {
  private readonly rand: () => number;

  constructor(seed = 1) {
    this.rand = seededRandom(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }

  /** k distinct indices of 0..n-1 not in `taken`. */
  private choose(n: number, k: number, taken: Set<number>): Set<number> {
    const pool = [...Array(n).keys()].filter((i) => !taken.has(i));
    const out = new Set<number>();
    while (out.size < Math.min(k, pool.length)) {
      const i = pool.splice(Math.floor(this.rand() * pool.length), 1)[0];
      out.add(i);
      taken.add(i);
    }
    return out;
  }

  /** Changes one digit of an 18-digit NIP (in the serial or appointment part, as a hurried typist would). */
  typoNip(nip: string): string {
    const digits = nip.split('');
    const at = 14 + Math.floor(this.rand() * 4);
    const old = Number(digits[at]);
    digits[at] = String((old + 1 + Math.floor(this.rand() * 9)) % 10);
    return digits.join('');
  }

  /** A column/scale value biased towards the upper end, as satisfaction answers are. */
  private biased(n: number): number {
    const weights = [...Array(n).keys()].map((i) => (i + 1) ** 1.6);
    let r = this.rand() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) {
      r -= weights[i];
      if (r <= 0) return i;
    }
    return n - 1;
  }

  /** Draws one participant's answers to every question of a form. */
  answersFor(
    f: FormState,
    p: SimParticipant,
    index: number,
    accuracy: number,
    opts: SimulateOptions,
    nip: string,
  ): { answers: Record<string, AnswerInput>; correct: number; keyed: number } {
    const answers: Record<string, AnswerInput> = {};
    let correct = 0;
    let keyed = 0;
    const nipItem = opts.nipItem ?? f.items.find((i) => i.type === 'TEXT' && /\bNIP\b/i.test(i.title))?.title;
    const nameItem =
      opts.nameItem ?? f.items.find((i) => i.type === 'TEXT' && /\bnama\b/i.test(i.title))?.title;
    const fixed = new Map<
      number,
      AnswerInput | ((p: SimParticipant, index: number) => AnswerInput | undefined)
    >();
    for (const [k, v] of Object.entries(opts.fixed ?? {})) fixed.set(findItem(f, k).id, v);
    const keyOf = new Map<number, string[]>();
    const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
    for (const [k, v] of Object.entries(opts.answerKey ?? {})) {
      const item = findItem(f, k);
      // each key value as the item's own choice text (spacing and case as the form has them)
      const values = (Array.isArray(v) ? v : [v]).map(
        (x) => item.choices.find((c) => norm(c.value) === norm(String(x)))?.value ?? String(x),
      );
      keyOf.set(item.id, values);
    }
    for (const item of f.items) {
      if (!QUESTION.has(item.type)) continue;
      const key = String(item.id);
      if (fixed.has(item.id)) {
        const v = fixed.get(item.id);
        const value = typeof v === 'function' ? v(p, index) : v;
        if (value !== undefined) answers[key] = value;
        continue;
      }
      if (item.title === nipItem) {
        answers[key] = nip;
        continue;
      }
      if (item.title === nameItem) {
        answers[key] = p.name;
        continue;
      }
      const values = item.choices.map((c) => c.value);
      const right = keyOf.get(item.id) ?? item.choices.filter((c) => c.correct).map((c) => c.value);
      switch (item.type) {
        case 'MULTIPLE_CHOICE':
        case 'LIST': {
          if (right.length > 0) {
            keyed++;
            const wrong = values.filter((v) => !right.includes(v));
            const ok = this.rand() < accuracy || wrong.length === 0;
            if (ok) correct++;
            answers[key] = ok ? this.pick(right) : this.pick(wrong);
          } else {
            answers[key] = this.pick(values);
          }
          break;
        }
        case 'CHECKBOX': {
          if (right.length > 0) {
            keyed++;
            if (this.rand() < accuracy) {
              correct++;
              answers[key] = right;
              break;
            }
          }
          const some = values.filter(() => this.rand() < 0.5);
          let chosen = some.length > 0 ? some : [this.pick(values)];
          const exact = chosen.length === right.length && right.every((r) => chosen.includes(r));
          // A miss must really be a miss: drop one right answer, or add a wrong one if that empties the set.
          if (right.length > 0 && exact) {
            const wrong = values.filter((v) => !right.includes(v));
            chosen =
              chosen.length > 1 || wrong.length === 0 ? chosen.slice(1) : [...chosen, this.pick(wrong)];
          }
          answers[key] = chosen;
          break;
        }
        case 'GRID':
          answers[key] = item.rows.map(() => item.columns[this.biased(item.columns.length)]);
          break;
        case 'SCALE':
          answers[key] = String(item.lower + this.biased(item.upper - item.lower + 1));
          break;
        case 'PARAGRAPH_TEXT':
          if (item.required || this.rand() < 0.6) answers[key] = this.pick(SUGGESTIONS);
          break;
        default:
          if (item.required) answers[key] = '-';
      }
    }
    return { answers, correct, keyed };
  }

  /**
   * The roster answers `form` in a shuffled order starting at `opts.start`, with the requested numbers of
   * absentees, NIP typos, duplicate and late submissions and rejected (17-digit) NIP attempts.
   */
  answerForm(form: FakeForm, roster: readonly SimParticipant[], opts: SimulateOptions): SimulationReport {
    const f = form._state;
    const n = roster.length;
    const taken = new Set<number>();
    const absent = this.choose(n, opts.absent ?? 0, taken);
    const typos = this.choose(n, opts.nipTypos ?? 0, taken);
    const late = this.choose(n, opts.late ?? 0, taken);
    const dupTaken = new Set([...absent, ...typos]);
    const duplicates = this.choose(n, opts.duplicates ?? 0, dupTaken);
    const invalidTaken = new Set([...absent]);
    const invalid = this.choose(n, opts.invalidNipAttempts ?? 0, invalidTaken);
    const spacing = (opts.spacingMinutes ?? 1.5) * 60_000;
    const lateMs = (opts.lateAfterMinutes ?? 3 * 24 * 60) * 60_000;

    const order = [...Array(n).keys()];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(this.rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }

    const report: SimulationReport = { submitted: [], rejected: [], absent: [] };
    let t = opts.start.getTime();
    const submit = (p: SimParticipant, index: number, nip: string, kind: SubmissionKind, at: number) => {
      const accuracy = p.accuracy ?? opts.accuracy ?? 0.45 + 0.5 * this.rand();
      const { answers, correct, keyed } = this.answersFor(f, p, index, accuracy, opts, nip);
      try {
        const r = submitResponse(form, answers, { email: p.email, at: new Date(at) });
        report.submitted.push({
          nip: p.nip,
          name: p.name,
          submittedNip: nip,
          kind,
          at: r.timestamp,
          responseId: r.id,
          correct,
          keyed,
        });
      } catch (e) {
        report.rejected.push({ nip: p.nip, name: p.name, attemptedNip: nip, reason: (e as Error).message });
      }
    };

    for (const index of order) {
      const p = roster[index];
      if (absent.has(index)) {
        report.absent.push(p.nip);
        continue;
      }
      t += Math.round(spacing * (0.4 + 1.2 * this.rand()));
      if (invalid.has(index)) submit(p, index, p.nip.slice(0, -1), 'normal', t);
      const at = late.has(index) ? opts.start.getTime() + lateMs + Math.round(this.rand() * 3_600_000) : t;
      const nip = typos.has(index) ? this.typoNip(p.nip) : p.nip;
      submit(p, index, nip, typos.has(index) ? 'typo' : late.has(index) ? 'late' : 'normal', at);
      if (duplicates.has(index)) {
        submit(p, index, p.nip, 'duplicate', at + 5 * 60_000 + Math.round(this.rand() * 20 * 60_000));
      }
    }
    return report;
  }
}
