// The optional Daftar Materi page (setting Daftar Materi = Ya), pure: each session's subject (Materi), speaker
// (Narasumber) and JP from `Sesi` for a certificate's training, as the rows of the page's table.
//
// Frozen with the run (a certificate printed later prints the same list): when a run starts, the list of each
// training the run works is kept in a document property of its own (src/features/certMaterials.ts), not in the
// job record (its 8 KB also carries the e-mail text) and not in the ledger (it is per training, not per person).
// Bounded: at most MAX_MATERIAL_ROWS sessions (a line says how many more) and MAX_MATERIAL_TEXT characters a cell,
// so one training's list stays far below a property's 9 KB.

import { MATERIALS_TEXT as T } from '../text/id/certTemplate';
import { formatJp } from './format';
import type { SessionJpMap } from './jp';
import type { Session } from './model';

export interface MaterialRow {
  topic: string;
  speaker: string;
  jp: string;
}

/** What a training's page prints: its theme and code, and its sessions in number order. */
export interface MaterialList {
  theme: string;
  code: string;
  rows: MaterialRow[];
  /** Sessions beyond MAX_MATERIAL_ROWS (not listed; the total JP counts them). */
  more: number;
  total: string;
}

export const MAX_MATERIAL_ROWS = 40;
export const MAX_MATERIAL_TEXT = 150;

const cut = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return [...t].length > MAX_MATERIAL_TEXT ? `${[...t].slice(0, MAX_MATERIAL_TEXT - 1).join('')}…` : t;
};

/** The lists of the trainings `codes`, from their sessions (first row per session number, as the JP rules use). */
export function materialLists(
  trainings: ReadonlyArray<{ code: string; theme: string }>,
  sessions: readonly Session[],
  sessionJp: SessionJpMap,
  codes: ReadonlySet<string>,
): Map<string, MaterialList> {
  const out = new Map<string, MaterialList>();
  for (const t of trainings) {
    if (!codes.has(t.code) || out.has(t.code)) continue;
    const jps = sessionJp.get(t.code);
    const seen = new Set<number>();
    const mine = sessions
      .filter((s) => s.trainingCode === t.code && !seen.has(s.number) && seen.add(s.number))
      .sort((a, b) => a.number - b.number);
    let total = 0;
    const rows = mine.map((s) => {
      const jp = jps?.get(s.number) ?? s.jp ?? 0;
      total += jp;
      return { topic: cut(s.topic), speaker: cut(s.speaker), jp: formatJp(jp) };
    });
    out.set(t.code, {
      theme: cut(t.theme),
      code: t.code,
      rows: rows.slice(0, MAX_MATERIAL_ROWS),
      more: Math.max(0, rows.length - MAX_MATERIAL_ROWS),
      total: formatJp(total),
    });
  }
  return out;
}

/** The page's table as cells: a header row, a row per session, a "dan N sesi lainnya" row, the total. */
export function materialCells(list: MaterialList): string[][] {
  const cells: string[][] = [[...T.header]];
  list.rows.forEach((r, i) => {
    cells.push([`${i + 1}.`, r.topic, r.speaker, r.jp]);
  });
  if (list.more) cells.push(['', T.more(list.more), '', '']);
  cells.push(['', T.total, '', list.total]);
  return cells;
}
