// The sidebar's state: what exists, which training is active, the last data check's counts, forms and jobs.

import { utf8Length } from '../core/certificates';
import { formatDateRange } from '../core/dates';
import { InvalidArgumentError, isUserError, MissingSheetError } from '../core/errors';
import { columnOf, detectLayout, HEADER_SCAN_ROWS, type LayoutDef } from '../core/layout';
import { OUTPUTS, SETUP_ORDER, SHEETS } from '../core/schema';
import { readOutput } from '../core/table';
import type { PanelState, ProblemView } from '../shared/rpc';
import { PANEL_TEXT } from '../text/id/panel';
import { ACTIVE_TEXT, SELECT_CELL } from '../text/id/rpc';
import { type Loaded, loadWorkbook } from './load';
import type { Port } from './port';
import { LAST_CHECK } from './problemsSheet';

/** A panel section of a later feature (forms, templates, certificates), passed in by src/server.ts. */
export type PanelContributor = (state: PanelState, ctx: { port: Port; loaded: Loaded | null }) => void;

/** Document property holding the training the panel shows. */
const ACTIVE_TRAINING = 'douasn.activeTraining';

export function getPanelState(port: Port, contributors: readonly PanelContributor[] = []): PanelState {
  const names = new Set(port.workbook.sheetNames());
  const missingSheets = SETUP_ORDER.map((k) => SHEETS[k].name).filter((n) => !names.has(n));
  const ready = missingSheets.length === 0;
  const loaded = names.has(SHEETS.trainings.name) ? loadWorkbook(port) : null;
  const count = new Map<string, number>();
  for (const p of loaded?.wb.participants ?? [])
    count.set(p.trainingCode, (count.get(p.trainingCode) ?? 0) + 1);
  const trainings = (loaded?.wb.trainings ?? []).map((t) => ({
    code: t.code,
    theme: t.theme,
    dates: formatDateRange(t.startDate, t.endDate),
    participants: count.get(t.code) ?? 0,
  }));
  const active = activeTrainingOf(
    port,
    trainings.map((t) => t.code),
  );
  const state: PanelState = {
    spreadsheetName: port.workbook.spreadsheetName(),
    ready,
    missingSheets,
    trainings,
    activeTraining: active,
    problems: readProblemSheet(port),
    // which outputs exist: the panel's one next step (sidebar/main.tsx nextStep)
    done: {
      scores: names.has(OUTPUTS.results.name),
      evaluation: names.has(OUTPUTS.evaluation.name),
      jp: names.has(OUTPUTS.jp.name),
    },
    forms: [],
    templates: { certificate: null, charter: null, folder: null },
    certificates: {
      state: 'idle',
      total: 0,
      done: 0,
      failed: 0,
      emailed: 0,
      unknown: 0,
      unknownMails: [],
      remaining: 0,
      message: '',
      resumeAt: null,
    },
    followUps: [],
  };
  for (const c of contributors) {
    try {
      c(state, { port, loaded });
    } catch (e) {
      // a section that cannot be read (its problem is in Masalah) leaves the rest of the panel working
      if (!isUserError(e)) throw e;
    }
  }
  return state;
}

/**
 * The last run's problems, read back from `Masalah` by header (one read), and whether there was a run at all: no
 * `Masalah` is *Belum diperiksa*, however clean the data may look (issue 14 item 1).
 */
