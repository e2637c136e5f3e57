// Typed cell readers, one per column type of the schema (src/core/schema.ts): a raw getValues cell becomes a
// typed value, and a cell that is not of its column's type is reported at that cell. The workbook parser
// applies them from the SHEETS definitions; only cross-row and cross-sheet rules are written by hand.

import {
  asBool,
  asCode,
  asDate,
  asMinutes,
  asNumber,
  asText,
  formatDateId,
  fromFraction,
  isBlank,
  isDate,
  isPercentFormat,
  percentText,
} from './cells';
import { checkNip, type NipCheck } from './nip';
import type { CellProblemCode, NumberParams, ProblemCode } from './problemCodes';
import type { Problems } from './problems';
import { type ColumnDef, type ColumnType, SHEETS, type SheetKey } from './schema';
import type { TableRow } from './table';

/** A NIP cell as read: the (memoised) check of the cell, or NO_NIP for a blank cell. */
export type NipCell = Readonly<NipCheck>;
export const NO_NIP: NipCell = Object.freeze({
  nip: '',
  ok: false,
  kind: null,
  numberTyped: false,
  reason: '',
});

/** The typed value of a cell, per column type; null (or '') for a blank or unreadable cell. */
export interface CellValues {
  text: string;
  code: string;
  nip: NipCell;
  date: Date | null;
  time: number | null;
  datetime: Date | null;
  integer: number | null;
  number: number | null;
  score: number | null;
  percent: number | null;
  bool: boolean | null;
  choice: string;
}

/** What a column asks of its cells beyond its type (the schema says which columns a sheet must have). */
export interface CellRule {
  /** A blank cell is this problem (the cell must be filled). */
  blank?: CellProblemCode;
  /** choice: a value not among the choices is this Error and reads as ''; without it, a Peringatan, read as typed. */
  invalid?: CellProblemCode;
  /** integer, number, score, percent: the allowed range (score and percent default to 0–100). */
  min?: number;
  max?: number;
  /** nip: read without reporting (a NIP that is not a participant's, checked by hand or not at all). */
  silent?: boolean;
}

/** What the readers need: the spreadsheet's zone, where problems go, and a cache of code cells. */
export interface CellContext {
  tz: string;
  problems: Problems;
  /** Codes by raw cell (a training code repeats on every row of a large sheet). */
  codes: Map<unknown, string>;
  /** The run's "now": it sets the window of plausible dates (see dateWindow). */
  now: Date;
}

/** A sheet's number formats (one getNumberFormats over the range of its getValues) and its columns by field key. */
export interface CellFormats {
  grid: readonly (readonly string[])[];
  columns: ReadonlyMap<string, number>;
}

/**
 * The dates a date column may hold: 1 January 2000 to 31 December of the run's year + 2. A training of this
 * programme before 2000 does not exist, and one planned more than two years ahead is a typing error; outside the
 * window a date is most often a time or a plain number typed into a date cell (0 is 30/12/1899, Sheets' day zero).
 * Such a date is an Error at its cell and is not used (a training's year, its JP credit, a session's day).
 */
export const DATE_WINDOW = { firstYear: 2000, yearsAhead: 2 } as const;

export function dateWindow(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(DATE_WINDOW.firstYear, 0, 1),
    to: new Date(now.getFullYear() + DATE_WINDOW.yearsAhead, 11, 31),
  };
}

interface Spec {
  sheet: string;
  header: string;
  /** `<sheet key>.<column key>`, how a number problem names its field. */
  field: string;
  rule: CellRule;
  /** choice: lower-case choice → the choice as the schema spells it. */
  choices: ReadonlyMap<string, string>;
  choiceList: readonly string[];
  read: Reader;
  /** The column's index in the sheet's number formats, when they were read. */
  formatColumn: number | undefined;
}

/** A cell read by its column's type; `fmt` is the cell's number format when the sheet's formats were read. */
type Reader = (
  raw: unknown,
  s: Spec,
  row: number,
  ctx: CellContext,
  fmt: string | undefined,
) => CellValues[ColumnType];

