// Use case "Tarik Respons": every registered form's new responses into the add-on's response store, incrementally
// (only responses after the last one stored), resumable across executions, and redone for one training on request.
// The only step besides Buat Formulir that reads forms; every other step reads the store (src/features/responses.ts).
//
// Per form known by ID: getResponses(since the last stored response, less a second: Google's "after" may or may not
// include the instant itself, so the overlap is dropped by response ID). Nothing new costs about 3 calls. New
// responses are read from the linked sheet in one getValues with the exact NIP from FormApp (at most 4 calls per
// response), or through FormApp item by item when the sheet does not pair. A form known only by its response sheet
// is read from the sheet (one getValues) each time. An edited response (same ID, new time) replaces its row;
// deleted responses are only seen by redoing the training.

import { type AnswerRow, answersFromForm, answersFromSheet, sourceKey } from '../core/answers';
import { UserError } from '../core/errors';
import { pairSheetRows, roleItem, sheetShapeProblem } from '../core/formResponses';
import type { FormRecord } from '../core/model';
import { Problems } from '../core/problems';
import { responseRows } from '../core/responseSheets';
import {
  answerCells,
  type FormImport,
  type ImportPath,
  importCells,
  parseStore,
  type StoreContents,
} from '../core/responseStore';
import { SHEETS } from '../core/schema';
import { resolveSheetName } from '../core/sheetNames';
import type { ImportResult } from '../shared/rpc';
import { mismatchReason, pullText, unknownTraining } from '../text/id/forms';
import { resolveRegistrations } from './forms';
import { readLedger, writeLedger } from './formsLedger';
import { type Loaded, loadWorkbook } from './load';
import type { Port } from './port';
import type { FormOutline } from './port/forms';
import { problemSummary, problemViews, writeProblems } from './problemsSheet';
import { computeAll } from './results';

/** Stop starting new forms (or chunks of a form) after this much of the 6-minute limit; the rest is the next run's. */
export const IMPORT_BUDGET_MS = 4 * 60 * 1000;
/** Responses read through FormApp item by item between two looks at the clock. */
const CHUNK = 200;
/** Google's stored timestamp may lose the fraction of a second: fetch from a second before the last one stored. */
const OVERLAP_MS = 1000;

export interface PullOptions {
  /** Re-import this training's forms from scratch: their stored rows are dropped and read again. */
  redo?: string | null;
}

