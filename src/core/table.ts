// The one table reader: finds the header row, maps headers (aliases, any order) to fields, skips blank rows.

import type { Problems } from './problems';
import { type ColumnDef, headerKey, type SheetDef } from './schema';

/** One data row: its 1-based sheet row and the raw cell values by field key ('' when the column is absent). */
export interface TableRow {
  row: number;
  cells: Record<string, unknown>;
}

export interface Table {
  sheet: string;
  /** 1-based row of the header, 0 when no header was found. */
  headerRow: number;
  /** Field key → 0-based column index, for the columns present. */
  columns: Map<string, number>;
  /** Canonical headers missing from the sheet (required or not). */
  missing: ColumnDef[];
  rows: TableRow[];
}

const HEADER_SCAN_ROWS = 10;

/** Builds header lookup: normalised header or alias → column def. */
function lookup(def: SheetDef): Map<string, ColumnDef> {
  const m = new Map<string, ColumnDef>();
  // canonical headers first so they win over another column's alias
  for (const c of def.columns) m.set(headerKey(c.header), c);
  for (const c of def.columns)
    for (const a of c.aliases ?? []) if (!m.has(headerKey(a))) m.set(headerKey(a), c);
  return m;
}

const isBlank = (v: unknown) =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
/** An unticked checkbox alone does not make a row (checkbox columns hold FALSE on every row). */
const isEmptyCell = (v: unknown) => v === false || isBlank(v);

/**
 * Reads a sheet's values (one getValues result) as a table. The header row is the first of the top rows that
 * names the most known columns. Missing required columns are Errors; duplicate headers are Peringatan.
 */
export function readTable(values: readonly (readonly unknown[])[], def: SheetDef, problems: Problems): Table {
  const table: Table = { sheet: def.name, headerRow: 0, columns: new Map(), missing: [], rows: [] };
  const known = lookup(def);
  let best = -1;
  let bestHits = 0;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, values.length); r++) {
    const hits = new Set<string>();
    for (const v of values[r]) {
      const c = known.get(headerKey(v));
      if (c) hits.add(c.key);
    }
    if (hits.size > bestHits) {
      bestHits = hits.size;
      best = r;
    }
  }
  if (best < 0) {
    table.missing = [...def.columns];
    if (values.some((row) => row.some((v) => !isBlank(v)))) {
      problems.error(
        def.name,
        1,
        '',
        `Baris judul kolom lembar "${def.name}" tidak ditemukan.`,
        `Tulis judul kolom di baris 1: ${def.columns
          .filter((c) => c.required)
          .map((c) => c.header)
          .join(', ')}.`,
      );
    }
    return table;
  }
  table.headerRow = best + 1;
  const header = values[best];
  header.forEach((v, i) => {
    const c = known.get(headerKey(v));
    if (!c) return;
    if (table.columns.has(c.key)) {
      problems.warn(
        def.name,
        table.headerRow,
        String(v).trim(),
        `Kolom "${c.header}" muncul lebih dari sekali; yang pertama dipakai.`,
        'Hapus atau ganti nama kolom ganda.',
      );
      return;
    }
    table.columns.set(c.key, i);
  });
  table.missing = def.columns.filter((c) => !table.columns.has(c.key));
  for (const c of table.missing) {
    if (c.required) {
      problems.error(
        def.name,
        table.headerRow,
        c.header,
        `Kolom wajib "${c.header}" tidak ada di lembar "${def.name}"; lembar ini tidak dibaca sampai kolomnya ada.`,
        'Jalankan "Siapkan Lembar Kerja" untuk menambah kolom yang kurang, lalu isi datanya.',
      );
    }
  }
  const indices = [...table.columns.values()];
  const View = rowView(def, table.columns);
  for (let r = best + 1; r < values.length; r++) {
    const src = values[r];
    let blank = true;
    for (const i of indices) {
      if (i < src.length && !isEmptyCell(src[i])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    table.rows.push({ row: r + 1, cells: new View(src) });
  }
  return table;
}

/**
 * A row's cells by field key, read through from the sheet's own row array (no copy per row: a large sheet is
 * 100,000 rows): one getter per field on a per-table prototype; an absent column reads as ''.
 */
function rowView(
  def: SheetDef,
  columns: ReadonlyMap<string, number>,
): new (
  v: readonly unknown[],
) => Record<string, unknown> {
  class View {
    constructor(readonly v: readonly unknown[]) {}
  }
  for (const c of def.columns) {
    const i = columns.get(c.key);
    Object.defineProperty(View.prototype, c.key, {
      enumerable: true,
      get:
        i === undefined
          ? () => ''
          : function (this: View) {
              const x = this.v[i];
              return x === undefined ? '' : x;
            },
    });
  }
  return View as unknown as new (
    v: readonly unknown[],
  ) => Record<string, unknown>;
}
