// The FormApp adapter: the only code that touches FormApp (src/gas/port/forms.ts hands it to features by form ID).
// Builds and updates forms from specs, links them to the spreadsheet, reads their items and responses as plain
// data, counts responses and derives pre-filled links.

import type { SnapshotItem, SnapshotResponse } from '../core/formResponses';
import { type FormSpec, type ItemSpec, NIP_PLACEHOLDER } from '../core/formSpecs';
import { CODE_TITLE } from '../core/responseSheets';
import type { FormMark } from '../features/port/forms';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type FormResponse = GoogleAppsScript.Forms.FormResponse;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** Form methods Google added in 2025 (publishing), not yet in @types/google-apps-script. */
type PublishableForm = Form & {
  supportsAdvancedResponderPermissions(): boolean;
  setPublished(published: boolean): Form;
  isPublished(): boolean;
};

/**
 * What the add-on keeps about each form it built: one document property per form (`douasn.form.<formId>`), so no
 * value ever nears the per-value cap, read all at once with one getProperties(). `fp` is the content fingerprint of
 * a finished form, '' while the form is being built (created and recorded, items or link not yet done).
 */
export const FORM_MARK_PREFIX = 'douasn.form.';
/** The old single property {formId: fingerprint}; it failed with "Argument too large" at about 120 forms. */
export const OLD_FINGERPRINTS_KEY = 'douasn.formFingerprints';

function parseMark(v: string): FormMark | null {
  try {
    const m = JSON.parse(v) as FormMark;
    return m && typeof m.fp === 'string' ? m : null;
  } catch {
    return null;
  }
}

/**
 * Every form mark, by form ID, with one getProperties(). The old single property is migrated once: its entries
 * become per-form properties (one setProperties), then it is deleted.
 */
function readFormMarks(props: GoogleAppsScript.Properties.Properties): Map<string, FormMark> {
  const all = props.getProperties();
  const marks = new Map<string, FormMark>();
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(FORM_MARK_PREFIX)) continue;
    const m = parseMark(v);
    if (m) marks.set(k.slice(FORM_MARK_PREFIX.length), m);
  }
  const old = all[OLD_FINGERPRINTS_KEY];
  if (old !== undefined) {
    let map: Record<string, unknown> = {};
    try {
      map = JSON.parse(old) as Record<string, unknown>;
    } catch {
      // unreadable: nothing to migrate
    }
    const add: Record<string, string> = {};
    for (const [id, fp] of Object.entries(map ?? {})) {
      if (marks.has(id) || typeof fp !== 'string') continue;
      marks.set(id, { fp });
      add[FORM_MARK_PREFIX + id] = JSON.stringify({ fp });
    }
    if (Object.keys(add).length) props.setProperties(add);
    props.deleteProperty(OLD_FINGERPRINTS_KEY);
  }
  return marks;
}

/** The form marks over one document-properties object (asked of Google once). */
export function formMarks(): {
  read(): Map<string, FormMark>;
  write(formId: string, mark: FormMark): void;
  remove(formId: string): void;
} {
  let props: GoogleAppsScript.Properties.Properties | null = null;
  const store = () => {
    props ??= PropertiesService.getDocumentProperties();
    return props;
  };
  return {
    read: () => readFormMarks(store()),
    // one setProperty of a few dozen bytes, now
    write: (formId, mark) => store().setProperty(FORM_MARK_PREFIX + formId, JSON.stringify(mark)),
    remove: (formId) => store().deleteProperty(FORM_MARK_PREFIX + formId),
  };
}

