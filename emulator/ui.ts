// Emulated spreadsheet Ui (SpreadsheetApp.getUi()): menus recorded as a tree, scripted alert/prompt answers, recorded sidebars and dialogs.

import { enumName, type GasEnumValue, makeEnum, signatureError } from './base';
import { isHtmlOutput } from './html';
import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  /** createAddonMenu (Extensions › add-on name) rather than a top-level createMenu. */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedAlert {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttonSet: string;
  response: string;
  responseText?: string;
}

export interface RecordedPanel {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  at: number;
}

export class FakeMenu {
  readonly entries: Array<
    { type: 'item'; caption: string; functionName: string } | { type: 'separator' } | FakeMenu
  > = [];
  constructor(
    private readonly rt: Runtime,
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  private c<T>(method: string, effect: () => T): T {
    return this.rt.call(`SpreadsheetApp.Menu.${method}`, COST_MODEL.trivial, effect);
  }
  addItem(caption: string, functionName: string): FakeMenu {
    return this.c('addItem', () => {
      if (typeof caption !== 'string' || typeof functionName !== 'string') {
        throw signatureError('Menu.addItem', [caption, functionName]);
      }
      this.entries.push({ type: 'item', caption, functionName });
      return this;
    });
  }
  addSeparator(): FakeMenu {
    return this.c('addSeparator', () => {
      this.entries.push({ type: 'separator' });
      return this;
    });
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    return this.c('addSubMenu', () => {
      if (!(menu instanceof FakeMenu)) throw signatureError('Menu.addSubMenu', [menu]);
      this.entries.push(menu);
      return this;
    });
  }
  addToUi(): void {
    this.c('addToUi', () => this.ui._install(this));
  }

  /** The tree as plain data (submenus expanded as they are now). */
  _tree(): MenuEntry[] {
    return this.entries.map((e) =>
      e instanceof FakeMenu ? { type: 'submenu' as const, caption: e.caption, items: e._tree() } : { ...e },
    );
  }
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Emulator-only: menus added to the UI, in order; adding a menu with the same caption replaces it. */
  readonly _menus: RecordedMenu[] = [];
  readonly _alerts: RecordedAlert[] = [];
  readonly _sidebars: RecordedPanel[] = [];
  readonly _dialogs: RecordedPanel[] = [];
  private readonly responses: Array<{ button: string; text?: string }> = [];

  constructor(
    private readonly rt: Runtime,
    private readonly addonName: string,
  ) {}

  private c<T>(method: string, effect: () => T): T {
    return this.rt.call(`SpreadsheetApp.Ui.${method}`, COST_MODEL.trivial, effect);
  }

  createAddonMenu(): FakeMenu {
    return this.c('createAddonMenu', () => new FakeMenu(this.rt, this, this.addonName, true));
  }
  createMenu(caption: string): FakeMenu {
    return this.c('createMenu', () => {
      if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
      return new FakeMenu(this.rt, this, caption, false);
    });
  }

  alert(...args: unknown[]): GasEnumValue {
    return this.c('alert', () => {
      const { title, prompt, set } = this.dialogArgs('Ui.alert', args);
      const answer = this.nextAnswer(set);
      this._alerts.push({ kind: 'alert', title, prompt, buttonSet: set, response: answer.button });
      return Button[answer.button as keyof typeof Button];
    });
  }

  prompt(...args: unknown[]): { getResponseText(): string; getSelectedButton(): GasEnumValue } {
    return this.c('prompt', () => {
      const { title, prompt, set } = this.dialogArgs('Ui.prompt', args, 'OK');
      const answer = this.nextAnswer(set);
      const text = answer.text ?? '';
      this._alerts.push({
        kind: 'prompt',
        title,
        prompt,
        buttonSet: set,
        response: answer.button,
        responseText: text,
      });
      const button = Button[answer.button as keyof typeof Button];
      return { getResponseText: () => text, getSelectedButton: () => button };
    });
  }

  showSidebar(userInterface: unknown): void {
    this.c('showSidebar', () => this.record('sidebar', 'Ui.showSidebar', userInterface));
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this.c('showModalDialog', () => this.record('modal', 'Ui.showModalDialog', userInterface, title));
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this.c('showModelessDialog', () =>
      this.record('modeless', 'Ui.showModelessDialog', userInterface, title),
    );
  }

  // ---- emulator-only -------------------------------------------------------------------------

  /** Queues the user's answers to the next alerts/prompts (button names, e.g. 'YES', 'CANCEL', 'CLOSE'). */
  _respond(...buttons: string[]): void {
    for (const b of buttons) this.responses.push({ button: b });
  }
  /** Queues the user's answer to the next prompt. */
  _respondPrompt(text: string, button = 'OK'): void {
    this.responses.push({ button, text });
  }
  /** Called by Menu.addToUi. */
  _install(menu: FakeMenu): void {
    const rec: RecordedMenu = { caption: menu.caption, addon: menu.addon, items: menu._tree() };
    const i = this._menus.findIndex((m) => m.caption === rec.caption && m.addon === rec.addon);
    if (i >= 0) this._menus[i] = rec;
    else this._menus.push(rec);
  }
  /** Finds a menu item by its caption across all menus and submenus (the first match). */
  _findItem(caption: string): { caption: string; functionName: string } | null {
    const walk = (items: MenuEntry[]): { caption: string; functionName: string } | null => {
      for (const e of items) {
        if (e.type === 'item' && e.caption === caption) return e;
        if (e.type === 'submenu') {
          const f = walk(e.items);
          if (f) return f;
        }
      }
      return null;
    };
    for (const m of this._menus) {
      const f = walk(m.items);
      if (f) return f;
    }
    return null;
  }
  /** The open sidebar (the last one shown), if any. */
  _currentSidebar(): RecordedPanel | null {
    return this._sidebars.at(-1) ?? null;
  }

  private dialogArgs(
    method: string,
    args: unknown[],
    defaultSet = 'OK',
  ): { title: string; prompt: string; set: string } {
    const str = (v: unknown) => typeof v === 'string';
    if (args.length === 1 && str(args[0])) return { title: '', prompt: args[0] as string, set: defaultSet };
    if (args.length === 2 && str(args[0]) && !str(args[1]) && args[1] !== undefined) {
      return { title: '', prompt: args[0] as string, set: enumName(args[1]) };
    }
    if (args.length === 3 && str(args[0]) && str(args[1]) && args[2] !== undefined) {
      return { title: args[0] as string, prompt: args[1] as string, set: enumName(args[2]) };
    }
    throw signatureError(method, args);
  }

  private nextAnswer(set: string): { button: string; text?: string } {
    const allowed = BUTTONS_OF[set];
    if (!allowed) throw new Error(`Invalid argument: buttons`);
    const answer = this.responses.shift() ?? { button: allowed[0] };
    if (answer.button !== 'CLOSE' && !allowed.includes(answer.button)) {
      throw new Error(`[emulator] scripted answer ${answer.button} is not a button of ButtonSet.${set}`);
    }
    return answer;
  }

  private record(kind: RecordedPanel['kind'], method: string, ui: unknown, title?: string): void {
    if (!isHtmlOutput(ui)) throw signatureError(method, title === undefined ? [ui] : [ui, title]);
    const s = ui._snapshot();
    const panel: RecordedPanel = {
      kind,
      title: title ?? s.title,
      content: s.content,
      width: s.width,
      height: s.height,
      at: this.rt.now,
    };
    if (kind === 'sidebar') this._sidebars.push(panel);
    else this._dialogs.push(panel);
  }
}
