// Which training a problem of `Masalah` concerns, for the certificate gate (src/core/certificateGate.ts): the code the
// problem was raised with, else the Kode Kegiatan of the row it points at (read from the rows already loaded: no
// service call), else the training whose form fills the response sheet it points at. Null when none tells.

import { asCode } from '../core/cells';
import { detectLayout } from '../core/layout';
import type { Problem } from '../core/problems';
import { SHEETS, type SheetKey } from '../core/schema';
import type { Analysis } from './results';

/** Sheets a certificate does not depend on: their Errors never stop a run. */
const UNRELATED: readonly SheetKey[] = ['aspects'];

export type ProblemTrainings = ((p: Problem) => string | null) & { unrelated: ReadonlySet<string> };

export function problemTrainings(analysis: Analysis): ProblemTrainings {
  const { loaded, collected } = analysis;
  /** Per sheet name: the rows as read and the column of Kode Kegiatan (the training sheet's own Kode). */
  const columns = new Map<string, { values: readonly (readonly unknown[])[]; column: number }>();
  for (const key of Object.keys(loaded.raw) as SheetKey[]) {
    const values = loaded.raw[key];
    const def = SHEETS[key];
    const codeKey = key === 'trainings' ? 'code' : 'trainingCode';
    if (!values || !def.columns.some((c) => c.key === codeKey)) continue;
    const layout = detectLayout(values, def);
    const column = layout.columns.get(codeKey);
    if (column !== undefined) columns.set(def.name, { values, column });
  }
  const responseSheets = new Map<string, string>();
  for (const f of collected.perForm) responseSheets.set(f.form.responseSheet, f.form.trainingCode);
  const of = (p: Problem): string | null => {
    if (p.trainingCode) return p.trainingCode;
    const bySheet = responseSheets.get(p.sheet);
    if (bySheet) return bySheet;
    const c = columns.get(p.sheet);
    if (!c || p.row === null) return null;
    const code = asCode(c.values[p.row - 1]?.[c.column]);
    return code === '' ? null : code;
  };
  return Object.assign(of, { unrelated: new Set(UNRELATED.map((k) => SHEETS[k].name)) });
}
