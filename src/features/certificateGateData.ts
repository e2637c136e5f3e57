// Which training a problem of `Masalah` concerns, for the certificate gate (src/core/certificateGate.ts): the code the
// problem was raised with, else the Kode Kegiatan of the row it points at (read from the rows already loaded: no
// service call), else the training whose form fills the response sheet it points at. Null when none tells. A re-issue
// (one person) also asks whose row a problem is on: the NIP of the row it points at, when its sheet has a NIP column.

import { asCode } from '../core/cells';
import { blockingProblems, causeText } from '../core/certificateGate';
import { detectLayout } from '../core/layout';
import { normalizeNip } from '../core/nip';
import type { Problem } from '../core/problems';
import { SHEETS, type SheetKey } from '../core/schema';
import { HONORARIUM_PROBLEM_CODES } from '../core/speakers';
import { GATE_TEXT } from '../text/id/certGate';
import type { Analysis } from './results';

/** Sheets a certificate does not depend on: their Errors never stop a run. */
const UNRELATED: readonly SheetKey[] = ['aspects', 'roster'];

type ProblemTrainings = ((p: Problem) => string | null) & {
  unrelated: ReadonlySet<string>;
  /** The NIP on the row the problem points at; null when its sheet has no NIP column or it is not about a row. */
  personOf(p: Problem): string | null;
};

function problemTrainings(analysis: Analysis): ProblemTrainings {
  const { loaded, collected } = analysis;
  /** Per sheet name: the rows as read and the column of Kode Kegiatan (the training sheet's own Kode). */
  const columns = new Map<string, { values: readonly (readonly unknown[])[]; column: number }>();
  const nips = new Map<string, { values: readonly (readonly unknown[])[]; column: number }>();
  for (const key of Object.keys(loaded.raw) as SheetKey[]) {
    const values = loaded.raw[key];
    const def = SHEETS[key];
    if (!values) continue;
    const codeKey = key === 'trainings' ? 'code' : 'trainingCode';
    const layout = detectLayout(values, def);
    const column = layout.columns.get(codeKey);
    if (column !== undefined) columns.set(def.name, { values, column });
    const nip = layout.columns.get('nip');
    if (nip !== undefined) nips.set(def.name, { values, column: nip });
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
  const personOf = (p: Problem): string | null => {
    const c = nips.get(p.sheet);
    if (!c || p.row === null) return null;
    const nip = normalizeNip(c.values[p.row - 1]?.[c.column]);
    return nip === '' ? null : nip;
  };
  // and the earlier years' Rekap JP copied in (JP across years): nothing a certificate prints comes from them
  const unrelated = new Set([...UNRELATED.map((k) => SHEETS[k].name), ...analysis.jp.sheets]);
  return Object.assign(of, { unrelated, personOf });
}

/** The Errors that stop a run for `scope`, as the confirmation lists them: one message (or null), and the count. */
export interface GateBlock {
  /** Each cause as the admin reads it. */
  causes: string[];
  /** The whole refusal: the intro and the causes; null when nothing blocks. */
  message: string | null;
  warnings: number;
}

/**
 * The Errors that stop a certificate run for `scope` (the trainings), or, with `nip`, a re-issue of that person's
 * certificate: then only Errors on that person's rows or on rows of no person (the training, its sessions, its
 * responses, whose owner cannot be told) stop it; other participants' rows do not.
 */
export function gateBlock(analysis: Analysis, scope: ReadonlySet<string>, nip?: string): GateBlock {
  const attribution = problemTrainings(analysis);
  const concerns = (p: Problem) => {
    // the honorarium's Kesalahan (a speaker's Golongan, a rate) are the treasurer's, not a participant's certificate
    if (HONORARIUM_PROBLEM_CODES.has(p.code)) return false;
    if (nip === undefined) return true;
    const who = attribution.personOf(p);
    return who === null || who === nip;
  };
  const b = blockingProblems(
    analysis.loaded.problems.list,
    scope,
    attribution,
    attribution.unrelated,
    concerns,
  );
  const causes = b.causes.map(causeText);
  const intro =
    nip === undefined
      ? GATE_TEXT.blockingIntro(b.errors)
      : GATE_TEXT.reissueBlockingIntro(b.errors, [...scope][0] ?? '');
  return { causes, message: causes.length ? [intro, ...causes].join('\n') : null, warnings: b.warnings };
}
