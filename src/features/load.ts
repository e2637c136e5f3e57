// Loads the workbook for a feature: the sheet names, one getValues per input sheet, then the pure parser.

import { Problems } from '../core/problems';
import { SETUP_ORDER, SHEETS, type SheetKey } from '../core/schema';
import { parseWorkbook, type RawWorkbook, type Workbook } from '../core/workbook';
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

/** Reads every input and ledger sheet once and parses them. */
export function loadWorkbook(port: Port, keys: readonly SheetKey[] = SETUP_ORDER): Loaded {
  const sheetNames = port.workbook.sheetNames();
  const tz = port.workbook.timeZone();
  const read = port.workbook.readSheets(keys.map((k) => SHEETS[k].name));
  const raw: RawWorkbook = {};
  for (const key of keys) raw[key] = read.get(SHEETS[key].name) ?? null;
  const problems = new Problems();
  reportRenamedSheets(
    port,
    keys.map((k) => SHEETS[k].name),
    problems,
  );
  const wb = parseWorkbook(raw, tz, problems, sheetNames);
  return { tz, sheetNames, raw, wb, problems };
}
