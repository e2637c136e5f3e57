// Tests of the bundle loader (node:vm executions, AuthMode, menus, triggers, the 6-minute limit) and google.script.run semantics.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvironment } from '../../emulator/environment';
import {
  FORBIDDEN_GLOBALS,
  loadBundle,
  loadBundleSource,
  topLevelFunctionNames,
} from '../../emulator/loader';
import { checkClientArgs, toClientError, toClientValue } from '../../emulator/rpc';
import { ExecutionTimeoutError } from '../../emulator/runtime';

/** A hand-made classic script shaped like the build's output: an IIFE plus top-level delegating functions. */
const FIXTURE = `
var __addon = (function () {
  function buildMenu(e) {
    SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('Buka Panel', 'showSidebar')
      .addItem('Hitung', 'hitung')
      .addItem('Rahasia', 'secret_')
      .addToUi();
  }
  return {
    onOpen: function (e) {
      buildMenu(e);
      var propsError = null;
      try { PropertiesService.getDocumentProperties(); } catch (err) { propsError = err.message; }
      return { mode: String(e.authMode), isEnum: e.authMode === ScriptApp.AuthMode[String(e.authMode)], hasSource: 'source' in e, propsError: propsError };
    },
  };
})();
var globalCounter = 0;
var notAFunction = function () { return 1; };
const arrow = () => 1;
function onOpen(e) { return __addon.onOpen(e); }
function onInstall(e) { return onOpen(e); }
function showSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('DOU ASN'));
}
function hitung() { return PropertiesService.getDocumentProperties().setProperty('x', '1').getProperty('x'); }
function secret_() { return 'private'; }
function withDate() { return { rows: [{ when: new Date() }], n: 1 }; }
function echo(obj) {
  return { got: obj, isArray: obj.list instanceof Array, arr: [1, undefined, function () {}], f: function () {}, u: undefined };
}
function boom() { throw new Error('Data tidak lengkap'); }
function bump() { globalCounter++; return globalCounter; }
function probe() {
  return {
    types: [${FORBIDDEN_GLOBALS.map((n) => `typeof ${n}`).join(', ')}],
    now: Date.now(),
    newDate: new Date().getTime(),
    isDate: new Date() instanceof Date,
    ctor: new Date().constructor === Date,
    parsed: new Date(2026, 10, 24).getDate(),
  };
}
function slow() { while (true) { Utilities.sleep(60000); } }
function slowCaught() { try { while (true) { Utilities.sleep(60000); } } catch (e) { return 'caught'; } }
function locked() { return LockService.getDocumentLock().tryLock(0); }
function installTick() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
function tick(e) {
  var p = PropertiesService.getDocumentProperties();
  p.setProperty('tick', String(e.authMode));
  try { SpreadsheetApp.getUi(); } catch (err) { p.setProperty('uiError', err.message); }
}
`;

const START = new Date('2026-11-27T09:00:00+07:00');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  writeFileSync(join(dir, 'Code.js'), FIXTURE);
  writeFileSync(join(dir, 'sidebar.html'), '<p>Panel DOU ASN</p>');
  const env = createEnvironment({ start: START, distDir: dir });
  const addon = loadBundle(env, join(dir, 'Code.js'));
  return { env, addon, dir };
}

describe('loading', () => {
  test('only top-level function declarations are global functions', () => {
    const { addon } = setup();
    const names = addon.globalFunctionNames();
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar', 'secret_', 'tick']));
    expect(names).not.toContain('buildMenu');
    expect(names).not.toContain('notAFunction');
    expect(names).not.toContain('arrow');
    expect(names).not.toContain('__addon');
    expect(() => addon.run('notAFunction')).toThrow('Script function not found: notAFunction');
    expect(topLevelFunctionNames('function a(){ function b(){} } if (1) { function c(){} }')).toEqual(['a']);
  });

  test('a syntax error fails at load, like saving the project', () => {
    const env = createEnvironment({ start: START });
    expect(() => loadBundleSource(env, 'function (', 'Bad.js')).toThrow(
      'Function statements require a function name',
    );
  });

  test('Node globals are absent; Date reads the simulated clock and stays a real Date', () => {
    const { env, addon } = setup();
    const r = addon.run('probe') as {
      types: string[];
      now: number;
      newDate: number;
      isDate: boolean;
      ctor: boolean;
      parsed: number;
    };
    expect(r.types).toEqual(FORBIDDEN_GLOBALS.map(() => 'undefined'));
    expect(r.now).toBeGreaterThanOrEqual(START.getTime());
    expect(r.now).toBeLessThan(START.getTime() + 1000);
    expect(r.newDate).toBe(r.now);
    expect(r.isDate).toBe(true);
    expect(r.ctor).toBe(true);
    expect(r.parsed).toBe(24);
    expect(env.execution).toBe(0);
  });

  test('every execution starts from fresh globals (no state survives between executions)', () => {
    const { env, addon } = setup();
    expect(addon.run('bump')).toBe(1);
    expect(addon.run('bump')).toBe(1);
    expect(env.executions).toBe(2);
  });
});

