// Use case "Buat Formulir", the Formulir ledger and the forms list: forms are built from the sheets, linked,
// recorded in the ledger and kept in step with it. Forms reach FormApp only through the port (port.forms); reading
// their responses is Tarik Respons (src/features/responsesImport.ts), links per participant src/features/participantLinks.ts.

import { sourceKey } from '../core/answers';
import { formatDateLong } from '../core/dates';
import { UserError } from '../core/errors';
import { buildFormSpecs, type FormSpec, followUpsDue, responseSheetName } from '../core/formSpecs';
import type { FormKind } from '../core/model';
import { Problems } from '../core/problems';
import { parseStore } from '../core/responseStore';
import { SHEETS } from '../core/schema';
import { resolveSheetName } from '../core/sheetNames';
import type { FormInfo, FormsResult, PanelState } from '../shared/rpc';
import { buildText, importedText, unknownTraining } from '../text/id/forms';
import {
  appendRow,
  type Ledger,
  type LedgerRow,
  readLedger,
  setCell,
  writeLedger,
  writeLedgerRow,
} from './formsLedger';
import { type Loaded, loadWorkbook } from './load';
import type { PanelContributor } from './panel';
import type { Port } from './port';
import type { FormMark } from './port/forms';
import { problemViews } from './problemsSheet';

/** Form creation stops starting new forms after this much of the 6-minute limit, so the ledger is always written. */
const TIME_BUDGET_MS = 4 * 60 * 1000;

/** Keeps the loaded FormRecords in step with ledger rows changed in memory (same sheet row). */
function syncRecords(loaded: Loaded, ledger: Ledger): void {
  for (const rec of loaded.wb.forms) {
    const row = ledger.rows.find((r) => r.vi === rec.src.row - 1);
    if (!row) continue;
    rec.formId = row.formId;
    rec.fillUrl = row.fillUrl;
    rec.editUrl = row.editUrl;
    rec.responseSheet = row.responseSheet;
  }
}

/**
 * A hand-made form registered by its link (Tautan Edit / Tautan Isi, no ID): opened by URL and its ID, links and
 * linked response sheet filled in. A published `…/d/e/…` link cannot be opened by scripts: reported.
 */
export function resolveRegistrations(port: Port, loaded: Loaded, ledger: Ledger, problems: Problems): void {
  let sheetList: string[] | null = null;
  for (const row of ledger.rows) {
    if (row.formId || (!row.editUrl && !row.fillUrl)) continue;
    const id =
      (row.editUrl && port.forms.idByUrl(row.editUrl)) ||
      (row.fillUrl && port.forms.idByUrl(row.fillUrl)) ||
      null;
    if (!id) {
      problems.add('form.linkUnopenable', {
        sheet: SHEETS.forms.name,
        row: row.vi + 1,
        column: row.editUrl ? 'Tautan Edit' : 'Tautan Isi',
      });
      continue;
    }
    const about = port.forms.about(id);
    setCell(ledger, row, 'formId', id);
    if (!row.editUrl) setCell(ledger, row, 'editUrl', about.editUrl);
    // an unpublished form has no published URL yet
    if (!row.fillUrl && about.fillUrl) setCell(ledger, row, 'fillUrl', about.fillUrl);
    if (!row.title) setCell(ledger, row, 'title', about.title);
    if (!row.responseSheet) {
      sheetList = sheetList ?? port.forms.sheetNames();
      const linked = sheetList.find((name) => port.forms.linkedFormId(name) === id);
      if (linked) setCell(ledger, row, 'responseSheet', linked);
    }
  }
  syncRecords(loaded, ledger);
}

/**
 * The ledger rows of a training's form kind, the one that is current (the last whose form still opens) and, when none
 * opens, the row of a form made by hand (registered by its response sheet only).
 */
export function currentForm(
  port: Port,
  ledger: Ledger,
  code: string,
  kind: FormKind,
): { rows: LedgerRow[]; row: LedgerRow | null; form: string | null; hand: LedgerRow | null } {
  const rows = ledger.rows.filter((r) => r.code === code && r.kind === kind);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i].formId && port.forms.opens(rows[i].formId))
      return { rows, row: rows[i], form: rows[i].formId, hand: null };
  }
  // no form that opens: a row registered by its response sheet only is a form made by hand
  return { rows, row: null, form: null, hand: rows.find((r) => !r.formId && r.responseSheet) ?? null };
}

// ---------------------------------------------------------------------------------------------------------
// Buat Formulir

export interface CreateFormsOptions {
  /**
   * For a form that already has responses and whose content changed (Soal, aspects, sessions): make a new
   * version (a new form and a new Formulir row; the old row stays, so its responses still count).
   */
  newVersion?: boolean;
  /** Shuffle the quiz questions for each respondent. */
  shuffle?: boolean;
}

