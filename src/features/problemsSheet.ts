// Writes the `Masalah` sheet (every problem of the run, errors first) and summarises it for toasts and the panel.

import { columnLetter, rangeLink } from '../core/cells';
import { type Consequence, type Problem, type Problems, sortProblems } from '../core/problems';
import { OUTPUTS, type OutputLink } from '../core/schema';
import type { ProblemView } from '../shared/rpc';
import { CONSEQUENCES_TEXT as CT, PANEL_TEXT } from '../text/id/panel';
import type { Port } from './port';

/**
 * Writes `Masalah`, after taking into `problems` what the run's earlier writes reported (an output name taken by a
 * person's sheet, text cut to fit). What writing `Masalah` itself reports (its name taken, a cut) joins `problems`
 * after, so the run's result and the panel still show it.
 */
export function writeProblems(port: Port, problems: Problems, now = new Date()): void {
  problems.addAll(port.workbook.takeProblems());
  // one row per cause: what a damaged NIP or an unmatched response causes is said with it (issue 14 item 3)
  problems.fold();
  problems.place();
  const link = cellLink(port);
  port.workbook.writeOutput(
    OUTPUTS.problems,
    sortProblems(problems.list).map((p) => sheetRow(p, link(p, problems.placeOf(p).column))),
  );
  problems.addAll(port.workbook.takeProblems());
  // when the data was last checked, for the panel's status (issue 14 item 1)
  port.store.setDoc(LAST_CHECK, now.toISOString());
}

/** Document property: when `Masalah` was last written (an ISO instant). */
export const LAST_CHECK = 'douasn.lastCheck';

/** The Masalah level as the admin reads it (DESIGN §8 Language): Kesalahan and Peringatan. */
export const levelName = (level: Problem['level']): string => PANEL_TEXT.levelName[level];

/**
 * What a cause's consequences add to its message in `Masalah`: the other rows, grouped by sheet in row order
 * ("Kehadiran baris 13, 53; Nilai baris 13"), and how many are on the cause's own row.
 */
export function consequencesText(p: Pick<Problem, 'sheet' | 'row'>, cs: readonly Consequence[]): string {
  const bySheet = new Map<string, Set<number>>();
  let sameRow = 0;
  let rows = 0;
  for (const c of cs) {
    if (c.sheet === p.sheet && c.row === p.row) {
      sameRow++;
      continue;
    }
    const set = bySheet.get(c.sheet) ?? new Set<number>();
    if (c.row === null || !set.has(c.row)) rows++;
    if (c.row !== null) set.add(c.row);
    bySheet.set(c.sheet, set);
  }
  const places = [...bySheet].map(([sheet, set]) =>
    CT.rows(
      sheet,
      [...set].sort((a, b) => a - b),
    ),
  );
  return CT.affects(rows, places, sameRow);
}

/** A message and what follows it, with the sentence ended between them. */
const sentence = (text: string) => (/[.!?)]$/.test(text) ? text : `${text}.`);

/**
 * Masalah's link to a problem's place (issue 14 item 3): the cell when its column is known, else the row, else the
 * sheet, as the address Sheets gives for "link to this range"; no link to a sheet that is not there.
 */
function cellLink(port: Port): (p: Problem, column: number | null) => OutputLink {
  let id: string | null = null;
  return (p, column) => {
    const gid = port.workbook.sheetId(p.sheet);
    if (gid === null) return { text: '', url: null };
    id ??= port.workbook.spreadsheetId();
    const at =
      p.row === null
        ? null
        : column === null
          ? { range: `${p.row}:${p.row}`, text: PANEL_TEXT.openRow(p.row) }
          : {
              range: `${columnLetter(column)}${p.row}`,
              text: PANEL_TEXT.openCell(`${columnLetter(column)}${p.row}`),
            };
    return at
      ? { text: at.text, url: rangeLink(id, gid, at.range) }
      : { text: PANEL_TEXT.openSheet, url: rangeLink(id, gid) };
  };
}

type SheetRow = Omit<ProblemView, 'code' | 'consequences' | 'level' | 'trainingCode'> & {
  level: string;
  trainingCode: string;
  cell: OutputLink;
};

/** A problem as a row of `Masalah`: its columns only (the code is not shown there), its consequences said after. */
const sheetRow = (p: Problem, cell: OutputLink): SheetRow => {
  const cs = p.consequences ?? [];
  return {
    level: levelName(p.level),
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    message: cs.length ? `${sentence(p.message)} ${consequencesText(p, cs)}` : p.message,
    suggestion: p.suggestion,
    trainingCode: p.trainingCode ?? '',
    cell,
  };
};

const view = (p: Problem): ProblemView => ({
  code: p.code,
  level: p.level,
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  message: p.message,
  suggestion: p.suggestion,
  ...(p.trainingCode ? { trainingCode: p.trainingCode } : {}),
  ...(p.consequences?.length ? { consequences: p.consequences.map((c) => ({ ...c })) } : {}),
});

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
