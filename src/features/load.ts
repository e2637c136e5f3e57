// Loads the workbook for a feature: the sheet names, one getValues per input sheet, then the pure parser.

import { Problems } from '../core/problems';
import { SETUP_ORDER, SHEETS, type SheetKey } from '../core/schema';
import {
  FORMATTED_SHEETS,
  parseWorkbook,
  type RawFormats,
  type RawWorkbook,
  type Workbook,
} from '../core/workbook';
import type { Port } from './port';
import { reportRenamedSheets } from './sheetNames';

/** The workbook as plain data: what was read, what it parsed to, and the problems found. */
export interface Loaded {
  tz: string;
  /** Every sheet of the spreadsheet, by name, when it was loaded. */
  sheetNames: string[];
  raw: RawWorkbook;
  wb: Workbook;
  problems: Problems;
}

/**
 * Reads every input and ledger sheet once (and the number formats of those whose formats change a cell's meaning,
 * once each) and parses them; the run's "now" (the window of plausible dates) is the clock's.
 */
export function loadWorkbook(port: Port, keys: readonly SheetKey[] = SETUP_ORDER, now = new Date()): Loaded {
  const sheetNames = port.workbook.sheetNames();
  const tz = port.workbook.timeZone();
  const formatted = FORMATTED_SHEETS.filter((k) => keys.includes(k)).map((k) => SHEETS[k].name);
  const read = port.workbook.readSheetsWithFormats(
    keys.map((k) => SHEETS[k].name),
    formatted,
  );
  const raw: RawWorkbook = {};
  const formats: RawFormats = {};
  for (const key of keys) {
    raw[key] = read.values.get(SHEETS[key].name) ?? null;
    formats[key] = read.formats.get(SHEETS[key].name) ?? null;
  }
  const problems = new Problems();
  reportRenamedSheets(
    port,
    keys.map((k) => SHEETS[k].name),
    problems,
  );
  const wb = parseWorkbook(raw, tz, problems, sheetNames, { now, formats });
  return { tz, sheetNames, raw, wb, problems };
}
