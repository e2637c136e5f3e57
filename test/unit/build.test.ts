// The build's guards: the bundle must be a classic script using nothing Apps Script's V8 lacks, its globals are
// exactly the entries of src/server.ts's tables, pages bundle no server code, and inlined JS escapes `://`.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { api, menu, triggers } from '../../src/server';
import {
  checkPageInputs,
  checkServerBundle,
  ENTRY_TABLES,
  entryNames,
  escapeInlineScript,
} from '../../tools/build';

const CODE = join(__dirname, '..', '..', 'dist', 'Code.js');

describe('checkServerBundle', () => {
  test('accepts a classic script of function declarations and an IIFE', () => {
    expect(
      checkServerBundle('function onOpen() { return onOpen.impl_(); }\n(function () { var x = 1; })();'),
    ).toEqual([]);
  });

  test.each([
    ['export function onOpen() {}', /classic script|export/],
    ['import x from "y";', /classic script|import/],
    ['class A { #secret = 1; }', /private/],
    ['setTimeout(function () {}, 10);', /setTimeout/],
    ['var r = fetch("https://example.com");', /fetch/],
    ['var u = new URL("https://example.com");', /URL/],
  ])('refuses %s', (code, why) => {
    const errors = checkServerBundle(code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(why);
  });
});

test('escapeInlineScript escapes :// and </script', () => {
  expect(escapeInlineScript('a="https://x";b="</script>"')).toBe('a="https:\\/\\/x";b="<\\/script>"');
});

describe('entry points come from the tables of src/server.ts', () => {
  test('every table entry is a top-level function of dist/Code.js, and nothing else is', () => {
    if (!existsSync(CODE))
      throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
    const ctx = vm.createContext({});
    new vm.Script(readFileSync(CODE, 'utf8')).runInContext(ctx);
    const globals = Object.keys(ctx).sort();
    const entries = [...Object.keys(triggers), ...Object.keys(menu), ...Object.keys(api)].sort();
    expect(globals).toEqual(entries);
    for (const g of globals) expect(typeof (ctx as Record<string, unknown>)[g]).toBe('function');
    expect(new Set(entries).size).toBe(entries.length);
    expect(ENTRY_TABLES).toEqual(['triggers', 'menu', 'api']);
  });

  const bundle = (exports: string) => `var __addon = (() => { return { ${exports} }; })();`;

  test('entryNames reads each table of the bundle', () => {
    expect(
      entryNames(bundle('triggers: { onOpen() {} }, menu: { menuHelp() {} }, api: { getPanelState() {} }')),
    ).toEqual([
      { table: 'triggers', name: 'onOpen' },
      { table: 'menu', name: 'menuHelp' },
      { table: 'api', name: 'getPanelState' },
    ]);
  });

  test.each([
    [
      'triggers: {}, menu: {}, api: {}, helper() {}',
      /exports helper: it may export only triggers, menu, api/,
    ],
    ['triggers: {}, menu: {}', /does not export the table api/],
    ['triggers: {}, menu: {}, api: { x: 1 }', /api.x is not a function/],
    ['triggers: {}, menu: {}, api: { secret_() {} }', /api.secret_: not a callable name/],
    ['triggers: { a() {} }, menu: {}, api: { a() {} }', /a is in two tables/],
  ])('entryNames refuses { %s }', (exports, why) => {
    expect(() => entryNames(bundle(exports))).toThrow(why);
  });

  test('a bundle touching an Apps Script global at load fails the build', () => {
    expect(() => entryNames('var __addon = (() => { SpreadsheetApp.getUi(); return {}; })();')).toThrow(
      /failed at load.*SpreadsheetApp is not defined/,
    );
  });
});

test('a page bundles no server code: only sidebar, src/shared, src/text, src/core and packages', () => {
  expect(checkPageInputs(['sidebar/main.tsx', 'src/text/id/sidebar.ts', 'src/core/ngain.ts'])).toEqual([]);
  expect(checkPageInputs(['sidebar/main.tsx', 'src/server.ts', 'src/gas/ui.ts'])).toEqual([
    expect.stringMatching(/^src\/server.ts is bundled into a page/),
    expect.stringMatching(/^src\/gas\/ui.ts is bundled into a page/),
  ]);
});
