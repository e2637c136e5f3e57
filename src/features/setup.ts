// "Siapkan Lembar Kerja": creates the missing sheets of the contract, adds missing headers, formats and presets.
// Idempotent; never changes a value a person typed.

import { type ColumnDef, headerKey, SETUP_ORDER, SHEETS, type SheetDef, type SheetKey } from '../core/schema';
import { SETTING_DEFS } from '../core/settings';
import {
  activeSpreadsheet,
  columnLetter,
  ensureSize,
  outputCell,
  readAll,
  setCheckboxes,
  setChoiceList,
  sheetsByName,
} from '../gas/sheets';
import type { SetupResult } from '../shared/rpc';

/** Example aspects (DESIGN §4.7: presets are examples, labelled as such). */
export const ASPECT_PRESETS: ReadonlyArray<[string, string]> = [
  ['Narasumber', 'Penguasaan materi'],
  ['Narasumber', 'Sistematika penyajian'],
  ['Narasumber', 'Kemampuan menyajikan'],
  ['Narasumber', 'Ketepatan waktu'],
  ['Narasumber', 'Penggunaan metode dan alat bantu'],
  ['Narasumber', 'Sikap dan perilaku'],
  ['Narasumber', 'Cara menjawab pertanyaan'],
  ['Penyelenggaraan', 'Kesesuaian materi dengan kebutuhan'],
  ['Penyelenggaraan', 'Ketersediaan sarana dan prasarana'],
  ['Penyelenggaraan', 'Kenyamanan ruang'],
  ['Penyelenggaraan', 'Kesigapan panitia'],
  ['Penyelenggaraan', 'Konsumsi'],
  ['Pasca Pelatihan', 'Penerapan materi dalam pekerjaan'],
  ['Pasca Pelatihan', 'Peningkatan kinerja'],
  ['Pasca Pelatihan', 'Manfaat bagi unit kerja'],
];

const ASPECT_NOTE =
  'Aspek di bawah ini contoh bawaan; ubah, hapus, atau tambah sesuai instrumen evaluasi Anda.';
const TEXT_TYPES = new Set(['nip', 'code']);

export function runSetup(): SetupResult {
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  const result: SetupResult = { created: [], addedColumns: [], presets: [], message: '' };

  for (const key of SETUP_ORDER) {
    const def: SheetDef = SHEETS[key];
    const sheet = sheets.get(def.name);
    if (!sheet) {
      const created = ss.insertSheet(def.name);
      prepareColumns(created, def.columns, 1);
      created.getRange(1, 1, 1, def.columns.length).setValues([def.columns.map((c) => c.header)]);
      styleHeader(created, def.columns.length);
      result.created.push(def.name);
      sheets.set(def.name, created);
      addPresets(key, created, [], result);
      continue;
    }
    const values = readAll(sheet);
    const headerRow = values[0] ?? [];
    const present = new Set(headerRow.map(headerKey));
    const missing = def.columns.filter(
      (c) => !present.has(headerKey(c.header)) && !(c.aliases ?? []).some((a) => present.has(headerKey(a))),
    );
    if (missing.length) {
      // the last used column: headers go after it, never over a typed value
      const start = Math.max(headerRow.length, sheet.getLastColumn()) + 1;
      ensureSize(sheet, 1, start + missing.length - 1);
      prepareColumns(sheet, missing, start);
      sheet.getRange(1, start, 1, missing.length).setValues([missing.map((c) => c.header)]);
      if (headerRow.length === 0 || headerRow.every((h) => h === '')) styleHeader(sheet, missing.length);
      result.addedColumns.push({ sheet: def.name, columns: missing.map((c) => c.header) });
    }
    addPresets(key, sheet, values, result);
  }
  // an existing "Sheet1" is left alone (it may be the admin's); Kegiatan is shown first
  if (result.created.length) sheets.get(SHEETS.trainings.name)?.activate();
  result.message = describe(result);
  return result;
}

/** Plain-text format on NIP and code columns before any value is written, choice lists and checkboxes. */
function prepareColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: readonly ColumnDef[],
  firstCol: number,
): void {
  const maxRows = sheet.getMaxRows();
  const textCols: string[] = [];
  columns.forEach((c, i) => {
    const letter = columnLetter(firstCol + i);
    if (TEXT_TYPES.has(c.type)) textCols.push(`${letter}1:${letter}${maxRows}`);
  });
  if (textCols.length) sheet.getRangeList(textCols).setNumberFormat('@');
  columns.forEach((c, i) => {
    if (maxRows < 2) return;
    const range = sheet.getRange(2, firstCol + i, maxRows - 1, 1);
    if (c.type === 'choice' && c.choices?.length) {
      setChoiceList(range, c.choices, `Pilih: ${c.choices.join(' / ')}`);
    } else if (c.type === 'bool') {
      setCheckboxes(range);
    } else if (c.type === 'date') {
      range.setNumberFormat('dd/MM/yyyy');
    } else if (c.type === 'time') {
      range.setNumberFormat('HH:mm');
    }
  });
}

function styleHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, nCols: number): void {
  const head = sheet.getRange(1, 1, 1, nCols);
  head.setFontWeight('bold');
  head.setBackground('#e8f0fe');
  sheet.setFrozenRows(1);
}

function addPresets(
  key: SheetKey,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: unknown[][],
  result: SetupResult,
): void {
  if (key === 'aspects') {
    const hasData = values.slice(1).some((r) => r.some((v) => v !== '' && v !== false));
    if (hasData) return;
    const rows = ASPECT_PRESETS.map(([k, a]) => [k, a].map((v) => outputCell(v, false)));
    ensureSize(sheet, rows.length + 1, 2);
    sheet.getRange(2, 1, rows.length, 2).setValues(rows);
    sheet.getRange(1, 2).setNote(ASPECT_NOTE);
    result.presets.push(`${rows.length} contoh aspek evaluasi`);
  }
  if (key === 'settings') {
    const have = new Set(values.slice(1).map((r) => headerKey(r[0])));
    const missing = SETTING_DEFS.filter((d) => !have.has(headerKey(d.key)));
    if (!missing.length) return;
    const start = Math.max(values.length, 1) + 1;
    const rows = missing.map((d) => [
      outputCell(d.key, false),
      typeof d.default === 'number' ? d.default : outputCell(d.default, false),
      outputCell(d.help, false),
    ]);
    ensureSize(sheet, start + rows.length - 1, 3);
    sheet.getRange(start, 1, rows.length, 3).setValues(rows);
    result.presets.push(`${rows.length} pengaturan bawaan`);
  }
}

function describe(r: SetupResult): string {
  const parts: string[] = [];
  if (r.created.length) parts.push(`Lembar dibuat: ${r.created.join(', ')}.`);
  for (const a of r.addedColumns)
    parts.push(`Kolom ditambahkan di akhir lembar ${a.sheet}: ${a.columns.join(', ')}.`);
  if (r.presets.length) parts.push(`Diisi: ${r.presets.join(', ')}.`);
  return parts.length ? parts.join(' ') : 'Semua lembar sudah lengkap; tidak ada yang diubah.';
}
