// The certificate scope an admin ticks to issue every training of `Kegiatan` at once (at most 10, the gate's limit),
// confirming the unfinished ones: the bench and the engine's tests issue whole workbooks through the gate this way.

import type { FakeSpreadsheet } from '../emulator/spreadsheet';
import { MAX_SCOPE } from '../src/core/certificateGate';
import { SHEETS } from '../src/core/schema';

export interface Scope {
  trainings: string[];
  confirmUnfinished: string[];
}

export function everyTrainingIn(ss: FakeSpreadsheet): Scope {
  const sheet = ss.getSheetByName(SHEETS.trainings.name);
  const [head, ...rows] = (sheet?._dump() ?? [[]]) as unknown[][];
  const c = head.indexOf(SHEETS.trainings.columns.find((x) => x.key === 'code')?.header ?? '');
  const codes = [...new Set(rows.map((r) => String(r[c] ?? '').trim()).filter((x) => x !== ''))].slice(
    0,
    MAX_SCOPE,
  );
  return { trainings: codes, confirmUnfinished: codes };
}
