// A form as FormApp gives it (items and responses, as plain data), the roles of its items, and the pairing of its
// responses with its linked sheet's rows (the fast path: sheet values + exact NIPs). Items are recognised by the
// same title rules as the linked-sheet headers (src/core/responseSheets.ts), so both sources agree.

import { asText, isBlank, isDate } from './cells';
import type { FormRecord } from './model';
import { CODE_TITLE, responseColumns, responseRows } from './responseSheets';

/** One item of a form, read once per form (id, type name as FormApp prints it, title, grid rows). */
export interface SnapshotItem {
  id: number;
  type: string;
  title: string;
  rows: string[];
  /** On a quiz, a gradable item's points (getPoints); absent otherwise. */
  points?: number;
}

/** One response: answers by item id exactly as FormApp gives them (strings, string arrays, null rows). */
export interface SnapshotResponse {
  timestamp: Date | null;
  answers: Record<number, string | Array<string | null> | null>;
  /** Σ getScore() over the gradable items (quiz only), else null. */
  score: number | null;
  /**
   * Each gradable item's getScore() as FormApp gave it (quiz only), in getGradableItemResponses() order, i.e. the
   * order of the outline's items that have `points`; checked against those points (src/core/answers.ts).
   */
  itemScores?: unknown[];
}

export interface FormSnapshot {
  isQuiz: boolean;
  /** Σ points of the gradable items (quiz only), else null. */
  maxPoints: number | null;
  items: SnapshotItem[];
  responses: SnapshotResponse[];
}

type Role = 'grid' | 'question' | 'nip' | 'name' | 'session' | 'code' | 'other' | 'none';

const QUESTION_TYPES = new Set([
  'CHECKBOX',
  'GRID',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'SCALE',
  'TEXT',
]);

