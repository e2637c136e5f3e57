// One normalised answer row for both response sources (a form read through FormApp, or its linked response sheet),
// the two readers that make it, and the one mapper from answer rows into the response model (DESIGN §3.3).
// Readers run at Tarik Respons and their rows are kept in the add-on's store; the mapper runs at every step.

import { asText, isBlank, isDate } from './cells';
import { CODE_DIGITS } from './checkin';
import { type FormSnapshot, itemRoles, type SnapshotResponse } from './formResponses';
import type { EvaluationResponse, FormKind, FormRecord, Responses, Source } from './model';
import type { Problems } from './problems';
import {
  gridSubject,
  parseScoreCell,
  parseSessionAnswer,
  responseColumns,
  responseRows,
} from './responseSheets';
import { formatStamp, type ScoreFault, scoreFault, shownNumber } from './scoreDomain';

/** What a response answered, by kind: only the fields of the form's kind are set. */
export interface Answers {
  /** Tests: the answer per question No (text as given; matched against Soal later). */
  questions?: Record<number, string>;
  /** Tests: a score that could not be read, or is outside its domain; the response is then not scored. */
  badScore?: BadScore;
  /** Presensi: the session answer as given (a sheet may have typed it), as shown, and its column. */
  session?: unknown;
  sessionShown?: string;
  sessionColumn?: string;
  /** Presensi: the Kode Sesi answer (issue 16); absent when the form has no Kode Sesi question. */
  code?: string;
  /** Evaluasi / Pasca Pelatihan. */
  ratings?: EvaluationResponse['ratings'];
  comments?: string[];
}

/**
 * A score not used, and why: unreadable (no `fault`: a Peringatan), or outside its domain (`fault`: an Error) on a
 * route: a response sheet's Skor cell, a quiz's score through FormApp (`item`: the item whose score is wrong, else
 * the total), or the add-on's store edited by hand (`at`: the store's cell).
 */
export interface BadScore {
  shown: string;
  column: string;
  fault?: ScoreFault;
  route?: ScoreRoute;
  item?: string;
  at?: { sheet: string; row: number };
}

export type ScoreRoute = 'sheet' | 'form' | 'store';

/** One response, whichever source it came from. */
export interface AnswerRow {
  /** The form's ID, or `lembar:<sheet name>` for a form known only by its response sheet. */
  source: string;
  /** FormApp's response ID, or `<sheet>#<row>` on the sheet-only route. */
  responseId: string;
  trainingCode: string;
  kind: FormKind;
  /** The NIP answer exactly as read: FormApp's string, or a sheet's cell (a number there is already damaged). */
  nip: unknown;
  timestamp: Date | null;
  /** The name answer (tests), else ''. */
  name: string;
  /** Points and their maximum when a quiz (or its sheet's Skor column) gave them. */
  points: number | null;
  maxPoints: number | null;
  answers: Answers;
  /** Where problems about this response point: the response sheet and its row. */
  src: Source;
}

/** The store's key of a ledger row's responses: its form ID, else its response sheet; '' when it has neither. */
export function sourceKey(form: Pick<FormRecord, 'formId' | 'responseSheet'>): string {
  if (form.formId) return form.formId;
  return form.responseSheet ? `lembar:${form.responseSheet}` : '';
}

const isTest = (k: FormKind): k is 'Pre-Test' | 'Post-Test' => k === 'Pre-Test' || k === 'Post-Test';

const text = (a: SnapshotResponse['answers'][number] | undefined): string =>
  a === undefined || a === null
    ? ''
    : Array.isArray(a)
      ? a.filter((x) => x !== null && x !== '').join(', ')
      : a;

/**
 * Rows of responses read through FormApp. `first` is the index of `snap.responses[0]` among all the form's
 * responses (a problem names the response's row, as the linked sheet would hold it). A form lacking its NIP (or,
 * for attendance, its Sesi) question gives no row and an error on its Formulir row.
 */