describe('onOpen and AuthMode', () => {
  test('AuthMode.NONE: the menu is built, properties throw, the event has no source', () => {
    const { env, addon } = setup();
    const r = addon.run('onOpen', undefined, { authMode: 'NONE' }) as Record<string, unknown>;
    expect(r.mode).toBe('NONE');
    expect(r.isEnum).toBe(true);
    expect(r.hasSource).toBe(false);
    expect(r.propsError).toMatch(
      /^You do not have permission to call PropertiesService.getDocumentProperties/,
    );
    expect(env.ui._menus[0].items.map((i) => (i.type === 'item' ? i.caption : '-'))).toEqual([
      'Buka Panel',
      'Hitung',
      'Rahasia',
    ]);
    expect(() => addon.run('hitung', [], { authMode: 'NONE' })).toThrow(
      'Required permissions are not available in AuthMode.NONE',
    );
    expect(env.rt.authMode).toBe('FULL');
  });

  test('top-level code runs inside each execution, under its auth mode', () => {
    const env = createEnvironment({ start: START });
    const code = 'var TZ = Session.getScriptTimeZone();\nfunction onOpen(e) { return TZ; }';
    const addon = loadBundleSource(env, code);
    expect(() => addon.open('NONE')).toThrow('You do not have permission to call Session.getScriptTimeZone');
    expect(addon.open('LIMITED')).toBe('Asia/Jakarta');
    expect(env.rt.counts.get('Session.getScriptTimeZone')).toBe(1);
  });

  test('AuthMode.LIMITED (open) gives e.source and document properties', () => {
    const { env, addon } = setup();
    const r = addon.open() as Record<string, unknown>;
    expect(r).toMatchObject({ mode: 'LIMITED', hasSource: true, propsError: null });
    const e = { authMode: 'x' };
    addon.run('onInstall', [e], { authMode: 'FULL' });
    expect(env.ui._menus).toHaveLength(1);
  });

  test('menuClick runs the item; a private handler is refused', () => {
    const { env, addon } = setup();
    addon.open('NONE');
    addon.menuClick('Buka Panel');
    expect(env.ui._currentSidebar()).toMatchObject({ title: 'DOU ASN', content: '<p>Panel DOU ASN</p>' });
    expect(addon.menuClick('Hitung')).toBe('1');
    expect(env.props.document.toObject()).toEqual({ x: '1' });
    expect(() => addon.menuClick('Rahasia')).toThrow('Script function not found: secret_');
    expect(() => addon.menuClick('Tidak Ada')).toThrow('no menu item');
  });
});

describe('google.script.run', () => {
  test('always asynchronous', async () => {
    const { env, addon } = setup();
    const p = addon.rpc('bump');
    expect(env.executions).toBe(0);
    await expect(p).resolves.toBe(1);
    expect(env.executions).toBe(1);
  });

  test('a result containing a Date anywhere arrives as null', async () => {
    const { addon } = setup();
    await expect(addon.rpc('withDate')).resolves.toBeNull();
  });

  test('arguments arrive as server-realm objects; undefined in arrays → null; functions dropped', async () => {
    const { addon } = setup();
    const r = await addon.rpc('echo', { list: [1, 2], nested: { a: 'x' }, skip: undefined });
    expect(r).toEqual({ got: { list: [1, 2], nested: { a: 'x' } }, isArray: true, arr: [1, null, null] });
  });

  test('private and unknown names are refused', async () => {
    const { env, addon } = setup();
    await expect(addon.rpc('secret_')).rejects.toThrow('Script function not found: secret_');
    await expect(addon.rpc('nope')).rejects.toThrow('Script function not found: nope');
    expect(env.executions).toBe(0);
  });

  test('a Date or function argument fails the call before any execution', async () => {
    const { env, addon } = setup();
    await expect(addon.rpc('echo', new Date())).rejects.toThrow('Failed due to illegal value in property: 0');
    await expect(addon.rpc('echo', { list: [], when: new Date() })).rejects.toThrow(
      'Failed due to illegal value in property: when',
    );
    await expect(addon.rpc('echo', 1, () => 2)).rejects.toThrow('Failed due to illegal value in property: 1');
    expect(env.executions).toBe(0);
  });

  test('a thrown error rejects with an Error carrying the message', async () => {
    const { addon } = setup();
    const err = await addon.rpc('boom').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('Data tidak lengkap');
  });
});

