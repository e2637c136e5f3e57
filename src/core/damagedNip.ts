// A reference to a participant whose NIP was damaged in Peserta (stored as a number, its last digits lost): the
// NIP typed elsewhere (Kehadiran, Nilai, a response, a check-in) is right, and the fix is that Peserta cell. One
// look-up and one report for every reader (issue 14 item 3: the row follows its cause in `Masalah`). Pure.

import type { Participant } from './model';
import type { ProblemAt, Problems } from './problems';

/**
 * The roster entry whose NIP was damaged into what `nip` becomes as a number, if any (`get` finds a roster entry
 * by NIP: the damaged entry is keyed by its damaged digits).
 */
export function damagedEntry(get: (nip: string) => Participant | undefined, nip: string): Participant | null {
  const p = get(String(Number(nip)));
  return p && !p.nipValid ? p : null;
}

/** Reports `at` as unusable until the Peserta cell of `damaged` is retyped, folded under that cell's own problem. */
export function reportStoredAsNumber(
  problems: Problems,
  at: ProblemAt,
  nip: string,
  damaged: Participant,
): void {
  problems.add(
    'reference.nipStoredAsNumber',
    { ...at, follows: { sheet: damaged.src.sheet, row: damaged.src.row, column: 'NIP' } },
    { nip, rosterRow: damaged.src.row },
  );
}

/** Who a mistyped NIP may be matched to: never an entry whose own NIP is damaged (typing under it helps no one). */
export const matchable = (entries: Iterable<Participant>): Participant[] =>
  [...entries].filter((p) => p.nipValid);