function toInfo(row: LedgerRow, responses: number, imported = ''): FormInfo {
  return {
    code: row.code,
    kind: row.kind,
    title: row.title,
    formId: row.formId,
    fillUrl: row.fillUrl,
    editUrl: row.editUrl,
    responseSheet: row.responseSheet,
    responses,
    imported,
  };
}

/** What one Buat Formulir run knows and changes as it goes (the ledger, the form marks, the sheet names). */
interface Build {
  port: Port;
  loaded: Loaded;
  ledger: Ledger;
  marks: Map<string, FormMark>;
  problems: Problems;
  /** Rows of forms made or finished in this run, whose response sheet is looked for at the end. */
  made: LedgerRow[];
  /** Names of the sheets this run has seen (loaded, or renamed here): any other sheet is new. */
  known: Set<string>;
}

/** Stores one form's mark now (one property of a few dozen bytes) and in the run's map. */
function mark(b: Build, formId: string, m: FormMark): void {
  b.port.forms.writeMark(formId, m);
  b.marks.set(formId, m);
}

/**
 * A new form, recorded right after it exists: created, its mark ('being built') and its ledger row written
 * before any item is added. A run cut off later leaves a recorded form that the next run finishes (`finishForm`),
 * never one that is made again. Only a cut between `FormApp.create` and the mark (the getId call) can leave an
 * empty, unpublished, untitled form that no one can answer.
 */
function makeForm(b: Build, spec: FormSpec, title: string): LedgerRow {
  const id = b.port.forms.create(title);
  mark(b, id, { fp: '', code: spec.code, kind: spec.kind });
  const row = appendRow(b.ledger, {
    trainingCode: spec.code,
    kind: spec.kind,
    title,
    formId: id,
    created: new Date(),
  });
  writeLedgerRow(b.ledger, row);
  b.port.forms.fill(id, { ...spec, title });
  recordFinished(b, spec, row);
  return row;
}

/** A recorded form a cut run left half-built: brought to its spec, published, linked, then marked finished. */
function finishForm(b: Build, spec: FormSpec, row: LedgerRow): void {
  const title = row.title || spec.title;
  b.port.forms.complete(row.formId, { ...spec, title });
  if (!row.title) setCell(b.ledger, row, 'title', title);
  recordFinished(b, spec, row);
}

/** The form's links go in its ledger row (written now), then its mark becomes the content's fingerprint. */
function recordFinished(b: Build, spec: FormSpec, row: LedgerRow): void {
  const { fillUrl, editUrl } = b.port.forms.links(row.formId);
  setCell(b.ledger, row, 'fillUrl', fillUrl);
  setCell(b.ledger, row, 'editUrl', editUrl);
  writeLedgerRow(b.ledger, row);
  mark(b, row.formId, { fp: spec.fingerprint, code: spec.code, kind: spec.kind });
  b.made.push(row);
}

/**
 * Forms a cut run created and marked but did not get into the ledger (cut between the mark and the row write):
 * recorded now, so the run finishes them instead of making them again. A mark whose form is gone is dropped.
 */
function adoptUnrecorded(b: Build, wanted: ReadonlySet<string>): void {
  const inLedger = new Set(b.ledger.rows.map((r) => r.formId).filter(Boolean));
  for (const [id, m] of [...b.marks]) {
    if (m.fp !== '' || inLedger.has(id) || !m.code || !m.kind) continue;
    if (!wanted.has(`${m.code}\u0001${m.kind}`)) continue;
    if (!b.port.forms.opens(id)) {
      b.port.forms.removeMark(id);
      b.marks.delete(id);
      continue;
    }
    const row = appendRow(b.ledger, {
      trainingCode: m.code,
      kind: m.kind,
      formId: id,
      created: new Date(),
    });
    writeLedgerRow(b.ledger, row);
  }
}

/**
 * Links add-on form rows that have no response sheet to theirs among the `candidates` sheets (compared by linked
 * form ID), each renamed `Respons <Jenis> <Kode>`; returns the rows not found.
 */
function attachSheets(
  b: Build,
  rows: readonly LedgerRow[],
  candidates: readonly string[],
  taken: Set<string>,
): LedgerRow[] {
  const want = new Map(rows.map((r) => [r.formId, r]));
  for (const name of candidates) {
    if (want.size === 0) break;
    const row = want.get(b.port.forms.linkedFormId(name));
    if (!row?.kind) continue;
    want.delete(row.formId);
    taken.delete(name);
    const fresh = responseSheetName(row.kind, row.code, taken);
    if (fresh !== name) b.port.forms.renameSheet(name, fresh);
    // the tabs read inputs, outputs, then the response sheets (Google put this one first)
    b.port.forms.moveSheetToEnd(fresh);
    taken.add(fresh);
    b.known.delete(name);
    b.known.add(fresh);
    setCell(b.ledger, row, 'responseSheet', fresh);
  }
  return [...want.values()];
}

