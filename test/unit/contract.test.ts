// The RPC contract is bound to the server: the sidebar's typecheck (sidebar/tsconfig.json) over a copy of
// src/server.ts whose API table has a renamed, a removed and two re-typed entries fails exactly where the sidebar
// calls them; over the real src/server.ts it passes.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const SERVER = resolve(ROOT, 'src', 'server.ts');

jest.setTimeout(240_000);

const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'sidebar', 'tsconfig.json'), undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
if (!config) throw new Error('sidebar/tsconfig.json not readable');
const parsed = config;
const cache = new Map<string, ts.SourceFile | undefined>();

interface Found {
  file: string;
  line: string;
  message: string;
}

/** The sidebar program's diagnostics with src/server.ts replaced by `serverText`. */
function sidebarDiagnostics(serverText: string): Found[] {
  const host = ts.createCompilerHost(parsed.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => {
    if (resolve(name) === SERVER) return ts.createSourceFile(name, serverText, lang, true);
    if (!cache.has(name)) cache.set(name, read(name, lang, ...rest));
    return cache.get(name);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const file = d.file ? d.file.fileName.slice(resolve(ROOT).length + 1) : '';
    const line =
      d.file && d.start !== undefined
        ? d.file.text.split('\n')[d.file.getLineAndCharacterOfPosition(d.start).line].trim()
        : '';
    return { file, line, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
  });
}

/** Replaces one piece of the server's text (it must be there, so a changed table fails this test loudly). */
function edit(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`src/server.ts no longer matches ${from}`);
  return text.replace(from, to);
}

const original = readFileSync(SERVER, 'utf8');

test('the sidebar typechecks against the real API table', () => {
  expect(sidebarDiagnostics(original)).toEqual([]);
});

test('a renamed, a removed and re-typed API entries fail the sidebar typecheck where it calls them', () => {
  let text = original;
  // renamed
  text = edit(text, /^ {2}continueCertificates: endpoint\(/m, '  continueCertificatesNext: endpoint(');
  // removed
  text = edit(text, /^ {2}listForms: endpoint\([\s\S]*?\),\n(?= {2}[\w/])/m, '');
  // an argument re-typed (the check and the parameter together, as a consistent server change would be)
  text = edit(
    text,
    /setActiveTraining: endpoint\('none',\s*\[trainingCode\],\s*\((\w+), code: string\)/,
    "setActiveTraining: endpoint('none', [integer('nomor', 1)], ($1, code: number)",
  );
  // the result re-typed
  text = edit(
    text,
    /(getParticipantLinks: endpoint\([\s\S]*?=>\s*)(participantLinks\([^)]*\))/,
    '$1$2.length',
  );
  const found = sidebarDiagnostics(text);
  const at = (file: string, name: string) =>
    found.filter((d) => d.file === file && d.line.includes(name)).map((d) => d.message);

  expect(at('sidebar/sections/certificates.tsx', "'continueCertificates'").join('\n')).toMatch(
    /"continueCertificates"' is not assignable/,
  );
  expect(at('sidebar/sections/forms.tsx', "'listForms'").join('\n')).toMatch(
    /"listForms"' is not assignable/,
  );
  expect(at('sidebar/main.tsx', "'setActiveTraining'").join('\n')).toMatch(
    /'string' is not assignable to parameter of type 'number'/,
  );
  expect(at('sidebar/sections/forms.tsx', 'setLinks(r)').join('\n')).toMatch(/'number' is not assignable/);
  // nothing else in the sidebar broke: each error is at one of those four call sites
  const sidebar = found.filter((d) => d.file.startsWith('sidebar/'));
  for (const d of sidebar)
    expect(d.line).toMatch(
      /continueCertificates|listForms|setForms\(list\)|setActiveTraining|setLinks\(r\)|runJob\(/,
    );
});
