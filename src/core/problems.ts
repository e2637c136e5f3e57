// Problems: bad input as data (code, level, sheet, row, column, message, suggestion), collected and written to
// `Masalah`. Each kind has a code (src/core/problemCodes.ts); its text is rendered from the catalog.

import { PROBLEM_TEXT } from '../text/id/problems';
import {
  PROBLEM_LEVELS,
  type ProblemCode,
  type ProblemParams,
  type ProblemText,
  type Severity,
} from './problemCodes';

export type { ProblemCode, Severity } from './problemCodes';

export interface Problem {
  code: ProblemCode;
  level: Severity;
  /** Sheet name as the person sees it. */
  sheet: string;
  /** 1-based row number in the sheet, or null when the problem is about the whole sheet. */
  row: number | null;
  /** Column header (canonical name) or '' for the whole row/sheet. */
  column: string;
  /** What is wrong, in Indonesian. */
  message: string;
  /** What to do about it, in Indonesian. */
  suggestion: string;
  /** The training the problem concerns, when known where it was raised (the certificate gate uses it). */
  trainingCode?: string;
  /**
   * The cell whose problem causes this one (placeKey), when the raiser knows it: a row that cannot be used because
   * the participant's NIP in Peserta is damaged, a score missing because its response could not be matched.
   * foldByCause puts this problem under its cause when the cause is reported too.
   */
  follows?: string;
  /** Problems folded under this one (foldByCause): what fixing this one also fixes. */
  consequences?: Consequence[];
}

/** A problem folded under its cause: where it is and what it says. */
export interface Consequence {
  level: Severity;
  sheet: string;
  row: number | null;
  column: string;
  message: string;
}

/** Where a problem is: the sheet, the 1-based row (null for the whole sheet) and the column header. */
export interface ProblemAt {
  sheet: string;
  row: number | null;
  column?: string;
  /** The training the row belongs to (Kode Kegiatan), when known; else a `code` parameter names it. */
  trainingCode?: string;
  /** The cell whose problem causes this one (see Problem.follows). */
  follows?: { sheet: string; row: number | null; column: string };
}

/** A cell's identity for Problem.follows. */
export const placeKey = (at: { sheet: string; row: number | null; column?: string }): string =>
  `${at.sheet}\u0001${at.row ?? ''}\u0001${at.column ?? ''}`;

/** The parameters a code takes: none for a code whose text is fixed. */
type ParamArgs<C extends ProblemCode> = keyof ProblemParams[C] extends never
  ? []
  : [params: ProblemParams[C]];

const render = <P>(t: ProblemText<P>, params: P): string => (typeof t === 'string' ? t : t(params));

/** A problem of a kind, its text rendered from the catalog. */
export function problem<C extends ProblemCode>(code: C, at: ProblemAt, ...[params]: ParamArgs<C>): Problem {
  const text = PROBLEM_TEXT[code];
  const p = (params ?? {}) as ProblemParams[C];
  const named = (p as { code?: unknown }).code;
  const trainingCode = at.trainingCode ?? (typeof named === 'string' ? named : undefined);
  return {
    code,
    level: PROBLEM_LEVELS[code],
    sheet: at.sheet,
    row: at.row,
    column: at.column ?? '',
    message: render(text.message, p),
    suggestion: render(text.suggestion, p),
    ...(trainingCode === undefined ? {} : { trainingCode }),
    ...(at.follows ? { follows: placeKey(at.follows) } : {}),
  };
}

/** How a sheet was read, as far as a problem's place needs it: its columns by header and its training per row. */
export interface SheetPlaces {
  /** Header (as the contract names it, and as written) → 0-based column, compared with headerKey. */
  columns: ReadonlyMap<string, number>;
  /** The training a 1-based row belongs to (its Kode Kegiatan as typed), or undefined. */
  trainingAt?: (row: number) => string | undefined;
  /** The training every row of the sheet belongs to (a form's response sheet). */
  training?: string;
}

/** A header compared as the readers compare it: case-insensitive, spaces collapsed. */
export const headerKey = (h: string): string => h.trim().replace(/\s+/g, ' ').toLowerCase();

/** Collects problems; features pass one around instead of throwing on bad input. */
export class Problems {
  readonly list: Problem[] = [];
  /** How each sheet was read (noteSheet), for placeOf: the training a problem concerns and its cell's column. */
  private readonly sheets = new Map<string, SheetPlaces>();

  /** Records how a sheet was read (the table reader, the forms registry); a later note adds to an earlier one. */
  noteSheet(sheet: string, places: Partial<SheetPlaces>): void {
    const had = this.sheets.get(sheet);
    this.sheets.set(sheet, { ...had, ...places, columns: places.columns ?? had?.columns ?? new Map() });
  }

