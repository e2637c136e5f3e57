// The built bundle as Google loads it: only exported functions are global; onOpen builds the menu in AuthMode.NONE.

import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { menu as MENU } from '../../src/server';
import { MENU_CAPTIONS } from '../../src/text/id/menu';
import { HELP } from '../../src/text/id/sidebar';
import { CODE, harness } from './harness';

/** The menu as the table lists it: captions in order, and how many separator lines. */
const ITEMS = Object.entries(MENU).map(([name, h]) => ({
  name,
  caption: MENU_CAPTIONS[name as keyof typeof MENU],
  sep: h.separatorBefore,
}));

describe('dist/Code.js in a bare vm context', () => {
  const code = readFileSync(CODE, 'utf8');

  test('defines exactly the exported functions as globals, nothing else', () => {
    const ctx = vm.createContext({});
    new vm.Script(code).runInContext(ctx);
    const globals = Object.keys(ctx).sort();
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(globals).toEqual(declared);
    expect(globals).toContain('onOpen');
    expect(globals).not.toContain('__addon');
    for (const g of globals) expect(typeof (ctx as Record<string, unknown>)[g]).toBe('function');
  });

  test('onOpen({authMode: NONE}) builds the menu with only a minimal getUi() fake; every item names a global', () => {
    const items: Array<[string, string]> = [];
    let separators = 0;
    let added = false;
    const menu = {
      addItem(caption: string, fn: string) {
        items.push([caption, fn]);
        return menu;
      },
      addSeparator() {
        separators++;
        return menu;
      },
      addToUi() {
        added = true;
      },
    };
    const ctx = vm.createContext({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) } });
    new vm.Script(code).runInContext(ctx);
    (ctx as { onOpen(e: unknown): void }).onOpen({ authMode: 'NONE' });
    expect(added).toBe(true);
    expect(items).toEqual(ITEMS.map((i) => [i.caption, i.name]));
    expect(separators).toBe(ITEMS.filter((i) => i.sep).length);
    expect(separators).toBe(5);
    for (const [, fn] of items) expect(typeof (ctx as Record<string, unknown>)[fn]).toBe('function');
    expect(items.map((i) => i[0])).toEqual(
      expect.arrayContaining(['Buka Panel', 'Siapkan Lembar Kerja', 'Periksa Data', 'Bantuan']),
    );
  });
});

describe('the bundle in the emulator', () => {
  test('onOpen in AuthMode.NONE only builds the menu; the same menu in FULL', () => {
    const h = harness();
    h.addon.open('NONE');
    const menu = h.env.ui._menus[0];
    expect(menu.addon).toBe(true);
    expect(menu.items.filter((e) => e.type === 'item')).toHaveLength(ITEMS.length);
  });

  test('a feature run in AuthMode.NONE is refused by the emulator, as by Google', () => {
    const h = harness();
    expect(() => h.addon.run('menuCheck', [], { authMode: 'NONE', context: 'menu' })).toThrow(/permission/i);
  });

  test('Buka Panel shows the sidebar from dist/sidebar.html; Bantuan opens the help dialog', () => {
    const h = harness();
    h.addon.open();
    h.addon.menuClick('Buka Panel');
    expect(h.env.ui._sidebars).toHaveLength(1);
    h.addon.menuClick('Bantuan');
    expect(
      h.env.ui._sidebars.length + (h.env.ui as unknown as { _dialogs?: unknown[] })._dialogs!.length,
    ).toBeGreaterThan(1);
  });

  test('private helpers are not reachable through google.script.run', async () => {
    const h = harness();
    await expect(h.addon.rpc('rpc')).rejects.toThrow(/not found/i);
    await expect(h.addon.rpc('withDocumentLock')).rejects.toThrow(/not found/i);
  });
});

describe('one step order (issue 14 item 9)', () => {
  test('the menu lists the steps in the order the help gives them (and the panel shows its sections)', () => {
    const captions: string[] = ITEMS.map((i) => i.caption);
    const steps = HELP.steps.map(([title]) => title).filter((t) => captions.includes(t));
    // every step the help names by a menu caption, in the menu's order
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(captions.filter((c) => steps.includes(c))).toEqual(steps);
    // the panel's sections in that order: forms before the scores, the evaluation before the JP
    const at = (c: string) => captions.indexOf(c);
    expect(at('Buat Formulir')).toBeLessThan(at('Hitung Nilai & Peringkat'));
    expect(at('Rekap Evaluasi')).toBeLessThan(at('Rekap JP'));
    expect(at('Rekap JP')).toBeLessThan(at('Buat Template'));
  });
});
