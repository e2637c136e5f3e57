// The sidebar's state: what exists, which training is active, the last data check's counts, forms and jobs.

import { formatDateRange } from '../core/dates';
import { MissingSheetError } from '../core/errors';
import { OUTPUTS, SETUP_ORDER, SHEETS } from '../core/schema';
import { getDocProperty, PROP, setDocProperty } from '../gas/properties';
import { activeSpreadsheet, readAll, sheetsByName } from '../gas/sheets';
import type { PanelState, ProblemView } from '../shared/rpc';
import { loadWorkbook } from './load';

/** Extra panel sections contributed by later features (forms, templates, certificates). */
export type PanelContributor = (
  state: PanelState,
  ctx: { loaded: ReturnType<typeof loadWorkbook> | null },
) => void;
const contributors: PanelContributor[] = [];
export function addPanelContributor(c: PanelContributor): void {
  contributors.push(c);
}

export function getPanelState(): PanelState {
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  const missingSheets = SETUP_ORDER.map((k) => SHEETS[k].name).filter((n) => !sheets.has(n));
  const ready = missingSheets.length === 0;
  const loaded = sheets.has(SHEETS.trainings.name) ? loadWorkbook() : null;
  const count = new Map<string, number>();
  for (const p of loaded?.wb.participants ?? [])
    count.set(p.trainingCode, (count.get(p.trainingCode) ?? 0) + 1);
  const trainings = (loaded?.wb.trainings ?? []).map((t) => ({
    code: t.code,
    theme: t.theme,
    dates: formatDateRange(t.startDate, t.endDate),
    participants: count.get(t.code) ?? 0,
  }));
  let active = getDocProperty(PROP.activeTraining);
  if (!trainings.some((t) => t.code === active)) active = trainings[0]?.code ?? null;
  const state: PanelState = {
    spreadsheetName: ss.getName(),
    ready,
    missingSheets,
    trainings,
    activeTraining: active,
    problems: readProblemSheet(sheets.get(OUTPUTS.problems.name)),
    forms: [],
    templates: { certificate: null, charter: null, folder: null },
    certificates: {
      state: 'idle',
      total: 0,
      done: 0,
      failed: 0,
      emailed: 0,
      remaining: 0,
      message: '',
      resumeAt: null,
    },
    followUps: [],
  };
  for (const c of contributors) c(state, { loaded });
  return state;
}

/** The last run's problems, read back from `Masalah` (one read). */
function readProblemSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined): PanelState['problems'] {
  if (!sheet) return { errors: 0, warnings: 0, list: [] };
  const rows = readAll(sheet).slice(1);
  const list: ProblemView[] = rows.map((r) => ({
    level: r[0] === 'Error' ? 'Error' : 'Peringatan',
    sheet: String(r[1]),
    row: typeof r[2] === 'number' ? r[2] : null,
    column: String(r[3]),
    message: String(r[4]),
    suggestion: String(r[5]),
  }));
  return {
    errors: list.filter((p) => p.level === 'Error').length,
    warnings: list.filter((p) => p.level === 'Peringatan').length,
    list: list.slice(0, 50),
  };
}

export function setActiveTraining(code: string): string {
  setDocProperty(PROP.activeTraining, code);
  return code;
}

/** Selects the cell of a problem so the admin sees it (sheet, row, column header). */
export function selectCell(sheetName: string, row: number | null, column: string): string {
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) throw new MissingSheetError(`Lembar "${sheetName}" tidak ada.`);
  let col = 1;
  if (column) {
    const head = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
    const i = head.findIndex((h) => String(h).trim().toLowerCase() === column.trim().toLowerCase());
    if (i >= 0) col = i + 1;
  }
  const target = sheet.getRange(Math.max(1, row ?? 1), col);
  sheet.activate();
  target.activate();
  return target.getA1Notation();
}
