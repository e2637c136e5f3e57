// The forms port: Google Forms, the linked response sheets and the add-on's response store, as plain data (see
// src/gas/port/forms.ts). A form is named by its ID; responses fetched by `responsesSince` are then named by their
// index in that list, so per-response reads never hand a FormResponse object to a feature.

import type { SnapshotItem, SnapshotResponse } from '../../core/formResponses';
import type { FormSpec } from '../../core/formSpecs';

/** What the add-on keeps about a form it built (one document property per form, see src/gas/forms.ts). */
export interface FormMark {
  /** The content's fingerprint when finished; '' while being built. */
  fp: string;
  code?: string;
  kind?: string;
}

/** A form's items as read once: `id` is the item's position; `maxPoints` only on a quiz. */
export interface FormOutline {
  isQuiz: boolean;
  maxPoints: number | null;
  items: SnapshotItem[];
}

/** A fetched response: its ID and submission time. */
export interface ResponseStamp {
  id: string;
  timestamp: Date | null;
}

export interface FormsPort {
  // ---- forms by ID or URL
  /** The form opens (it exists and this admin may open it). */
  opens(formId: string): boolean;
  /** The ID of the form at an edit link, or null when it does not open (a published `…/d/e/…` link never does). */
  idByUrl(url: string): string | null;
  /** Title, edit URL and published URL ('' while unpublished). */
  about(formId: string): { title: string; editUrl: string; fillUrl: string };
  isQuiz(formId: string): boolean;
  /** The respondents' link and the editor's link of a published form. */
  links(formId: string): { fillUrl: string; editUrl: string };
  /** Number of responses (one getResponses: Forms has no cheaper count). */
  responseCount(formId: string): number;

  // ---- building
  /** Step 1 of a new form: the file and its ID only, so the caller records it before anything can be cut off. */
  create(driveName: string): string;
  /** Step 2: title, content, published, accepting, linked to this spreadsheet. */
  fill(formId: string, spec: FormSpec): void;
  /** A half-built form (no responses) brought to its spec, published, accepting and linked. */
  complete(formId: string, spec: FormSpec): void;
  /** A form without responses brought to its spec in place. */
  update(formId: string, spec: FormSpec): void;
  /** One pre-filled URL with the NIP item set to NIP_PLACEHOLDER (src/core/formSpecs.ts), or null when the form has no NIP item. */
  prefillTemplate(formId: string): string | null;
  /**
   * A Presensi form's pre-filled URL per choice of its session item, and whether it asks for the Kode Sesi
   * (issue 16); null when it has no session item.
   */
  sessionLinks(formId: string): { hasCode: boolean; links: Array<{ choice: string; url: string }> } | null;
  spreadsheetId(): string;
  readMarks(): Map<string, FormMark>;
  writeMark(formId: string, mark: FormMark): void;
  removeMark(formId: string): void;

  // ---- response sheets (by name)
  /** Every sheet's name; `flushFirst` makes a sheet setDestination just added visible to this execution. */
  sheetNames(flushFirst?: boolean): string[];
  /** The ID of the form a sheet is linked to, '' when none (or it does not open). */
  linkedFormId(sheet: string): string;
  renameSheet(from: string, to: string): void;
  /** Moves a response sheet after every other tab (Google inserts it first; issue 14 item 6: inputs, outputs, then responses). */
  moveSheetToEnd(sheet: string): void;
  /** The sheet's last row with content, or null when there is no such sheet (one lookup). */
  lastRow(sheet: string): number | null;

  // ---- reading responses
  outline(formId: string): FormOutline;
  /** The form's responses submitted after `since` (all when null), in submission order; remembered for the next two. */
  responsesSince(formId: string, since: Date | null): ResponseStamp[];
  /** For fetched responses (by index): the exact answer to one item (by outline id), null when unanswered. */
  answersTo(formId: string, indices: readonly number[], itemId: number): Array<string | null>;
  /** For fetched responses (by index): every answer and, on a quiz, the score. */
  snapshots(formId: string, indices: readonly number[]): SnapshotResponse[];

  // ---- the response store (STORES in src/core/schema.ts)
  /** Both store sheets' values ([] for a sheet not made yet); one getValues each, then kept for this execution. */
  readStore(): { answers: unknown[][]; imports: unknown[][] };
  /** Appends answer rows (store cells) below the last; makes the hidden sheet when needed. */
  appendAnswers(rows: readonly (readonly unknown[])[]): void;
  /** Rewrites the whole answer store (header included) with these rows. */
  writeAnswers(rows: readonly (readonly unknown[])[]): void;
  /** Rewrites the whole import record sheet with these rows. */
  writeImports(rows: readonly (readonly unknown[])[]): void;
}
