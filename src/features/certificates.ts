// The `Sertifikat` ledger's sheet I/O for a certificate run: read once (one getValues, or taken from the workbook
// just loaded), the whole block written once per batch, one row before an e-mail leaves. In this wave it is the one
// certificate file that still holds a Sheet: the writer below moves to src/features/certificateLedger.ts over the
// workbook port. Also registers the certificate section of the panel (see certificateProgress.ts).

import {
  type LedgerLayout,
  type LedgerPlan,
  type LedgerRow,
  ledgerCells,
  parseLedger,
  runPlan,
} from '../core/certificates';
import { SHEETS } from '../core/schema';
import { googlePort } from '../gas/port';
import { activeSpreadsheet, columnLetter, ensureSize, readAll, safeText } from '../gas/sheets';
import type { PanelState } from '../shared/rpc';
import { certificatePanel } from './certificateProgress';
import type { Loaded } from './load';
import { addPanelContributor } from './panel';

const SHEET = SHEETS.certificates;

/** The ledger as read once in this execution, and the run's rows in it (what the writer writes back). */
export interface Prepared {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  layout: LedgerLayout;
  other: Array<{ sheetRow: number; cells: unknown[] }>;
  plan: LedgerPlan;
}

/**
 * The ledger, from the workbook just loaded (a run's start) or with one read of its sheet (a batch, the status),
 * and the run in it: planned from the current data at the start, else as the ledger holds it (`runPlan`).
 */
export function openLedger(
  plan: (rows: LedgerRow[]) => LedgerPlan = runPlan,
  loaded: Pick<Loaded, 'ss' | 'sheets' | 'raw'> | null = null,
): Prepared {
  const ss = loaded?.ss ?? activeSpreadsheet();
  const sheet = loaded ? (loaded.sheets.get(SHEET.name) ?? null) : ss.getSheetByName(SHEET.name);
  const values = loaded ? (loaded.raw.certificates ?? null) : sheet ? readAll(sheet) : null;
  const { layout, rows, other } = parseLedger(values);
  return { ss, sheet, layout, other, plan: plan(rows) };
}

// ---------- the ledger sheet: one read (in prepare), one block write per batch ----------

const TEXT_FIELDS = new Set(['trainingCode', 'number', 'nip']);

function textColumns(p: Prepared): number[] {
  return [...TEXT_FIELDS].map((f) => p.layout.columns[f as keyof typeof p.layout.columns]);
}

/** Plain text on the code, number and NIP columns (before values are written, so a NIP never becomes a number). */
function formatTextColumns(p: Prepared, sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  const a1 = textColumns(p).map((c) => `${columnLetter(c + 1)}2:${columnLetter(c + 1)}${Math.max(2, rows)}`);
  sheet.getRangeList(a1).setNumberFormat('@');
}

function ledgerSheet(p: Prepared): GoogleAppsScript.Spreadsheet.Sheet {
  if (p.sheet) return p.sheet;
  const sheet = p.ss.insertSheet(SHEET.name);
  formatTextColumns(p, sheet, sheet.getMaxRows());
  sheet.setFrozenRows(1);
  p.sheet = sheet;
  return sheet;
}

function cellsFor(p: Prepared, row: LedgerRow): unknown[] {
  const cells = ledgerCells(row, p.layout);
  const textCol = new Set(textColumns(p));
  return cells.map((v, i) => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return safeText(v, textCol.has(i));
    return v;
  });
}

/** The sheet's columns that are the ledger's, as contiguous runs [first, last] (other columns are never written). */
function ownRuns(p: Prepared): Array<[number, number]> {
  const cols = Object.values(p.layout.columns).sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** Writes the whole ledger block (and the header when columns were added): one setValues per run of own columns. */
function writeLedger(p: Prepared): void {
  const sheet = ledgerSheet(p);
  const rows = p.plan.rows;
  const last = Math.max(1, ...rows.map((r) => r.sheetRow ?? 0), ...p.other.map((o) => o.sheetRow));
  let next = last + 1;
  for (const r of rows) if (r.sheetRow === null) r.sheetRow = next++;
  const height = next - 2;
  const grown = sheet.getMaxRows() < next - 1;
  ensureSize(sheet, Math.max(2, next - 1), p.layout.width);
  if (grown) formatTextColumns(p, sheet, next - 1);
  if (p.layout.added.length) {
    for (const [a, b] of ownRuns(p)) {
      sheet
        .getRange(1, a + 1, 1, b - a + 1)
        .setValues([p.layout.header.slice(a, b + 1).map((h) => String(h ?? ''))]);
    }
    sheet.getRange(1, 1, 1, p.layout.width).setFontWeight('bold');
    p.layout.added = [];
  }
  if (height <= 0) return;
  const block: unknown[][] = Array.from({ length: height }, () => new Array(p.layout.width).fill(''));
  const textCol = new Set(textColumns(p));
  for (const o of p.other) {
    block[o.sheetRow - 2] = o.cells
      .slice(0, p.layout.width)
      .map((v, i) => (typeof v === 'string' ? safeText(v, textCol.has(i)) : v));
  }
  for (const r of rows) block[(r.sheetRow as number) - 2] = cellsFor(p, r);
  for (const [a, b] of ownRuns(p)) {
    sheet.getRange(2, a + 1, height, b - a + 1).setValues(block.map((line) => line.slice(a, b + 1)));
  }
}

/** Writes one row (an email marked as sent before it is sent). */
function writeRow(p: Prepared, row: LedgerRow): void {
  const sheet = ledgerSheet(p);
  const cells = cellsFor(p, row);
  for (const [a, b] of ownRuns(p))
    sheet.getRange(row.sheetRow as number, a + 1, 1, b - a + 1).setValues([cells.slice(a, b + 1)]);
}

/** What the batches write with (the block at the end of a batch, one row before an e-mail leaves). */
export { writeLedger, writeRow };

// ---------- the panel ----------

addPanelContributor((state: PanelState, ctx) => certificatePanel(googlePort(), state, ctx));
