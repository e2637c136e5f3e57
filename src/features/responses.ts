// Collects every response registered in `Formulir`: through FormApp when the form's ID is known (primary path),
// else from its linked response sheet (secondary path). Both give the same response model.

import { emptyResponses, type FormRecord, type Responses } from '../core/model';
import type { Problems } from '../core/problems';
import { readResponseSheet } from '../core/responseSheets';
import type { Loaded } from './load';
import type { Port } from './port';

/**
 * A reader for forms known by ID (the forms feature registers the FormApp path here). It gets the loaded
 * workbook so it can read the form's linked sheet in one call and use FormApp only for the exact NIPs.
 */
export type FormReader = (
  form: FormRecord,
  out: Responses,
  problems: Problems,
  loaded: Loaded,
  port: Port,
) => false | FormPath;
/** How a form known by ID was read: all through FormApp, or its linked sheet with the exact NIPs from FormApp. */
export type FormPath = 'FormApp' | 'Lembar+FormApp';
let formReader: FormReader | null = null;
export function registerFormReader(r: FormReader): void {
  formReader = r;
}

export interface Collected {
  responses: Responses;
  /** Per form row: how many responses were read and by which path. */
  perForm: Array<{ form: FormRecord; path: FormPath | 'Lembar' | 'Tidak ada'; count: number }>;
}

export function collectResponses(
  port: Port,
  loaded: Loaded,
  opts: { preferSheets?: boolean } = {},
): Collected {
  const responses = emptyResponses();
  const perForm: Collected['perForm'] = [];
  const readSheets = new Set<string>();
  for (const form of loaded.wb.forms) {
    const before = countOf(responses);
    const path =
      form.formId && formReader && !opts.preferSheets
        ? formReader(form, responses, loaded.problems, loaded, port)
        : false;
    if (path) {
      perForm.push({ form, path, count: countOf(responses) - before });
      continue;
    }
    if (!form.responseSheet || !loaded.sheetNames.includes(form.responseSheet)) {
      perForm.push({ form, path: 'Tidak ada', count: 0 });
      continue;
    }
    if (readSheets.has(form.responseSheet)) {
      loaded.problems.warn(
        form.src.sheet,
        form.src.row,
        'Lembar Respons',
        `Lembar respons "${form.responseSheet}" terdaftar lebih dari sekali; dibaca sekali saja.`,
        'Hapus baris ganda di lembar Formulir.',
      );
      continue;
    }
    readSheets.add(form.responseSheet);
    const values = port.workbook.readSheets([form.responseSheet]).get(form.responseSheet) ?? [];
    const n = readResponseSheet(values, form, responses, loaded.problems);
    perForm.push({ form, path: 'Lembar', count: n });
  }
  return { responses, perForm };
}

const countOf = (r: Responses) => r.tests.length + r.attendance.length + r.evaluations.length;