function report(ctx: CellContext, s: Spec, row: number, code: CellProblemCode, raw: unknown): void {
  ctx.problems.add(code, { sheet: s.sheet, row, column: s.header }, { column: s.header, text: asText(raw) });
}

/** A blank cell: reported when the rule says it must be filled. */
function blank<T>(ctx: CellContext, s: Spec, row: number, value: T): T {
  if (s.rule.blank) report(ctx, s, row, s.rule.blank, '');
  return value;
}

/**
 * A number column. The cell's number format is part of its meaning (Sheets stores a typed "90%" as 0.9 with a
 * format `0%`): in a column on 0–100 whose unit is percent (`percent`) a percent, typed in text or shown by the
 * format, is read as the percent shown (0.9 → 90); in any other column (JP, session numbers, counts, weights of
 * questions) it is an Error at the cell, as is a number that Sheets shows and returns as a date, time or duration.
 * Neither is ever guessed.
 */
function numberReader(
  code: ProblemCode & `${string}.invalid`,
  integer: boolean,
  range: CellRule,
  percent: boolean,
): Reader {
  return (raw, s, row, ctx, fmt) => {
    if (isBlank(raw)) return blank(ctx, s, row, null);
    const min = s.rule.min ?? range.min;
    const max = s.rule.max ?? range.max;
    const at = { sheet: s.sheet, row, column: s.header };
    if (isDate(raw)) {
      ctx.problems.add('number.dateFormat', at, {
        column: s.header,
        text: asText(raw),
        field: s.field,
        min,
        max,
      });
      return null;
    }
    const shownPercent =
      typeof raw === 'number' && isPercentFormat(fmt) ? fromFraction(raw) : percentText(raw);
    const text = typeof raw === 'number' && shownPercent !== undefined ? `${shownPercent}%` : asText(raw);
    if (shownPercent !== undefined && !percent) {
      ctx.problems.add('number.percentFormat', at, { column: s.header, text, field: s.field, min, max });
      return null;
    }
    const n = shownPercent ?? asNumber(raw);
    if (
      n === undefined ||
      (integer && !Number.isInteger(n)) ||
      (min !== undefined && n < min) ||
      (max !== undefined && n > max)
    ) {
      const params: NumberParams = { column: s.header, text, field: s.field, min, max };
      ctx.problems.add(code as 'number.invalid', at, params);
      return null;
    }
    return n;
  };
}

const READERS: { readonly [T in ColumnType]: Reader } = {
  text: (raw, s, row, ctx) => asText(raw) || blank(ctx, s, row, ''),
  code: (raw, s, row, ctx) => {
    let v = ctx.codes.get(raw);
    if (v === undefined) {
      v = asCode(raw);
      ctx.codes.set(raw, v);
    }
    return v || blank(ctx, s, row, '');
  },
  nip: (raw, s, row, ctx) => {
    if (isBlank(raw)) return blank(ctx, s, row, NO_NIP);
    const c = checkNip(raw);
    if (!c.ok && !s.rule.silent) {
      if (c.numberTyped) report(ctx, s, row, 'nip.numberTyped', raw);
      else
        ctx.problems.add(
          'nip.invalid',
          { sheet: s.sheet, row, column: s.header },
          { column: s.header, text: asText(raw), reason: c.reason },
        );
    }
    return c;
  },
  date: (raw, s, row, ctx) => {
    if (isBlank(raw)) return blank(ctx, s, row, null);
    const d = asDate(raw, ctx.tz);
    if (!d) {
      report(ctx, s, row, 'date.invalid', raw);
      return null;
    }
    const w = dateWindow(ctx.now);
    if (d < w.from || d > w.to) {
      ctx.problems.add(
        'date.implausible',
        { sheet: s.sheet, row, column: s.header },
        { column: s.header, text: formatDateId(d), from: formatDateId(w.from), to: formatDateId(w.to) },
      );
      return null;
    }
    return d;
  },
  time: (raw, s, row, ctx) => {
    if (isBlank(raw)) return blank(ctx, s, row, null);
    const m = asMinutes(raw, ctx.tz);
    if (m !== undefined) return m;
    report(ctx, s, row, 'time.invalid', raw);
    return null;
  },
  datetime: (raw) => (isDate(raw) ? raw : null),
  integer: numberReader('integer.invalid', true, {}, false),
  number: numberReader('number.invalid', false, {}, false),
  score: numberReader('score.invalid', false, { min: 0, max: 100 }, true),
  percent: numberReader('number.invalid', false, { min: 0, max: 100 }, true),
  bool: (raw, s, row, ctx) => {
    if (isBlank(raw)) return blank(ctx, s, row, null);
    const b = asBool(raw);
    if (b !== undefined) return b;
    report(ctx, s, row, 'bool.invalid', raw);
    return null;
  },
  choice: (raw, s, row, ctx) => {
    const v = asText(raw);
    if (!v) return blank(ctx, s, row, '');
    const hit = s.choices.get(v.toLowerCase());
    if (hit !== undefined) return hit;
    if (s.rule.invalid) {
      report(ctx, s, row, s.rule.invalid, raw);
      return '';
    }
    ctx.problems.add(
      'choice.unknown',
      { sheet: s.sheet, row, column: s.header },
      { column: s.header, text: v, choices: s.choiceList },
    );
    return v;
  },
};

