// The rules of a full computation on sheets' values, with no Apps Script and no emulator: what the bench's
// "rules alone" row times (bundled by esbuild as the add-on is, so the figure is the shipped code's).

import { readResponseSheet } from '../src/core/answers';
import { summarizeEvaluations } from '../src/core/evaluation';
import { analyzeItems } from '../src/core/itemAnalysis';
import { summarizeJp } from '../src/core/jpSummary';
import { emptyResponses } from '../src/core/model';
import { Problems } from '../src/core/problems';
import { computeResults } from '../src/core/results';
import { SETUP_ORDER, SHEETS } from '../src/core/schema';
import { parseWorkbook, type RawWorkbook } from '../src/core/workbook';

/** Parses the sheets, imports the registered response sheets, and computes every output; returns the row count. */
export function runRules(values: ReadonlyMap<string, unknown[][]>): number {
  const problems = new Problems();
  const raw: RawWorkbook = {};
  for (const key of SETUP_ORDER) raw[key] = values.get(SHEETS[key].name) ?? null;
  const wb = parseWorkbook(raw, 'Asia/Jakarta', problems, [...values.keys()]);
  const responses = emptyResponses();
  for (const f of wb.forms) readResponseSheet(values.get(f.responseSheet) ?? [], f, responses, problems);
  const results = computeResults({ ...wb, responses });
  summarizeJp(results.credits, wb.settings);
  analyzeItems(results.trainings, wb.questions, results.testScores.chosen);
  summarizeEvaluations({ ...wb, evaluations: responses.evaluations }, problems);
  return results.rows.length;
}