  /**
   * Where a problem is, as `Masalah` shows it (issue 14 item 3): the training it concerns (its own, else the row's
   * or the sheet's) and its cell's 1-based column when the column is one the reader found (else null).
   */
  placeOf(p: Pick<Problem, 'sheet' | 'row' | 'column' | 'trainingCode'>): {
    trainingCode: string | undefined;
    column: number | null;
  } {
    const s = this.sheets.get(p.sheet);
    const training =
      p.trainingCode ?? (p.row !== null ? s?.trainingAt?.(p.row) : undefined) ?? s?.training ?? undefined;
    const i = p.column ? s?.columns.get(headerKey(p.column)) : undefined;
    return { trainingCode: training || undefined, column: i === undefined ? null : i + 1 };
  }

  /** Adds a problem of a kind at a place (`add(code, at, params)`), or a problem already made. */
  add(p: Problem): void;
  add<C extends ProblemCode>(code: C, at: ProblemAt, ...params: ParamArgs<C>): void;
  add(first: Problem | ProblemCode, at?: ProblemAt, params?: never): void {
    if (typeof first !== 'string') this.list.push(first);
    else
      this.list.push((problem as (c: ProblemCode, a: ProblemAt, p?: unknown) => Problem)(first, at!, params));
  }

  /** Removes the problems `said` already says better (a step's fuller problem on the same cell), in place. */
  drop(said: (p: Problem) => boolean): void {
    this.list.splice(0, this.list.length, ...this.list.filter((p) => !said(p)));
  }

  addAll(ps: readonly Problem[]): void {
    for (const p of ps) this.list.push(p);
  }

  /** Gives every problem the training it concerns when the place it is in says so (placeOf), in place. */
  place(): void {
    for (let i = 0; i < this.list.length; i++) {
      const p = this.list[i];
      if (p.trainingCode !== undefined) continue;
      const { trainingCode } = this.placeOf(p);
      if (trainingCode !== undefined) this.list[i] = { ...p, trainingCode };
    }
  }

  /** Puts every problem whose cause is reported under that cause (foldByCause), in place: one entry per cause. */
  fold(): void {
    this.list.splice(0, this.list.length, ...foldByCause(this.list));
  }

  /** The codes in the order added (what tests assert). */
  codes(): string[] {
    return this.list.map((p) => p.code);
  }

  get errors(): number {
    return this.list.filter((p) => p.level === 'Error').length;
  }

  get warnings(): number {
    return this.list.filter((p) => p.level === 'Peringatan').length;
  }
}

/**
 * A reporter for responses whose Kode Kegiatan is not in `Kegiatan`: one Peringatan per response sheet and code
 * (a form for a deleted training can hold hundreds of rows), however many rows it is called for.
 */
export function unknownTrainingReporter(
  problems: Problems,
): (r: { src: { sheet: string }; trainingCode: string; kind: string }) => void {
  const seen = new Set<string>();
  return (r) => {
    const k = `${r.src.sheet}\u0001${r.trainingCode}`;
    if (seen.has(k)) return;
    seen.add(k);
    problems.add(
      'response.trainingUnknown',
      { sheet: r.src.sheet, row: null },
      { kind: r.kind, code: r.trainingCode },
    );
  };
}

/** Problems ordered for display: errors first, then by sheet, row, column. */
export function sortProblems(ps: readonly Problem[]): Problem[] {
  const lv = (p: Problem) => (p.level === 'Error' ? 0 : 1);
  return [...ps].sort(
    (a, b) =>
      lv(a) - lv(b) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      a.column.localeCompare(b.column) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * One entry per cause (issue 14 item 3): a problem whose `follows` names a cell that has a problem of its own is
 * removed from the list and kept in that problem's `consequences` (through chains: a missing score that follows an
 * unmatched response that follows a damaged NIP in Peserta goes under the NIP). A follower whose cause is not
 * reported, or that follows round in a cycle, stays as it is. The cause keeps its level; what it causes is said with it (CONSEQUENCES_TEXT).
 */
export function foldByCause(list: readonly Problem[]): Problem[] {
  const byPlace = new Map<string, number>();
  list.forEach((p, i) => {
    const k = placeKey(p);
    // the first problem of a cell is its cause; an Error before a Peringatan
    const j = byPlace.get(k);
    if (j === undefined || (list[j].level !== 'Error' && p.level === 'Error')) byPlace.set(k, i);
  });
  const rootOf = (i: number): number => {
    const seen = new Set<number>([i]);
    let at = i;
    for (;;) {
      const f = list[at].follows;
      const next = f === undefined ? undefined : byPlace.get(f);
      if (next === undefined) return at;
      // a cycle has no cause to fold under: each stays where it is
      if (seen.has(next)) return i;
      seen.add(next);
      at = next;
    }
  };
  const under = new Map<number, Consequence[]>();
  const folded = new Set<number>();
  list.forEach((p, i) => {
    if (p.follows === undefined) return;
    const root = rootOf(i);
    if (root === i) return;
    folded.add(i);
    const c = under.get(root) ?? [];
    c.push({ level: p.level, sheet: p.sheet, row: p.row, column: p.column, message: p.message });
    under.set(root, c);
  });
  return list.flatMap((p, i) => {
    if (folded.has(i)) return [];
    const c = under.get(i);
    return c ? [{ ...p, consequences: [...(p.consequences ?? []), ...c] }] : [p];
  });
}
