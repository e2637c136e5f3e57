// Writes the `Masalah` sheet (every problem of the run, errors first) and summarises it for toasts and the panel.

import { type Problem, type Problems, sortProblems } from '../core/problems';
import { OUTPUTS } from '../core/schema';
import type { ProblemView } from '../shared/rpc';
import { PANEL_TEXT } from '../text/id/panel';
import type { Port } from './port';

/**
 * Writes `Masalah`, after taking into `problems` what the run's earlier writes reported (an output name taken by a
 * person's sheet, text cut to fit). What writing `Masalah` itself reports (its name taken, a cut) joins `problems`
 * after, so the run's result and the panel still show it.
 */
export function writeProblems(port: Port, problems: Problems): void {
  problems.addAll(port.workbook.takeProblems());
  port.workbook.writeOutput(OUTPUTS.problems, sortProblems(problems.list).map(sheetRow));
  problems.addAll(port.workbook.takeProblems());
}

/** A problem as a row of `Masalah`: its columns only (the code is not shown there). */
const sheetRow = (p: Problem): Omit<ProblemView, 'code'> => ({
  level: p.level,
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  message: p.message,
  suggestion: p.suggestion,
});

const view = (p: Problem): ProblemView => ({ code: p.code, ...sheetRow(p) });

/** The first `limit` problems as plain data for the sidebar. */
export function problemViews(problems: Problems, limit = 50): ProblemView[] {
  return sortProblems(problems.list).slice(0, limit).map(view);
}

/**
 * The counts, and in full each output that was not written because a person's sheet has its name: the admin must
 * act on it, and when that sheet is `Masalah` this text is the only place it shows.
 */
export function problemSummary(problems: Problems): string {
  if (!problems.list.length) return PANEL_TEXT.noProblems;
  const taken = problems.list.filter((p) => p.code === 'output.nameTaken');
  return [
    PANEL_TEXT.problemCounts(problems.errors, problems.warnings),
    ...taken.map((p) => `${p.message} ${p.suggestion}`),
  ].join(' ');
}
