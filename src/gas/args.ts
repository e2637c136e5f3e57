// Argument checks of the RPC boundary: what google.script.run may hand a server function, checked before the feature
// runs. A wrong type or shape is an InvalidArgumentError with an Indonesian message, never a crash or a coercion.

import { InvalidArgumentError } from '../core/errors';
import { EXPECTED, INVALID, shownValue } from '../text/id/rpc';

/** A check of one argument: gives the value typed, or throws for the function `fn`. */
export interface Arg<T> {
  /** The parameter as the admin's message names it. */
  readonly label: string;
  readonly expected: string;
  parse(v: unknown, fn: string): T;
}

function arg<T>(label: string, expected: string, ok: (v: unknown) => v is T): Arg<T> {
  return {
    label,
    expected,
    parse(v, fn) {
      if (ok(v)) return v;
      throw new InvalidArgumentError(INVALID.argument(fn, label, expected, shownValue(v)));
    },
  };
}

/** Text; `empty: false` also refuses '' and blanks (a training code, a sheet name). */
export function text(label: string, opts: { empty?: boolean } = {}): Arg<string> {
  const empty = opts.empty !== false;
  return arg(
    label,
    empty ? EXPECTED.text : EXPECTED.nonEmptyText,
    (v): v is string => typeof v === 'string' && (empty || v.trim() !== ''),
  );
}

export function integer(label: string, min: number): Arg<number> {
  return arg(label, EXPECTED.integer(min), (v): v is number => Number.isInteger(v) && (v as number) >= min);
}

export function flag(label: string): Arg<boolean> {
  return arg(label, EXPECTED.flag, (v): v is boolean => typeof v === 'boolean');
}

/** The argument or null (google.script.run sends a missing or undefined argument as null or nothing). */
export function nullable<T>(a: Arg<T>): Arg<T | null> {
  return {
    label: a.label,
    expected: EXPECTED.orNull(a.expected),
    parse: (v, fn) => (v === null || v === undefined ? null : a.parse(v, fn)),
  };
}

/** A trailing argument the caller may leave out (also sent as null). */
export function optional<T>(a: Arg<T>): Arg<T | undefined> {
  return {
    label: a.label,
    expected: EXPECTED.orNothing(a.expected),
    parse: (v, fn) => (v === null || v === undefined ? undefined : a.parse(v, fn)),
  };
}

type Fields = Record<string, Arg<unknown>>;
/** Every field may be left out; a given one is checked. */
type OptionsOf<F extends Fields> = { [K in keyof F]?: F[K] extends Arg<infer T> ? T : never };

/** A plain object of optional fields; an unknown field is refused (a misspelt option must not be ignored). */
export function options<F extends Fields>(label: string, fields: F): Arg<OptionsOf<F>> {
  const keys = Object.keys(fields);
  return {
    label,
    expected: EXPECTED.options(keys),
    parse(v, fn) {
      if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new InvalidArgumentError(INVALID.argument(fn, label, EXPECTED.options(keys), shownValue(v)));
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const field = Object.hasOwn(fields, k) ? fields[k] : undefined;
        if (!field) throw new InvalidArgumentError(INVALID.option(fn, label, k));
        if (x !== undefined && x !== null) out[k] = field.parse(x, fn);
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
