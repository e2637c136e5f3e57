// Loads the built bundle (dist/Code.js) into node:vm against an Environment and runs its global functions as executions.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import type { Environment, ExecutionContext } from './environment';
import {
  checkClientArgs,
  functionNotFoundMessage,
  isRpcCallableName,
  toClientError,
  toClientValue,
} from './rpc';
import { type AuthMode, ExecutionTimeoutError, QUOTA_MESSAGES, type Runtime } from './runtime';
import { AuthMode as AuthModeEnum } from './script';

export interface RunOptions {
  authMode?: AuthMode;
  context?: ExecutionContext;
}

export interface Addon {
  env: Environment;
  filename: string;
  /** Names of the script's top-level function declarations (what menus, triggers and google.script.run see). */
  globalFunctionNames(): string[];
  /**
   * Runs one execution of a top-level function. Without `args`, onOpen/onInstall receive Google's
   * event object `{authMode, source}` (no `source` in AuthMode.NONE).
   */
  run(name: string, args?: unknown[], opts?: RunOptions): unknown;
  /** google.script.run: always asynchronous, JSON-like arguments and results, private names refused. */
  rpc(name: string, ...args: unknown[]): Promise<unknown>;
  /** Clicks a menu item recorded by onOpen (by its caption) and runs its function. */
  menuClick(caption: string): unknown;
  /** Opens the document: runs onOpen as a simple trigger in the given mode (default LIMITED). */
  open(authMode?: AuthMode): unknown;
}

/** Names JavaScript gives the host in Node but Apps Script does not have: they must not leak into the bundle. */
export const FORBIDDEN_GLOBALS = [
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'queueMicrotask',
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'process',
  'require',
  'module',
  'exports',
  'Buffer',
  'global',
  'structuredClone',
] as const;

const namesCache = new Map<string, string[]>();

/** Top-level `function name() {}` declarations of a classic script (parsed, not guessed; cached per source). */
export function topLevelFunctionNames(code: string, filename = 'Code.js'): string[] {
  const cached = namesCache.get(code);
  if (cached) return [...cached];
  const names = parseTopLevelFunctionNames(code, filename);
  namesCache.clear(); // keep only the latest bundle
  namesCache.set(code, names);
  return [...names];
}

function parseTopLevelFunctionNames(code: string, filename: string): string[] {
  const sf = ts.createSourceFile(filename, code, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  const names: string[] = [];
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) names.push(st.name.text);
  }
  return names;
}

/** The runtime's "timed out" flag (private in Runtime): once set, the execution is over even if the script caught the error. */
function hasTimedOut(rt: Runtime): boolean {
  return (rt as unknown as { timedOut?: boolean }).timedOut === true;
}

/**
 * Installs a Date whose `new Date()` and `Date.now()` read the simulated clock, inside the context's own
 * realm (so `instanceof Date` keeps working for the script).
 */
const DATE_PRELUDE = `(function (nowFn) {
  var RealDate = Date;
  function SimDate() {
    if (!new.target) return new RealDate(nowFn()).toString();
    var args = arguments.length === 0 ? [nowFn()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args, new.target);
  }
  SimDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: SimDate, writable: true, configurable: true });
  SimDate.now = function () { return nowFn(); };
  SimDate.parse = RealDate.parse;
  SimDate.UTC = RealDate.UTC;
  Object.defineProperty(SimDate, 'length', { value: 7 });
  Object.defineProperty(SimDate, 'name', { value: 'Date' });
  globalThis.Date = SimDate;
})`;

export function loadBundle(env: Environment, codePath = 'dist/Code.js'): Addon {
  const filename = resolve(codePath);
  return loadBundleSource(env, readFileSync(filename, 'utf8'), filename);
}