/** What an item is, by the same rules `responseColumns` applies to a linked sheet's headers. */
export function itemRoles(items: readonly SnapshotItem[]): Map<number, { role: Role; no?: number }> {
  const out = new Map<number, { role: Role; no?: number }>();
  let nip = false;
  let name = false;
  let session = false;
  let code = false;
  const numbers = new Set<number>();
  for (const it of items) {
    if (!QUESTION_TYPES.has(it.type)) {
      out.set(it.id, { role: 'none' });
      continue;
    }
    const t = it.title.toLowerCase().replace(/\s+/g, ' ').trim();
    const quiz = /^(\d+)\s*[.)]\s+\S/.exec(t);
    if (it.type === 'GRID') out.set(it.id, { role: 'grid' });
    else if (quiz && !numbers.has(Number(quiz[1]))) {
      numbers.add(Number(quiz[1]));
      out.set(it.id, { role: 'question', no: Number(quiz[1]) });
    } else if (!code && CODE_TITLE.test(t)) {
      code = true;
      out.set(it.id, { role: 'code' });
    } else if (!nip && /\bnip\b/.test(t)) {
      nip = true;
      out.set(it.id, { role: 'nip' });
    } else if (!name && /\b(nama|name)\b/.test(t)) {
      name = true;
      out.set(it.id, { role: 'name' });
    } else if (!session && /^(sesi|session)\b/.test(t)) {
      session = true;
      out.set(it.id, { role: 'session' });
    } else out.set(it.id, { role: 'other' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The fast path: a linked sheet's rows paired with the form's responses, NIPs replaced by FormApp's exact strings.

/** What FormApp gives per response on the fast path: its timestamp and its exact NIP answer (null: none). */
export interface ResponseKey {
  timestamp: Date | null;
  nip: string | null;
}

/** The first item of each single-column role (NIP, name, session), by the same rules as the sheet's headers. */
export function roleItem(
  items: readonly SnapshotItem[],
  role: 'nip' | 'name' | 'session' | 'code',
): SnapshotItem | null {
  const roles = itemRoles(items);
  return items.find((i) => roles.get(i.id)?.role === role) ?? null;
}

const header = (h: unknown) => asText(h).replace(/\s+/g, ' ');
const sorted = (xs: string[]) => [...xs].sort().join('\n');

/**
 * Why the linked sheet's columns would not read like the form's items (a reason in Indonesian), or null when
 * they do: every column the kind uses must be the live item's own column, once. Columns of deleted or retitled
 * items stay in a linked sheet (with old answers), and the sheet path would read them where FormApp does not.
 */
export function sheetShapeProblem(
  head: readonly unknown[],
  items: readonly SnapshotItem[],
  isQuiz: boolean,
  kind: FormRecord['kind'],
): string | null {
  const cols = responseColumns(head);
  if (cols.timestamp < 0) return 'kolom Stempel waktu tidak ada';
  if (isQuiz !== cols.score >= 0)
    return isQuiz ? 'kolom Skor tidak ada' : 'ada kolom Skor, formulir bukan kuis';
  const roles = itemRoles(items);
  const titles = head.map(header);
  const single: Array<['nip' | 'name' | 'session' | 'code', number, boolean]> = [
    ['nip', cols.nip, true],
    ['name', cols.name, kind === 'Pre-Test' || kind === 'Post-Test'],
    ['session', cols.session, kind === 'Presensi'],
    ['code', cols.code, kind === 'Presensi'],
  ];
  for (const [role, col, used] of single) {
    if (!used) continue;
    const item = roleItem(items, role);
    if (!item) {
      if (col >= 0) return `kolom "${titles[col]}" tidak ada di formulir`;
      continue;
    }
    const t = header(item.title);
    if (col < 0 || titles[col] !== t || titles.filter((x) => x === t).length !== 1)
      return `kolom "${item.title}" tidak ditemukan tepat satu kali`;
  }
  if (kind === 'Pre-Test' || kind === 'Post-Test') {
    for (const it of items) {
      const r = roles.get(it.id);
      if (r?.role !== 'question' || r.no === undefined) continue;
      const col = cols.questions.get(r.no);
      if (col === undefined || titles[col] !== header(it.title))
        return `kolom soal "${it.title}" tidak cocok`;
    }
  }
  if (kind === 'Evaluasi' || kind === 'Pasca Pelatihan') {
    const grids = items
      .filter((i) => roles.get(i.id)?.role === 'grid')
      .flatMap((i) => i.rows.map((row) => header(`${i.title} [${row}]`)));
    if (sorted(cols.grids.map((g) => header(g.header))) !== sorted(grids))
      return 'kolom kisi penilaian berbeda';
    const others = items.filter((i) => roles.get(i.id)?.role === 'other').map((i) => header(i.title));
    if (sorted(cols.other.map((c) => titles[c])) !== sorted(others)) return 'kolom saran berbeda';
  }
  return null;
}

/** The sheet's NIP cell agrees with FormApp's exact NIP: equal text, or the number Sheets parsed it into. */
export function sameNip(cell: unknown, exact: string | null): boolean {
  if (exact === null) return isBlank(cell);
  if (typeof cell === 'number') {
    const n = Number(exact.trim());
    // an 18-digit NIP parsed by Sheets keeps about 15 significant digits: closeness, never equality
    return Number.isFinite(n) && Math.abs(n - cell) <= Math.abs(n) * 1e-14;
  }
  return asText(cell) === exact.trim();
}

export type Pairing = { ok: true; values: unknown[][]; rows: number[] } | { ok: false; reason: string };

/** Within this many ms a sheet timestamp matches FormApp's: Google may write it to the whole second. */
export const TIMESTAMP_TOLERANCE_MS = 1000;

/**
 * Pairs the sheet's response rows (non-blank rows after the header, in sheet order) after the first `skip` (those
 * already imported) with the form's new responses (submission order), checked row by row: the timestamp to the
 * second and the NIP cell against the exact NIP. On success: a copy of the values with each paired row's timestamp
 * and NIP replaced by FormApp's exact ones, and the paired rows' indices. Fails when the admin deleted, added,
 * sorted or retyped rows, so nothing is ever paired by guess.
 */
export function pairSheetRows(
  values: readonly (readonly unknown[])[],
  keys: readonly ResponseKey[],
  skip = 0,
): Pairing {
  const cols = responseColumns(values[0] ?? []);
  const all = responseRows(values);
  if (all.length - skip !== keys.length)
    return {
      ok: false,
      reason: `lembar berisi ${all.length} baris respons, formulir ${skip + keys.length} respons`,
    };
  const rows = all.slice(skip);
  const out = values.map((r) => [...r]);
  for (let k = 0; k < rows.length; k++) {
    const row = out[rows[k]];
    const key = keys[k];
    const cell = row[cols.timestamp];
    if (
      !key.timestamp ||
      !isDate(cell) ||
      Math.abs(cell.getTime() - key.timestamp.getTime()) >= TIMESTAMP_TOLERANCE_MS
    )
      return {
        ok: false,
        reason: `stempel waktu baris ${rows[k] + 1} tidak cocok dengan respons ke-${skip + k + 1}`,
      };
    if (cols.nip >= 0 && !sameNip(row[cols.nip], key.nip))
      return { ok: false, reason: `NIP baris ${rows[k] + 1} tidak cocok dengan respons ke-${skip + k + 1}` };
    row[cols.timestamp] = key.timestamp;
    if (cols.nip >= 0) row[cols.nip] = key.nip ?? '';
  }
  return { ok: true, values: out, rows };
}
