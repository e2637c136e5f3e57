// No user text is a plain-object key (issue 11, item 8): a training code, NIP, name, header, settings key, placeholder,
// form or item title, answer or store key is kept in a Map (the one way chosen), never in `{}` filled by key, where
// `__proto__` would set the prototype and `constructor`/`toString` would read Object.prototype's members.
//
// This test reads src/ and sidebar/ for the ways a string-keyed plain object is built: an empty `Record<string, …>`
// (or `{}` cast to one) filled afterwards, `Object.fromEntries`, and a JSON object cast to a string-keyed record.
// Each site there is listed below with why its keys can never be a person's text; a new site fails until it is a Map
// or listed with its reason (review it first: is any key typed by a person, read from a cell, a form or Drive?).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

const RISKY: ReadonlyArray<readonly [string, RegExp]> = [
  ['empty string-keyed record', /Record<\s*string\s*,[^=;]*>\s*=\s*\{\s*\}/],
  ['{} cast to a string-keyed record', /\{\s*\}\s*as\s+Record<\s*string\s*,/],
  ['Object.fromEntries', /Object\.fromEntries\(/],
  ['JSON as a string-keyed record', /JSON\.parse\([^)]*\)\s*as\s+Record<\s*string\s*,/],
];

/** file → the sites (the line's code, trimmed) and why their keys are never user text. */
const REVIEWED: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'src/core/cellReaders.ts': [['const specs: Record<string, Spec> = {};', "the schema's column keys"]],
  'src/core/cells.ts': [['const parts: Record<string, number> = {};', "Intl.DateTimeFormat's part types"]],
  'src/core/table.ts': [
    ['const cells: Record<string, unknown> = {};', "a ledger's own column keys (schema)"],
    ['const rec: Record<string, unknown> = {};', "an output definition's column keys (schema)"],
  ],
  'src/core/tte.ts': [
    [
      'const json = rows.map((r) => Object.fromEntries(MANIFEST_COLUMNS.map(([k, h]) => [h, r[k]])));',
      "the manifest's fixed column headings",
    ],
  ],
  'src/core/verifyPage.ts': [
    ['export const REGISTRY_HEADERS = Object.fromEntries(', "the registry definition's column keys (schema)"],
    [
      "const r = Object.fromEntries(fields.map((f, i) => [f, at[i] < 0 ? '' : cell(row[at[i]])])) as Record<",
      "the registry record's field names (REGISTRY_HEADERS' keys), never cell text",
    ],
  ],
  'src/features/certificateLedger.ts': [
    ['const cells: Record<string, unknown> = {};', "the ledger definition's keys"],
  ],
  'src/features/templates.ts': [
    [
      'const toStored = (p: TemplateProps): StoredProps => ({ ...p, folders: Object.fromEntries(p.folders) });',
      'codes, but only as JSON for a property: fromEntries defines own keys, JSON.parse reads them back as own keys, and in memory they are a Map',
    ],
  ],
  'src/gas/args.ts': [
    [
      'const out: Record<string, unknown> = {};',
      'option names declared in src/server.ts (others refused first)',
    ],
  ],
  'src/gas/charts.ts': [['options: Record<string, unknown> = {},', "the add-on's own chart options"]],
  'src/gas/entry.ts': [
    ['const out: Record<string, unknown> = {};', "the API table's function names"],
    ['const out: Record<string, MenuHandler> = {};', "the menu table's function names"],
  ],
  'src/gas/forms.ts': [
    ['let map: Record<string, unknown> = {};', "Google's form IDs (an old property being migrated)"],
    [
      'map = JSON.parse(old) as Record<string, unknown>;',
      "Google's form IDs (an old property being migrated)",
    ],
    ['const add: Record<string, string> = {};', 'property names: a fixed prefix and a form ID'],
  ],
  'src/gas/selfTest/docs.ts': [
    [
      "const v = Object.fromEntries(PLACEHOLDERS.map((p) => [p, ''])) as MergeValues;",
      "the add-on's own placeholder names",
    ],
  ],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

/** The risky sites of a file: its code lines (comments left out) matching a pattern. */
function sitesOf(file: string): Array<{ line: number; code: string; rule: string }> {
  const out: Array<{ line: number; code: string; rule: string }> = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const code = l.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
      for (const [rule, re] of RISKY) if (re.test(code)) out.push({ line: i + 1, code, rule });
    });
  return out;
}

const sites = ['src', 'sidebar'].flatMap((d) =>
  filesUnder(join(ROOT, d)).flatMap((f) => sitesOf(f).map((s) => ({ file: relative(ROOT, f), ...s }))),
);

test('every string-keyed plain object in src/ and sidebar/ is a reviewed site whose keys are never user text', () => {
  const unreviewed = sites
    .filter((s) => !(REVIEWED[s.file] ?? []).some(([code]) => code === s.code))
    .map(
      (s) =>
        `${s.file}:${s.line} (${s.rule}): ${s.code} — use a Map, or list it here with why its keys are safe`,
    );
  expect(unreviewed).toEqual([]);
});

test('the reviewed list names only sites that still exist (so it shrinks with the code)', () => {
  const gone = Object.entries(REVIEWED).flatMap(([file, list]) =>
    list
      .filter(([code]) => !sites.some((s) => s.file === file && s.code === code))
      .map(([code]) => `${file}: ${code}`),
  );
  expect(gone).toEqual([]);
});

test('the scan sees the patterns it looks for (a scanner that matches nothing proves nothing)', () => {
  const probe = (code: string) => RISKY.filter(([, re]) => re.test(code)).map(([rule]) => rule);
  expect(probe('const byCode: Record<string, number> = {};')).toEqual(['empty string-keyed record']);
  expect(probe('const m = {} as Record<string, Row>;')).toEqual(['{} cast to a string-keyed record']);
  expect(probe('const o = Object.fromEntries(rows.map((r) => [r.code, r]));')).toEqual([
    'Object.fromEntries',
  ]);
  expect(probe('const o = JSON.parse(raw) as Record<string, string>;')).toEqual([
    'JSON as a string-keyed record',
  ]);
  expect(probe('const m = new Map<string, number>();')).toEqual([]);
  expect(sites.length).toBeGreaterThan(5);
});

test('why it matters: a plain object keyed by user text loses or misreads these keys; a Map does not', () => {
  const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];
  const obj: Record<string, number> = {};
  for (const k of keys) obj[k] = (obj[k] ?? 0) + 1;
  expect(Object.keys(obj)).not.toContain('__proto__');
  expect(typeof ({} as Record<string, unknown>).constructor).toBe('function');
  const map = new Map<string, number>();
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
  expect([...map.keys()]).toEqual(keys);
  expect([...map.values()]).toEqual([1, 1, 1, 1, 1]);
});