function readProblemSheet(port: Port): PanelState['problems'] {
  const values = port.workbook.readSheets([OUTPUTS.problems.name]).get(OUTPUTS.problems.name);
  const at = port.store.getDoc(LAST_CHECK);
  const checkedAt = at && !Number.isNaN(Date.parse(at)) ? at : null;
  if (!values) return { errors: 0, warnings: 0, list: [], checked: false, checkedAt: null };
  const list: ProblemView[] = readOutput(values, OUTPUTS.problems).map((r) => ({
    // Kesalahan as written since issue 14; Error as written before
    level: r.level === 'Kesalahan' || r.level === 'Error' ? 'Error' : 'Peringatan',
    sheet: String(r.sheet),
    row: typeof r.row === 'number' ? r.row : null,
    column: String(r.column),
    message: String(r.message),
    suggestion: String(r.suggestion),
    ...(r.trainingCode ? { trainingCode: String(r.trainingCode) } : {}),
  }));
  return {
    errors: list.filter((p) => p.level === 'Error').length,
    warnings: list.filter((p) => p.level === 'Peringatan').length,
    list: firstPerTraining(list),
    checked: true,
    checkedAt,
  };
}

/** How many problems the panel lists of each training (and of the whole workbook), in Masalah's order. */
export const PANEL_PROBLEMS_PER_TRAINING = 50;
/** The most the panel lists in all (a workbook of many trainings, each with many problems). */
export const PANEL_PROBLEMS_MAX = 500;

/**
 * The first problems of each training and of the whole workbook, in Masalah's order, so the panel's filter by
 * training (issue 14 item 3) shows a training's own problems however many another training has.
 */
function firstPerTraining(list: readonly ProblemView[]): ProblemView[] {
  const taken = new Map<string, number>();
  const out: ProblemView[] = [];
  for (const p of list) {
    const k = p.trainingCode ?? '';
    const n = taken.get(k) ?? 0;
    if (n >= PANEL_PROBLEMS_PER_TRAINING) continue;
    taken.set(k, n + 1);
    out.push(p);
    if (out.length >= PANEL_PROBLEMS_MAX) break;
  }
  return out;
}

/** A document property value's cap as measured (8,066 bytes; 9 KB documented; GAS-FACTS). */
const PROPERTY_VALUE_BYTES = 8_066;

/** The training the panel shows: the one chosen (a known code), else the first of `Kegiatan`; null when none. */
export function activeTrainingOf(port: Port, codes: readonly string[]): string | null {
  const active = port.store.getDoc(ACTIVE_TRAINING);
  return active !== null && codes.includes(active) ? active : (codes[0] ?? null);
}

export function setActiveTraining(port: Port, code: string): string {
  // a code that long cannot be kept (Google would refuse it in English); none of the add-on's steps could use it
  if (utf8Length(code) > PROPERTY_VALUE_BYTES)
    throw new InvalidArgumentError(ACTIVE_TEXT.tooLong(code.length));
  port.store.setDoc(ACTIVE_TRAINING, code);
  return code;
}

const DEFS_BY_NAME = new Map<string, LayoutDef>(
  [...Object.values(SHEETS), ...Object.values(OUTPUTS)].map((d) => [d.name, d]),
);

/**
 * Selects the cell of a problem so the admin sees it: the column is found in the header row the readers use (a
 * title row above the header is skipped), by the header as written or by the contract's header and aliases. A sheet
 * or row that is no longer there (the sheet was removed or shortened since the check) is said in Indonesian.
 */
export function selectCell(port: Port, sheetName: string, row: number | null, column: string): string {
  const def = DEFS_BY_NAME.get(sheetName) ?? null;
  const missing = () =>
    def
      ? new MissingSheetError(PANEL_TEXT.noSheet(sheetName))
      : new InvalidArgumentError(SELECT_CELL.unknownSheet(sheetName));
  const top = port.workbook.readTop(sheetName, HEADER_SCAN_ROWS);
  if (top === null) throw missing();
  const layout = detectLayout(top, def ?? { name: sheetName, columns: [] });
  const i = column ? columnOf(top, layout, def, column) : -1;
  const at = row ?? Math.max(1, layout.headerRow);
  const picked = port.workbook.selectCell(sheetName, at, i + 1);
  if (picked === null) throw missing();
  if ('rows' in picked) throw new InvalidArgumentError(SELECT_CELL.rowOutside(sheetName, at, picked.rows));
  return picked.a1;
}
