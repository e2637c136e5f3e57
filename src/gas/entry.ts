// The doors Google opens into the add-on, as tables: sidebar calls (google.script.run) and menu items. Each call
// makes the port for its execution, checks its arguments, takes the document lock when its table entry says so, and
// turns an expected failure into kinded data (sidebar) or an alert (menu). Bugs are thrown, and so is Google's
// 6-minute limit, which ends the execution on Google whatever the script does.

import { type FailureKind, googleFailureKind, isUserError, messageOf } from '../core/errors';
import type { Port } from '../features/port';
import type { Rpc } from '../shared/rpc';
import { DETAIL, GOOGLE_FAILURE } from '../text/id/rpc';
import { type Arg, parseArgs } from './args';
import { googlePort } from './port';

/** `document`: the entry runs holding the document lock; `self`: the feature takes it itself; `none`: no lock. */
export type LockPolicy = 'document' | 'self' | 'none';

/** One argument check per parameter of the entry (a left-out trailing parameter has an `optional` check). */
type ArgsOf<P extends unknown[]> = { [K in keyof P]-?: Arg<P[K]> };

export interface EndpointSpec<P extends unknown[], R> {
  readonly lock: LockPolicy;
  readonly args: ReadonlyArray<Arg<unknown>>;
  readonly run: (port: Port, ...args: P) => R;
}

/** A sidebar-callable function as Google calls it; its parameters and result are the sidebar's contract. */
export type Endpoint<P extends unknown[], R> = ((...args: P) => Rpc<R>) & {
  readonly lock: LockPolicy;
  readonly args: ReadonlyArray<Arg<unknown>>;
};

/** A table entry: the parameter types are `run`'s, and the checks must give exactly those types. */
export function endpoint<P extends unknown[], R>(
  lock: LockPolicy,
  args: NoInfer<ArgsOf<P>>,
  run: (port: Port, ...args: P) => R,
): EndpointSpec<P, R> {
  return { lock, args: args as ReadonlyArray<Arg<unknown>>, run };
}

type Served<T> = { [K in keyof T]: T[K] extends EndpointSpec<infer P, infer R> ? Endpoint<P, R> : never };

/** Turns the API table's entries into the functions Google calls (the build makes each a top-level function). */
// biome-ignore lint/suspicious/noExplicitAny: any entry's parameter list; each entry's own type is kept by Served<T>
export function serveApi<T extends Record<string, EndpointSpec<any, unknown>>>(table: T): Served<T> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    const served = (...given: unknown[]) =>
      answer(() => {
        const port = googlePort();
        const args = parseArgs(name, spec.args, given);
        return withPolicy(port, spec.lock, () => spec.run(port, ...args));
      });
    out[name] = Object.assign(served, { lock: spec.lock, args: spec.args });
  }
  return out as Served<T>;
}

export interface MenuSpec {
  readonly lock: LockPolicy;
  /** A separator line above this item. */
  readonly separatorBefore: boolean;
  /** The message to show in an alert, or nothing (the item opened a window). */
  readonly run: (port: Port) => string | undefined;
}

export function menuItem(
  lock: LockPolicy,
  run: (port: Port) => string | undefined,
  opts: { separatorBefore?: boolean } = {},
): MenuSpec {
  return { lock, run, separatorBefore: opts.separatorBefore === true };
}

export type MenuHandler = (() => void) & { readonly lock: LockPolicy; readonly separatorBefore: boolean };

/** Turns the menu table's entries into menu handlers: an expected failure is shown as an alert, not a red bar. */
export function serveMenu<T extends Record<string, MenuSpec>>(table: T): { [K in keyof T]: MenuHandler } {
  const out: Record<string, MenuHandler> = {};
  for (const [name, spec] of Object.entries(table)) {
    const served = () => {
      const port = googlePort();
      try {
        const message = withPolicy(port, spec.lock, () => spec.run(port));
        if (message !== undefined) port.ui.alert(message);
      } catch (e) {
        const f = failureOf(e);
        if (!f) throw e;
        port.ui.alert(f.detail ? `${f.message}\n\n${DETAIL.line(f.detail)}` : f.message);
      }
    };
    out[name] = Object.assign(served, { lock: spec.lock, separatorBefore: spec.separatorBefore });
  }
  return out as { [K in keyof T]: MenuHandler };
}

function withPolicy<R>(port: Port, lock: LockPolicy, fn: () => R): R {
  return lock === 'document' ? port.lock.withDocumentLock(fn) : fn();
}

function answer<R>(fn: () => R): Rpc<R> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const f = failureOf(e);
    if (!f) throw e;
    return { ok: false, kind: f.kind, error: f.message, ...(f.detail ? { detail: f.detail } : {}) };
  }
}

/**
 * An expected failure's kind and Indonesian message, or null for a bug or the 6-minute limit (thrown on). A
 * Google failure keeps Google's own words apart as its detail.
 */
export function failureOf(e: unknown): { kind: FailureKind; message: string; detail?: string } | null {
  if (isUserError(e)) return { kind: e.kind, message: e.message };
  const kind = googleFailureKind(e);
  if (kind === null || kind === 'timeout') return null;
  return { kind, message: GOOGLE_FAILURE[kind], detail: messageOf(e) };
}
