// RPC and prototype-key fuzz (issue 11, items 8 and 9): every sidebar entry called with generated arguments of every
// type google.script.run can deliver (and raw values it cannot: NaN, undefined, Infinity, a Date), and generated
// workbooks with `__proto__`, `constructor`, … in every place a person types text. Properties: never a crash, never
// Google's or JavaScript's English; an argument outside its parameter's domain is `invalidArgument`, refused before
// any service call; an argument inside it is never refused as one.

import fc from 'fast-check';
import { GOOGLE_FAILURE } from '../../src/text/id/rpc';
import { type Harness, harness } from '../bundle/harness';
import { runAndCheck } from './check';
import { fits, PARAMS, type Param, VALID } from './rpcParams';
import { type Cell, type WorkbookSpec, workbookArb } from './workbooks';

const SEED = Number(process.env.FUZZ_SEED ?? 20261111);
const RUNS = Number(process.env.FUZZ_RUNS_RPC ?? 600);
const WORKBOOK_RUNS = Number(process.env.FUZZ_RUNS_PROTO ?? 40);

const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'valueOf',
] as const;
const KINDS = new Set([
  'busy',
  'quota',
  'cellLimit',
  'permission',
  'google',
  'missingSheet',
  'invalidArgument',
  'blocked',
  'userError',
]);

/** Text a person must never read: JavaScript's and Google's English outside the parentheses GOOGLE_FAILURE keeps. */
const ENGLISH =
  /is not a function|Cannot (read|set|convert)|undefined|TypeError|RangeError|Exception|coordinates of the range|Argument too large|Invalid argument|\[object Object\]/;

/** Values a parameter may be given: strings at and past the bounds, numbers at the edges, objects with prototype names. */
const stringArb = fc.oneof(
  fc.constantFrom('', ' ', 'Peserta', 'Kegiatan', 'Masalah', 'K1', 'Nama', 'NIP', 'logo', ...PROTO_KEYS),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(100, 101, 50_000, 50_001).map((n) => 'x'.repeat(n)),
);
const numberArb = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 3, 1.5, 1e9, 10_000_000, 10_000_001, -0, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: -5, max: 2000 }),
  fc.double(),
);
const leafArb: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), numberArb, stringArb);
const protoObjectArb = fc
  .tuple(fc.constantFrom(...PROTO_KEYS, 'redo', 'newVersion', 'shuffle', 'confirmOwn', 'code'), leafArb)
  .map(
    ([k, v]) =>
      JSON.parse(JSON.stringify({ [k]: null }).replace('null', JSON.stringify(v) ?? 'null')) as unknown,
  );
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: leafArb },
  { weight: 1, arbitrary: fc.array(leafArb, { maxLength: 3 }) },
  { weight: 2, arbitrary: protoObjectArb },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('redo', 'newVersion', 'shuffle', 'confirmOwn'), leafArb, {
      maxKeys: 2,
    }),
  },
);
/** Raw values google.script.run would turn into null or refuse on the client (sent straight to the function). */
const rawArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: valueArb },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, new Date(2026, 0, 1)),
  },
);

const NAMES = Object.keys(PARAMS);
/** An entry and its arguments: mostly the right number with one or more positions generated. */
const callArb = (value: fc.Arbitrary<unknown>) =>
  fc.constantFrom(...NAMES).chain((name) => {
    const params = PARAMS[name];
    const filler = params.map((p) => (typeof p === 'string' ? VALID[p] : {}));
    return fc
      .tuple(
        fc.array(fc.option(value, { nil: Symbol.for('keep') as unknown as undefined, freq: 2 }), {
          minLength: params.length,
          maxLength: params.length + 1,
        }),
      )
      .map(([given]) => ({
        name,
        args: given.map((v, i) => (v === (Symbol.for('keep') as unknown) ? (filler[i] ?? null) : v)),
      }));
  });

