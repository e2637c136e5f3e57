// Use cases "Buat Formulir", "Tarik Respons", the forms list, participants' pre-filled links and the FormApp
// response reader: forms are built from the sheets, linked, recorded in the `Formulir` ledger, and read exactly.

import { formatDateLong } from '../core/dates';
import { UserError } from '../core/errors';
import { mapFormResponses, pairSheetRows, roleItem, sheetShapeProblem } from '../core/formResponses';
import { buildFormSpecs, type FormSpec, followUpsDue, responseSheetName } from '../core/formSpecs';
import type { FormKind, FormRecord, Responses } from '../core/model';
import { Problems } from '../core/problems';
import { readResponseSheet } from '../core/responseSheets';
import { OUTPUTS, SHEETS } from '../core/schema';
import {
  completeForm,
  createFormFile,
  type FormMarks,
  fillNewForm,
  findLinkedSheet,
  formLinks,
  linkedFormId,
  NIP_PLACEHOLDER,
  openForm,
  openFormByUrl,
  prefillTemplate,
  readFormMarks,
  readOutline,
  readResponseKeys,
  readSnapshot,
  responseCount,
  updateForm,
} from '../gas/forms';
import { bookOf } from '../gas/port/workbook';
import { readAll } from '../gas/sheets';
import type { FormInfo, FormsResult, ImportResult, ParticipantLink } from '../shared/rpc';
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
import { problemSummary, problemViews, writeProblems } from './problemsSheet';
import { type FormPath, registerFormReader } from './responses';
import { computeAll } from './results';

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Form creation stops starting new forms after this much of the 6-minute limit, so the ledger is always written. */
const TIME_BUDGET_MS = 4 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------------
// The FormApp path of the import (primary, DESIGN §3.3): registered at module load so the bundle always has it.
// With a linked sheet, the answers come from that sheet in one read and FormApp gives only each response's
// timestamp and exact NIP (at most 3 calls per response); the full FormApp read (about 2 calls per item per
// response) is kept for forms without a linked sheet and for sheets that no longer pair with the form.

registerFormReader((form, out, problems, loaded, port) => {
  const f = openForm(form.formId);
  if (!f) {
    problems.warn(
      form.src.sheet,
      form.src.row,
      'ID Formulir',
      `Formulir ${form.kind} ${form.trainingCode} (ID ${form.formId}) tidak dapat dibuka; respons dibaca dari lembar respons bila ada.`,
      'Periksa apakah formulir dihapus atau Anda tidak punya akses. Hapus ID Formulir bila formulir memang sudah tidak ada.',
    );
    return false;
  }
  return importForm(form, f, out, problems, loaded, port);
});

/** Linked sheets by form ID, found once per load (one getFormUrl per sheet) when a ledger row names none. */
const linkedIndex = new WeakMap<Loaded, Map<string, Sheet>>();

/** The sheet linked to the form: the one the ledger names when it is linked to this form, else by form URL. */
function linkedSheetOf(rec: FormRecord, loaded: Loaded | undefined, port: Port): Sheet | null {
  if (!loaded) return null;
  const sheets = bookOf(port.workbook).sheets;
  const named = rec.responseSheet ? sheets.get(rec.responseSheet) : undefined;
  if (named && linkedFormId(named) === rec.formId) return named;
  let index = linkedIndex.get(loaded);
  if (!index) {
    index = new Map();
    for (const sheet of sheets.values()) {
      if (sheet === named) continue;
      const id = linkedFormId(sheet);
      if (id && !index.has(id)) index.set(id, sheet);
    }
    linkedIndex.set(loaded, index);
  }
  return index.get(rec.formId) ?? null;
}

