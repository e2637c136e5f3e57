// The forms port over FormApp and the response sheets (src/features/port/forms.ts). One per execution: forms opened,
// items read and responses fetched are kept by form ID, so a feature names them by ID and index only.

import type { FormsPort } from '../../features/port/forms';
import {
  completeForm,
  createFormFile,
  fillNewForm,
  formLinks,
  formMarks,
  linkedFormId,
  openForm,
  openFormByUrl,
  prefillTemplate,
  readAnswers,
  readAnswerTo,
  readOutline,
  responseCount,
  sessionPrefills,
  updateForm,
} from '../forms';
import { responseStoreSheets } from '../responseStore';
import { activeSpreadsheet, flush, moveSheetToEnd } from '../sheets';
import { type OpenBook, openBook } from './workbook';

type Form = GoogleAppsScript.Forms.Form;

export function googleForms(book: OpenBook = openBook()): FormsPort {
  const forms = new Map<string, Form | null>();
  const outlines = new Map<string, ReturnType<typeof readOutline>>();
  const fetched = new Map<string, GoogleAppsScript.Forms.FormResponse[]>();
  const store = responseStoreSheets(book);
  const marks = formMarks();

  const form = (id: string): Form => {
    if (!forms.has(id)) forms.set(id, openForm(id));
    const f = forms.get(id);
    if (!f) throw new Error(`Formulir ${id} tidak dapat dibuka.`);
    return f;
  };
  const outlineOf = (id: string) => {
    let o = outlines.get(id);
    if (!o) {
      o = readOutline(form(id));
      outlines.set(id, o);
    }
    return o;
  };
  const pick = (id: string, indices: readonly number[]) => {
    const list = fetched.get(id) ?? [];
    return indices.map((i) => list[i]);
  };
  /** The sheets by name, from the workbook port's index (one listing per execution); `refresh` after a flush. */
  const sheetMap = (refresh = false) => {
    const { sheets } = book();
    if (refresh) sheets.refresh();
    return sheets;
  };
  const sheet = (name: string) => sheetMap().get(name) ?? activeSpreadsheet().getSheetByName(name);
  const ssId = () => activeSpreadsheet().getId();

  return {
    opens(id) {
      if (!forms.has(id)) forms.set(id, openForm(id));
      return forms.get(id) !== null;
    },
    idByUrl(url) {
      const f = openFormByUrl(url);
      if (!f) return null;
      const id = f.getId();
      forms.set(id, f);
      return id;
    },
    about(id) {
      const f = form(id);
      let fillUrl = '';
      try {
        fillUrl = f.getPublishedUrl();
      } catch {
        // an unpublished form has no published URL yet
      }
      return { title: f.getTitle(), editUrl: f.getEditUrl(), fillUrl };
    },
    isQuiz: (id) => form(id).isQuiz(),
    links: (id) => formLinks(form(id)),
    responseCount: (id) => responseCount(form(id)),

    create(driveName) {
      const { form: f, id } = createFormFile(driveName);
      forms.set(id, f);
      return id;
    },
    fill: (id, spec) => fillNewForm(form(id), spec, ssId()),
    complete: (id, spec) => completeForm(form(id), spec, ssId()),
    update: (id, spec) => {
      outlines.delete(id);
      updateForm(form(id), spec);
    },
    prefillTemplate: (id) => prefillTemplate(form(id)),
    sessionLinks: (id) => sessionPrefills(form(id)),
    spreadsheetId: ssId,
    readMarks: marks.read,
    writeMark: marks.write,
    removeMark: marks.remove,

    sheetNames(flushFirst) {
      if (flushFirst) flush();
      return [...sheetMap(flushFirst).keys()];
    },
    linkedFormId(name) {
      const s = sheet(name);
      return s ? linkedFormId(s) : '';
    },
    renameSheet(from, to) {
      const s = sheet(from);
      if (!s) return;
      s.setName(to);
      const map = sheetMap();
      map.delete(from);
      map.set(to, s);
    },
    moveSheetToEnd(name) {
      const s = sheet(name);
      if (s) moveSheetToEnd(activeSpreadsheet(), s);
    },
    lastRow(name) {
      const s = sheetMap().get(name);
      return s ? s.getLastRow() : null;
    },

    outline(id) {
      const o = outlineOf(id);
      return { isQuiz: o.isQuiz, maxPoints: o.maxPoints, items: o.outline };
    },
    responsesSince(id, since) {
      const f = form(id);
      const list = since ? f.getResponses(since) : f.getResponses();
      fetched.set(id, list);
      return list.map((r) => ({ id: r.getId(), timestamp: r.getTimestamp() as unknown as Date | null }));
    },
    answersTo(id, indices, itemId) {
      const o = outlineOf(id);
      return readAnswerTo(pick(id, indices), o.items[itemId]);
    },
    snapshots: (id, indices) => readAnswers(pick(id, indices), outlineOf(id)),

    readStore: () => ({ answers: store.answers.read(), imports: store.imports.read() }),
    appendAnswers: (rows) => store.answers.append(rows),
    writeAnswers: (rows) => store.answers.write(rows),
    writeImports: (rows) => store.imports.write(rows),
  };
}
