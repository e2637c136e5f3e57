// Problems on generated messy workbooks, the rules run in-process: every problem has a code and its level and its
// catalog text, and no fault is reported twice (the rules do not repeat what the parser already reported).

import fc from 'fast-check';
import { readResponseSheet } from '../../src/core/answers';
import { summarizeEvaluations } from '../../src/core/evaluation';
import { emptyResponses } from '../../src/core/model';
import { PROBLEM_LEVELS } from '../../src/core/problemCodes';
import { type Problem, Problems } from '../../src/core/problems';
import { computeResults } from '../../src/core/results';
import { SETUP_ORDER, SHEETS } from '../../src/core/schema';
import { parseWorkbook, type RawWorkbook } from '../../src/core/workbook';
import { workbookArb, writeWorkbook } from './workbooks';

const SEED = Number(process.env.FUZZ_SEED ?? 20260101);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Every problem of parsing the workbook and running the rules on it (as Periksa Data does). */
function allProblems(spec: Parameters<typeof writeWorkbook>[0]): Problem[] {
  const values = new Map(writeWorkbook(spec)._sheets.map((s) => [s._name, s._dump() as unknown[][]]));
  const raw: RawWorkbook = {};
  for (const key of SETUP_ORDER) raw[key] = values.get(SHEETS[key].name) ?? null;
  const problems = new Problems();
  const wb = parseWorkbook(raw, 'Asia/Jakarta', problems, [...values.keys()]);
  const responses = emptyResponses();
  const read = new Set<string>(); // a sheet registered twice is read once (as src/features/responses.ts does)
  for (const f of wb.forms) {
    if (read.has(f.responseSheet)) continue;
    read.add(f.responseSheet);
    readResponseSheet(values.get(f.responseSheet) ?? [], f, responses, problems);
  }
  problems.addAll(computeResults({ ...wb, responses }).problems.list);
  summarizeEvaluations({ ...wb, evaluations: responses.evaluations }, problems);
  return problems.list;
}

test('every problem has a code and its level and text; no fault is reported twice', () => {
  let coded = 0;
  fc.assert(
    fc.property(workbookArb, (spec) => {
      const list = allProblems(spec);
      const seen = new Set<string>();
      for (const p of list) {
        coded++;
        expect(p.level).toBe(PROBLEM_LEVELS[p.code]);
        expect(p.message.trim()).not.toBe('');
        const key = JSON.stringify([p.code, p.sheet, p.row, p.column, p.message]);
        expect(seen.has(key) ? key : '').toBe('');
        seen.add(key);
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
  expect(coded).toBeGreaterThan(RUNS);
});
