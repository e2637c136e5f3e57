// Fuzz (issue 11 item 5): every sheet name the add-on reads or writes, in random letter case and spacing, and people's
// own sheets holding output and store names, through every step of the built bundle. Properties: every input is
// found, no sheet the add-on did not make is changed (a person's sheet stays byte-identical, and input sheets too
// unless Setup ran), each taken output is an Error naming that sheet, no crash, no English error, no second sheet
// under one name.

import fc from 'fast-check';
import type { FakeSheet, FakeSpreadsheet } from '../../emulator/spreadsheet';
import { OUTPUTS, SETUP_ORDER, SHEETS, STORES } from '../../src/core/schema';
import { sheetNameKey } from '../../src/core/sheetNames';
import type { ProblemView } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { harness } from '../bundle/harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const STEPS = [
  'runSetup',
  'runCheck',
  'computeScores',
  'computeJp',
  'computeEvaluation',
  'pullResponses',
] as const;
/** The outputs each step writes (Masalah by every step that reports). */
const WRITES: Record<string, string[]> = {
  runCheck: [OUTPUTS.problems.name],
  computeScores: [OUTPUTS.results.name, OUTPUTS.items.name, OUTPUTS.scoreSummary.name, OUTPUTS.problems.name],
  computeJp: [OUTPUTS.jp.name, OUTPUTS.jpUnits.name, OUTPUTS.problems.name],
  computeEvaluation: [
    OUTPUTS.evaluation.name,
    OUTPUTS.evaluationSummary.name,
    OUTPUTS.speakers.name,
    OUTPUTS.problems.name,
  ],
};
/** The input sheets (Setup's sheets but the two ledgers, which a person may prepare by hand). */
const INPUTS = SETUP_ORDER.filter((k) => k !== 'forms' && k !== 'certificates');
const TAKEABLE = [...Object.values(OUTPUTS).map((o) => o.name), ...Object.values(STORES).map((s) => s.name)];

/** A spelling of `name`: exact, another letter case, stray spaces around or inside. */
const variantArb = (name: string): fc.Arbitrary<string> =>
  fc
    .record({
      caseMode: fc.constantFrom('exact', 'lower', 'upper', 'mixed'),
      mask: fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      before: fc.constantFrom('', ' ', '  '),
      after: fc.constantFrom('', ' ', '  '),
      doubleSpace: fc.boolean(),
    })
    .map(({ caseMode, mask, before, after, doubleSpace }) => {
      let n =
        caseMode === 'lower'
          ? name.toLowerCase()
          : caseMode === 'upper'
            ? name.toUpperCase()
            : caseMode === 'mixed'
              ? [...name].map((ch, i) => (mask[i] ? ch.toUpperCase() : ch.toLowerCase())).join('')
              : name;
      if (doubleSpace) n = n.replace(' ', '  ');
      return `${before}${n}${after}`;
    });

interface Case {
  inputs: Array<[string, string]>;
  taken: string[];
  steps: string[];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  inputs: fc.tuple(
    ...INPUTS.map((k) => variantArb(SHEETS[k].name).map((v) => [SHEETS[k].name, v] as [string, string])),
  ),
  taken: fc.subarray(TAKEABLE, { maxLength: 4 }).chain((names) => fc.tuple(...names.map(variantArb))),
  steps: fc.subarray([...STEPS], { minLength: 1 }),
});

function snapshot(sheet: FakeSheet): string {
  return JSON.stringify({
    name: sheet._name,
    grid: [sheet._maxRows, sheet._maxCols, sheet._frozenRows, sheet._frozenCols, sheet._hidden],
    vals: sheet._vals,
    fmts: sheet._fmts,
    ext: sheet._ext,
    charts: sheet._charts.length,
  });
}

function build(c: Case): FakeSpreadsheet {
  const ss = synthWorkbook({ participants: 6, trainings: 2 });
  for (const [name, variant] of c.inputs) if (variant !== name) ss.getSheetByName(name)!.setName(variant);
  for (const name of c.taken) {
    const s = ss.insertSheet(name);
    s.getRange(1, 1, 2, 2).setValues([
      ['Punya saya', 'Jangan diubah'],
      ['=1+1', 42],
    ]);
    s.getRange(1, 1).setNote('catatan saya');
  }
  return ss;
}

const ENGLISH = /already exists|A sheet with|Cannot|TypeError|undefined|is not a function|Exception|\bnull\b/;

async function violations(c: Case): Promise<string[]> {
  const ss = build(c);
  const person = new Map(c.taken.map((n) => [n, snapshot(ss._sheet(n)!)]));
  const inputs = new Map(c.inputs.map(([, v]) => [v, snapshot(ss._sheet(v)!)]));
  const h = harness({ spreadsheet: ss });
  const out: string[] = [];
  for (const step of c.steps) {
    const r = (await h.addon.rpc(step)) as {
      ok: boolean;
      error?: string;
      value?: { problems?: ProblemView[]; message?: string };
    };
    if (!r?.ok) {
      // a refusal is fine when it is Indonesian and says what to do (a store name taken), never a crash
      if (!r?.error || ENGLISH.test(r.error) || !/Ganti nama lembar/.test(r.error))
        out.push(`${step} gagal: ${r?.error}`);
      continue;
    }
    const problems = r.value?.problems ?? [];
    const text = [r.value?.message ?? '', ...problems.map((p) => `${p.message} ${p.suggestion}`)].join('\n');
    if (ENGLISH.test(text)) out.push(`${step}: teks Inggris/teknis: ${text.match(ENGLISH)?.[0]}`);
    for (const p of problems)
      if (p.code === 'sheet.missing' || p.code === 'header.notFound')
        out.push(`${step}: ${p.code} ${p.sheet}`);
    for (const name of c.taken) {
      const own = TAKEABLE.find((t) => sheetNameKey(t) === sheetNameKey(name)) as string;
      if (
        (WRITES[step] ?? []).includes(own) &&
        !problems.some((p) => p.code === 'output.nameTaken' && p.sheet === name)
      )
        out.push(`${step}: tidak ada Error untuk lembar "${name}" yang memakai nama ${own}`);
    }
  }
  for (const [name, before] of person) {
    const s = h.ss._sheet(name);
    if (!s || snapshot(s) !== before) out.push(`lembar orang "${name}" berubah`);
  }
  if (!c.steps.includes('runSetup'))
    for (const [name, before] of inputs) {
      const s = h.ss._sheet(name);
      if (!s || snapshot(s) !== before) out.push(`lembar masukan "${name}" berubah`);
    }
  const keys = h.ss._sheets.map((s) => sheetNameKey(s._name));
  const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (dup.length) out.push(`dua lembar dengan nama sama: ${dup.join(', ')}`);
  return out;
}

describe('fuzz: sheet names in any case and spacing, people’s sheets with the add-on’s names', () => {
  test('no sheet the add-on did not make is changed; every input is found; no crash, no English', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        expect(await violations(c)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 120_000);

  test('the generator reaches renamed inputs and taken outputs of every step', () => {
    const sample = fc.sample(caseArb, { numRuns: RUNS, seed: SEED });
    expect(sample.filter((c) => c.inputs.some(([n, v]) => n !== v)).length).toBeGreaterThan(RUNS / 2);
    expect(
      sample.filter(
        (c) => c.taken.includes(OUTPUTS.problems.name) || c.taken.some((t) => sheetNameKey(t) === 'masalah'),
      ).length,
    ).toBeGreaterThan(0);
    expect(sample.filter((c) => c.taken.length > 0).length).toBeGreaterThan(RUNS / 2);
  });
});
