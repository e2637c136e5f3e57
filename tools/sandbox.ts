// Sandbox: a local page with the built sidebar (300 px iframe) beside a read-only view of the emulated workbook,
// google.script.run bridged over HTTP to the built dist/Code.js running in the emulator.

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createEnvironment, type Environment } from '../emulator/environment';
import { type Addon, loadBundle } from '../emulator/loader';
import type { Quotas } from '../emulator/runtime';
import { FakeSpreadsheet, toA1 } from '../emulator/spreadsheet';
import { importXlsx } from '../emulator/xlsx';

const ROOT = join(__dirname, '..');
export const DEFAULT_PORT = 8377;
export const DEFAULT_INPUT = join(ROOT, 'examples', 'dou-asn-contoh.xlsx');

export interface SandboxOptions {
  /** 0 picks a free port. Default 8377. */
  port?: number;
  /** Start from an empty spreadsheet instead of the sample workbook. */
  empty?: boolean;
  /** An xlsx workbook to import (default the sample). */
  input?: string;
  /** Where the built Code.js, sidebar.html and help.html are (default <root>/dist). */
  distDir?: string;
  /** Print each google.script.run call to stderr. */
  verbose?: boolean;
  /** Daily quotas of the emulated account (tests use small ones to reach a quota). */
  quotas?: Quotas;
}

export interface Sandbox {
  /** The page with the sidebar beside the workbook view. */
  url: string;
  /** The sidebar alone (what the browser tests drive). */
  sidebarUrl: string;
  env: Environment;
  addon: Addon;
  close(): Promise<void>;
}

/** One sheet as the read-only view shows it: display strings up to the data range. */
export interface SheetView {
  name: string;
  rows: string[][];
  frozenRows: number;
}

export interface WorkbookView {
  name: string;
  active: string;
  /** A1 notation of the selected range, e.g. "C5". */
  selection: string | null;
  sheets: SheetView[];
}

/**
 * The client shim injected into the sidebar (sandbox only, never into dist): google.script.run POSTs
 * {name, args} to /api/run and calls the handlers asynchronously; google.script.host is stubbed.
 */
export const CLIENT_SHIM = `<script>
(function () {
  function makeRunner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (f) { return makeRunner(f, failure, userObject); },
      withFailureHandler: function (f) { return makeRunner(success, f, userObject); },
      withUserObject: function (o) { return makeRunner(success, failure, o); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t || typeof name !== 'string') return t[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var body;
          try { body = JSON.stringify({ name: name, args: args }); }
          catch (e) { setTimeout(function () { if (failure) failure(e, userObject); }, 0); return; }
          fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
            .then(function (r) { return r.json(); })
            .then(function (r) {
              if (r.ok) { if (success) success(r.value === undefined ? undefined : r.value, userObject); }
              else {
                var err = new Error(r.error && r.error.message);
                if (r.error && r.error.name) err.name = r.error.name;
                if (failure) failure(err, userObject);
              }
            }, function (e) { if (failure) failure(new Error('NetworkError: ' + e.message), userObject); })
            .then(function () { try { parent.postMessage({ sandbox: 'ran', name: name }, '*'); } catch (e) {} });
        };
      }
    });
  }
  window.google = { script: {
    run: makeRunner(null, null, undefined),
    host: {
      close: function () { try { parent.postMessage({ sandbox: 'close' }, '*'); } catch (e) {} },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () { try { parent.postMessage({ sandbox: 'focus' }, '*'); } catch (e) {} } }
    }
  } };
})();
</script>`;

/** Inserts the shim before the page's own script, so google.script exists when the bundle starts. */
export function injectShim(html: string): string {
  const at = html.indexOf('<script');
  return at < 0
    ? html.replace('</body>', `${CLIENT_SHIM}</body>`)
    : html.slice(0, at) + CLIENT_SHIM + html.slice(at);
}