// ---------------------------------------------------------------- typing the columns of a sheet

type Columns<K extends SheetKey> = (typeof SHEETS)[K]['columns'][number];
/** A column with literal key and type; the shared Kode Kegiatan column is declared as a plain ColumnDef. */
type Literal<C> = C extends { key: infer N; type: infer T }
  ? string extends N
    ? { key: 'trainingCode'; type: 'code' }
    : { key: N; type: T }
  : never;
/** The field keys of a sheet. */
export type FieldOf<K extends SheetKey> = Literal<Columns<K>>['key'];
/** The typed value of a sheet's field. */
export type ValueOf<K extends SheetKey, F extends FieldOf<K>> = CellValues[Extract<
  Literal<Columns<K>>,
  { key: F }
>['type'] &
  ColumnType];

/** Cell rules of a sheet's fields. */
export type SheetRules<K extends SheetKey> = { readonly [F in FieldOf<K>]?: CellRule };

/** Reads one cell of a row by field key, typed by the column's type; problems go to the context. */
export interface CellReader<K extends SheetKey> {
  <F extends FieldOf<K>>(r: TableRow, field: F): ValueOf<K, F>;
  /** The column's canonical header (problems about the cell name it). */
  header(field: FieldOf<K>): string;
}

/**
 * The cell reader of a sheet: each column read by the reader of its schema type, under its rule, with the cell's
 * number format when the sheet's formats are given.
 */
export function cellReader<K extends SheetKey>(
  key: K,
  rules: SheetRules<K>,
  ctx: CellContext,
  formats?: CellFormats,
): CellReader<K> {
  const def = SHEETS[key];
  const specs: Record<string, Spec> = {};
  for (const c of def.columns as readonly ColumnDef[]) {
    const choiceList = c.choices ?? [];
    const choices = new Map<string, string>();
    for (const ch of choiceList) if (!choices.has(ch.toLowerCase())) choices.set(ch.toLowerCase(), ch);
    specs[c.key] = {
      sheet: def.name,
      header: c.header,
      field: `${key}.${c.key}`,
      rule: (rules as Record<string, CellRule | undefined>)[c.key] ?? {},
      choices,
      choiceList,
      read: READERS[c.type],
      formatColumn: formats?.columns.get(c.key),
    };
  }
  const grid = formats?.grid;
  const read = (<F extends FieldOf<K>>(r: TableRow, field: F): ValueOf<K, F> => {
    const s = specs[field];
    const fmt = grid && s.formatColumn !== undefined ? grid[r.row - 1]?.[s.formatColumn] : undefined;
    return s.read(r.cells[field], s, r.row, ctx, fmt) as ValueOf<K, F>;
  }) as CellReader<K>;
  read.header = (field) => specs[field].header;
  return read;
}
