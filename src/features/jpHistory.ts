// JP across years and Capaian 20 JP (issue 15 items 2–3), as a part of every run: the earlier years' Rekap JP sheets
// and Daftar ASN read once each (only when they are there: no call otherwise), then the pure rules of core/jpHistory.
// Every step runs it, so `Masalah` names their problems whichever button was pressed; Rekap JP writes the outputs.

import {
  buildHistory,
  type Coverage,
  type HistoryRow,
  importSheetForm,
  jpCoverage,
  readJpImports,
  readRoster,
} from '../core/jpHistory';
import { type JpRow, type JpUnitRow, summarizeJp } from '../core/jpSummary';
import type { Results } from '../core/results';
import { SHEETS } from '../core/schema';
import type { Loaded } from './load';
import type { Port } from './port';
import { reportRenamedSheets } from './sheetNames';

export interface JpAnalysis {
  /** Rekap JP and Rekap JP Unit (this workbook's trainings, DESIGN §4.9). */
  rows: JpRow[];
  units: JpUnitRow[];
  history: HistoryRow[];
  coverage: Coverage;
  /** The earlier years' sheets read, in tab order. */
  imported: string[];
  /** Whether Daftar ASN was there. */
  roster: boolean;
  /** Every sheet read for this (the imports and Daftar ASN): the certificate gate ignores their problems. */
  sheets: string[];
}

/** Reads the earlier years' Rekap JP and Daftar ASN (one getValues each, when present) and runs the JP rules. */
export function analyzeJp(port: Port, loaded: Loaded, results: Results, now = new Date()): JpAnalysis {
  const { wb, problems } = loaded;
  const imported = loaded.sheetNames.filter((n) => importSheetForm(n) !== null);
  const rosterName = SHEETS.roster.name;
  const roster = loaded.sheetNames.includes(rosterName);
  const sheets = roster ? [...imported, rosterName] : imported;
  const read = sheets.length ? port.workbook.readSheets(sheets) : new Map<string, unknown[][]>();
  if (roster) reportRenamedSheets(port, [rosterName], problems);
  const { rows, units } = summarizeJp(results.credits, wb.settings);
  const imports = readJpImports(
    imported.map((name) => ({ name, values: read.get(name) ?? [] })),
    problems,
    now,
  );
  const history = buildHistory(rows, imports, wb.settings, problems);
  const entries = roster
    ? readRoster(read.get(rosterName) ?? [], { tz: loaded.tz, problems, codes: new Map(), now })
    : null;
  const coverage = jpCoverage(history, entries, wb.settings, problems);
  return { rows, units, history, coverage, imported, roster, sheets };
}
