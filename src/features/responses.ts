// Every registered form's responses, read from the add-on's response store (one getValues per store sheet) and
// never from a form: Tarik Respons (src/features/responsesImport.ts) is the only step that reads forms. A form
// whose responses were never imported, or whose linked sheet has grown since, is reported instead of ignored; a
// hand-made form known only by its response sheet is read from that sheet until its first import.

import { mapAnswers, readResponseSheet, sourceKey } from '../core/answers';
import { emptyResponses, type FormRecord, type Responses } from '../core/model';
import { type ImportPath, parseStore } from '../core/responseStore';
import { resolveSheetName } from '../core/sheetNames';
import type { Loaded } from './load';
import type { Port } from './port';

/** How a form's responses were read at its last import ('Tidak ada': none could be). */
export type FormPath = ImportPath;

export interface Collected {
  responses: Responses;
  /** Per form row: how many responses were read and by which path. */
  perForm: Array<{ form: FormRecord; path: FormPath; count: number }>;
}

export function collectResponses(port: Port, loaded: Loaded): Collected {
  const raw = port.forms.readStore();
  const store = parseStore(raw.answers, raw.imports);
  const { problems } = loaded;
  const responses = emptyResponses();
  const perForm: Collected['perForm'] = [];
  const readSheets = new Set<string>();
  /** A response sheet registered on more than one Formulir row is read once; the later rows are reported. */
  const firstUse = (form: FormRecord): boolean => {
    if (!readSheets.has(form.responseSheet)) {
      readSheets.add(form.responseSheet);
      return true;
    }
    problems.add(
      'responses.sheetTwice',
      { ...form.src, column: 'Lembar Respons' },
      { sheet: form.responseSheet },
    );
    return false;
  };
  for (const form of loaded.wb.forms) {
    const key = sourceKey(form);
    const found = key ? store.imports.get(key) : undefined;
    const imported = found && found.kind === form.kind ? found : undefined;
    const handMade =
      !imported && !form.formId ? resolveSheetName(loaded.sheetNames, form.responseSheet) : null;
    if (handMade !== null) {
      // a form known only by its response sheet and never pulled: the sheet itself is read (one getValues, no
      // form), exactly as Tarik Respons would store it, so a workbook of hand-made forms works before any pull;
      // by the sheet's own name (Formulir may spell it in another case), which its problems then name
      const actual = { ...form, responseSheet: handMade };
      if (!firstUse(actual)) continue;
      const values = port.workbook.readSheets([handMade]).get(handMade) ?? [];
      perForm.push({ form, path: 'Lembar', count: readResponseSheet(values, actual, responses, problems) });
      continue;
    }
    if (!imported) {
      if (key) {
        problems.add('store.neverImported', form.src, { kind: form.kind, code: form.trainingCode });
      }
      perForm.push({ form, path: 'Tidak ada', count: 0 });
      continue;
    }
    if (imported.path === 'Lembar' && !firstUse(form)) continue;
    problems.addAll(imported.problems);
    const rows = store.answers.get(key) ?? [];
    mapAnswers(form, rows, responses, problems);
    perForm.push({ form, path: imported.path, count: rows.length });
    // a linked sheet with rows past the ones seen at the import holds responses not imported yet (one lookup)
    if (imported.sheet && imported.sheetRows !== null) {
      const now = port.forms.lastRow(imported.sheet);
      if (now !== null && now > imported.sheetRows) {
        problems.add(
          'store.newRows',
          { ...form.src, column: 'Lembar Respons' },
          {
            kind: form.kind,
            code: form.trainingCode,
            sheet: imported.sheet,
            count: now - imported.sheetRows,
          },
        );
      }
    }
  }
  return { responses, perForm };
}