/** Reads one form's responses into `out`; says which way. */
function importForm(
  rec: FormRecord,
  f: Form,
  out: Responses,
  problems: Problems,
  loaded: Loaded | undefined,
  port: Port,
): FormPath {
  const sheet = linkedSheetOf(rec, loaded, port);
  if (!sheet) {
    mapFormResponses(rec, readSnapshot(f), out, problems);
    return 'FormApp';
  }
  const shape = readOutline(f);
  const nipItem = roleItem(shape.outline, 'nip');
  const responses = f.getResponses();
  const full = () => mapFormResponses(rec, readSnapshot(f, { items: shape.items, responses }), out, problems);
  // no response yet, or a form lacking its NIP or Sesi question (the full path reports that as before)
  if (
    responses.length === 0 ||
    (rec.kind !== 'Evaluasi' && !nipItem) ||
    (rec.kind === 'Presensi' && !roleItem(shape.outline, 'session'))
  ) {
    full();
    return 'FormApp';
  }
  const values = readAll(sheet);
  let reason = values.length
    ? sheetShapeProblem(values[0], shape.outline, shape.isQuiz, rec.kind)
    : 'lembar kosong';
  if (!reason) {
    const keys = readResponseKeys(responses, nipItem ? shape.items[nipItem.id] : null);
    const paired = pairSheetRows(values, keys);
    if (paired.ok) {
      readResponseSheet(paired.values, { ...rec, responseSheet: sheet.getName() }, out, problems);
      return 'Lembar+FormApp';
    }
    reason = paired.reason;
  }
  problems.warn(
    rec.src.sheet,
    rec.src.row,
    'Lembar Respons',
    `Formulir ${rec.kind} ${rec.trainingCode}: lembar respons "${sheet.getName()}" tidak cocok dengan formulir (${reason}); semua respons dibaca langsung lewat FormApp (lebih lambat).`,
    'Jangan menghapus, menyisipkan, atau mengurutkan baris di lembar respons; olah salinannya bila perlu.',
  );
  full();
  return 'FormApp';
}

// ---------------------------------------------------------------------------------------------------------
// The Formulir ledger: read once (from the load), changed in memory, written back as one block.

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
function resolveRegistrations(port: Port, loaded: Loaded, ledger: Ledger, problems: Problems): void {
  let sheetList: Sheet[] | null = null;
  for (const row of ledger.rows) {
    if (row.formId || (!row.editUrl && !row.fillUrl)) continue;
    const form =
      (row.editUrl && openFormByUrl(row.editUrl)) || (row.fillUrl && openFormByUrl(row.fillUrl)) || null;
    if (!form) {
      problems.warn(
        SHEETS.forms.name,
        row.vi + 1,
        row.editUrl ? 'Tautan Edit' : 'Tautan Isi',
        'Formulir pada tautan ini tidak dapat dibuka.',
        'Tempel Tautan Edit (…/forms/d/<ID>/edit) dari formulir yang Anda miliki, atau isi ID Formulir.',
      );
      continue;
    }
    const id = form.getId();
    setCell(ledger, row, 'formId', id);
    if (!row.editUrl) setCell(ledger, row, 'editUrl', form.getEditUrl());
    if (!row.fillUrl) {
      try {
        setCell(ledger, row, 'fillUrl', form.getPublishedUrl());
      } catch {
        // an unpublished form has no published URL yet
      }
    }
    if (!row.title) setCell(ledger, row, 'title', form.getTitle());
    if (!row.responseSheet) {
      sheetList = sheetList ?? [...bookOf(port.workbook).sheets.values()];
      const linked = findLinkedSheet(id, sheetList);
      if (linked) setCell(ledger, row, 'responseSheet', linked.getName());
    }
  }
  syncRecords(loaded, ledger);
}

/** The ledger rows of a training's form kind, and the one that is current: the last whose form still opens. */
function currentForm(
  ledger: Ledger,
  code: string,
  kind: FormKind,
): { rows: LedgerRow[]; row: LedgerRow | null; form: Form | null } {
  const rows = ledger.rows.filter((r) => r.code === code && r.kind === kind);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!rows[i].formId) continue;
    const form = openForm(rows[i].formId);
    if (form) return { rows, row: rows[i], form };
  }
  return { rows, row: null, form: null };
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