/** The emulated workbook as display strings (what a person sees in Sheets). */
export function workbookView(env: Environment): WorkbookView {
  const ss = env.ss;
  const sheets: SheetView[] = ss._sheets.map((s) => {
    const nr = s._lastRow();
    const nc = s._lastColumn();
    const rows: string[][] = [];
    for (let r = 0; r < nr; r++) {
      const row: string[] = [];
      for (let c = 0; c < nc; c++) row.push(s._display(r, c));
      rows.push(row);
    }
    return { name: s._name, rows, frozenRows: s._frozenRows };
  });
  // Read the selection from the range's own fields: the view must not count service calls.
  const range = ss._activeRange;
  const selection = range ? toA1(range._row, range._col, range._numRows, range._numCols) : null;
  const active = range ? range._sheet._name : ss._active._name;
  return { name: ss._name, active, selection, sheets };
}

const PAGE = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>DOU ASN · sandbox</title>
<style>
  body { margin: 0; font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #202124; display: flex; height: 100vh; }
  #side { width: 300px; flex: none; border-right: 1px solid #dadce0; display: flex; flex-direction: column; }
  #side .bar, #book .bar { padding: 6px 10px; background: #f8f9fa; border-bottom: 1px solid #dadce0; display: flex; gap: 8px; align-items: center; }
  iframe { width: 300px; flex: 1; border: 0; }
  #book { flex: 1; min-width: 0; display: flex; flex-direction: column; }
  #tabs { display: flex; flex-wrap: wrap; gap: 2px; padding: 4px 6px; background: #f1f3f4; border-top: 1px solid #dadce0; }
  #tabs button { border: 1px solid #dadce0; background: #fff; padding: 3px 8px; font: inherit; cursor: pointer; border-radius: 3px; }
  #tabs button[aria-selected="true"] { background: #e8f0fe; color: #1a73e8; border-color: #1a73e8; }
  #grid { flex: 1; overflow: auto; }
  table { border-collapse: collapse; font-size: 12px; }
  th, td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f8f9fa; color: #5f6368; font-weight: 500; position: sticky; top: 0; }
  tr.head td { background: #f1f3f4; font-weight: 600; }
  td.sel { outline: 2px solid #1a73e8; outline-offset: -2px; }
  button.act { font: inherit; border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
  #status { color: #5f6368; }
</style>
</head>
<body>
<div id="side">
  <div class="bar"><b>Panel</b><a href="/help" target="_blank" rel="noopener">Bantuan</a></div>
  <iframe id="sidebar" src="/sidebar" title="Panel DOU ASN"></iframe>
</div>
<div id="book">
  <div class="bar"><b id="title">Workbook</b><button class="act" id="refresh" type="button">Muat ulang</button><span id="status"></span></div>
  <div id="grid"></div>
  <div id="tabs" role="tablist"></div>
</div>
<script>
(function () {
  var state = null, current = null;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function colName(i) { var s = ''; i++; while (i > 0) { var m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
  function selCell() {
    if (!state || !state.selection || state.active !== current) return null;
    var m = /^([A-Z]+)(\\d+)/.exec(state.selection); if (!m) return null;
    var c = 0; for (var i = 0; i < m[1].length; i++) c = c * 26 + (m[1].charCodeAt(i) - 64);
    return { row: Number(m[2]) - 1, col: c - 1 };
  }
  function draw() {
    var tabs = document.getElementById('tabs'), grid = document.getElementById('grid');
    tabs.replaceChildren(); grid.replaceChildren();
    document.getElementById('title').textContent = state.name;
    state.sheets.forEach(function (s) {
      var b = el('button', s.name); b.type = 'button'; b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s.name === current));
      b.onclick = function () { current = s.name; draw(); };
      tabs.appendChild(b);
    });
    var sheet = state.sheets.filter(function (s) { return s.name === current; })[0];
    if (!sheet) return;
    var sel = selCell();
    var width = sheet.rows.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    var table = el('table'), thead = el('thead'), hr = el('tr');
    hr.appendChild(el('th', ''));
    for (var c = 0; c < width; c++) hr.appendChild(el('th', colName(c)));
    thead.appendChild(hr); table.appendChild(thead);
    var tbody = el('tbody');
    sheet.rows.forEach(function (row, r) {
      var tr = el('tr', undefined, r < sheet.frozenRows ? 'head' : '');
      tr.appendChild(el('th', String(r + 1)));
      for (var c = 0; c < width; c++) {
        var td = el('td', row[c] || '');
        if (row[c]) td.title = row[c];
        if (sel && sel.row === r && sel.col === c) td.className = 'sel';
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    });
    table.appendChild(tbody); grid.appendChild(table);
    if (!sheet.rows.length) grid.appendChild(el('p', 'Lembar kosong.'));
  }
  function load(follow) {
    document.getElementById('status').textContent = 'memuat…';
    fetch('/api/sheets').then(function (r) { return r.json(); }).then(function (s) {
      state = s;
      var names = s.sheets.map(function (x) { return x.name; });
      if (follow || names.indexOf(current) < 0) current = s.active;
      draw();
      document.getElementById('status').textContent = s.sheets.length + ' lembar';
    }, function (e) { document.getElementById('status').textContent = 'gagal: ' + e.message; });
  }
  document.getElementById('refresh').onclick = function () { load(false); };
  window.addEventListener('message', function (e) {
    if (!e.data || !e.data.sandbox) return;
    if (e.data.sandbox === 'ran') load(false);
    if (e.data.sandbox === 'focus') load(true);
  });
  load(true);
})();
</script>
</body>
</html>`;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage, limit = 5_000_000): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        fail(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const distDir = resolve(opts.distDir ?? join(ROOT, 'dist'));
  const codePath = join(distDir, 'Code.js');
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run npm run build first`);
  let spreadsheet: FakeSpreadsheet;
  if (opts.empty) spreadsheet = new FakeSpreadsheet({ name: 'DOU ASN (kosong)' });
  else {
    const input = resolve(opts.input ?? DEFAULT_INPUT);
    if (!existsSync(input)) throw new Error(`${input} not found (use --empty or --input book.xlsx)`);
    spreadsheet = await importXlsx(input);
  }
  const env = createEnvironment({ spreadsheet, distDir, quotas: opts.quotas });
  const addon = loadBundle(env, codePath);
  addon.open('FULL');

  const page = (name: string): string => injectShim(readFileSync(join(distDir, name), 'utf8'));

  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    void (async () => {
      try {
        if (req.method === 'GET' && (url === '/' || url === '/index.html'))
          return send(res, 200, 'text/html', PAGE);
        if (req.method === 'GET' && url === '/sidebar')
          return send(res, 200, 'text/html', page('sidebar.html'));
        if (req.method === 'GET' && url === '/help') return send(res, 200, 'text/html', page('help.html'));
        if (req.method === 'GET' && url === '/api/sheets')
          return send(res, 200, 'application/json', JSON.stringify(workbookView(env)));
        if (req.method === 'POST' && url === '/api/run') {
          const body = JSON.parse(await readBody(req)) as { name?: unknown; args?: unknown };
          const name = String(body.name ?? '');
          const args = Array.isArray(body.args) ? body.args : [];
          try {
            const value = await addon.rpc(name, ...args);
            if (opts.verbose) console.error(`run ${name}: ok`);
            return send(res, 200, 'application/json', JSON.stringify({ ok: true, value }));
          } catch (e) {
            const err = e as { message?: unknown; name?: unknown };
            if (opts.verbose) console.error(`run ${name}: ${String(err.message)}`);
            return send(
              res,
              200,
              'application/json',
              JSON.stringify({
                ok: false,
                error: { message: String(err.message ?? e), name: String(err.name ?? 'Error') },
              }),
            );
          }
        }
        send(res, 404, 'text/plain', 'not found');
      } catch (e) {
        send(res, 500, 'text/plain', String((e as Error).message));
      }
    })();
  });
  const port = opts.port ?? DEFAULT_PORT;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const actual = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${actual}/`;
  return {
    url,
    sidebarUrl: `${url}sidebar`,
    env,
    addon,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function argValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${flag}=`));
  return eq ? eq.slice(flag.length + 1) : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const port = Number(argValue(argv, '--port') ?? process.env.PORT ?? DEFAULT_PORT);
  const sb = await startSandbox({
    port,
    empty: argv.includes('--empty'),
    input: argValue(argv, '--input'),
    verbose: argv.includes('--verbose'),
  });
  console.log(`DOU ASN sandbox: ${sb.url}  (panel saja: ${sb.sidebarUrl}; Ctrl+C untuk berhenti)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`sandbox failed: ${(e as Error).message}`);
    process.exit(1);
  });
}
