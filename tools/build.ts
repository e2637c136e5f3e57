// Build: bundles src/server.ts into dist/Code.js (IIFE + one top-level stub per entry of its tables), inlines the sidebar
// into dist/sidebar.html, copies the manifest, and checks the bundle is a classic script Apps Script can run.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const GLOBAL_NAME = '__addon';
/** Property of each stub that holds its implementation. */
const IMPL = 'impl_';

/** Things Apps Script's V8 does not have, or that esbuild must not leave in the output (GAS-FACTS "Runtime"). */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/^\s*import\s/m, 'import statement'],
  [/^\s*export\s/m, 'export statement'],
  [/\bimport\s*\(/, 'dynamic import()'],
  [/#[A-Za-z_$][\w$]*\s*(=|;|\(|in\b)/, 'private #field'],
  [/\bsetTimeout\s*\(/, 'setTimeout'],
  [/\bsetInterval\s*\(/, 'setInterval'],
  [/(^|[^.\w$])fetch\s*\(/, 'fetch (UrlFetchApp.fetch is fine)'],
  [/\bnew\s+URL\s*\(/, 'URL'],
  [/\bURLSearchParams\b/, 'URLSearchParams'],
  [/\bTextEncoder\b/, 'TextEncoder'],
  [/\bprocess\.(env|argv|exit)/, 'process'],
];

export function checkServerBundle(code: string): string[] {
  const errors: string[] = [];
  try {
    new vm.Script(code, { filename: 'Code.js' });
  } catch (e) {
    errors.push(`Code.js does not parse as a classic script: ${(e as Error).message}`);
  }
  for (const [re, what] of FORBIDDEN) {
    const m = re.exec(code);
    if (m) {
      const line = code.slice(0, m.index).split('\n').length;
      errors.push(`Code.js uses ${what} (line ${line}): not available in Apps Script`);
    }
  }
  return errors;
}

/** The tables of src/server.ts whose keys become the top-level functions, in the order they are declared. */
export const ENTRY_TABLES = ['triggers', 'menu', 'api'] as const;

export interface EntryName {
  table: (typeof ENTRY_TABLES)[number];
  name: string;
}

/**
 * The entry points, read from the bundle itself: it runs in a bare context (as in AuthMode.NONE, no Apps Script
 * global is there, so a module touching one at load fails here), and each key of each table is one entry. The
 * entry exports the tables and nothing else, and each entry is a function with a name Google can call.
 */
export function entryNames(bundle: string): EntryName[] {
  const ctx = vm.createContext({});
  try {
    new vm.Script(bundle, { filename: 'bundle.js' }).runInContext(ctx);
  } catch (e) {
    throw new Error(`the bundle failed at load (no Apps Script global exists then): ${(e as Error).message}`);
  }
  const exported = (ctx as Record<string, unknown>)[GLOBAL_NAME] as Record<string, unknown> | undefined;
  if (!exported) throw new Error(`the bundle defines no ${GLOBAL_NAME}`);
  const extra = Object.keys(exported).filter((k) => !(ENTRY_TABLES as readonly string[]).includes(k));
  if (extra.length)
    throw new Error(
      `src/server.ts exports ${extra.join(', ')}: it may export only ${ENTRY_TABLES.join(', ')}`,
    );
  const out: EntryName[] = [];
  const seen = new Set<string>();
  for (const table of ENTRY_TABLES) {
    const t = exported[table] as Record<string, unknown> | undefined;
    if (!t || typeof t !== 'object') throw new Error(`src/server.ts does not export the table ${table}`);
    for (const [name, fn] of Object.entries(t)) {
      if (typeof fn !== 'function') throw new Error(`${table}.${name} is not a function`);
      // google.script.run refuses names ending in _ (GAS-FACTS "Runtime"), and the stub needs an identifier
      if (!/^[A-Za-z$][\w$]*$/.test(name) || name.endsWith('_'))
        throw new Error(`${table}.${name}: not a callable name`);
      if (seen.has(name)) throw new Error(`${name} is in two tables`);
      seen.add(name);
      out.push({ table, name });
    }
  }
  return out;
}

async function buildServer(): Promise<{ names: string[]; bytes: number }> {
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'src/server.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const bundle = r.outputFiles[0].text;
  const prefix = `var ${GLOBAL_NAME} = `;
  const start = bundle.indexOf(prefix);
  if (start < 0) throw new Error(`unexpected esbuild output: no "${prefix}"`);
  const entries = entryNames(bundle);
  // Stubs are the only globals: each is a top-level declaration Google can see; the table entries hang off the
  // stubs as a property, so no other name (not even the bundle object) is global.
  const stubs = entries
    .map(({ name }) => `function ${name}() { return ${name}.${IMPL}.apply(this, arguments); }`)
    .join('\n');
  const wire = entries
    .map(({ table, name }) => `  ${name}.${IMPL} = ${GLOBAL_NAME}.${table}.${name};`)
    .join('\n');
  const code =
    `// DOU ASN add-on, built from src/server.ts by tools/build.ts: do not edit.\n${stubs}\n` +
    `(function () {\n${bundle.slice(0, start)}var ${GLOBAL_NAME} = ${bundle.slice(start + prefix.length).trimEnd()}\n${wire}\n})();\n`;
  const errors = checkServerBundle(code);
  if (errors.length) throw new Error(errors.join('\n'));
  writeFileSync(join(DIST, 'Code.js'), code);
  return { names: entries.map((e) => e.name), bytes: code.length };
}

/**
 * What a page (sidebar, help) may bundle: its own code, the shared contract, the text catalogs, the pure rules and
 * packages. The server's types reach the sidebar (`ServerApi`) only as `import type`, which leaves no code.
 */
const PAGE_INPUTS = ['sidebar/', 'src/shared/', 'src/text/', 'src/core/', 'node_modules/'];

export function checkPageInputs(inputs: readonly string[]): string[] {
  return inputs
    .filter((f) => !PAGE_INPUTS.some((p) => f.startsWith(p)))
    .map((f) => `${f} is bundled into a page: only ${PAGE_INPUTS.join(', ')} may be (use import type)`);
}

/** Escapes `://` in inlined script so Apps Script's HTML processing cannot take `//` for a comment. */
export function escapeInlineScript(js: string): string {
  return js.replace(/:\/\//g, ':\\/\\/').replace(/<\/script/gi, '<\\/script');
}

async function buildHtml(entry: string, template: string, outName: string): Promise<number> {
  const r = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    write: false,
    loader: { '.css': 'css' },
    outdir: join(DIST, 'tmp'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  });
  const errors = checkPageInputs(Object.keys(r.metafile.inputs));
  if (errors.length) throw new Error(`${entry}: ${errors.join('; ')}`);
  let js = '';
  let css = '';
  for (const f of r.outputFiles) {
    if (f.path.endsWith('.js')) js += f.text;
    else if (f.path.endsWith('.css')) css += f.text;
  }
  const html = readFileSync(join(ROOT, template), 'utf8')
    .replace('/*INLINE_CSS*/', () => css.replace(/<\/style/gi, '<\\/style'))
    .replace('/*INLINE_JS*/', () => escapeInlineScript(js));
  writeFileSync(join(DIST, outName), html);
  return html.length;
}

/**
 * The verification web app (verify/, issue 13): its own bundle dist-verify/Code.js with one top-level doGet, and its
 * own manifest (read-only spreadsheets scope). Pushed apart from the add-on (`npm run push:verify`).
 */
async function buildVerify(): Promise<number> {
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'verify/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__verify',
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const code =
    '// DOU ASN verification page, built from verify/main.ts by tools/build.ts: do not edit.\n' +
    'function doGet(e) { return doGet.impl_(e); }\n' +
    `(function () {\n${r.outputFiles[0].text}doGet.impl_ = __verify.doGet;\n})();\n`;
  const errors = checkServerBundle(code);
  if (errors.length) throw new Error(errors.join('\n'));
  const out = join(ROOT, 'dist-verify');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'Code.js'), code);
  writeFileSync(join(out, 'appsscript.json'), readFileSync(join(ROOT, 'verify/appsscript.json')));
  return code.length;
}

async function main(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  const server = await buildServer();
  const verify = await buildVerify();
  const sidebar = await buildHtml('sidebar/main.tsx', 'sidebar/index.html', 'sidebar.html');
  const help = await buildHtml('sidebar/help.tsx', 'sidebar/index.html', 'help.html');
  writeFileSync(join(DIST, 'appsscript.json'), readFileSync(join(ROOT, 'appsscript.json')));
  if (!process.argv.includes('--quiet')) {
    console.log(
      `dist/Code.js ${(server.bytes / 1024).toFixed(1)} KB, ${server.names.length} global functions; ` +
        `dist/sidebar.html ${(sidebar / 1024).toFixed(1)} KB; dist/help.html ${(help / 1024).toFixed(1)} KB; ` +
        `dist-verify/Code.js ${(verify / 1024).toFixed(1)} KB`,
    );
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`build failed: ${(e as Error).message}`);
    process.exit(1);
  });
}
