// "Siapkan Lembar Kerja": creates the missing sheets of the contract, adds missing headers, formats and presets.
// Idempotent; never changes a value a person typed. Headers are found by the same layout detector as the readers,
// so a header below a title row gets its missing columns, and a sheet whose header cannot be found gets none.

import { columnsToAdd, detectLayout, isBlankCell, type Layout } from '../core/layout';
import { type ColumnDef, headerKey, SETUP_ORDER, SHEETS, type SheetDef, type SheetKey } from '../core/schema';
import { SETTING_DEFS } from '../core/settings';
import type { SetupResult } from '../shared/rpc';
import { ASPECT_PRESETS, SETUP_TEXT } from '../text/id/setup';
import type { Port } from './port';

export { ASPECT_PRESETS };

export function runSetup(port: Port): SetupResult {
  const wb = port.workbook;
  const names = new Set(wb.sheetNames());
  const existing = wb.readSheets(SETUP_ORDER.map((k) => SHEETS[k].name).filter((n) => names.has(n)));
  const result: SetupResult = { created: [], addedColumns: [], presets: [], message: '' };
  const notices: string[] = [];

  for (const key of SETUP_ORDER) {
    const def: SheetDef = SHEETS[key];
    const values = existing.get(def.name);
    if (!values) {
      wb.createSheet(def);
      result.created.push(def.name);
      addPresets(port, key, detectLayout([def.columns.map((c) => c.header)], def), [], result);
      continue;
    }
    const layout = detectLayout(values, def);
    if (layout.status === 'notFound') {
      notices.push(SETUP_TEXT.headerNotFound(def.name, requiredHeaders(def)));
      continue;
    }
    const add = columnsToAdd(layout);
    if (add) {
      const byKey = new Map<string, ColumnDef>(def.columns.map((c) => [c.key, c]));
      const columns = add.keys.map((k) => byKey.get(k) as ColumnDef);
      wb.addColumns(
        def.name,
        { row: add.row, firstColumn: add.firstColumn },
        columns,
        layout.status === 'empty',
      );
      add.keys.forEach((k, i) => {
        layout.columns.set(k, add.firstColumn + i);
      });
      if (layout.status === 'empty') layout.headerRow = add.row;
      result.addedColumns.push({ sheet: def.name, columns: columns.map((c) => c.header) });
    }
    addPresets(port, key, layout, values, result);
  }
  // an existing "Sheet1" is left alone (it may be the admin's); Kegiatan is shown first
  if (result.created.length) wb.activate(SHEETS.trainings.name);
  result.message = describe(result, notices);
  return result;
}

const requiredHeaders = (def: SheetDef) => def.columns.filter((c) => c.required).map((c) => c.header);

/** The rows below the header that hold anything (an unticked checkbox does not count). */
function dataRows(
  layout: Layout,
  values: readonly (readonly unknown[])[],
): ReadonlyArray<readonly unknown[]> {
  return values
    .slice(Math.max(layout.headerRow, 1))
    .filter((r) => r.some((v) => v !== false && !isBlankCell(v)));
}

function addPresets(
  port: Port,
  key: SheetKey,
  layout: Layout,
  values: readonly (readonly unknown[])[],
  result: SetupResult,
): void {
  const below = Math.max(layout.headerRow, 1) + 1;
  if (key === 'aspects') {
    if (dataRows(layout, values).length) return;
    const records = ASPECT_PRESETS.map(([kind, aspect]) => ({ kind, aspect }));
    const aspectCol = layout.columns.get('aspect') as number;
    port.workbook.writeRows(SHEETS.aspects.name, pick(layout, ['kind', 'aspect']), below, records, {
      row: below - 1,
      column: aspectCol,
      text: SETUP_TEXT.aspectNote,
    });
    result.presets.push(SETUP_TEXT.presetAspects(records.length));
  }
  if (key === 'settings') {
    const keyCol = layout.columns.get('key') as number;
    const have = new Set(dataRows(layout, values).map((r) => headerKey(r[keyCol])));
    const missing = SETTING_DEFS.filter((d) => !have.has(headerKey(d.key)));
    if (!missing.length) return;
    const records = missing.map((d) => ({ key: d.key, value: d.default, help: d.help }));
    const start = Math.max(values.length, below - 1) + 1;
    port.workbook.writeRows(SHEETS.settings.name, pick(layout, ['key', 'value', 'help']), start, records);
    result.presets.push(SETUP_TEXT.presetSettings(records.length));
  }
}

/** The layout's columns for the given keys (Setup has just added any that were missing). */
function pick(layout: Layout, keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k) => [k, layout.columns.get(k) as number]));
}

function describe(r: SetupResult, notices: readonly string[]): string {
  const parts: string[] = [];
  if (r.created.length) parts.push(SETUP_TEXT.created(r.created));
  for (const a of r.addedColumns) parts.push(SETUP_TEXT.added(a.sheet, a.columns));
  if (r.presets.length) parts.push(SETUP_TEXT.filled(r.presets));
  parts.push(...notices);
  return parts.length ? parts.join(' ') : SETUP_TEXT.nothing;
}