export function answersFromForm(
  form: FormRecord,
  snap: FormSnapshot,
  at: { source: string; ids: readonly string[]; first: number },
  problems: Problems,
): AnswerRow[] {
  const sheet = form.responseSheet || `Formulir ${form.kind} ${form.trainingCode}`;
  const roles = itemRoles(snap.items);
  const byRole = (r: string) => snap.items.filter((i) => roles.get(i.id)?.role === r);
  const nipItem = byRole('nip')[0];
  const nameItem = byRole('name')[0];
  const sessionItem = byRole('session')[0];
  const codeItem = byRole('code')[0];
  const title = form.title || form.formId;
  if (form.kind !== 'Evaluasi' && !nipItem) {
    problems.add('form.noNipQuestion', { ...form.src, column: 'ID Formulir' }, { title });
    return [];
  }
  if (form.kind === 'Presensi' && !sessionItem) {
    problems.add('form.noSessionQuestion', { ...form.src, column: 'ID Formulir' }, { title });
    return [];
  }
  return snap.responses.map((r, i) => {
    const answers: Answers = {};
    if (isTest(form.kind)) {
      const questions: Record<number, string> = {};
      for (const it of snap.items) {
        const role = roles.get(it.id);
        if (role?.role !== 'question' || role.no === undefined) continue;
        const a = text(r.answers[it.id]).trim();
        if (a) questions[role.no] = a;
      }
      answers.questions = questions;
    } else if (form.kind === 'Presensi') {
      const raw = sessionItem ? text(r.answers[sessionItem.id]) : '';
      answers.session = raw;
      answers.sessionShown = raw;
      answers.sessionColumn = sessionItem?.title ?? 'Sesi';
      if (codeItem) answers.code = text(r.answers[codeItem.id]).trim();
    } else {
      const ratings: EvaluationResponse['ratings'] = [];
      const comments: string[] = [];
      for (const it of snap.items) {
        const role = roles.get(it.id)?.role;
        const a = r.answers[it.id];
        if (role === 'grid') {
          const subject = gridSubject(it.title);
          if (!subject || !Array.isArray(a)) continue;
          it.rows.forEach((row, k) => {
            const v = a[k];
            if (v === null || v === undefined || isBlank(v)) return;
            ratings.push({ subject, aspect: row, value: v, column: `${it.title} [${row}]` });
          });
        } else if (role === 'other') {
          const s = asText(text(a));
          if (s) comments.push(s);
        }
      }
      answers.ratings = ratings;
      answers.comments = comments;
    }
    let points: number | null = null;
    let maxPoints: number | null = null;
    if (snap.isQuiz && r.score !== null && isTest(form.kind)) {
      const q = quizScore(snap, r);
      if ('shown' in q) answers.badScore = q;
      else if (q.max !== null) {
        points = q.points;
        maxPoints = q.max;
      }
    }
    return {
      source: at.source,
      responseId: at.ids[i] ?? '',
      trainingCode: form.trainingCode,
      kind: form.kind,
      // the NIP answer as FormApp gives it: an exact string, never a number (18 digits stay whole)
      nip: nipItem ? (r.answers[nipItem.id] ?? '') : '',
      timestamp: r.timestamp,
      name: isTest(form.kind) && nameItem ? text(r.answers[nameItem.id]).trim() : '',
      points,
      maxPoints,
      answers,
      src: { sheet, row: at.first + i + 2 },
    };
  });
}

/**
 * A quiz response's points of the quiz's maximum, each item's score checked against its points and the total
 * against the maximum: a score Google gives (a grade set by hand included) outside them is a BadScore. A quiz
 * whose items carry no points has no score (`max` null): the answers are then checked against Soal.
 */
export function quizScore(
  snap: Pick<FormSnapshot, 'items' | 'maxPoints'>,
  r: Pick<SnapshotResponse, 'score' | 'itemScores'>,
): { points: number; max: number | null } | BadScore {
  const max = snap.maxPoints ?? 0;
  const bad = (fault: ScoreFault, shown: string, item?: string): BadScore => ({
    shown,
    column: item ?? 'Skor',
    fault,
    route: 'form',
    ...(item === undefined ? {} : { item }),
  });
  const graded = snap.items.filter((i) => i.points !== undefined);
  let total = r.score;
  if (r.itemScores && r.itemScores.length === graded.length) {
    total = 0;
    for (let k = 0; k < graded.length; k++) {
      const raw = r.itemScores[k];
      // an unanswered or ungraded item gives no points
      const v = raw === null || raw === undefined ? 0 : raw;
      const p = graded[k].points as number;
      const fault =
        typeof v !== 'number' || !Number.isFinite(v)
          ? 'notNumber'
          : v < 0
            ? 'negative'
            : v > p
              ? 'aboveMax'
              : null;
      if (fault) return bad(fault, `${shownNumber(v)} / ${shownNumber(p)}`, graded[k].title);
      total += v as number;
    }
  }
  if (max === 0 && total === 0) return { points: 0, max: null };
  const fault = scoreFault(total, max);
  return fault ? bad(fault, `${shownNumber(total)} / ${shownNumber(max)}`) : { points: total as number, max };
}