function toInfo(row: LedgerRow, responses: number): FormInfo {
  return {
    code: row.code,
    kind: row.kind,
    title: row.title,
    formId: row.formId,
    fillUrl: row.fillUrl,
    editUrl: row.editUrl,
    responseSheet: row.responseSheet,
    responses,
  };
}

/** What one Buat Formulir run knows and changes as it goes (the ledger, the form marks, the sheet names). */
interface Build {
  loaded: Loaded;
  ledger: Ledger;
  marks: FormMarks;
  ssId: string;
  problems: Problems;
  /** Rows of forms made or finished in this run, whose response sheet is looked for at the end. */
  made: LedgerRow[];
  /** Names of the sheets this run has seen (loaded, or renamed here): any other sheet is new. */
  known: Set<string>;
}

/**
 * A new form, recorded right after it exists: created, its mark ('being built') and its ledger row written
 * before any item is added. A run cut off later leaves a recorded form that the next run finishes (`finishForm`),
 * never one that is made again. Only a cut between `FormApp.create` and the mark (the getId call) can leave an
 * empty, unpublished, untitled form that no one can answer.
 */
function makeForm(b: Build, spec: FormSpec, title: string): LedgerRow {
  const { form, id } = createFormFile(title);
  b.marks.write(id, { fp: '', code: spec.code, kind: spec.kind });
  const row = appendRow(b.ledger, {
    trainingCode: spec.code,
    kind: spec.kind,
    title,
    formId: id,
    created: new Date(),
  });
  writeLedgerRow(b.ledger, row);
  fillNewForm(form, { ...spec, title }, b.ssId);
  recordFinished(b, form, spec, row);
  return row;
}

/** A recorded form a cut run left half-built: brought to its spec, published, linked, then marked finished. */
function finishForm(b: Build, form: Form, spec: FormSpec, row: LedgerRow): void {
  const title = row.title || spec.title;
  completeForm(form, { ...spec, title }, b.ssId);
  if (!row.title) setCell(b.ledger, row, 'title', title);
  recordFinished(b, form, spec, row);
}

/** The form's links go in its ledger row (written now), then its mark becomes the content's fingerprint. */
function recordFinished(b: Build, form: Form, spec: FormSpec, row: LedgerRow): void {
  const { fillUrl, editUrl } = formLinks(form);
  setCell(b.ledger, row, 'fillUrl', fillUrl);
  setCell(b.ledger, row, 'editUrl', editUrl);
  writeLedgerRow(b.ledger, row);
  b.marks.write(row.formId, { fp: spec.fingerprint, code: spec.code, kind: spec.kind });
  b.made.push(row);
}

/**
 * Forms a cut run created and marked but did not get into the ledger (cut between the mark and the row write):
 * recorded now, so the run finishes them instead of making them again. A mark whose form is gone is dropped.
 */
function adoptUnrecorded(b: Build, wanted: ReadonlySet<string>): void {
  const inLedger = new Set(b.ledger.rows.map((r) => r.formId).filter(Boolean));
  for (const [id, mark] of b.marks.entries()) {
    if (mark.fp !== '' || inLedger.has(id) || !mark.code || !mark.kind) continue;
    if (!wanted.has(`${mark.code}\u0001${mark.kind}`)) continue;
    if (!openForm(id)) {
      b.marks.remove(id);
      continue;
    }
    const row = appendRow(b.ledger, {
      trainingCode: mark.code,
      kind: mark.kind,
      formId: id,
      created: new Date(),
    });
    writeLedgerRow(b.ledger, row);
  }
}

/**
 * Links add-on form rows that have no response sheet to theirs among `candidates` (compared by linked form ID),
 * each renamed `Respons <Jenis> <Kode>`; returns the rows not found.
 */
