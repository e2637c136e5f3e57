// google.script.run value semantics as pure functions: which arguments may cross, and what a server result looks like on the client.

import { isDateValue, isPlainObject, tagOf } from './base';

/**
 * Sets an own data property: the values cross as JSON, in which `__proto__` is a key like any other (assigning it
 * would set the copy's prototype instead and lose the field).
 */
function own(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Google's message when a call's argument holds a Date, a function or another non-JSON value. */
export function illegalValueMessage(property: string | number): string {
  return `Failed due to illegal value in property: ${property}`;
}

/** Google's message for a name that is not a callable top-level function (or is private, ending in `_`). */
export function functionNotFoundMessage(name: string): string {
  return `Script function not found: ${name}`;
}

/** Whether google.script.run may call this function name (private names end in `_`). */
export function isRpcCallableName(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && !name.endsWith('_');
}

/**
 * Checks arguments of a google.script.run call and returns the copies the server receives.
 * Legal: primitives, plain objects and arrays composed of them. A Date, function or any other object
 * fails the whole call: `Failed due to illegal value in property: <key>` (the key where it sits;
 * an argument's key is its position).
 */
export function checkClientArgs(args: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  const copy = (v: unknown, key: string | number): unknown => {
    if (v === null || v === undefined) return null;
    const t = typeof v;
    if (t === 'string' || t === 'boolean') return v;
    if (t === 'number') return Number.isFinite(v) ? v : null;
    if (t !== 'object') throw new Error(illegalValueMessage(key));
    if (seen.has(v)) throw new Error(illegalValueMessage(key));
    if (Array.isArray(v)) {
      seen.add(v);
      const out = v.map((x, i) => copy(x, i));
      seen.delete(v);
      return out;
    }
    if (!isPlainObject(v)) throw new Error(illegalValueMessage(key));
    seen.add(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      own(out, k, copy(x, k));
    }
    seen.delete(v);
    return out;
  };
  return args.map((a, i) => copy(a, i));
}

function containsDate(v: unknown, seen = new Set<unknown>()): boolean {
  if (isDateValue(v)) return true;
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  const values = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
  return values.some((x) => containsDate(x, seen));
}

/**
 * What the client's success handler receives for a server function's return value.
 * A value containing a Date anywhere arrives as null (the whole value, with no error); in arrays,
 * undefined and functions become null; in objects they are dropped; NaN and Infinity become null.
 */
export function toClientValue(result: unknown): unknown {
  if (result === undefined) return undefined;
  if (containsDate(result)) return null;
  const seen = new Set<unknown>();
  const copy = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    const t = typeof v;
    if (t === 'string' || t === 'boolean') return v;
    if (t === 'number') return Number.isFinite(v) ? v : null;
    if (t === 'function' || t === 'symbol') return null;
    if (t === 'bigint') return null;
    if (seen.has(v)) throw new Error(`[emulator] cyclic value in a google.script.run result (${tagOf(v)})`);
    seen.add(v);
    let out: unknown;
    if (Array.isArray(v)) out = v.map((x) => copy(x));
    else {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
        own(o, k, copy(x));
      }
      out = o;
    }
    seen.delete(v);
    return out;
  };
  return copy(result);
}

/** The Error a failure handler receives for a server-side throw: an Error carrying the message. */
export function toClientError(e: unknown): Error {
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
    const err = new Error((e as { message: string }).message);
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') err.name = name;
    return err;
  }
  return new Error(String(e));
}
