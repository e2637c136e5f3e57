// The emulated web-app side of Apps Script (issue 13: the verification page, verify/): ContentService text output,
// SpreadsheetApp.openById for a standalone script (read only by what the page does, the full scope in its manifest), and a request
// dispatched to doGet with the event object Google passes. Evidence: emulator/README.md fidelity table, rows 40a–40d.

import { isHtmlOutput } from './html';
import type { Addon } from './loader';
import { COST_MODEL, type Runtime } from './runtime';
import type { FakeSpreadsheet } from './spreadsheet';

/** ContentService.MimeType (Google's enum; createTextOutput defaults to TEXT). */
export const ContentMimeType = {
  ATOM: 'ATOM',
  CSV: 'CSV',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  JSON: 'JSON',
  RSS: 'RSS',
  TEXT: 'TEXT',
  VCARD: 'VCARD',
  XML: 'XML',
} as const;

export class FakeTextOutput {
  private mime: string = ContentMimeType.TEXT;
  constructor(
    private readonly rt: Runtime,
    private content: string,
  ) {}
  private c<T>(m: string, f: () => T): T {
    return this.rt.call(`ContentService.TextOutput.${m}`, COST_MODEL.trivial, f);
  }
  setMimeType(m: unknown): FakeTextOutput {
    return this.c('setMimeType', () => {
      if (!Object.values(ContentMimeType).includes(m as never)) throw new Error('Invalid argument: mimeType');
      this.mime = String(m);
      return this;
    });
  }
  getMimeType(): string {
    return this.c('getMimeType', () => this.mime);
  }
  getContent(): string {
    return this.c('getContent', () => this.content);
  }
  append(s: string): FakeTextOutput {
    return this.c('append', () => {
      this.content += String(s);
      return this;
    });
  }
}

export function createContentService(rt: Runtime) {
  return {
    MimeType: ContentMimeType,
    createTextOutput: (content?: string): FakeTextOutput =>
      rt.call(
        'ContentService.createTextOutput',
        COST_MODEL.trivial,
        () => new FakeTextOutput(rt, content === undefined ? '' : String(content)),
      ),
  };
}

/** What Google says for an id that does not exist or is not shared with the account the script runs as. */
export const OPEN_BY_ID_MESSAGE =
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.';

/** The method names that change a spreadsheet: refused under spreadsheets.readonly (stricter: every one of them). */
const WRITES =
  /^(set|insert|delete|clear|append|add|remove|sort|copy|move|hide|show|unhide|merge|break|protect|create|auto|activate|duplicate|rename|new|trim|randomize|uncheck|check|flush|group|ungroup|collapse|expand|apply)/;

export const READ_ONLY_MESSAGE = (name: string) =>
  `You do not have permission to call ${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets`;

function readOnly<T extends object>(target: T, seen = new WeakMap<object, unknown>()): T {
  const hit = seen.get(target);
  if (hit) return hit as T;
  const proxy = new Proxy(target, {
    get(t, key, recv) {
      const v = Reflect.get(t, key, recv);
      if (typeof v !== 'function' || typeof key !== 'string' || key.startsWith('_')) return v;
      if (WRITES.test(key))
        return () => {
          throw new Error(READ_ONLY_MESSAGE(`${t.constructor?.name ?? 'Spreadsheet'}.${key}`));
        };
      return (...args: unknown[]) => {
        const out = (v as (...a: unknown[]) => unknown).apply(t, args);
        if (out && typeof out === 'object') {
          if (Array.isArray(out))
            return out.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? readOnly(x, seen) : x));
          return readOnly(out as object, seen);
        }
        return out;
      };
    },
  });
  seen.set(target, proxy);
  return proxy;
}

export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/**
 * SpreadsheetApp for a standalone script (no container: getActiveSpreadsheet is null): openById opens a spreadsheet
 * the deploying account can reach (`books`). It needs the full spreadsheets scope in the manifest (`scopes`): Google
 * lists only that scope for openById, and a report says a narrower one (currentonly) is refused there, so whether
 * spreadsheets.readonly would do is unsure and the emulator refuses it (stricter). Every write is refused too: the
 * verification page must only read (its tests hold it to that).
 */
export function createReadOnlySpreadsheetApp(
  rt: Runtime,
  books: ReadonlyMap<string, FakeSpreadsheet>,
  scopes: readonly string[] = [SPREADSHEETS_SCOPE],
) {
  return {
    getActiveSpreadsheet: () =>
      rt.call('SpreadsheetApp.getActiveSpreadsheet', COST_MODEL.sheetLookup, () => null),
    openById: (id: unknown) =>
      rt.call('SpreadsheetApp.openById', COST_MODEL.docOpenOrCreate, () => {
        if (!scopes.includes(SPREADSHEETS_SCOPE))
          throw new Error(READ_ONLY_MESSAGE('SpreadsheetApp.openById'));
        const book = books.get(String(id));
        if (!book) throw new Error(OPEN_BY_ID_MESSAGE);
        return readOnly(book);
      }),
  };
}

export interface WebResponse {
  kind: 'html' | 'text';
  content: string;
  title: string;
  mimeType: string;
  metaTags: Array<{ name: string; content: string }>;
}

/**
 * A GET request to the deployed web app: doGet(e) with Google's event object (parameter: the first value of each
 * name; parameters: every value; queryString; contentLength -1). doGet must return an HtmlOutput or a TextOutput,
 * else Google shows "The script completed but did not return anything."
 */
export function getWebApp(addon: Addon, query: string): WebResponse {
  const parameters: Record<string, string[]> = {};
  for (const part of query.replace(/^\?/, '').split('&').filter(Boolean)) {
    const [k, v = ''] = part.split('=');
    const key = decodeURIComponent(k.replace(/\+/g, ' '));
    const list = parameters[key] ?? [];
    list.push(decodeURIComponent(v.replace(/\+/g, ' ')));
    parameters[key] = list;
  }
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const e = {
    parameter,
    parameters,
    queryString: query.replace(/^\?/, ''),
    contentLength: -1,
    contextPath: '',
  };
  const out = addon.run('doGet', [e]);
  if (isHtmlOutput(out)) {
    const snap = out._snapshot();
    return {
      kind: 'html',
      content: snap.content,
      title: snap.title,
      mimeType: 'text/html',
      metaTags: snap.metaTags,
    };
  }
  if (out instanceof FakeTextOutput)
    return { kind: 'text', content: out.getContent(), title: '', mimeType: out.getMimeType(), metaTags: [] };
  throw new Error('The script completed but did not return anything.');
}