/** The form, or null when it no longer opens (deleted, or no access). */
export function openForm(id: string): Form | null {
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

export function openFormByUrl(url: string): Form | null {
  try {
    return FormApp.openByUrl(url);
  } catch {
    return null;
  }
}

const TYPE_OF: Record<ItemSpec['type'], string> = {
  text: 'TEXT',
  choice: 'MULTIPLE_CHOICE',
  grid: 'GRID',
  paragraph: 'PARAGRAPH_TEXT',
};

type Typed =
  | GoogleAppsScript.Forms.TextItem
  | GoogleAppsScript.Forms.MultipleChoiceItem
  | GoogleAppsScript.Forms.GridItem
  | GoogleAppsScript.Forms.ParagraphTextItem;

/**
 * Sets every property of a typed item from its spec (`fresh`: a new item, so defaults need no call). No choice is
 * marked correct and no item has points: the answer key stays in `Soal`, never in the form.
 */
function configure(typed: Typed, spec: ItemSpec, fresh: boolean): void {
  typed.setTitle(spec.title);
  if (spec.help || !fresh) typed.setHelpText(spec.help);
  switch (spec.type) {
    case 'text': {
      const t = typed as GoogleAppsScript.Forms.TextItem;
      if (spec.pattern) {
        t.setValidation(
          FormApp.createTextValidation()
            .setHelpText(spec.patternHelp)
            .requireTextMatchesPattern(spec.pattern)
            .build(),
        );
      } else if (!fresh) t.clearValidation();
      break;
    }
    case 'choice': {
      const c = typed as GoogleAppsScript.Forms.MultipleChoiceItem;
      c.setChoices(spec.choices.map((x) => c.createChoice(x)));
      // a form the add-on once built as a quiz loses its points too
      if (!fresh) c.setPoints(0);
      break;
    }
    case 'grid': {
      const g = typed as GoogleAppsScript.Forms.GridItem;
      g.setRows(spec.rows);
      g.setColumns(spec.columns);
      break;
    }
    case 'paragraph':
      break;
  }
  if (spec.required || !fresh) (typed as GoogleAppsScript.Forms.TextItem).setRequired(spec.required);
}

/** Adds a new item of the spec's type (already the typed class: no cast needed). */
function addItem(form: Form, spec: ItemSpec): Typed {
  switch (spec.type) {
    case 'text':
      return form.addTextItem();
    case 'choice':
      return form.addMultipleChoiceItem();
    case 'grid':
      return form.addGridItem();
    case 'paragraph':
      return form.addParagraphTextItem();
  }
}

/** A generic Item from getItems() cast to the spec's class (Google's items need the cast before typed calls). */
function cast(item: Item, spec: ItemSpec): Typed {
  switch (spec.type) {
    case 'text':
      return item.asTextItem();
    case 'choice':
      return item.asMultipleChoiceItem();
    case 'grid':
      return item.asGridItem();
    case 'paragraph':
      return item.asParagraphTextItem();
  }
}

/**
 * Step 1 of a new form: the form file and its ID, nothing more, so the caller records the form before anything
 * else can be cut off. `FormApp.create(title)` names only the Drive file; the title is set in step 2.
 */
export function createFormFile(driveName: string): { form: Form; id: string } {
  const form = FormApp.create(driveName);
  return { form, id: form.getId() };
}

function publish(form: Form, fresh: boolean): void {
  // Forms may start unpublished; an unpublished form cannot accept responses or give its published URL.
  const pub = form as PublishableForm;
  if (pub.supportsAdvancedResponderPermissions() && (fresh || !pub.isPublished())) pub.setPublished(true);
}

/** The form's response destination is this spreadsheet (getDestinationId throws when there is none). */
function linkedTo(form: Form, ssId: string): boolean {
  try {
    return form.getDestinationId() === ssId;
  } catch {
    return false;
  }
}

/** Step 2 of a new form: title, content, published, accepting responses, linked to `ssId` (defaults need no call). */
export function fillNewForm(form: Form, spec: FormSpec, ssId: string): void {
  form.setTitle(spec.title);
  publish(form, true);
  form.setDescription(spec.description);
  if (spec.shuffle) form.setShuffleQuestions(true);
  form.setConfirmationMessage(spec.confirmation);
  for (const it of spec.items) configure(addItem(form, it), it, true);
  form.setAcceptingResponses(true);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
}

/**
 * Finishes a form that a cut run left half-built (it has no responses: its link was never handed out): its
 * content brought to the spec in place, then published, accepting and linked, each only if not done yet.
 */
export function completeForm(form: Form, spec: FormSpec, ssId: string): void {
  updateForm(form, spec);
  publish(form, false);
  form.setAcceptingResponses(true);
  if (!linkedTo(form, ssId)) form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
}

/** The respondents' link and the editor's link of a published form. */
export function formLinks(form: Form): { fillUrl: string; editUrl: string } {
  return { fillUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() };
}

/**
 * Brings a form WITHOUT responses to its spec in place. Items are reused by position while their type matches
 * (so the linked sheet's columns are renamed, not orphaned); the rest are deleted and added anew. A form the add-on
 * built as a quiz before is turned into a plain form.
 */
export function updateForm(form: Form, spec: FormSpec): void {
  form.setTitle(spec.title);
  form.setDescription(spec.description);
  form.setIsQuiz(false);
  form.setShuffleQuestions(spec.shuffle);
  form.setConfirmationMessage(spec.confirmation);
  const existing = form.getItems();
  let i = 0;
  for (; i < spec.items.length && i < existing.length; i++) {
    if (String(existing[i].getType()) !== TYPE_OF[spec.items[i].type]) break;
    configure(cast(existing[i], spec.items[i]), spec.items[i], false);
  }
  for (let k = existing.length - 1; k >= i; k--) form.deleteItem(k);
  for (; i < spec.items.length; i++) {
    const it = spec.items[i];
    configure(addItem(form, it), it, true);
  }
}

/** Number of responses (Forms has no cheaper count than getResponses()). */
export function responseCount(form: Form): number {
  return form.getResponses().length;
}

const GRADABLE = new Set(['CHECKBOX', 'LIST', 'MULTIPLE_CHOICE', 'PARAGRAPH_TEXT', 'SCALE', 'TEXT']);

function pointsOf(item: Item, type: string): number {
  switch (type) {
    case 'CHECKBOX':
      return item.asCheckboxItem().getPoints();
    case 'LIST':
      return item.asListItem().getPoints();
    case 'MULTIPLE_CHOICE':
      return item.asMultipleChoiceItem().getPoints();
    case 'PARAGRAPH_TEXT':
      return item.asParagraphTextItem().getPoints();
    case 'SCALE':
      return item.asScaleItem().getPoints();
    default:
      return item.asTextItem().getPoints();
  }
}

const ASKED_NOT = new Set(['PAGE_BREAK', 'SECTION_HEADER', 'IMAGE', 'VIDEO']);

/**
 * A form's items once (type, title and grid rows; 2 calls per item, 4 per grid), `id` being the item's position,
 * and on a quiz the points of its gradable items (one more call each).
 */
export function readOutline(form: Form): {
  isQuiz: boolean;
  maxPoints: number | null;
  items: Item[];
  outline: SnapshotItem[];
} {
  const isQuiz = form.isQuiz();
  const items = form.getItems();
  let maxPoints = 0;
  const outline = items.map((it, i): SnapshotItem => {
    const type = String(it.getType());
    const rows = type === 'GRID' ? it.asGridItem().getRows() : [];
    const item: SnapshotItem = { id: i, type, title: it.getTitle(), rows };
    if (isQuiz && GRADABLE.has(type)) {
      // the item's points as Google gives them: each response's score for it is checked against them (core)
      const points = Number(pointsOf(it, type));
      item.points = points;
      maxPoints += points;
    }
    return item;
  });
  return { isQuiz, maxPoints: isQuiz ? maxPoints : null, items, outline };
}

/**
 * Every answer of each response (getResponseForItem per asked item) and, on a quiz, Σ getScore() of the gradable
 * items (a teacher's manual grading in Forms is included that way). About 2 calls per item per response: the slow,
 * complete path.
 */
export function readAnswers(
  responses: readonly FormResponse[],
  outline: { isQuiz: boolean; items: Item[]; outline: SnapshotItem[] },
): SnapshotResponse[] {
  const asked = outline.items
    .map((it, i) => [it, outline.outline[i]] as const)
    .filter(([, o]) => !ASKED_NOT.has(o.type));
  return responses.map((r) => {
    const answers: SnapshotResponse['answers'] = {};
    for (const [it, o] of asked) {
      const ir = r.getResponseForItem(it);
      if (ir) answers[o.id] = ir.getResponse() as string | string[];
    }
    let score: number | null = null;
    let itemScores: unknown[] | undefined;
    if (outline.isQuiz) {
      // each item's score as Google gives it (a grade set by hand included): never coerced here, the core checks
      // it against the item's points, so a NaN or a grade above the points is an Error and not a silent 0
      itemScores = r.getGradableItemResponses().map((g) => g.getScore() as unknown);
      score = 0;
      for (const v of itemScores) score += v === null || v === undefined ? 0 : Number(v);
    }
    return {
      timestamp: r.getTimestamp() as unknown as Date,
      answers,
      score,
      ...(itemScores ? { itemScores } : {}),
    };
  });
}

/** The exact answer of each response to one item (getResponseForItem + getResponse; null when unanswered). */
export function readAnswerTo(responses: readonly FormResponse[], item: Item): Array<string | null> {
  return responses.map((r) => {
    const ir = r.getResponseForItem(item);
    const a = ir ? (ir.getResponse() as unknown) : null;
    return a === null || a === undefined ? null : Array.isArray(a) ? a.join(', ') : String(a);
  });
}

/** The linked form's ID of a sheet (compared by ID, never by URL text), or '' when not linked / not opening. */
export function linkedFormId(sheet: Sheet): string {
  const url = sheet.getFormUrl();
  if (!url) return '';
  const linked = openFormByUrl(url);
  return linked ? linked.getId() : '';
}

/**
 * One pre-filled URL for the form with the NIP item set to the placeholder, or null when the form has no NIP item.
 * Why one per form: toPrefilledUrl() is a service call, and the URL only encodes each answer as
 * `entry.<N>=<URL-encoded value>`; the NIP answer is digits, which URL-encode to themselves, so substituting the
 * placeholder gives exactly the URL Google would build for that NIP, with the calls flat in the roster size.
 */
export function prefillTemplate(form: Form): string | null {
  const items = form.getItems(FormApp.ItemType.TEXT);
  const nip = items.find((i) => /\bnip\b/i.test(i.getTitle()));
  if (!nip) return null;
  return form
    .createResponse()
    .withItemResponse(nip.asTextItem().createResponse(NIP_PLACEHOLDER))
    .toPrefilledUrl();
}

/**
 * The check-in links of a Presensi form (issue 16): per choice of its session item (titled `Sesi`), a pre-filled URL
 * with that session chosen; and whether it asks for the Kode Sesi. Null when it has no session item. Calls are per
 * session (createResponse, withItemResponse, toPrefilledUrl), on the admin's click only: a choice's text is not
 * digits, and how Google encodes it (`+` or `%20`) is unsure, so each URL is Google's own.
 */
export function sessionPrefills(
  form: Form,
): { hasCode: boolean; links: Array<{ choice: string; url: string }> } | null {
  const items = form.getItems();
  const title = (i: Item) => i.getTitle().toLowerCase().replace(/\s+/g, ' ').trim();
  const choice = items.find(
    (i) => i.getType() === FormApp.ItemType.MULTIPLE_CHOICE && /^(sesi|session)\b/.test(title(i)),
  );
  if (!choice) return null;
  const hasCode = items.some((i) => i.getType() === FormApp.ItemType.TEXT && CODE_TITLE.test(title(i)));
  const mc = choice.asMultipleChoiceItem();
  const links = mc.getChoices().map((c) => {
    const value = c.getValue();
    return {
      choice: value,
      url: form.createResponse().withItemResponse(mc.createResponse(value)).toPrefilledUrl(),
    };
  });
  return { hasCode, links };
}