describe('rpc value rules (pure)', () => {
  test('toClientValue', () => {
    expect(toClientValue({ a: [undefined, Number.NaN, 'x'], b: undefined, c: () => 1 })).toEqual({
      a: [null, null, 'x'],
    });
    expect(toClientValue([[{ d: new Date() }]])).toBeNull();
    expect(toClientValue(undefined)).toBeUndefined();
  });
  test('checkClientArgs', () => {
    expect(checkClientArgs([{ a: [1, undefined] }, undefined])).toEqual([{ a: [1, null] }, null]);
    class K {}
    expect(() => checkClientArgs([[new K()]])).toThrow('Failed due to illegal value in property: 0');
    expect(toClientError('teks').message).toBe('teks');
  });
  test('checkClientArgs: NaN and Infinity arrive as null; a `__proto__` key is a key like any other', () => {
    expect(checkClientArgs([Number.NaN, Number.POSITIVE_INFINITY, -0, [Number.NaN]])).toEqual([
      null,
      null,
      -0,
      [null],
    ]);
    const [o] = checkClientArgs([JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}')]) as [object];
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(o)).toBe('{"__proto__":{"x":1},"constructor":"c"}');
    const r = toClientValue(JSON.parse('{"__proto__": "p", "toString": 1}')) as object;
    expect(Object.keys(r)).toEqual(['__proto__', 'toString']);
  });
});

describe('executions end cleanly', () => {
  test('the 6-minute limit propagates as ExecutionTimeoutError, even if the script catches it', async () => {
    const { env, addon } = setup();
    expect(() => addon.run('slow')).toThrow(ExecutionTimeoutError);
    expect(env.execution).toBe(0);
    expect(() => addon.run('slowCaught')).toThrow(ExecutionTimeoutError);
    await expect(addon.rpc('slow')).rejects.toBeInstanceOf(ExecutionTimeoutError);
    expect(addon.run('bump')).toBe(1);
  });

  test('locks taken by an execution are released when it ends', () => {
    const { env, addon } = setup();
    expect(addon.run('locked')).toBe(true);
    expect(env.locks.isHeld('document')).toBe(false);
    env.locks.holdExternal('document');
    expect(addon.run('locked')).toBe(false);
  });

  test('time-driven triggers run later in trigger context, where getUi() throws', () => {
    const { env, addon } = setup();
    addon.run('installTick');
    env.rt.advance(60 * 60 * 1000);
    const runs = env.triggers.fireDue();
    expect(runs.map((r) => r.ok)).toEqual([true]);
    expect(env.props.document.toObject()).toEqual({
      tick: 'FULL',
      uiError: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
    expect(env.rt.used.triggerRuntimeMs).toBeGreaterThan(0);
  });
});

describe('the 6-minute limit cannot be caught, and finally blocks record nothing', () => {
  const CODE = `
function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Lambat', 'caughtAndWrites').addToUi(); }
function spin() { while (true) { Utilities.sleep(60000); } }
function finallyWrites() {
  var p = PropertiesService.getDocumentProperties();
  try { spin(); } finally { p.setProperty('finally', 'ran'); }
}
function caughtAndWrites() {
  var p = PropertiesService.getDocumentProperties();
  try { spin(); } catch (e) {
    try { p.setProperty('caught', e.message); } catch (e2) {}
    try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('setelah batas'); } catch (e3) {}
  }
  return 'selesai';
}
function tick(e) { caughtAndWrites(); }
function installTick() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
`;
  const make = () => {
    const env = createEnvironment({ start: START });
    return { env, addon: loadBundleSource(env, CODE) };
  };

  test('a finally block cannot write after the limit: its service call throws the same error', () => {
    const { env, addon } = make();
    expect(() => addon.run('finallyWrites')).toThrow('Exceeded maximum execution time');
    expect(env.props.document.toObject()).toEqual({});
  });

  test('a script that catches the error and returns normally still fails, for a menu click and google.script.run', async () => {
    const { env, addon } = make();
    addon.open('NONE');
    expect(() => addon.menuClick('Lambat')).toThrow(ExecutionTimeoutError);
    await expect(addon.rpc('caughtAndWrites')).rejects.toThrow('Exceeded maximum execution time');
    // nothing the script tried after the limit was recorded
    expect(env.props.document.toObject()).toEqual({});
    expect(env.ss.getSheets()[0]._dump()).toEqual([]);
    expect(env.execution).toBe(0);
  });

  test('a time-driven trigger that catches the error is recorded as a failed run', () => {
    const { env, addon } = make();
    addon.run('installTick');
    env.rt.advance(3600e3);
    const [run] = env.triggers.fireDue();
    expect(run.ok).toBe(false);
    expect((run.error as Error).message).toBe('Exceeded maximum execution time');
    expect(env.props.document.toObject()).toEqual({});
  });
});