/**
 * A Kode Sesi cell of a linked sheet: Sheets reads a typed "012345" as the number 12345 (GAS-FACTS), and a code is
 * always 6 digits, so a whole number below 10⁶ is padded back; anything else as text.
 */
function codeCell(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10 ** CODE_DIGITS)
    return String(v).padStart(CODE_DIGITS, '0');
  return asText(v);
}

/**
 * Rows of a response sheet (header in row 1, read by header name in either locale). `rows` are the indices of the
 * rows to read (default: every non-blank one); `ids` their response IDs (default `<sheet>#<row>`). A sheet lacking
 * the NIP (or Sesi) column the kind needs gives no row and an error on its header row.
 */
export function answersFromSheet(
  values: readonly (readonly unknown[])[],
  form: FormRecord,
  at: { source: string; rows?: readonly number[]; ids?: readonly string[] },
  problems: Problems,
): AnswerRow[] {
  const sheet = form.responseSheet;
  if (!values.length) return [];
  const head = values[0];
  const cols = responseColumns(head);
  // evaluation and follow-up forms may be anonymous (DESIGN §4.7); tests and attendance need the NIP
  if ((isTest(form.kind) || form.kind === 'Presensi') && cols.nip < 0) {
    problems.add('form.noNipColumn', { sheet, row: 1, column: 'NIP' }, { sheet });
    return [];
  }
  if (form.kind === 'Presensi' && cols.session < 0) {
    problems.add('form.noSessionColumn', { sheet, row: 1, column: 'Sesi' }, { sheet });
    return [];
  }
  const which = at.rows ?? responseRows(values);
  return which.map((r, k) => {
    const row = values[r];
    const answers: Answers = {};
    let points: number | null = null;
    let maxPoints: number | null = null;
    if (isTest(form.kind)) {
      const questions: Record<number, string> = {};
      for (const [no, c] of cols.questions) {
        const a = asText(row[c]);
        if (a) questions[no] = a;
      }
      answers.questions = questions;
      if (cols.score >= 0) {
        // a quiz's response sheet: the score column is the result; answers are re-checked only without one (§3.3)
        const s = parseScoreCell(row[cols.score]);
        const fault = s ? scoreFault(s.points, s.max) : null;
        if (s && !fault) {
          points = s.points;
          maxPoints = s.max;
        } else {
          const cell = row[cols.score];
          answers.badScore = {
            shown: typeof cell === 'number' ? shownNumber(cell) : asText(cell),
            column: asText(head[cols.score]),
            ...(fault ? { fault, route: 'sheet' as const } : {}),
          };
        }
      }
    } else if (form.kind === 'Presensi') {
      answers.session = row[cols.session];
      answers.sessionShown = asText(row[cols.session]);
      answers.sessionColumn = asText(head[cols.session]);
      if (cols.code >= 0) answers.code = codeCell(row[cols.code]);
    } else {
      const ratings: EvaluationResponse['ratings'] = [];
      for (const g of cols.grids) {
        if (!g.subject || isBlank(row[g.col])) continue;
        ratings.push({ subject: g.subject, aspect: g.row, value: row[g.col], column: g.header });
      }
      answers.ratings = ratings;
      answers.comments = cols.other.map((c) => asText(row[c])).filter((s) => s !== '');
    }
    const stamp = cols.timestamp >= 0 ? row[cols.timestamp] : null;
    return {
      source: at.source,
      responseId: at.ids?.[k] ?? `${sheet}#${r + 1}`,
      trainingCode: form.trainingCode,
      kind: form.kind,
      nip: cols.nip >= 0 ? row[cols.nip] : '',
      timestamp: isDate(stamp) ? stamp : null,
      name: isTest(form.kind) && cols.name >= 0 ? asText(row[cols.name]) : '',
      points,
      maxPoints,
      answers,
      src: { sheet, row: r + 1 },
    };
  });
}

