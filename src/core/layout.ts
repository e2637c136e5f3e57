// The one layout detector: where a sheet's header row is and which column holds each key. Every reader and writer
// of a sheet (inputs, Setup, both ledgers, `Masalah`, selecting a problem's cell) asks it, so they always agree.

import { headerKey } from './schema';

/** What the detector needs of a sheet or output definition: its columns' keys, headers and aliases. */
export interface LayoutDef {
  name: string;
  columns: ReadonlyArray<{ key: string; header: string; aliases?: readonly string[] }>;
}

/** Only these top rows may hold the header: further down, a row naming columns is more likely data. */
export const HEADER_SCAN_ROWS = 10;

export type LayoutStatus =
  /** A header row was found. */
  | 'found'
  /** The sheet holds nothing: a header goes in row 1. */
  | 'empty'
  /** The sheet holds values but none of the top rows names a known column: nothing may be written as a header. */
  | 'notFound';

export interface Layout {
  status: LayoutStatus;
  /** 1-based row of the header, 0 when none was found. */
  headerRow: number;
  /** Key → 0-based column, for the columns present (the first of duplicates). */
  columns: Map<string, number>;
  /** Headers naming a key already taken by a column to their left. */
  duplicates: Array<{ key: string; column: number; text: string }>;
  /** Keys of the definition not in the header, in definition order. */
  missing: string[];
  /** Columns in use on the sheet (the widest row read): columns added by the add-on go after these. */
  width: number;
  /** Another top row that names as many known columns as the header (reported, the header is still chosen). */
  rival: number;
}

/** Normalised header or alias → key; canonical headers first so they win over another column's alias. */
export function headerLookup(def: LayoutDef): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of def.columns) m.set(headerKey(c.header), c.key);
  for (const c of def.columns)
    for (const a of c.aliases ?? []) if (!m.has(headerKey(a))) m.set(headerKey(a), c.key);
  return m;
}

export const isBlankCell = (v: unknown): boolean =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Finds the header: among the top HEADER_SCAN_ROWS rows, the one naming the most known columns. Two rows naming as
 * many (e.g. a header set pasted or appended twice) are told apart by which has more values under its columns,
 * then the upper one wins; the other is reported as `rival`. A header below the top rows is not looked for.
 */
export function detectLayout(values: readonly (readonly unknown[])[], def: LayoutDef): Layout {
  const known = headerLookup(def);
  let width = 0;
  let nonEmpty = false;
  for (const row of values) {
    if (row.length > width) width = row.length;
    if (!nonEmpty && row.some((v) => !isBlankCell(v))) nonEmpty = true;
  }
  const hitsOf = (r: number): Set<string> => {
    const hits = new Set<string>();
    for (const v of values[r]) {
      const k = known.get(headerKey(v));
      if (k) hits.add(k);
    }
    return hits;
  };
  let best = -1;
  let bestHits = 0;
  let rival = -1;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, values.length); r++) {
    const n = hitsOf(r).size;
    if (n === 0) continue;
    if (n > bestHits) {
      best = r;
      bestHits = n;
      rival = -1;
    } else if (n === bestHits) {
      if (filledBelow(values, r, known) > filledBelow(values, best, known)) {
        rival = best;
        best = r;
      } else if (rival < 0) rival = r;
    }
  }
  const layout: Layout = {
    status: best >= 0 ? 'found' : nonEmpty ? 'notFound' : 'empty',
    headerRow: best + 1,
    columns: new Map(),
    duplicates: [],
    missing: [],
    width,
    rival: rival + 1,
  };
  if (best >= 0) {
    values[best].forEach((v, i) => {
      const k = known.get(headerKey(v));
      if (!k) return;
      if (layout.columns.has(k)) layout.duplicates.push({ key: k, column: i, text: String(v).trim() });
      else layout.columns.set(k, i);
    });
  }
  layout.missing = def.columns.filter((c) => !layout.columns.has(c.key)).map((c) => c.key);
  return layout;
}

/** Non-blank cells in the rows under header candidate `r`, in the columns it names. */
function filledBelow(values: readonly (readonly unknown[])[], r: number, known: Map<string, string>): number {
  const cols: number[] = [];
  values[r].forEach((v, i) => {
    if (known.has(headerKey(v))) cols.push(i);
  });
  let n = 0;
  for (let i = r + 1; i < values.length; i++) for (const c of cols) if (!isBlankCell(values[i][c])) n++;
  return n;
}

/**
 * Where the add-on may write the definition's missing headers: in the detected header row (row 1 of an empty
 * sheet), from the first column after every used one, in definition order. Null when there is nothing to add, and
 * when the header cannot be found: a second header set would hide the real one from every reader.
 */
export function columnsToAdd(layout: Layout): { row: number; firstColumn: number; keys: string[] } | null {
  if (layout.status === 'notFound' || layout.missing.length === 0) return null;
  return {
    row: layout.status === 'empty' ? 1 : layout.headerRow,
    firstColumn: layout.status === 'empty' ? 0 : layout.width,
    keys: layout.missing,
  };
}

/**
 * The 0-based column a problem's column text names (a header as written, or a definition's canonical header or
 * alias), in the layout's header row; -1 when it names none.
 */
export function columnOf(
  values: readonly (readonly unknown[])[],
  layout: Layout,
  def: LayoutDef | null,
  text: string,
): number {
  const want = headerKey(text);
  if (!want) return -1;
  const header = values[Math.max(layout.headerRow, 1) - 1] ?? [];
  const exact = header.findIndex((h) => headerKey(h) === want);
  if (exact >= 0) return exact;
  const key = def ? headerLookup(def).get(want) : undefined;
  return key === undefined ? -1 : (layout.columns.get(key) ?? -1);
}
