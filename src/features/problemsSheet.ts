// Writes the `Masalah` sheet (every problem of the run, errors first) and summarises it for toasts and the panel.

import { type Problem, type Problems, sortProblems } from '../core/problems';
import { OUTPUTS } from '../core/schema';
import type { ProblemView } from '../shared/rpc';
import { PANEL_TEXT } from '../text/id/panel';
import type { Port } from './port';

export function writeProblems(port: Port, problems: Problems): void {
  port.workbook.writeOutput(OUTPUTS.problems, sortProblems(problems.list).map(sheetRow));
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

export function problemSummary(problems: Problems): string {
  if (!problems.list.length) return PANEL_TEXT.noProblems;
  return PANEL_TEXT.problemCounts(problems.errors, problems.warnings);
}
