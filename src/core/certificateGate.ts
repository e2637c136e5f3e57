// The certificate gate, pure (issue 12 items 1–2): which trainings a run is for, whether each has ended, which
// Errors of `Masalah` stop it, what a certificate prints of its grade (Cetak Predikat), and the one confirmation the
// admin reads before anything is made. src/features/certificateStart.ts gathers the data and applies it.

import { CAUSE_LABEL, GATE_TEXT, SUMMARY_TEXT } from '../text/id/certGate';
import { RESULT_NOTE } from '../text/id/rules';
import {
  type Candidate,
  type LedgerPlan,
  type LedgerRow,
  ledgerKey,
  type MergeValues,
  type PlanOptions,
  planLedger,
} from './certificates';
import type { Problem } from './problems';
import type { ResultRow } from './results';
import type { Band, PredicatePolicy } from './settings';

/** At most this many trainings in one run (the scope is kept in the job record, whose size is capped). */
export const MAX_SCOPE = 10;
/** A training code in a scope is at most this long (a longer one cannot fit Drive's 124-byte file property). */
export const MAX_SCOPE_CODE = 100;

// ---------- the grade a certificate prints ----------

/**
 * Whether a certificate prints its predicate (and Nilai Akhir): "Ya" always, "Tidak" never, "Hanya predikat lulus"
 * when the predicate is not the lowest band's (the published rule: the lowest band, Tidak Memuaskan by default, is
 * the failing one). A participant without a predicate prints none.
 */
export function gradeShown(policy: PredicatePolicy, bands: readonly Band[], predicate: string): boolean {
  if (predicate === '' || policy === 'Tidak') return false;
  if (policy === 'Ya') return true;
  return predicate !== bands[bands.length - 1]?.label;
}

/** The print values under the policy: a grade not shown leaves Predikat and Nilai Akhir empty (never half a grade). */
export function withGradePolicy(
  values: MergeValues,
  policy: PredicatePolicy,
  bands: readonly Band[],
): MergeValues {
  if (gradeShown(policy, bands, values.Predikat)) return values;
  return { ...values, Predikat: '', 'Nilai Akhir': '' };
}

// ---------- which trainings, and whether each has ended ----------

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const dayNumber = (d: CalendarDay) => d.year * 10_000 + d.month * 100 + d.day;

/**
 * Whether a training has ended on `today` (the spreadsheet's calendar day): its issue date (Tanggal Selesai, else
 * Tanggal Mulai; a calendar date at local midnight) is today or earlier. A training without a date has not.
 */
export function trainingEnded(issued: Date | null, today: CalendarDay): boolean {
  if (!issued) return false;
  return (
    dayNumber({ year: issued.getFullYear(), month: issued.getMonth() + 1, day: issued.getDate() }) <=
    dayNumber(today)
  );
}

/**
 * Plans the ledger for the trainings in `scope` only: rows of other trainings stay exactly as they are (not noted,
 * not numbered, not eligible), in place; the in-scope rows are planned as planLedger plans a whole ledger.
 */
export function planInScope(
  existing: readonly LedgerRow[],
  candidates: readonly Candidate[],
  opts: PlanOptions,
  scope: ReadonlySet<string>,
): LedgerPlan {
  const inside = existing.filter((r) => scope.has(r.trainingCode));
  const plan = planLedger(
    inside,
    candidates.filter((c) => scope.has(c.trainingCode)),
    opts,
  );
  let i = 0;
  const rows = existing.map((r) => (scope.has(r.trainingCode) ? plan.rows[i++] : r));
  return { ...plan, rows: [...rows, ...plan.added] };
}

// ---------- the Errors that stop a run ----------

/** One cause of the problems that stop a run: its problem code, a plain label, how many and where. */
export interface GateCause {
  code: string;
  label: string;
  count: number;
  places: string[];
}

/** How many places a cause lists (the count is always whole; `Masalah` has every row). */
export const MAX_PLACES = 8;

/**
 * The Errors that concern the run's trainings, by cause, and the Peringatan counted. `trainingOf` says which training
 * a problem is about (null when it cannot be told: such an Error stops every run, being possibly about any of them).
 * Problems of sheets the certificates do not depend on (`unrelated`) and of other trainings do not count, nor those
 * `concerns` leaves out (a re-issue: other people's rows).
 */
