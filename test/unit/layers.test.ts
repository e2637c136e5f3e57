// The layers' import rule, read from the source: rules (src/core) import only rules and text; features only rules,
// text, shared types and the port; only src/gas and src/server.ts reach Google. tsconfig.rules.json checks the same
// from the other side (no Apps Script types there); this test names the offending import.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each relative import of a file, as the src-relative layer it lands in ('core', 'features', 'gas', 'server.ts', …). */
function importsOf(file: string): Array<{ spec: string; layer: string }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ spec: string; layer: string }> = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
    const spec = m[1];
    if (!spec.startsWith('.')) {
      out.push({ spec, layer: `package:${spec}` });
      continue;
    }
    const target = relative(SRC, resolve(dirname(file), spec));
    out.push({ spec, layer: target.split('/')[0] });
  }
  return out;
}

const ALLOWED: Record<string, readonly string[]> = {
  // the QR symbol's encoder (pure JavaScript, bundled): core/qr.ts alone
  core: ['core', 'text', 'package:qrcode-generator'],
  text: ['text', 'core', 'shared'],
  shared: ['shared', 'core', 'text'],
  features: ['features', 'core', 'shared', 'text'],
};

test.each(Object.keys(ALLOWED))('src/%s imports only from its allowed layers', (layer) => {
  const wrong: string[] = [];
  for (const file of filesUnder(join(SRC, layer))) {
    for (const imp of importsOf(file)) {
      if (!ALLOWED[layer].includes(imp.layer)) wrong.push(`${relative(SRC, file)} imports '${imp.spec}'`);
    }
  }
  expect(wrong).toEqual([]);
});

test('the import scan sees imports (so the rule above is not vacuous)', () => {
  const imports = importsOf(join(SRC, 'features/results.ts'));
  expect(imports.some((i) => i.layer === 'core')).toBe(true);
  expect(importsOf(join(SRC, 'server.ts')).some((i) => i.layer === 'gas')).toBe(true);
});

test('src/gas reaches into src/features only for the port it implements', () => {
  const wrong: string[] = [];
  for (const file of filesUnder(join(SRC, 'gas'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)) {
      const target = relative(SRC, resolve(dirname(file), m[1]));
      if (m[1].startsWith('.') && target.startsWith('features/') && !/^features\/port(\/|$)/.test(target))
        wrong.push(`${relative(SRC, file)} imports '${m[1]}'`);
    }
  }
  expect(wrong).toEqual([]);
});