/** Sheet names no ledger row claims, among `names`. */
function unclaimed(ledger: Ledger, names: Iterable<string>): Set<string> {
  const claimed = new Set(ledger.rows.map((r) => r.responseSheet.toLowerCase()).filter(Boolean));
  return new Set([...names].filter((n) => !claimed.has(n.toLowerCase())));
}

export function createForms(port: Port, code: string | null, opts: CreateFormsOptions = {}): FormsResult {
  const start = Date.now();
  const loaded = loadWorkbook(port);
  const { wb } = loaded;
  if (code !== null && !wb.trainings.some((t) => t.code === code)) {
    throw new UserError(unknownTraining(code));
  }
  const problems = new Problems();
  const ledger = readLedger(port, loaded);
  resolveRegistrations(port, loaded, ledger, problems);
  const specResult = buildFormSpecs(
    {
      trainings: wb.trainings,
      sessions: wb.sessions,
      questions: wb.questions,
      aspects: wb.aspects,
      scale: wb.settings.evaluationScale,
      rawQuestions: loaded.raw.questions ?? null,
      problems: loaded.problems.list,
      shuffle: opts.shuffle,
      checkin: wb.settings.checkin.enabled,
    },
    code === null ? null : new Set([code]),
  );
  problems.addAll(specResult.problems);
  for (const p of loaded.problems.list)
    if (p.sheet === SHEETS.questions.name && p.level === 'Error') problems.add(p);
  const notes: string[] = [];
  for (const s of specResult.skipped) {
    notes.push(buildText.skipped(s.kind, s.code, s.reason));
  }

  const b: Build = {
    port,
    loaded,
    ledger,
    marks: port.forms.readMarks(),
    problems,
    made: [],
    known: new Set(loaded.sheetNames),
  };
  const counts = new Map<string, number>();
  let created = 0;
  let finished = 0;
  let updated = 0;
  let unchanged = 0;
  let stopped = 0;
  /** Forms a new version would replace: content changed after responses came, or made by hand. */
  let versionable = 0;
  const taken = new Set(loaded.sheetNames);
  try {
    adoptUnrecorded(b, new Set(specResult.specs.map((sp) => `${sp.code}\u0001${sp.kind}`)));
    // response sheets a cut run linked but did not name: found among the sheets no row claims (no call if none)
    const unnamed = ledger.rows.filter((r) => r.formId && !r.responseSheet && b.marks.has(r.formId));
    if (unnamed.length) {
      const free = unclaimed(ledger, loaded.sheetNames);
      attachSheets(
        b,
        unnamed,
        [...loaded.sheetNames].filter((n) => free.has(n)),
        taken,
      );
    }
    for (const spec of specResult.specs) {
      const cur = currentForm(port, ledger, spec.code, spec.kind);
      const what = buildText.what(spec.kind, spec.code);
      if (Date.now() - start > TIME_BUDGET_MS) {
        stopped++;
        continue;
      }
      if (!cur.form) {
        const { hand } = cur;
        if (hand && opts.newVersion) {
          // a form of the add-on's own beside the hand-made one, whose rows stay and are still read
          const version = cur.rows.length + 1;
          makeForm(b, spec, buildText.versionTitle(spec.title, version));
          created++;
          notes.push(buildText.newVersionOfHandMade(what, hand.vi + 1, version));
          continue;
        }
        if (hand) {
          notes.push(buildText.handMade(what, hand.vi + 1, hand.responseSheet));
          versionable++;
          unchanged++;
          continue;
        }
        if (cur.rows.some((r) => r.formId)) {
          notes.push(buildText.remade(what));
        }
        makeForm(b, spec, spec.title);
        created++;
        continue;
      }
      const row = cur.row as LedgerRow;
      const m = b.marks.get(row.formId);
      if (m?.fp === spec.fingerprint) {
        unchanged++;
        continue;
      }
      if (!m) {
        // registered by hand (by link or ID): the add-on never rebuilds a form it did not make
        unchanged++;
        notes.push(buildText.manual(what));
        continue;
      }
      if (m.fp === '') {
        // made by a run that was cut off: finished now, never made again
        finishForm(b, spec, row);
        finished++;
        notes.push(buildText.finished(what));
        continue;
      }
      const n = port.forms.responseCount(cur.form);
      counts.set(row.formId, n);
      if (n === 0) {
        port.forms.update(cur.form, spec);
        mark(b, row.formId, { fp: spec.fingerprint, code: spec.code, kind: spec.kind });
        setCell(ledger, row, 'title', spec.title);
        updated++;
        notes.push(buildText.updated(what));
        continue;
      }
      if (opts.newVersion) {
        const version = cur.rows.filter((r) => r.formId).length + 1;
        makeForm(b, spec, buildText.versionTitle(spec.title, version));
        created++;
        notes.push(buildText.newVersion(what, n, version));
        continue;
      }
      unchanged++;
      versionable++;
      notes.push(buildText.kept(what, n));
      if ((spec.kind === 'Pre-Test' || spec.kind === 'Post-Test') && port.forms.isQuiz(cur.form)) {
        // built by an older version as a quiz: Google may show participants its key after they submit
        notes.push(buildText.stillQuiz(what));
      }
    }
  } finally {
    // The response sheets of the forms made here: Google adds them, and this execution sees them after a flush.
    const open = b.made.filter((r) => !r.responseSheet);
    if (open.length) {
      const all = port.forms.sheetNames(true);
      const fresh = all.filter((name) => !b.known.has(name));
      const lost = attachSheets(b, open, fresh.length ? fresh : all, taken);
      for (const r of lost) {
        problems.add(
          'form.responseSheetNotFound',
          { sheet: SHEETS.forms.name, row: r.vi + 1, column: 'Lembar Respons' },
          { kind: r.kind, code: r.code },
        );
      }
    }
    writeLedger(ledger);
  }
  const codes = code === null ? null : new Set([code]);
  const shown = formCounts(port, loaded);
  const forms = ledger.rows
    .filter((r) => r.kind && (!codes || codes.has(r.code)))
    .map((r) => {
      const c = shown(r);
      return toInfo(r, counts.get(r.formId) ?? c.responses, c.imported);
    });
  const message = buildText.done({
    created,
    updated,
    unchanged,
    finished,
    skipped: specResult.skipped.length,
    stopped,
    notes: notes.length,
  });
  return {
    created,
    updated,
    unchanged,
    versionable,
    notes,
    forms,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

/**
 * What the forms list shows per ledger row: the linked sheet's rows (one lookup, live), else the responses stored
 * at the last Tarik Respons, else FormApp's count (a form never imported and without a sheet); and when its
 * responses were last imported. The store is read once.
 */
function formCounts(port: Port, loaded: Loaded): (row: LedgerRow) => { responses: number; imported: string } {
  const raw = port.forms.readStore();
  const { imports } = parseStore(raw.answers, raw.imports);
  return (row) => {
    const done = imports.get(sourceKey(row));
    const imported = done?.importedAt ? importedText.at(formatStamp(done.importedAt)) : importedText.never;
    const rows =
      row.responseSheet && resolveSheetName(loaded.sheetNames, row.responseSheet) !== null
        ? port.forms.lastRow(row.responseSheet)
        : null;
    if (rows !== null) return { responses: Math.max(0, rows - 1), imported };
    if (done) return { responses: done.count, imported };
    const n = row.formId && port.forms.opens(row.formId) ? port.forms.responseCount(row.formId) : 0;
    return { responses: n, imported };
  };
}

/** "27 November 2026 10.15" in the script's zone. */
function formatStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatDateLong(d)} ${two(d.getHours())}.${two(d.getMinutes())}`;
}

// ---------------------------------------------------------------------------------------------------------
// Forms list and panel

/** Every form of the ledger with its response count and when its responses were last imported (see formCounts). */
export function listForms(port: Port): FormInfo[] {
  const loaded = loadWorkbook(port);
  return loaded.sheetNames.includes(SHEETS.forms.name) ? formInfos(port, loaded) : [];
}

function formInfos(port: Port, loaded: Loaded): FormInfo[] {
  const shown = formCounts(port, loaded);
  return readLedger(port, loaded)
    .rows.filter((r) => r.kind)
    .map((r) => {
      const c = shown(r);
      return toInfo(r, c.responses, c.imported);
    });
}

/**
 * The forms section of the panel through the port (the forms list as listForms shows it, and the follow-ups due):
 * the contributor for getPanelState's explicit composition.
 */
export function formsPanelContributor(port: Port, state: PanelState, ctx: { loaded: Loaded | null }): void {
  const { loaded } = ctx;
  if (!loaded?.sheetNames.includes(SHEETS.forms.name)) return;
  state.forms = formInfos(port, loaded);
  state.followUps = followUpsDue(loaded.wb.trainings, pascaCounts(state.forms), new Date()).map((t) => ({
    code: t.code,
    theme: t.theme,
    endDate: formatDateLong(t.end),
  }));
}

function pascaCounts(forms: readonly FormInfo[]): Map<string, number> {
  const pasca = new Map<string, number>();
  for (const f of forms) {
    if (f.kind === 'Pasca Pelatihan') pasca.set(f.code, (pasca.get(f.code) ?? 0) + f.responses);
  }
  return pasca;
}

/** The forms section for getPanelState (composed in src/server.ts). */
export const formsPanel: PanelContributor = (state, { port, loaded }) =>
  formsPanelContributor(port, state, { loaded });
