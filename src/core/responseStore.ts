// The response store as plain data: answer rows and each form's import record to and from the cells of the store
// sheets (STORES in src/core/schema.ts). Timestamps are kept as ISO text with milliseconds, answers as JSON in
// which a date stays a date, so a row read back is the row written.

import type { AnswerRow, Answers } from './answers';
import { isBlank, isDate } from './cells';
import type { FormKind } from './model';
import type { Problem } from './problems';
import { STORES } from './schema';
import { scoreFault, shownNumber } from './scoreDomain';

/** How a form's responses were read at its last import. */
export type ImportPath = 'FormApp' | 'Lembar+FormApp' | 'Lembar' | 'Tidak ada';

/** What the store keeps about one form (one source): how and when it was imported, and its form-level problems. */
export interface FormImport {
  source: string;
  trainingCode: string;
  kind: FormKind;
  path: ImportPath;
  /** Answer rows stored for it. */
  count: number;
  importedAt: Date | null;
  /** The response sheet read or checked at that import ('' when none) and its last row then (null: none). */
  sheet: string;
  sheetRows: number | null;
  /** Problems of the form as a whole found at that import; every step reports them again. */
  problems: Problem[];
  /** False when the time budget cut the import short: the next run goes on from the last stored response. */
  complete: boolean;
}

export const ANSWER_HEADERS = STORES.responses.columns.map((c) => c.header);
export const IMPORT_HEADERS = STORES.responseForms.columns.map((c) => c.header);

/** Below a cell's 50,000 characters, with room for the safe-text apostrophe. */
const MAX_JSON = 49_000;

const PATHS: readonly ImportPath[] = ['FormApp', 'Lembar+FormApp', 'Lembar', 'Tidak ada'];

/** JSON in which a Date survives (`{"$d": ms}`); other values as JSON has them. */
export function encodeJson(v: unknown): string {
  return JSON.stringify(v, function (this: Record<string, unknown>, key: string, value: unknown) {
    const orig = this[key];
    return isDate(orig) ? { $d: orig.getTime() } : value;
  });
}

export function decodeJson(s: string): unknown {
  return JSON.parse(s, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && typeof v.$d === 'number' && Object.keys(v).length === 1
      ? new Date(v.$d)
      : v,
  );
}

const iso = (d: Date | null): string => (d ? d.toISOString() : '');
const fromIso = (v: unknown): Date | null => {
  if (isDate(v)) return v;
  if (typeof v !== 'string' || v === '') return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** One answer row as the store's cells (column order of STORES.responses). */
export function answerCells(r: AnswerRow): unknown[] {
  // a NIP that is not text (a sheet's number, already damaged) keeps its type in the JSON; the column shows its text
  const payload: { a: Answers; n?: unknown } = { a: r.answers };
  if (typeof r.nip !== 'string') payload.n = r.nip;
  let json = encodeJson(payload);
  if (json.length > MAX_JSON && r.answers.comments) {
    // a cell holds 50,000 characters: very long suggestions are shortened, so the row stays readable JSON
    const room = Math.floor(MAX_JSON / (2 * Math.max(1, r.answers.comments.length)));
    payload.a = {
      ...r.answers,
      comments: r.answers.comments.map((c) => (c.length > room ? `${c.slice(0, room)}…` : c)),
    };
    json = encodeJson(payload);
  }
  return [
    r.source,
    r.responseId,
    r.trainingCode,
    r.kind,
    str(r.nip),
    iso(r.timestamp),
    r.name,
    r.points ?? '',
    r.maxPoints ?? '',
    json,
    r.src.sheet,
    r.src.row,
  ];
}

/**
 * The answer row of a store row (`row`: its row in the store sheet); null for a row the add-on cannot read (it is
 * then dropped at the next import). Points edited by hand (or left by an older version) outside their domain are
 * not used: the row keeps them as a BadScore at the store's cell, and the next import reads the response again.
 */
export function answerFromCells(c: readonly unknown[], row = 0): AnswerRow | null {
  const source = str(c[0]);
  if (!source) return null;
  let payload: { a?: Answers; n?: unknown };
  try {
    payload = decodeJson(str(c[9])) as typeof payload;
  } catch {
    return null;
  }
  if (!payload || typeof payload !== 'object' || !payload.a || typeof payload.a !== 'object') return null;
  let answers = payload.a;
  let points = num(c[7]);
  let maxPoints = num(c[8]);
  if (!isBlank(c[7])) {
    const max = isBlank(c[8]) ? 100 : c[8];
    const fault = scoreFault(c[7], max);
    if (fault) {
      const shown = (v: unknown) => (typeof v === 'number' ? shownNumber(v) : str(v));
      answers = {
        ...answers,
        badScore: {
          shown: `${shown(c[7])} / ${shown(max)}`,
          column: STORES.responses.columns[7].header,
          fault,
          route: 'store',
          at: { sheet: STORES.responses.name, row },
        },
      };
      points = null;
      maxPoints = null;
    }
  }
  return {
    source,
    responseId: str(c[1]),
    trainingCode: str(c[2]),
    kind: str(c[3]) as FormKind,
    nip: 'n' in payload ? payload.n : str(c[4]),
    timestamp: fromIso(c[5]),
    name: str(c[6]),
    points,
    maxPoints,
    answers,
    src: { sheet: str(c[10]), row: num(c[11]) ?? 0 },
  };
}

export function importCells(f: FormImport): unknown[] {
  return [
    f.source,
    f.trainingCode,
    f.kind,
    f.path,
    f.count,
    iso(f.importedAt),
    f.sheet,
    f.sheetRows ?? '',
    encodeJson(f.problems),
    f.complete,
  ];
}

export function importFromCells(c: readonly unknown[]): FormImport | null {
  const source = str(c[0]);
  const path = str(c[3]) as ImportPath;
  if (!source || !PATHS.includes(path)) return null;
  let problems: Problem[] = [];
  try {
    const p = decodeJson(str(c[8]) || '[]');
    if (Array.isArray(p)) problems = p as Problem[];
  } catch {
    // unreadable: the form is imported again from scratch
    return null;
  }
  return {
    source,
    trainingCode: str(c[1]),
    kind: str(c[2]) as FormKind,
    path,
    count: num(c[4]) ?? 0,
    importedAt: fromIso(c[5]),
    sheet: str(c[6]),
    sheetRows: num(c[7]),
    problems,
    complete: c[9] !== false,
  };
}

/** The store's contents, by source, in stored order. */
export interface StoreContents {
  answers: Map<string, AnswerRow[]>;
  imports: Map<string, FormImport>;
}

const sameHeader = (row: readonly unknown[] | undefined, want: readonly string[]) =>
  !!row && want.every((h, i) => str(row[i]) === h);

/**
 * The store from the two sheets' values (header in row 1). A sheet whose header is not the add-on's is read as
 * empty, so everything is imported again rather than read wrong.
 */
export function parseStore(answers: readonly unknown[][], imports: readonly unknown[][]): StoreContents {
  const out: StoreContents = { answers: new Map(), imports: new Map() };
  if (sameHeader(answers[0], ANSWER_HEADERS)) {
    for (let i = 1; i < answers.length; i++) {
      const r = answerFromCells(answers[i], i + 1);
      if (!r) continue;
      const list = out.answers.get(r.source);
      if (list) list.push(r);
      else out.answers.set(r.source, [r]);
    }
  }
  if (sameHeader(imports[0], IMPORT_HEADERS)) {
    for (let i = 1; i < imports.length; i++) {
      const f = importFromCells(imports[i]);
      if (f) out.imports.set(f.source, f);
    }
  }
  return out;
}
