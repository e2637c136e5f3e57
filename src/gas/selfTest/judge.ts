// How a self-test check is judged and run: outcomes, the run's context, isolation of each check and group (a failure
// is a row, never the end of the run), the time guard, and the names of a run's scratch objects.

import { isDate } from '../../core/cells';
import { messageOf } from '../../core/errors';
import { q } from '../drive';
import type { CheckId, Status } from './checks';
import { SELF_TEST_APP_PROPERTY } from './checks';
import * as probe from './probes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Attempt<T> = probe.Attempt<T>;

/** No new check starts after this (the cleanup always runs): far from the 6-minute limit. */
const START_LIMIT_MS = 240_000;

export interface Outcome {
  status: Status;
  seen: string;
}

export function show(v: unknown, zone: string): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (isDate(v)) return `Date ${probe.formatDate(v, zone, "yyyy-MM-dd HH:mm:ss 'GMT'Z")}`;
  if (typeof v === 'string') return `teks "${v}"`;
  if (typeof v === 'number') return `angka ${String(v)}`;
  if (typeof v === 'boolean') return `logika ${v ? 'TRUE' : 'FALSE'}`;
  return String(v);
}

export const sesuai = (seen: string): Outcome => ({ status: 'Sesuai', seen });
export const berbeda = (seen: string): Outcome => ({ status: 'Berbeda', seen });
export const judge = (ok: boolean, seen: string): Outcome => (ok ? sesuai(seen) : berbeda(seen));
export const skipped = (why: string, seen = ''): Outcome => ({
  status: `Dilewati: ${why}`,
  seen: seen || why,
});

/** A call expected to throw a message (exact text, or containing it). */
export function expectError(a: Attempt<unknown>, message: string, exact = true): Outcome {
  if (a.ok) return berbeda('Tidak ada galat: Google mengizinkannya');
  const ok = exact ? a.error === message : a.error.includes(message);
  return judge(ok, `Galat: "${a.error}"`);
}

export interface Context {
  ss: Spreadsheet;
  started: number;
  runId: string;
  zone: string;
  locale: string;
  idLocale: boolean;
  rows: Map<CheckId, Outcome>;
  cleanups: Array<{ what: string; fn: () => void }>;
  /** What could not be removed, for the person to remove by hand. */
  leftovers: string[];
  /** What was removed of a previous run that had been cut off ('' when none). */
  swept: string;
}

/** Judges one check: any exception is the check's result, never the end of the run. No time guard (cleanup). */
export function record(ctx: Context, id: CheckId, fn: () => Outcome): void {
  try {
    ctx.rows.set(id, fn());
  } catch (e) {
    ctx.rows.set(id, berbeda(`Galat tak terduga: "${messageOf(e)}"`));
  }
}

/** Thrown when the run nears its time limit: the group stops, its remaining checks are skipped. */
class TimeUp extends Error {}

const TIME_UP = 'waktu eksekusi hampir habis (uji dihentikan agar pembersihan tetap berjalan)';

/** Runs one check; near the time limit it stops its group instead (so the cleanup still fits). */
export function check(ctx: Context, id: CheckId, fn: () => Outcome): void {
  if (Date.now() - ctx.started > START_LIMIT_MS) throw new TimeUp(TIME_UP);
  record(ctx, id, fn);
}

/** A group's shared setup failed (or time ran out): each of its checks not yet judged gets that result. */
export function failRest(ctx: Context, ids: readonly CheckId[], e: unknown): void {
  const outcome = e instanceof TimeUp ? skipped(TIME_UP) : berbeda(`Persiapan uji gagal: "${messageOf(e)}"`);
  for (const id of ids) if (!ctx.rows.has(id)) ctx.rows.set(id, outcome);
}

/** Checks sharing setup: an exception outside a check fails the group's remaining checks, not the run. */
export function group(ctx: Context, ids: readonly CheckId[], fn: () => void): void {
  try {
    if (Date.now() - ctx.started > START_LIMIT_MS) throw new TimeUp(TIME_UP);
    fn();
  } catch (e) {
    failRest(ctx, ids, e);
  }
}

export function onCleanup(ctx: Context, what: string, fn: () => void): void {
  ctx.cleanups.push({ what, fn });
}

// ---------- names of a run's scratch objects ----------

export const scratchSheetName = (runId: string): string => `Uji Layanan sementara ${runId}`;
export const propertyKeys = (runId: string): string[] => [
  `douasn.selfTest.${runId}`,
  `douasn.selfTest.${runId}.besar`,
];
export const driveQuery = (runId: string): string =>
  `appProperties has { key='${SELF_TEST_APP_PROPERTY}' and value=${q(runId)} }`;
/** Document property naming the run under way: a run cut off (6-minute limit) leaves it for the next to sweep. */
export const RUN_KEY = 'douasn.selfTest.run';
export const STORES: readonly probe.Store[] = ['document', 'user', 'script'];