/**
 * The one mapper: a ledger form's stored answer rows into the response model, in their order. The ledger row
 * names the training and kind (as it does today, so a corrected Kode Kegiatan applies without a new import).
 * A response whose score or session cannot be read is reported on its sheet row and left out.
 */
export function mapAnswers(
  form: FormRecord,
  rows: readonly AnswerRow[],
  out: Responses,
  problems: Problems,
): void {
  for (const r of rows) {
    const a = r.answers;
    if (isTest(form.kind)) {
      // the one check every route passes: a score outside its domain is an Error and the response is not scored
      const fault =
        a.badScore?.fault ?? (r.points !== null ? scoreFault(r.points, r.maxPoints ?? 100) : null);
      if (fault) {
        const bad = a.badScore?.fault ? a.badScore : null;
        const route: ScoreRoute = bad?.route ?? (r.source.startsWith('lembar:') ? 'sheet' : 'form');
        problems.add(
          'response.scoreOutOfRange',
          bad?.at ? { ...bad.at, column: bad.column } : { ...r.src, column: bad?.column ?? 'Skor' },
          {
            shown: bad?.shown ?? `${shownNumber(r.points)} / ${shownNumber(r.maxPoints ?? 100)}`,
            fault,
            route,
            kind: form.kind,
            code: form.trainingCode,
            form: form.title || form.formId || form.responseSheet,
            nip: asText(r.nip),
            time: r.timestamp ? formatStamp(r.timestamp) : '',
            item: bad?.item ?? '',
          },
        );
        continue;
      }
      if (a.badScore) {
        problems.add(
          'response.scoreUnreadable',
          { ...r.src, column: a.badScore.column },
          { shown: a.badScore.shown },
        );
        continue;
      }
      out.tests.push({
        src: r.src,
        trainingCode: form.trainingCode,
        kind: form.kind,
        timestamp: r.timestamp,
        nipRaw: r.nip,
        name: r.name,
        points: r.points,
        maxPoints: r.maxPoints,
        answers: a.questions ?? {},
      });
    } else if (form.kind === 'Presensi') {
      const session = parseSessionAnswer(a.session);
      if (session === null) {
        problems.add(
          'response.sessionUnreadable',
          { ...r.src, column: a.sessionColumn ?? 'Sesi' },
          { shown: a.sessionShown ?? '' },
        );
        continue;
      }
      out.attendance.push({
        src: r.src,
        trainingCode: form.trainingCode,
        timestamp: r.timestamp,
        nipRaw: r.nip,
        session,
        ...(a.code === undefined ? {} : { code: a.code }),
        form: form.title || form.formId || form.responseSheet,
      });
    } else {
      out.evaluations.push({
        src: r.src,
        trainingCode: form.trainingCode,
        kind: form.kind === 'Pasca Pelatihan' ? 'Pasca Pelatihan' : 'Evaluasi',
        timestamp: r.timestamp,
        nipRaw: r.nip,
        ratings: a.ratings ?? [],
        comments: a.comments ?? [],
      });
    }
  }
}

/** A form's snapshot straight into the model (reader + mapper; the add-on keeps the rows in its store between). */
export function mapFormResponses(
  form: FormRecord,
  snap: FormSnapshot,
  out: Responses,
  problems: Problems,
): number {
  const rows = answersFromForm(form, snap, { source: sourceKey(form), ids: [], first: 0 }, problems);
  mapAnswers(form, rows, out, problems);
  return rows.length;
}

/** A response sheet straight into the model (reader + mapper), as mapFormResponses. */
export function readResponseSheet(
  values: readonly (readonly unknown[])[],
  form: FormRecord,
  out: Responses,
  problems: Problems,
): number {
  const rows = answersFromSheet(values, form, { source: sourceKey(form) }, problems);
  mapAnswers(form, rows, out, problems);
  return rows.length;
}