/** The oracle: whether every argument, as the server receives it, fits its parameter (extra ones only as null). */
function accepted(name: string, args: readonly unknown[]): boolean {
  const params: readonly Param[] = PARAMS[name];
  return args.every((v, i) => (i < params.length ? fits(params[i], v) : v === null || v === undefined));
}

/** JSON semantics of google.script.run for one argument (what the server receives). */
const sent = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v) ?? 'null'));

type Answer = { ok: true; value: unknown } | { ok: false; kind: string; error: string; detail?: string };

function judge(name: string, args: readonly unknown[], r: Answer, calls: number): string[] {
  const bad: string[] = [];
  const what = `${name}(${args.map((a) => (typeof a === 'string' && a.length > 20 ? `<${a.length} chars>` : String(JSON.stringify(a)))).join(', ')})`;
  if (!r || typeof r !== 'object') return [`${what}: no envelope`];
  if (accepted(name, args)) {
    if (!r.ok && r.kind === 'invalidArgument' && r.error.startsWith(`Panggilan ${name} ditolak`))
      bad.push(`${what}: refused although valid: ${r.error}`);
  } else {
    if (r.ok || r.kind !== 'invalidArgument')
      bad.push(`${what}: accepted or not invalidArgument: ${JSON.stringify(r).slice(0, 200)}`);
    if (calls !== 0) bad.push(`${what}: ${calls} service calls before the refusal`);
  }
  if (!r.ok) {
    if (!KINDS.has(r.kind)) bad.push(`${what}: unknown kind ${r.kind}`);
    const own = r.error.replace(/\([^)]*\)\.?$/, '');
    if (ENGLISH.test(own) || r.error.trim() === '') bad.push(`${what}: message ${r.error.slice(0, 200)}`);
  }
  return bad;
}

async function callOnce(h: Harness, name: string, args: unknown[], raw: boolean): Promise<string[]> {
  const before = h.env.rt.totalCalls();
  let r: Answer;
  try {
    r = raw
      ? (h.addon.run(name, args, { context: 'rpc' }) as Answer)
      : ((await h.addon.rpc(name, ...args)) as Answer);
  } catch (e) {
    return [`${name}: threw ${(e as Error).message.slice(0, 200)}`];
  }
  return judge(name, raw ? args : args.map(sent), r, h.env.rt.totalCalls() - before);
}

/** fc.assert, with the counterexample shortened (a generated 50,001-character text would fill the log). */
async function assertShort<T>(prop: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const out = await fc.check(prop, params);
  if (!out.failed) return;
  const short = JSON.stringify(out.counterexample, (_k, v) =>
    typeof v === 'string' && v.length > 40 ? `<${v.length} karakter>` : v,
  );
  throw new Error(
    `counterexample ${short} (seed ${out.seed}, path ${out.counterexamplePath}): ${String(out.errorInstance).slice(0, 2000)}`,
  );
}

/** A set-up workbook with data, so that a valid call does its work (one per property, reused across runs). */
async function setUp(): Promise<Harness> {
  const h = harness();
  await h.call('runSetup');
  return h;
}

