// Writes the `Masalah` sheet (every problem of the run, errors first) and summarises it for toasts and the panel.

import { type Problem, type Problems, sortProblems } from '../core/problems';
import { OUTPUTS } from '../core/schema';
import { writeOutputSheet } from '../gas/sheets';
import type { ProblemView } from '../shared/rpc';

export function writeProblems(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet>,
  problems: Problems,
): void {
  const rows = sortProblems(problems.list).map((p) => [
    p.level,
    p.sheet,
    p.row ?? '',
    p.column,
    p.message,
    p.suggestion,
  ]);
  writeOutputSheet(ss, sheets, OUTPUTS.problems.name, OUTPUTS.problems.columns, rows);
}

/** The first `limit` problems as plain data for the sidebar. */
export function problemViews(problems: Problems, limit = 50): ProblemView[] {
  return sortProblems(problems.list)
    .slice(0, limit)
    .map((p: Problem) => ({
      level: p.level,
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      message: p.message,
      suggestion: p.suggestion,
    }));
}

export function problemSummary(problems: Problems): string {
  if (!problems.list.length) return 'Tidak ada masalah.';
  return `${problems.errors} error, ${problems.warnings} peringatan (lihat lembar Masalah).`;
}
