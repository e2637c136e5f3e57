// Uji Layanan Google: on a real deployment, runs every Apps Script call path the add-on uses, and every behaviour
// the emulator's fidelity table (emulator/README.md) marks [comm] or [unsure], on scratch objects it creates and
// removes, and writes the sheet `Uji Layanan`: per check what the emulator assumes, what Google did, and whether they
// agree. Every check is isolated (a failure is a row, never the end of the run) and every scratch object is removed
// in a cleanup step whose own failures are reported, not thrown. The checks by service are in the files beside.

import { BusyError, messageOf } from '../../core/errors';
import type { SelfTestResult } from '../../shared/rpc';
import { BUSY } from '../../text/id/rpc';
import { FOLDER_MIME, listFiles, removeFile } from '../drive';
import { activeSpreadsheet, writeOutputSheet } from '../sheets';
import {
  CHECKS,
  type CheckDef,
  type CheckId,
  SELF_TEST_COLUMNS,
  SELF_TEST_SHEET,
  SELF_TEST_TRIGGER_HANDLER,
} from './checks';
import { DOC_IDS, type DriveState, docChecks, removeDriveFiles } from './docs';
import { FORM_IDS, formChecks } from './forms';
import {
  berbeda,
  type Context,
  driveQuery,
  failRest,
  group,
  judge,
  onCleanup,
  propertyKeys,
  RUN_KEY,
  record,
  STORES,
  scratchSheetName,
  skipped,
} from './judge';
import * as probe from './probes';
import { infoChecks, propertyChecks, triggerCheck } from './runtime';
import { SHEET_IDS, sheetChecks } from './sheets';

const LOCK_WAIT_MS = 10_000;

/**
 * Removes what a previous run that was cut off left behind: its scratch sheet (by its exact name), its Drive files
 * (by their appProperties), its properties and the scratch trigger. Returns what it did, or '' when nothing.
 */
function sweepAbortedRun(ctx: Context): string {
  const prev = probe.readProperty('document', RUN_KEY);
  if (!prev || prev === ctx.runId) return '';
  const done: string[] = [];
  const tryTo = (what: string, fn: () => void) => {
    try {
      fn();
      done.push(what);
    } catch (e) {
      ctx.leftovers.push(`${what} dari uji ${prev} (${messageOf(e)})`);
    }
  };
  if (probe.deleteSheetNamed(ctx.ss, scratchSheetName(prev))) done.push(`lembar "${scratchSheetName(prev)}"`);
  const files = listFiles(driveQuery(prev));
  // children before their folder
  files.sort((a, b) => Number(a.mimeType === FOLDER_MIME) - Number(b.mimeType === FOLDER_MIME));
  for (const f of files) tryTo(`berkas Drive "${f.name}"`, () => removeFile(f.id));
  for (const st of STORES) for (const k of propertyKeys(prev)) probe.deleteProperty(st, k);
  const triggers = probe.removeTriggers(SELF_TEST_TRIGGER_HANDLER);
  if (triggers) done.push(`${triggers} pemicu uji`);
  return `Sisa uji yang terputus (${prev}) dibersihkan${done.length ? `: ${done.join(', ')}` : ''}. `;
}

// ---------- orchestration ----------

/** Runs the cleanups in reverse order of registration; a failing one is recorded, never thrown. */
function cleanUp(ctx: Context): void {
  for (const c of [...ctx.cleanups].reverse()) {
    try {
      c.fn();
    } catch (e) {
      ctx.leftovers.push(`${c.what} (${messageOf(e)})`);
    }
  }
}

/** After the cleanup: no scratch sheet, property, Drive file or trigger left (the form is judged by F-9). */
function verifyClean(ctx: Context, before: readonly string[]): void {
  record(ctx, 'B-1', () => {
    const left = [...ctx.leftovers];
    const known = new Set([...before, SELF_TEST_SHEET]);
    for (const n of probe.sheetNames(ctx.ss)) if (!known.has(n)) left.push(`lembar "${n}"`);
    for (const st of STORES)
      for (const k of propertyKeys(ctx.runId))
        if (probe.readProperty(st, k) !== null) left.push(`properti ${st} "${k}"`);
    if (probe.readProperty('document', RUN_KEY) !== null) left.push(`properti dokumen "${RUN_KEY}"`);
    const files = listFiles(driveQuery(ctx.runId));
    for (const f of files) left.push(`berkas Drive "${f.name}" (ID ${f.id})`);
    const triggers = probe.removeTriggers(SELF_TEST_TRIGGER_HANDLER);
    if (triggers) left.push(`${triggers} pemicu uji (baru saja dihapus)`);
    return judge(
      left.length === 0,
      ctx.swept + (left.length ? `Tersisa, hapus manual: ${left.join('; ')}` : 'Semua terhapus'),
    );
  });
}