describe('fuzz: every sidebar entry × generated arguments', () => {
  test('through google.script.run (JSON values): invalid → invalidArgument before any call; never English', async () => {
    const h = await setUp();
    await assertShort(
      fc.asyncProperty(callArb(valueArb), async ({ name, args }) => {
        expect(await callOnce(h, name, args, false)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 60_000);

  test('raw values straight to the function (NaN, undefined, Infinity, a Date): the same, stricter than Google', async () => {
    const h = await setUp();
    await assertShort(
      fc.asyncProperty(callArb(rawArb), async ({ name, args }) => {
        expect(await callOnce(h, name, args, true)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + 1, endOnFailure: true },
    );
  }, 60_000);

  test('the generator reaches both sides of the oracle for every entry that takes arguments', () => {
    const seen = new Map<string, Set<boolean>>();
    // only arguments are drawn here (no call), so the sample is large enough for every entry, however many
    for (const { name, args } of fc.sample(callArb(valueArb), { numRuns: RUNS * 20, seed: SEED }))
      seen.set(name, (seen.get(name) ?? new Set()).add(accepted(name, args.map(sent))));
    for (const [name, params] of Object.entries(PARAMS))
      if (params.length) expect([name, [...(seen.get(name) ?? [])].sort()]).toEqual([name, [false, true]]);
  });

  test('the judge catches what it must', () => {
    expect(judge('selectCell', ['Peserta', 0, ''], { ok: true, value: 'A1' }, 0)).toHaveLength(1);
    expect(
      judge('selectCell', ['Peserta', 0, ''], { ok: false, kind: 'invalidArgument', error: 'x' }, 3).join(),
    ).toMatch(/3 service calls/);
    expect(
      judge(
        'runCheck',
        [],
        { ok: false, kind: 'google', error: "Cannot read properties of undefined (reading 'x')" },
        1,
      ),
    ).toHaveLength(1);
    expect(
      judge(
        'runCheck',
        [],
        { ok: false, kind: 'google', error: GOOGLE_FAILURE.google, detail: 'Service error' },
        1,
      ),
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------- prototype names in a generated workbook

/**
 * The spec with object-key names typed in place of a person's text: about one text cell in three of every sheet
 * (codes, NIPs, names, units, answers, response-sheet cells, Formulir rows) and one extra header per sheet.
 */
function withProtoKeys(spec: WorkbookSpec, seed: number): WorkbookSpec {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s >>> 8;
  };
  // half the time one training's code is a key everywhere it is typed (so it joins up across sheets)
  const code = seed % 2 === 0 ? PROTO_KEYS[(seed >> 1) % PROTO_KEYS.length] : null;
  const sheets = spec.sheets.map((sheet) => {
    const rows = sheet.rows.map((row, r) =>
      row.map((v): Cell => {
        if (code && v === 'DOU-01') return code;
        return r > 0 && typeof v === 'string' && next() % 3 === 0
          ? PROTO_KEYS[next() % PROTO_KEYS.length]
          : v;
      }),
    );
    if (rows.length && sheet.name !== 'Pengaturan') {
      rows[0] = [...rows[0], PROTO_KEYS[next() % PROTO_KEYS.length]];
      for (let r = 1; r < rows.length; r++) rows[r] = [...rows[r], PROTO_KEYS[next() % PROTO_KEYS.length]];
    }
    if (sheet.name === 'Pengaturan') for (const k of PROTO_KEYS) rows.push([k, k]);
    return { ...sheet, rows };
  });
  return { sheets };
}

describe('fuzz: prototype names in every user-text place of a generated workbook', () => {
  test('Periksa Data, Hitung Nilai, Rekap JP, Rekap Evaluasi: every invariant holds', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, fc.integer({ min: 1, max: 1 << 30 }), async (spec, seed) => {
        const { violations } = await runAndCheck(withProtoKeys(spec, seed));
        expect(violations).toEqual([]);
      }),
      { numRuns: WORKBOOK_RUNS, seed: SEED + 2, endOnFailure: true },
    );
  }, 60_000);

  test('the names do land in the outputs (Rekap Nilai carries one as a code or a name)', async () => {
    let landed = 0;
    for (const [spec, seed] of fc.sample(fc.tuple(workbookArb, fc.integer({ min: 1, max: 1 << 30 })), {
      numRuns: 6,
      seed: SEED + 3,
    })) {
      const h = harness({
        spreadsheet: (await import('./workbooks')).writeWorkbook(withProtoKeys(spec, seed)),
      });
      await h.addon.rpc('computeScores');
      const out = h.env.ss._sheet('Rekap Nilai')?._dump() ?? [];
      if (out.flat().some((v) => (PROTO_KEYS as readonly unknown[]).includes(v))) landed++;
    }
    expect(landed).toBeGreaterThan(0);
  }, 60_000);
});