function attachSheets(
  b: Build,
  rows: readonly LedgerRow[],
  candidates: ReadonlyArray<{ sheet: Sheet; name: string }>,
  taken: Set<string>,
): LedgerRow[] {
  const want = new Map(rows.map((r) => [r.formId, r]));
  for (const { sheet, name } of candidates) {
    if (want.size === 0) break;
    const row = want.get(linkedFormId(sheet));
    if (!row?.kind) continue;
    want.delete(row.formId);
    taken.delete(name);
    const fresh = responseSheetName(row.kind, row.code, taken);
    if (fresh !== name) sheet.setName(fresh);
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
    throw new UserError(`Kegiatan "${code}" tidak ada di lembar Kegiatan.`);
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
    },
    code === null ? null : new Set([code]),
  );
  problems.addAll(specResult.problems);
  for (const p of loaded.problems.list)
    if (p.sheet === SHEETS.questions.name && p.level === 'Error') problems.add(p);
  const notes: string[] = [];
  for (const s of specResult.skipped) {
    notes.push(`${s.kind} ${s.code} tidak dibuat: ${s.reason}.`);
  }

  const b: Build = {
    loaded,
    ledger,
    marks: readFormMarks(),
    ssId: port.workbook.spreadsheetId(),
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
  const taken = new Set(loaded.sheetNames);
  try {
    adoptUnrecorded(b, new Set(specResult.specs.map((sp) => `${sp.code}\u0001${sp.kind}`)));
    // response sheets a cut run linked but did not name: found among the sheets no row claims (no call if none)
    const unnamed = ledger.rows.filter((r) => r.formId && !r.responseSheet && b.marks.has(r.formId));
    if (unnamed.length) {
      const free = unclaimed(ledger, loaded.sheetNames);
      const candidates = [...bookOf(port.workbook).sheets]
        .filter(([n]) => free.has(n))
        .map(([name, sheet]) => ({ sheet, name }));
      attachSheets(b, unnamed, candidates, taken);
    }
    for (const spec of specResult.specs) {
      const cur = currentForm(ledger, spec.code, spec.kind);
      const what = `${spec.kind} ${spec.code}`;
      if (Date.now() - start > TIME_BUDGET_MS) {
        stopped++;
        continue;
      }
      if (!cur.form) {
        const hand = cur.rows.find((r) => !r.formId && r.responseSheet);
        if (hand) {
          notes.push(
            `${what}: formulir buatan sendiri sudah terdaftar (Formulir baris ${hand.vi + 1}, lembar "${hand.responseSheet}"); tidak dibuat formulir baru.`,
          );
          unchanged++;
          continue;
        }
        if (cur.rows.some((r) => r.formId)) {
          notes.push(`${what}: formulir lama tidak dapat dibuka lagi (dihapus?); dibuat formulir baru.`);
        }
        makeForm(b, spec, spec.title);
        created++;
        continue;
      }
      const row = cur.row as LedgerRow;
      const mark = b.marks.get(row.formId);
      if (mark?.fp === spec.fingerprint) {
        unchanged++;
        continue;
      }
      if (!mark) {
        // registered by hand (by link or ID): the add-on never rebuilds a form it did not make
        unchanged++;
        notes.push(`${what}: formulir didaftarkan manual; isinya tidak diubah oleh add-on.`);
        continue;
      }
      if (mark.fp === '') {
        // made by a run that was cut off: finished now, never made again
        finishForm(b, cur.form, spec, row);
        finished++;
        notes.push(`${what}: formulir yang terpotong pada jalan sebelumnya diselesaikan.`);
        continue;
      }
      const n = responseCount(cur.form);
      counts.set(row.formId, n);
      if (n === 0) {
        updateForm(cur.form, spec);
        b.marks.write(row.formId, { fp: spec.fingerprint, code: spec.code, kind: spec.kind });
        setCell(ledger, row, 'title', spec.title);
        updated++;
        notes.push(`${what}: isi lembar berubah dan formulir belum punya respons; formulir diperbarui.`);
        continue;
      }
      if (opts.newVersion) {
        const version = cur.rows.filter((r) => r.formId).length + 1;
        makeForm(b, spec, `${spec.title} (versi ${version})`);
        created++;
        notes.push(
          `${what}: formulir lama punya ${n} respons dan tidak diubah; versi ${version} dibuat. Respons kedua versi tetap dibaca.`,
        );
        continue;
      }
      unchanged++;
      notes.push(
        `${what}: isi lembar berubah, tetapi formulir sudah punya ${n} respons sehingga tidak diubah. Buat versi baru bila perlu (Buat Formulir dengan pilihan versi baru).`,
      );
      if ((spec.kind === 'Pre-Test' || spec.kind === 'Post-Test') && cur.form.isQuiz()) {
        // built by an older version as a quiz: Google may show participants its key after they submit
        notes.push(
          `${what}: formulir ini masih kuis Google, yang dapat menampilkan kunci jawaban kepada peserta setelah mengirim; soal yang sama muncul lagi di Post-Test. Buat versi baru (tanpa kunci; nilai dihitung dari lembar Soal).`,
        );
      }
    }
  } finally {
    // The response sheets of the forms made here: Google adds them, and this execution sees them after a flush.
    const open = b.made.filter((r) => !r.responseSheet);
    if (open.length) {
      port.workbook.flush();
      const all = bookOf(port.workbook)
        .ss.getSheets()
        .map((sheet) => ({ sheet, name: sheet.getName() }));
      const fresh = all.filter((x) => !b.known.has(x.name));
      const lost = attachSheets(b, open, fresh.length ? fresh : all, taken);
      for (const r of lost) {
        problems.warn(
          SHEETS.forms.name,
          r.vi + 1,
          'Lembar Respons',
          `Lembar respons formulir ${r.kind} ${r.code} tidak ditemukan.`,
          'Respons tetap dibaca langsung dari formulir (ID Formulir).',
        );
      }
    }
    writeLedger(ledger);
  }
  const codes = code === null ? null : new Set([code]);
  const forms = ledger.rows
    .filter((r) => r.kind && (!codes || codes.has(r.code)))
    .map((r) => toInfo(r, counts.get(r.formId) ?? cheapCount(port, r)));
  const message =
    `Formulir: ${created} dibuat, ${updated} diperbarui, ${unchanged} tidak berubah` +
    (finished ? `, ${finished} diselesaikan` : '') +
    (specResult.skipped.length ? `, ${specResult.skipped.length} tidak dibuat` : '') +
    '.' +
    (stopped
      ? ` Waktu eksekusi hampir habis: ${stopped} formulir belum diproses; jalankan Buat Formulir lagi untuk melanjutkan.`
      : '') +
    (notes.length ? ` Catatan: ${notes.length} (lihat daftar).` : '');
  return {
    created,
    updated,
    unchanged,
    notes,
    forms,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

/** A display count: the linked sheet's rows when the sheet exists (one cheap lookup), else FormApp's count. */
function cheapCount(port: Port, row: LedgerRow): number {
  const book = bookOf(port.workbook);
  const sheet = row.responseSheet
    ? (book.sheets.get(row.responseSheet) ?? book.ss.getSheetByName(row.responseSheet))
    : null;
  if (sheet) return Math.max(0, sheet.getLastRow() - 1);
  if (row.formId) {
    const f = openForm(row.formId);
    if (f) return responseCount(f);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// Forms list and panel

/** Every form of the ledger with its response count (FormApp's count when the form opens, else the sheet's). */
export function listForms(port: Port): FormInfo[] {
  const loaded = loadWorkbook(port);
  if (!loaded.sheetNames.includes(SHEETS.forms.name)) return [];
  const ledger = readLedger(port, loaded);
  return ledger.rows
    .filter((r) => r.kind)
    .map((r) => {
      const f = r.formId ? openForm(r.formId) : null;
      return toInfo(r, f ? responseCount(f) : cheapCount(port, r));
    });
}

export const formsPanel: PanelContributor = (state, { port, loaded }) => {
  if (!loaded) return;
  if (!loaded.sheetNames.includes(SHEETS.forms.name)) return;
  const ledger = readLedger(port, loaded);
  state.forms = ledger.rows.filter((r) => r.kind).map((r) => toInfo(r, cheapCount(port, r)));
  const pasca = new Map<string, number>();
  for (const f of state.forms) {
    if (f.kind === 'Pasca Pelatihan') pasca.set(f.code, (pasca.get(f.code) ?? 0) + f.responses);
  }
  state.followUps = followUpsDue(loaded.wb.trainings, pasca, new Date()).map((t) => ({
    code: t.code,
    theme: t.theme,
    endDate: formatDateLong(t.end),
  }));
};

// ---------------------------------------------------------------------------------------------------------
// Tarik Respons

export function pullResponses(port: Port): ImportResult {
  const loaded = loadWorkbook(port);
  const { problems } = loaded;
  if (loaded.sheetNames.includes(SHEETS.forms.name)) {
    const ledger = readLedger(port, loaded);
    resolveRegistrations(port, loaded, ledger, problems);
    writeLedger(ledger);
  }
  // The same checks "Hitung Nilai" runs (damaged or unknown NIPs, duplicates, scale), so Masalah is complete;
  // outputs are left to the Hitung/Rekap buttons.
  const {
    collected: { responses, perForm },
  } = computeAll(port, loaded);
  writeProblems(port, problems);
  const viaForm = perForm.filter((p) => p.path === 'FormApp').length;
  const viaBoth = perForm.filter((p) => p.path === 'Lembar+FormApp').length;
  const viaSheet = perForm.filter((p) => p.path === 'Lembar').length;
  const message =
    `Respons ditarik: ${responses.tests.length} tes, ${responses.attendance.length} presensi, ` +
    `${responses.evaluations.length} evaluasi (formulir: ${viaBoth} lewat lembar respons dengan NIP dari FormApp, ${viaForm} lewat FormApp saja, ${viaSheet} lewat lembar respons saja). ` +
    `Klik Hitung Nilai & Peringkat untuk memperbarui rekap. ${problemSummary(problems)}`;
  return {
    tests: responses.tests.length,
    attendance: responses.attendance.length,
    evaluations: responses.evaluations.length,
    errors: problems.errors,
    warnings: problems.warnings,
    problems: problemViews(problems),
    message,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Tautan Peserta

const LINK_KINDS: readonly FormKind[] = ['Pre-Test', 'Post-Test', 'Presensi'];

/**
 * Pre-filled links (NIP filled in) of every training's Pre-Test, Post-Test and Presensi forms, written whole to
 * `Tautan Peserta`; returns those of `code` for the sidebar's QR codes. Service calls are per form, not per
 * participant (see prefillTemplate).
 */
export function getParticipantLinks(port: Port, code: string): ParticipantLink[] {
  const loaded = loadWorkbook(port);
  const { wb } = loaded;
  if (!wb.trainings.some((t) => t.code === code)) {
    throw new UserError(`Kegiatan "${code}" tidak ada di lembar Kegiatan.`);
  }
  const ledger = readLedger(port, loaded);
  const links: ParticipantLink[] = [];
  for (const t of wb.trainings) {
    const seen = new Set<string>();
    const roster = wb.participants.filter((p) => {
      if (p.trainingCode !== t.code || seen.has(p.nip)) return false;
      seen.add(p.nip);
      return true;
    });
    if (roster.length === 0) continue;
    for (const kind of LINK_KINDS) {
      const cur = currentForm(ledger, t.code, kind);
      if (!cur.form || !cur.row) continue;
      const template = prefillTemplate(cur.form);
      const fill = cur.row.fillUrl || (template ? template.replace(/\?.*$/, '') : '');
      const marker = `=${NIP_PLACEHOLDER}`;
      const usable = template !== null && template.split(marker).length === 2;
      for (const p of roster) {
        // a NIP that is not 18 digits cannot pass the form's rule: give the plain link instead
        const url =
          usable && p.nipValid ? (template as string).replace(marker, `=${encodeURIComponent(p.nip)}`) : fill;
        links.push({ code: t.code, nip: p.nip, name: p.name, kind, url });
      }
    }
  }
  port.workbook.writeOutput(
    OUTPUTS.links,
    links.map((l) => ({ trainingCode: l.code, nip: l.nip, name: l.name, kind: l.kind, url: l.url })),
  );
  return links.filter((l) => l.code === code);
}