/** Google's time: the self-test is run by the admin once per deployment, so it may take a minute. */
export function runSelfTest(): SelfTestResult {
  const started = Date.now();
  const ss = activeSpreadsheet();
  const lock = probe.takeDocumentLock(LOCK_WAIT_MS);
  if (lock && !lock.got) throw new BusyError(BUSY);
  const ctx: Context = {
    ss,
    started,
    runId: Math.floor(started).toString(36),
    zone: '',
    locale: '',
    idLocale: false,
    rows: new Map(),
    cleanups: [],
    leftovers: [],
    swept: '',
  };
  const before = probe.sheetNames(ss);
  let d: probe.Deployment | null = null;
  try {
    d = probe.deployment(ss);
    ctx.zone = d.timeZone;
    ctx.locale = d.locale;
    ctx.idLocale = d.locale === 'id_ID';
    const source = d.installationSource;
    try {
      ctx.swept = sweepAbortedRun(ctx);
    } catch (e) {
      ctx.leftovers.push(`sisa uji sebelumnya (${messageOf(e)})`);
    }
    probe.setDocumentProperty(RUN_KEY, ctx.runId);
    onCleanup(ctx, `properti dokumen "${RUN_KEY}"`, () => probe.deleteProperty('document', RUN_KEY));
    group(ctx, SHEET_IDS, () => sheetChecks(ctx));
    const drive: DriveState = { files: [], folderId: null, templateId: null };
    onCleanup(ctx, 'berkas Drive uji', () => removeDriveFiles(ctx, drive));
    group(ctx, DOC_IDS, () => docChecks(ctx, drive));
    const beforeForm = new Set(probe.sheetNames(ss));
    group(ctx, FORM_IDS, () => formChecks(ctx, beforeForm));
    group(ctx, ['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'], () => propertyChecks(ctx));
    group(ctx, ['T-1'], () => triggerCheck(ctx, source));
    const info = d;
    group(ctx, ['M-1', 'I-1', 'I-2', 'I-3'], () => infoChecks(ctx, info));
  } finally {
    cleanUp(ctx);
    try {
      verifyClean(ctx, before);
    } catch (e) {
      failRest(ctx, ['B-1'], e);
    }
    if (lock) {
      const held = lock.held;
      try {
        const after = lock.release();
        ctx.rows.set(
          'K-1',
          judge(
            held && !after.heldAfter,
            `hasLock selama uji: ${held}; setelah releaseLock: ${after.heldAfter}`,
          ),
        );
      } catch (e) {
        ctx.rows.set('K-1', berbeda(`Galat: "${messageOf(e)}"`));
      }
    } else ctx.rows.set('K-1', berbeda('getDocumentLock() null'));
  }
  const seconds = (Date.now() - started) / 1000;
  ctx.rows.set('W-1', judge(seconds < 300, `${seconds.toFixed(1).replace('.', ',')} detik`));
  return report(ctx);
}

function report(ctx: Context): SelfTestResult {
  const rows: unknown[][] = [];
  const counts = { sesuai: 0, berbeda: 0, dilewati: 0 };
  const berbedaIds: string[] = [];
  for (const [id, def] of Object.entries(CHECKS) as Array<[CheckId, CheckDef]>) {
    const o = ctx.rows.get(id) ?? skipped('tidak dijalankan', 'Tidak dijalankan');
    let seen = o.seen;
    if (o.status === 'Berbeda') {
      counts.berbeda++;
      berbedaIds.push(id);
      if (def.stricter)
        seen +=
          ' — emulator memakai tebakan yang lebih ketat; add-on tetap aman, tetapi laporkan agar tabel diperbarui.';
      if (def.hint) seen += ` — Artinya: ${def.hint}`;
    } else if (o.status === 'Sesuai') counts.sesuai++;
    else counts.dilewati++;
    rows.push([id, def.what, def.assumes, seen, o.status, def.ref]);
  }
  const { sheet } = writeOutputSheet(
    ctx.ss,
    ctx.ss.getSheetByName(SELF_TEST_SHEET),
    SELF_TEST_SHEET,
    SELF_TEST_COLUMNS,
    rows,
  );
  try {
    probe.activate(sheet);
  } catch {
    // the report is written; showing it is a courtesy
  }
  const message =
    `Uji Layanan Google selesai: ${counts.sesuai} sesuai, ${counts.berbeda} berbeda, ${counts.dilewati} dilewati. ` +
    (counts.berbeda
      ? `Lihat lembar ${SELF_TEST_SHEET} dan laporkan baris Berbeda (${berbedaIds.join(', ')}) ke tim TI.`
      : `Rincian di lembar ${SELF_TEST_SHEET}.`) +
    (ctx.leftovers.length ? ' Beberapa objek uji perlu dihapus manual (lihat B-1/F-9).' : '');
  return { ...counts, berbedaIds, message, sheet: SELF_TEST_SHEET };
}

/** Handler of the scratch trigger: it is deleted at once, so this only runs if that failed; it removes itself. */
export function removeSelfTestTriggers(): void {
  probe.removeTriggers(SELF_TEST_TRIGGER_HANDLER);
}