export function pullResponses(port: Port, opts: PullOptions = {}): ImportResult {
  const start = Date.now();
  const loaded = loadWorkbook(port);
  const redo = opts.redo || null;
  if (redo && !loaded.wb.trainings.some((t) => t.code === redo)) {
    throw new UserError(unknownTraining(redo));
  }
  if (loaded.sheetNames.includes(SHEETS.forms.name)) {
    const ledger = readLedger(port, loaded);
    resolveRegistrations(port, loaded, ledger, loaded.problems);
    writeLedger(ledger);
  }
  const run = new Importer(port, loaded, start);
  if (redo) run.drop(redo);
  const { left, unchecked } = run.importAll();
  run.save();
  // The same checks "Hitung Nilai" runs (damaged or unknown NIPs, duplicates, scale), so Masalah is complete;
  // outputs are left to the Hitung/Rekap buttons.
  const { problems } = loaded;
  const {
    collected: { responses, perForm },
  } = computeAll(port, loaded);
  writeProblems(port, problems);
  const count = (p: ImportPath) => perForm.filter((x) => x.path === p).length;
  const message =
    (redo ? `${pullText.redone(redo, run.redone)} ` : '') +
    `${pullText.done(
      responses.tests.length,
      responses.attendance.length,
      responses.evaluations.length,
      count('Lembar+FormApp'),
      count('FormApp'),
      count('Lembar'),
    )} ` +
    (left ? `${pullText.more(left)} ` : unchecked ? `${pullText.later(unchecked)} ` : '') +
    problemSummary(problems);
  return {
    tests: responses.tests.length,
    attendance: responses.attendance.length,
    evaluations: responses.evaluations.length,
    remaining: left,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

/** One Tarik Respons run over the store: changes kept in memory, appends written per form, the rest at the end. */
class Importer {
  private readonly store: StoreContents;
  /** Some stored rows were replaced or dropped: the answer sheet is rewritten whole at the end. */
  private rewrite = false;
  private importsChanged = false;
  private linkedIndex: Map<string, string> | null = null;
  redone = 0;

  constructor(
    private readonly port: Port,
    private readonly loaded: Loaded,
    private readonly start: number,
  ) {
    const raw = port.forms.readStore();
    this.store = parseStore(raw.answers, raw.imports);
  }

  private overBudget(): boolean {
    return Date.now() - this.start > IMPORT_BUDGET_MS;
  }

  /** Forgets a training's forms: their rows and import records (so they are read from scratch now). */
  drop(code: string): void {
    for (const form of this.loaded.wb.forms) {
      if (form.trainingCode !== code) continue;
      const key = sourceKey(form);
      if (!key) continue;
      if (this.store.answers.delete(key)) this.rewrite = true;
      if (this.store.imports.delete(key)) this.importsChanged = true;
      this.redone++;
    }
  }

  /**
   * Imports every ledger form once (each source once), the longest unchecked first, so a run cut by the time budget
   * is followed by one that starts where it stopped. Returns the forms whose responses are not all in the store yet
   * (never imported, or cut short) and the forms already imported that this run had no time to check again.
   */
  importAll(): { left: number; unchecked: number } {
    const seen = new Set<string>();
    const queue: Array<{ form: FormRecord; key: string }> = [];
    for (const form of this.loaded.wb.forms) {
      const key = sourceKey(form);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      queue.push({ form, key });
    }
    const checked = (key: string) =>
      this.store.imports.get(key)?.importedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    queue.sort((a, b) => checked(a.key) - checked(b.key));
    let left = 0;
    let unchecked = 0;
    for (const { form, key } of queue) {
      if (this.overBudget()) {
        if (this.store.imports.get(key)?.complete) unchecked++;
        else left++;
        continue;
      }
      if (!this.importForm(form, key)) left++;
    }
    // rows of forms no ledger row names any more (a deleted row, a forgotten ID) are dropped
    for (const store of [this.store.answers, this.store.imports]) {
      for (const key of [...store.keys()]) {
        if (seen.has(key)) continue;
        store.delete(key);
        if (store === this.store.answers) this.rewrite = true;
        else this.importsChanged = true;
      }
    }
    return { left, unchecked };
  }

  /** Writes what is still in memory: the whole answer store when rows were replaced, and the import records. */
  save(): void {
    if (this.rewrite) {
      const cells: unknown[][] = [];
      for (const rows of this.store.answers.values()) for (const r of rows) cells.push(answerCells(r));
      this.port.forms.writeAnswers(cells);
      this.rewrite = false;
    }
    if (this.importsChanged) {
      this.port.forms.writeImports([...this.store.imports.values()].map(importCells));
      this.importsChanged = false;
    }
  }

  private setRows(key: string, rows: AnswerRow[]): void {
    if (rows.length) this.store.answers.set(key, rows);
    else this.store.answers.delete(key);
  }

  /** New rows after those stored: written now (durable at once) unless the store is rewritten at the end anyway. */
  private append(key: string, rows: readonly AnswerRow[]): void {
    if (!rows.length) return;
    this.setRows(key, [...(this.store.answers.get(key) ?? []), ...rows]);
    if (!this.rewrite) this.port.forms.appendAnswers(rows.map(answerCells));
  }

  /** A source's rows replaced; unchanged rows cost no write, rows only added are appended. */
  private replace(key: string, rows: AnswerRow[]): void {
    const old = this.store.answers.get(key) ?? [];
    const same = (a: AnswerRow, b: AnswerRow) =>
      JSON.stringify(answerCells(a)) === JSON.stringify(answerCells(b));
    let prefix = 0;
    while (prefix < old.length && prefix < rows.length && same(old[prefix], rows[prefix])) prefix++;
    if (prefix === old.length) {
      this.append(key, rows.slice(prefix));
      return;
    }
    this.setRows(key, rows);
    this.rewrite = true;
  }

  private record(
    form: FormRecord,
    key: string,
    f: Omit<FormImport, 'source' | 'trainingCode' | 'kind' | 'count' | 'importedAt' | 'complete'>,
    complete = true,
  ): void {
    this.store.imports.set(key, {
      complete,
      source: key,
      trainingCode: form.trainingCode,
      kind: form.kind,
      count: this.store.answers.get(key)?.length ?? 0,
      importedAt: new Date(),
      ...f,
    });
    this.importsChanged = true;
  }

  /** Imports one source; false when the time budget cut it short (the next run goes on from what was stored). */
  private importForm(form: FormRecord, key: string): boolean {
    const prev = this.store.imports.get(key);
    if (prev && prev.kind !== form.kind) {
      // the ledger row now says another kind: its rows mean something else, read them again
      this.store.imports.delete(key);
      if (this.store.answers.delete(key)) this.rewrite = true;
    }
    if (!form.formId) {
      this.importSheet(form, key, new Problems());
      return true;
    }
    if (!this.port.forms.opens(form.formId)) {
      const found = new Problems();
      found.add(
        'form.cannotOpen',
        { ...form.src, column: 'ID Formulir' },
        { kind: form.kind, code: form.trainingCode, id: form.formId },
      );
      this.importSheet(form, key, found);
      return true;
    }
    return this.importFromForm(form, key);
  }

  /** The sheet-only route: the whole sheet read again (one getValues), its rows replacing the stored ones. */
  private importSheet(form: FormRecord, key: string, found: Problems): void {
    const values = form.responseSheet ? this.readSheet(form.responseSheet) : null;
    if (!values) {
      this.replace(key, []);
      this.record(form, key, { path: 'Tidak ada', sheet: '', sheetRows: null, problems: found.list });
      return;
    }
    const rows = answersFromSheet(values, form, { source: key }, found);
    this.replace(key, rows);
    this.record(form, key, {
      path: 'Lembar',
      sheet: form.responseSheet,
      sheetRows: values.length,
      problems: found.list,
    });
  }

  /** The sheet linked to the form: the one the ledger names when linked to it, else found by linked form ID. */
  /** A sheet's values through the workbook port (one getValues), null when there is no such sheet. */
  private readSheet(name: string): unknown[][] | null {
    return this.port.workbook.readSheets([name]).get(name) ?? null;
  }

  private linkedSheet(form: FormRecord): string | null {
    const named =
      form.responseSheet && resolveSheetName(this.loaded.sheetNames, form.responseSheet) !== null
        ? form.responseSheet
        : '';
    if (named && this.port.forms.linkedFormId(named) === form.formId) return named;
    if (!this.linkedIndex) {
      this.linkedIndex = new Map();
      for (const name of this.loaded.sheetNames) {
        if (name === named) continue;
        const id = this.port.forms.linkedFormId(name);
        if (id && !this.linkedIndex.has(id)) this.linkedIndex.set(id, name);
      }
    }
    return this.linkedIndex.get(form.formId) ?? null;
  }

  private importFromForm(form: FormRecord, key: string): boolean {
    const forms = this.port.forms;
    const id = form.formId;
    const prev = this.store.imports.get(key);
    if (!prev && this.store.answers.delete(key)) this.rewrite = true;
    const stored = this.store.answers.get(key) ?? [];
    let last: number | null = null;
    // a stored response whose score is outside its domain is read again each time (a grade corrected in Forms
    // keeps the response's time; a store row edited by hand is repaired): from the first such response on
    const faulty = new Set<string>();
    let since: number | null = null;
    for (const r of stored) {
      if (r.timestamp && (last === null || r.timestamp.getTime() > last)) last = r.timestamp.getTime();
      if (!r.answers.badScore?.fault) continue;
      faulty.add(r.responseId);
      const t = r.timestamp ? r.timestamp.getTime() : Number.NEGATIVE_INFINITY;
      since = since === null ? t : Math.min(since, t);
    }
    if (since !== null) last = since === Number.NEGATIVE_INFINITY ? null : Math.min(since, last ?? since);
    const stamps = forms.responsesSince(id, last === null ? null : new Date(last - OVERLAP_MS));
    const byId = new Map(stored.map((r, i) => [r.responseId, i]));
    const fresh: number[] = [];
    const edited: number[] = [];
    stamps.forEach((s, i) => {
      const at = byId.get(s.id);
      if (at === undefined) fresh.push(i);
      else if (
        faulty.has(s.id) ||
        (stored[at].timestamp?.getTime() ?? null) !== (s.timestamp?.getTime() ?? null)
      )
        edited.push(i);
    });
    if (prev?.complete && fresh.length === 0 && edited.length === 0) {
      // nothing new: only the linked sheet's size is noted again (one lookup), so the steps can tell if it grows
      const sheetRows = prev.sheet ? forms.lastRow(prev.sheet) : null;
      this.record(form, key, { path: prev.path, sheet: prev.sheet, sheetRows, problems: prev.problems });
      return true;
    }
    const outline = forms.outline(id);
    const found = new Problems();
    const sheet = this.linkedSheet(form);
    const done = (path: ImportPath, complete = true) => {
      this.record(
        form,
        key,
        { path, sheet: sheet ?? '', sheetRows: sheet ? forms.lastRow(sheet) : null, problems: found.list },
        complete,
      );
    };
    const nipItem = roleItem(outline.items, 'nip');
    const lacking =
      (form.kind !== 'Evaluasi' && !nipItem) ||
      (form.kind === 'Presensi' && !roleItem(outline.items, 'session'));
    if (lacking || stamps.length === 0) {
      // no response yet, or a form lacking its NIP or Sesi question: reported by the FormApp reader as such
      answersFromForm(form, { ...outline, responses: [] }, { source: key, ids: [], first: 0 }, found);
      this.replace(key, []);
      done('FormApp');
      return true;
    }
    if (sheet && edited.length === 0 && this.fromSheet(form, key, sheet, outline, stamps, fresh, found)) {
      done('Lembar+FormApp');
      return true;
    }
    // every new or edited response through FormApp, item by item, in chunks between looks at the clock
    const base = stored.length;
    const editedAt = new Map(edited.map((i) => [i, byId.get(stamps[i].id) as number]));
    const todo = [...edited, ...fresh].sort((a, b) => a - b);
    let count = 0;
    for (let k = 0; k < todo.length; k += CHUNK) {
      if (k > 0 && this.overBudget()) {
        done('FormApp', false);
        return false;
      }
      const chunk = todo.slice(k, k + CHUNK);
      const rows = answersFromForm(
        form,
        { ...outline, responses: forms.snapshots(id, chunk) },
        { source: key, ids: chunk.map((i) => stamps[i].id), first: 0 },
        found,
      );
      const next = [...(this.store.answers.get(key) ?? [])];
      const added: AnswerRow[] = [];
      rows.forEach((row, j) => {
        const old = editedAt.get(chunk[j]);
        if (old === undefined) {
          // the response's row as the linked sheet would hold it: after every response stored before it
          row.src = { sheet: row.src.sheet, row: base + count++ + 2 };
          added.push(row);
        } else {
          row.src = stored[old].src;
          next[old] = row;
          this.rewrite = true;
        }
      });
      if (added.length < rows.length) this.setRows(key, next);
      this.append(key, added);
    }
    done('FormApp');
    return true;
  }

  /**
   * The fast path: the new responses paired with the linked sheet's rows after those already stored (timestamp to
   * the second, NIP against FormApp's exact answer); their answers come from the sheet. False, with a Peringatan,
   * when the sheet does not read like the form or does not pair.
   */
  private fromSheet(
    form: FormRecord,
    key: string,
    sheet: string,
    outline: FormOutline,
    stamps: ReadonlyArray<{ id: string; timestamp: Date | null }>,
    fresh: readonly number[],
    found: Problems,
  ): boolean {
    const values = this.readSheet(sheet) ?? [];
    let reason = values.length
      ? sheetShapeProblem(values[0], outline.items, outline.isQuiz, form.kind)
      : mismatchReason.empty;
    if (!reason) {
      const skip = this.store.answers.get(key)?.length ?? 0;
      // the counts are compared before any per-response call
      const have = responseRows(values).length;
      if (have - skip !== fresh.length) reason = mismatchReason.counts(have, skip + fresh.length);
      if (!reason) {
        const nipItem = roleItem(outline.items, 'nip');
        const nips = nipItem
          ? this.port.forms.answersTo(form.formId, fresh, nipItem.id)
          : fresh.map(() => null);
        const keys = fresh.map((i, k) => ({ timestamp: stamps[i].timestamp, nip: nips[k] }));
        const paired = pairSheetRows(values, keys, skip);
        if (paired.ok) {
          const rows = answersFromSheet(
            paired.values,
            { ...form, responseSheet: sheet },
            { source: key, rows: paired.rows, ids: fresh.map((i) => stamps[i].id) },
            found,
          );
          this.append(key, rows);
          return true;
        }
        reason = paired.reason;
      }
    }
    found.add(
      'form.sheetMismatch',
      { ...form.src, column: 'Lembar Respons' },
      { kind: form.kind, code: form.trainingCode, sheet, reason: reason ?? '' },
    );
    return false;
  }
}