export function blockingProblems(
  problems: readonly Problem[],
  scope: ReadonlySet<string>,
  trainingOf: (p: Problem) => string | null,
  unrelated: ReadonlySet<string> = new Set(),
  concerns: (p: Problem) => boolean = () => true,
): { causes: GateCause[]; errors: number; warnings: number } {
  const byCode = new Map<string, { first: Problem; list: Problem[] }>();
  let warnings = 0;
  let errors = 0;
  for (const p of problems) {
    if (unrelated.has(p.sheet)) continue;
    const code = trainingOf(p);
    if ((code !== null && !scope.has(code)) || !concerns(p)) continue;
    if (p.level !== 'Error') {
      warnings++;
      continue;
    }
    errors++;
    const g = byCode.get(p.code) ?? { first: p, list: [] };
    g.list.push(p);
    byCode.set(p.code, g);
  }
  const causes = [...byCode.entries()].map(([code, g]) => ({
    code,
    label: CAUSE_LABEL[code] ?? g.first.message,
    count: g.list.length,
    places: g.list.slice(0, MAX_PLACES).map((p) => GATE_TEXT.place(p.sheet, p.row)),
  }));
  causes.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { causes, errors, warnings };
}

/** A cause as the admin reads it: "NIP tidak valid: 3 baris (Peserta baris 5, 9, 12)". */
export function causeText(c: GateCause): string {
  return GATE_TEXT.blockingCause(c.label, c.count, c.places, c.count - c.places.length);
}

// ---------- the confirmation ----------

export interface KindCount {
  /** Still to be made in this run. */
  toMake: number;
  /** Made before (kept, never made again). */
  made: number;
}

/** Why someone of the chosen trainings gets nothing, with how many and who. */
export interface NothingReason {
  reason: string;
  count: number;
  names: string[];
}

export interface GateFigures {
  certificates: KindCount;
  charters: KindCount;
  /** Sertifikat Narasumber (issue 15 item 5). */
  speakers: KindCount;
  /** E-mails this run would send (an e-mail run only). */
  emails: number;
  /** Of the certificates still to be made: how many print which predicate ('' = none), most first. */
  predicates: Array<{ label: string; count: number }>;
  nothing: NothingReason[];
}

/** At most this many names are listed per reason (the count is whole). */
export const MAX_NAMES = 50;

/** The figures of one confirmation, from the planned run (first rows of the work) and Rekap Nilai of the scope. */
export function gateFigures(input: {
  rows: readonly LedgerRow[];
  eligible: ReadonlySet<string>;
  /** The rows the run works (preflightWork). */
  work: readonly LedgerRow[];
  email: boolean;
  results: readonly ResultRow[];
  scope: ReadonlySet<string>;
  minimum: number | null;
  threshold: number;
}): GateFigures {
  const count = (kind: LedgerRow['kind']): KindCount => {
    const c = { toMake: 0, made: 0 };
    const seen = new Set<string>();
    for (const r of input.rows) {
      const k = ledgerKey(r);
      if (r.kind !== kind || seen.has(k) || !input.eligible.has(k) || !input.scope.has(r.trainingCode))
        continue;
      seen.add(k);
      if (r.pdf) c.made++;
      else c.toMake++;
    }
    return c;
  };
  const predicates = new Map<string, number>();
  for (const r of input.work)
    if (r.kind === 'Sertifikat' && !r.pdf)
      predicates.set(r.printPredicate, (predicates.get(r.printPredicate) ?? 0) + 1);
  const emails = input.email
    ? input.work.filter((r) => r.email !== '' && r.status !== 'Terkirim' && r.status !== 'Mengirim').length
    : 0;
  const nothing = new Map<string, NothingReason>();
  const R = SUMMARY_TEXT.reasons;
  for (const r of input.results) {
    if (!input.scope.has(r.trainingCode) || r.certificate) continue;
    const reason = r.note.startsWith(RESULT_NOTE.nipInvalid(''))
      ? R.nip
      : r.attendance !== null && r.attendance < input.threshold
        ? R.attendance
        : input.minimum !== null && (r.finalScore === null || r.finalScore < input.minimum)
          ? R.minimum
          : R.other;
    const n = nothing.get(reason) ?? { reason, count: 0, names: [] };
    n.count++;
    if (n.names.length < MAX_NAMES) n.names.push(r.name || r.nip);
    nothing.set(reason, n);
  }
  return {
    certificates: count('Sertifikat'),
    charters: count('Piagam'),
    speakers: count('Sertifikat Narasumber'),
    emails,
    predicates: [...predicates.entries()]
      .map(([label, n]) => ({ label: label || SUMMARY_TEXT.predicateNone, count: n }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    nothing: [...nothing.values()].sort((a, b) => b.count - a.count),
  };
}
