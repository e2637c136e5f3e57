// Build: bundles src/server.ts into dist/Code.js (IIFE + one top-level stub per export), inlines the sidebar
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
  [/\bfetch\s*\(/, 'fetch'],
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

async function exportNames(): Promise<string[]> {
  // esbuild's metafile lists no exports for iife output, so a second, unwritten ESM build gives the names.
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'src/server.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    target: 'es2020',
    platform: 'neutral',
    outfile: 'x.js',
    logLevel: 'silent',
  });
  const out = Object.values(r.metafile.outputs)[0];
  return [...(out?.exports ?? [])].sort();
}

async function buildServer(): Promise<{ names: string[]; bytes: number }> {
  const names = await exportNames();
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
  const exported = names.filter((n) => n !== 'default');
  // Stubs are the only globals: each is a top-level declaration Google can see; the bundle's exports hang
  // off the stubs as a property, so no other name (not even the bundle object) is global.
  const stubs = exported
    .map((n) => `function ${n}() { return ${n}.${IMPL}.apply(this, arguments); }`)
    .join('\n');
  const wire = exported.map((n) => `  ${n}.${IMPL} = ${GLOBAL_NAME}.${n};`).join('\n');
  const code =
    `// DOU ASN add-on, built from src/server.ts by tools/build.ts: do not edit.\n${stubs}\n` +
    `(function () {\n${bundle.slice(0, start)}var ${GLOBAL_NAME} = ${bundle.slice(start + prefix.length).trimEnd()}\n${wire}\n})();\n`;
  const errors = checkServerBundle(code);
  if (errors.length) throw new Error(errors.join('\n'));
  writeFileSync(join(DIST, 'Code.js'), code);
  return { names, bytes: code.length };
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
  });
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

async function main(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  const server = await buildServer();
  const sidebar = await buildHtml('sidebar/main.tsx', 'sidebar/index.html', 'sidebar.html');
  const help = await buildHtml('sidebar/help.tsx', 'sidebar/index.html', 'help.html');
  writeFileSync(join(DIST, 'appsscript.json'), readFileSync(join(ROOT, 'appsscript.json')));
  if (!process.argv.includes('--quiet')) {
    console.log(
      `dist/Code.js ${(server.bytes / 1024).toFixed(1)} KB, ${server.names.length} global functions; ` +
        `dist/sidebar.html ${(sidebar / 1024).toFixed(1)} KB; dist/help.html ${(help / 1024).toFixed(1)} KB`,
    );
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`build failed: ${(e as Error).message}`);
    process.exit(1);
  });
}
