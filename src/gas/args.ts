// Argument checks of the RPC boundary: what google.script.run may hand a server function, checked before the feature
// runs. A wrong type or shape is an InvalidArgumentError with an Indonesian message, never a crash or a coercion.

import { InvalidArgumentError } from '../core/errors';
import { EXPECTED, INVALID, shownValue } from '../text/id/rpc';

/** How a refused argument is named in the message: a wrapper (nullable, optional, an option's field) says its own. */
interface Naming {
  label: string;
  expected: string;
}

/** A check of one argument: gives the value typed, or throws an InvalidArgumentError for the function `fn`. */
export interface Arg<T> {
  /** The parameter as the admin's message names it. */
  readonly label: string;
  readonly expected: string;
  parse(v: unknown, fn: string, as?: Naming): T;
}

function refuse(fn: string, as: Naming, v: unknown): InvalidArgumentError {
  return new InvalidArgumentError(INVALID.argument(fn, as.label, as.expected, shownValue(v)));
}

function arg<T>(label: string, expected: string, ok: (v: unknown) => v is T): Arg<T> {
  return {
    label,
    expected,
    parse(v, fn, as = { label, expected }) {
      if (ok(v)) return v;
      throw refuse(fn, as, v);
    },
  };
}

/**
 * Google's bounds an argument can be checked against without a service call (GAS-FACTS): a cell holds at most 50,000
 * characters, so a training code or a header longer than that cannot be one; a spreadsheet holds at most 10 million
 * cells, so no row number is larger; a sheet name is taken as at most 100 characters (the Sheets editor's limit as
 * users report it; unsure, so the stricter bound).
 */
export const LIMITS = { cellText: 50_000, cells: 10_000_000, sheetName: 100 } as const;

/** Text of at most `max` characters; `empty: false` also refuses '' and blanks (a training code, a sheet name). */
export function text(label: string, opts: { empty?: boolean; max: number }): Arg<string> {
  const empty = opts.empty !== false;
  return arg(
    label,
    EXPECTED.upTo(empty ? EXPECTED.text : EXPECTED.nonEmptyText, opts.max),
    (v): v is string => typeof v === 'string' && v.length <= opts.max && (empty || v.trim() !== ''),
  );
}

/** A whole number from `min` to `max`. */
export function integer(label: string, min: number, max: number): Arg<number> {
  return arg(
    label,
    EXPECTED.integer(min, max),
    (v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
  );
}

export function flag(label: string): Arg<boolean> {
  return arg(label, EXPECTED.flag, (v): v is boolean => typeof v === 'boolean');
}

/** The argument or null (google.script.run sends a missing or undefined argument as null or nothing). */
export function nullable<T>(a: Arg<T>): Arg<T | null> {
  const self = { label: a.label, expected: EXPECTED.orNull(a.expected) };
  return {
    ...self,
    parse: (v, fn, as = self) => (v === null || v === undefined ? null : a.parse(v, fn, as)),
  };
}

/** A trailing argument the caller may leave out (also sent as null). */
export function optional<T>(a: Arg<T>): Arg<T | undefined> {
  const self = { label: a.label, expected: EXPECTED.orNothing(a.expected) };
  return {
    ...self,
    parse: (v, fn, as = self) => (v === null || v === undefined ? undefined : a.parse(v, fn, as)),
  };
}

type Fields = Record<string, Arg<unknown>>;
/** Every field may be left out; a given one is checked. */
type OptionsOf<F extends Fields> = { [K in keyof F]?: F[K] extends Arg<infer T> ? T : never };

/** A plain object of optional fields; an unknown field is refused (a misspelt option must not be ignored). */
export function options<F extends Fields>(label: string, fields: F): Arg<OptionsOf<F>> {
  const keys = Object.keys(fields);
  const self = { label, expected: EXPECTED.options(keys) };
  return {
    ...self,
    parse(v, fn, as = self) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw refuse(fn, as, v);
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const field = keys.includes(k) ? fields[k] : undefined;
        if (!field) throw new InvalidArgumentError(INVALID.option(fn, label, k));
        if (x !== undefined && x !== null)
          out[k] = field.parse(x, fn, { label: `${label} ${field.label}`, expected: field.expected });
      }
      return out as OptionsOf<F>;
    },
  };
}

/** Checks a call's arguments against its list; more arguments than the list has are refused too. */
export function parseArgs(
  fn: string,
  list: ReadonlyArray<Arg<unknown>>,
  given: readonly unknown[],
): unknown[] {
  // google.script.run may send a trailing left-out argument as null: only a non-null extra is a wrong call
  const extra = given.slice(list.length).filter((v) => v !== null && v !== undefined).length;
  if (extra > 0) throw new InvalidArgumentError(INVALID.tooMany(fn, list.length, given.length));
  return list.map((a, i) => a.parse(given[i], fn));
}

/** A list of at most `max` items, each checked by `item` (a training scope: a few codes). */
export function list<T>(label: string, item: Arg<T>, max: number): Arg<T[]> {
  const self = { label, expected: EXPECTED.listOf(item.expected, max) };
  return {
    ...self,
    parse(v, fn, as = self) {
      if (!Array.isArray(v) || v.length > max) throw refuse(fn, as, v);
      return v.map((x) => item.parse(x, fn, as));
    },
  };
}

/** One of a few fixed words (an option the panel sends, e.g. which image). */
export function oneOf<const T extends string>(label: string, values: readonly T[]): Arg<T> {
  return arg(label, EXPECTED.oneOf(values), (v): v is T => typeof v === 'string' && values.includes(v as T));
}