/** Like loadBundle, from source text (tests). */
export function loadBundleSource(env: Environment, code: string, filename = 'Code.js'): Addon {
  // Compiling once checks the syntax as Apps Script does when the project is saved.
  const script = new vm.Script(code, { filename });
  const declared = topLevelFunctionNames(code, filename);
  const declaredSet = new Set(declared);
  const rt = env.rt;

  /** Every execution loads the project afresh: global variables do not survive between executions. */
  const freshContext = (): vm.Context => {
    const sandbox: Record<string, unknown> = { ...env.globals };
    const ctx = vm.createContext(sandbox, {
      name: 'apps-script',
      codeGeneration: { strings: true, wasm: false },
    });
    for (const name of FORBIDDEN_GLOBALS) {
      if (name in ctx) delete (ctx as Record<string, unknown>)[name];
    }
    (vm.runInContext(DATE_PRELUDE, ctx) as (nowFn: () => number) => void)(() => rt.now);
    return ctx;
  };

  const eventFor = (name: string, authMode: AuthMode): unknown[] | undefined => {
    if (name !== 'onOpen' && name !== 'onInstall') return undefined;
    const e: Record<string, unknown> = { authMode: AuthModeEnum[authMode] };
    // In AuthMode.NONE the event carries no document (stricter than Google's partial object).
    if (authMode !== 'NONE') e.source = sourceOf(env);
    return [e];
  };

  const execute = (
    name: string,
    makeArgs: (ctx: vm.Context) => unknown[],
    opts: Required<RunOptions>,
  ): unknown => {
    if (!declaredSet.has(name)) throw new Error(functionNotFoundMessage(name));
    env.beginExecution({ context: opts.context, authMode: opts.authMode });
    try {
      const ctx = freshContext();
      script.runInContext(ctx);
      const fn = (ctx as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(functionNotFoundMessage(name));
      const result = (fn as (...a: unknown[]) => unknown)(...makeArgs(ctx));
      if (hasTimedOut(rt)) throw new ExecutionTimeoutError();
      return result;
    } catch (e) {
      // The 6-minute limit ends the execution even when the script caught the error and went on.
      if (hasTimedOut(rt) && !(e instanceof ExecutionTimeoutError)) throw new ExecutionTimeoutError();
      throw e;
    } finally {
      env.endExecution();
    }
  };

  const addon: Addon = {
    env,
    filename,
    globalFunctionNames: () => [...declared],
    run(name, args, opts = {}) {
      const simple = name === 'onOpen' || name === 'onInstall' || name === 'onEdit';
      const o: Required<RunOptions> = {
        authMode: opts.authMode ?? 'FULL',
        context: opts.context ?? (simple ? 'simple' : 'menu'),
      };
      const callArgs = args ?? eventFor(name, o.authMode) ?? [];
      return execute(name, () => callArgs, o);
    },
    rpc(name, ...args) {
      return Promise.resolve().then(() => {
        const checked = checkClientArgs(args);
        if (!isRpcCallableName(name) || !declaredSet.has(name))
          throw new Error(functionNotFoundMessage(name));
        try {
          const result = execute(
            name,
            // Arguments arrive as the server realm's own objects (JSON-decoded there).
            (ctx) => (vm.runInContext('JSON', ctx) as JSON).parse(JSON.stringify(checked)) as unknown[],
            { authMode: 'FULL', context: 'rpc' },
          );
          return toClientValue(result);
        } catch (e) {
          if (e instanceof ExecutionTimeoutError) throw e;
          throw toClientError(e);
        }
      });
    },
    menuClick(caption) {
      const item = env.ui._findItem(caption);
      if (!item) throw new Error(`[emulator] no menu item with caption "${caption}" (did onOpen run?)`);
      if (!isRpcCallableName(item.functionName)) throw new Error(functionNotFoundMessage(item.functionName));
      return addon.run(item.functionName, [], { context: 'menu', authMode: 'FULL' });
    },
    open(authMode = 'LIMITED') {
      return addon.run('onOpen', undefined, { authMode, context: 'simple' });
    },
  };

  env.triggers.runner = (handler, event) => {
    // Installable triggers share a daily run-time quota; once spent, they stop running.
    if (rt.remainingQuota('triggerRuntimeMs') <= 0) throw new Error(QUOTA_MESSAGES.triggerRuntimeMs);
    const start = rt.now;
    // An installable trigger runs as the user who created it, whoever is at the keyboard.
    const owner = env.triggers.live().find((t) => t.id === event.triggerUid)?.user ?? env.user;
    try {
      env.runAs(owner, () => addon.run(handler, [event], { context: 'trigger', authMode: 'FULL' }));
    } finally {
      const used = Math.min(rt.now - start, rt.remainingQuota('triggerRuntimeMs'));
      if (used > 0) rt.consumeQuota('triggerRuntimeMs', used);
    }
  };
  return addon;
}

/** The Spreadsheet object as the script sees it (FakeSpreadsheet is the script-facing object), for `e.source`. */
function sourceOf(env: Environment): unknown {
  return env.ss;
}
