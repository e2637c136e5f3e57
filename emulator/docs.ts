// Emulated DocumentApp: documents kept in the emulated Drive, edited through handles saved by saveAndClose, exported as real PDFs.

import { enumName, FakeBlob, isFakeBlob, MIME_TYPE, makeEnum } from './base';
import { DOC_MIME, type DriveFile, type EmulatedDrive } from './drive';
import {
  type AlignmentName,
  type BlockModel,
  CELL_PADDING,
  type DocModel,
  type HeadingName,
  type InlineModel,
  imageSize,
  newParagraph,
  type ParagraphModel,
  renderPdf,
  type SectionModel,
  type TableCellModel,
  type TableModel,
  type TextStyle,
} from './pdf';
import { COST_MODEL, type Runtime } from './runtime';

// ---------- enums ----------

export const ParagraphHeading = makeEnum([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);
export const HorizontalAlignment = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = makeEnum(['BOTTOM', 'CENTER', 'TOP'] as const);
export const TextAlignment = makeEnum(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);
export const Attribute = makeEnum([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const);
export const ElementType = makeEnum([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const);

export const DOC_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const DOC_CLOSED = 'Document is closed, its contents cannot be updated.';

function headingOf(v: unknown): HeadingName {
  const n = enumName(v);
  if (!(n in ParagraphHeading)) throw new Error(`Invalid argument: heading`);
  return n as HeadingName;
}
function alignmentOf(v: unknown): AlignmentName | null {
  if (v === null) return null;
  const n = enumName(v);
  if (!(n in HorizontalAlignment)) throw new Error(`Invalid argument: alignment`);
  return n as AlignmentName;
}
function enumOrNull<T extends Record<string, unknown>>(
  e: T,
  n: string | null | undefined,
): T[keyof T] | null {
  return n ? (e[n as keyof T] ?? null) : null;
}

// ---------- RE2 search patterns and Java replacement strings ----------

/**
 * Compiles a Docs search pattern (Google RE2 syntax) to a global JS RegExp. RE2 has no lookaround and no
 * backreferences, so those are rejected like on Google; `(?i)`, `(?P<n>…)`, `\Q…\E`, `\A`, `\z` are translated.
 */
export function compileRe2(pattern: string): RegExp {
  let src = String(pattern);
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    src = src.slice(lead[0].length);
    if (lead[1].includes('i')) flags += 'i';
    if (lead[1].includes('m')) flags += 'm';
    if (lead[1].includes('s')) flags += 's';
  }
  src = src.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_m, lit: string) =>
    lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'),
  );
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const d = src[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(d))
        throw new Error(`Invalid regular expression: backreferences are not supported by RE2 (${pattern})`);
      if (d === 'A' && !inClass) out += '^';
      else if (d === 'z' && !inClass) out += '$(?![\\s\\S])';
      else out += c + d;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += `\\${src[++i]}`;
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (/^(=|!|<=|<!)/.test(rest))
        throw new Error(`Invalid regular expression: lookaround is not supported by RE2 (${pattern})`);
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
    }
    out += c;
  }
  try {
    return new RegExp(out, `gu${flags}`);
  } catch {
    try {
      // RE2 treats a brace that starts no repetition (`{{Nama}}`) as a literal, like JS without the u flag
      return new RegExp(out, `g${flags}`);
    } catch (e) {
      throw new Error(`Invalid regular expression: ${(e as Error).message}`);
    }
  }
}

function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('') ?? []).length - 1;
}

/**
 * Expands a replacement string the way java.util.regex.Matcher does: `$n` / `${name}` are group references,
 * `\x` is a literal x. An unescaped `$` not followed by a group reference throws like Java.
 * With `m` null the string is only validated.
 */
export function expandReplacement(replacement: string, m: RegExpExecArray | null, groups: number): string {
  let out = '';
  let i = 0;
  const r = String(replacement);
  while (i < r.length) {
    const c = r[i];
    if (c === '\\') {
      i++;
      if (i >= r.length) throw new Error('character to be escaped is missing');
      out += r[i++];
    } else if (c === '$') {
      i++;
      if (i >= r.length) throw new Error('Illegal group reference: group index is missing');
      if (r[i] === '{') {
        const end = r.indexOf('}', i);
        if (end < 0) throw new Error("named capturing group is missing trailing '}'");
        const name = r.slice(i + 1, end);
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`named capturing group has 0 length name`);
        if (m && (!m.groups || !(name in m.groups))) throw new Error(`No group with name {${name}}`);
        out += m?.groups?.[name] ?? '';
        i = end + 1;
        continue;
      }
      if (!/[0-9]/.test(r[i])) throw new Error('Illegal group reference');
      let ref = Number(r[i++]);
      while (i < r.length && /[0-9]/.test(r[i])) {
        const next = ref * 10 + Number(r[i]);
        if (next > groups) break;
        ref = next;
        i++;
      }
      if (ref > groups) throw new Error(`No group ${ref}`);
      out += m ? (m[ref] ?? '') : '';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Applies a Docs replaceText to one text run. */
export function replaceInText(text: string, re: RegExp, replacement: string): string {
  const groups = groupCount(re);
  expandReplacement(replacement, null, groups); // stricter: a bad replacement fails even when nothing matches
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += text.slice(last, m.index) + expandReplacement(replacement, m, groups);
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (re.lastIndex >= text.length) break;
      re.lastIndex += 1;
    }
  }
  return out + text.slice(last);
}

// ---------- element wrappers ----------

interface Ctx {
  rt: Runtime;
  handle: DocHandle;
}

type Container = { kind: 'section'; section: SectionModel } | { kind: 'cell'; cell: TableCellModel };

function blocksOf(c: Container): BlockModel[] {
  return c.kind === 'section' ? c.section.children : c.cell.paragraphs;
}

function allParagraphs(blocks: BlockModel[]): ParagraphModel[] {
  const out: ParagraphModel[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else for (const row of b.rows) for (const cell of row) out.push(...cell.paragraphs);
  }
  return out;
}

/** A table's text is every cell's text joined by newlines, row after row (no tabs), as on Google. */
function rowText(row: TableCellModel[]): string {
  return row.map((c) => c.paragraphs.map((p) => p.text).join('\n')).join('\n');
}

function blockText(b: BlockModel): string {
  if (b.type === 'paragraph') return b.text;
  return b.rows.map(rowText).join('\n');
}

/** Every paragraph of a container in document order, each wrapped with its real parent (a table cell's paragraph
 * has that TableCell as parent, not the section). */
function paragraphEls(ctx: Ctx, owner: ContainerElement, blocks: BlockModel[]): ParagraphEl[] {
  const out: ParagraphEl[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      out.push(new ParagraphEl(ctx, b, owner));
      continue;
    }
    const table = new TableEl(ctx, b, owner);
    b.rows.forEach((row, r) => {
      const rowEl = new TableRowEl(ctx, b, r, table);
      for (const cell of row) {
        const cellEl = new TableCellEl(ctx, cell, rowEl);
        for (const p of cell.paragraphs) out.push(new ParagraphEl(ctx, p, cellEl));
      }
    });
  }
  return out;
}

function childIndexError(i: number, n: number): Error {
  return new Error(`Child index (${i}) must be less than the number of child elements (${n}).`);
}

function insertIndexError(i: number, n: number): Error {
  return new Error(`Child index (${i}) must be less than or equal to the number of child elements (${n}).`);
}

export const MUST_BE_DETACHED = 'Element must be detached.';
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

function signatureError(arg: unknown, method: string): Error {
  const t = (arg as { getType?: () => unknown })?.getType?.();
  const name = t === undefined ? typeof arg : `DocumentApp.${String(t)}`;
  return new Error(`The parameters (${name}) don't match the method signature for DocumentApp.${method}.`);
}

function checkIndex(i: unknown, n: number): number {
  const k = Number(i);
  if (!Number.isInteger(k) || k < 0 || k >= n) return Number.NaN;
  return k;
}

function textOf(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Applies a setAttributes() object; keys are Attribute names (enum values stringify to them). */
function applyAttributes(p: ParagraphModel, attrs: Record<string, unknown>): void {
  const s = p.style;
  for (const [k, v] of Object.entries(attrs ?? {})) {
    switch (k) {
      case 'BOLD':
        s.bold = v === null ? null : !!v;
        break;
      case 'ITALIC':
        s.italic = v === null ? null : !!v;
        break;
      case 'UNDERLINE':
        s.underline = v === null ? null : !!v;
        break;
      case 'STRIKETHROUGH':
        s.strikethrough = v === null ? null : !!v;
        break;
      case 'FONT_SIZE':
        s.fontSize = v === null ? null : Number(v);
        break;
      case 'FONT_FAMILY':
        s.fontFamily = v === null ? null : String(v);
        break;
      case 'FOREGROUND_COLOR':
        s.foregroundColor = v === null ? null : String(v);
        break;
      case 'BACKGROUND_COLOR':
        s.backgroundColor = v === null ? null : String(v);
        break;
      case 'LINK_URL':
        s.linkUrl = v === null ? null : String(v);
        break;
      case 'HORIZONTAL_ALIGNMENT':
        p.alignment = alignmentOf(v);
        break;
      case 'HEADING':
        p.heading = headingOf(v);
        break;
      case 'SPACING_BEFORE':
        p.spacingBefore = v === null ? null : Number(v);
        break;
      case 'SPACING_AFTER':
        p.spacingAfter = v === null ? null : Number(v);
        break;
      case 'LINE_SPACING':
        p.lineSpacing = v === null ? null : Number(v);
        break;
      case 'INDENT_START':
        p.indentStart = v === null ? null : Number(v);
        break;
      case 'INDENT_END':
        p.indentEnd = v === null ? null : Number(v);
        break;
      case 'INDENT_FIRST_LINE':
        p.indentFirstLine = v === null ? null : Number(v);
        break;
      default:
        break; // attributes of other element kinds are ignored on a paragraph, as on Google
    }
  }
}

function attributesOf(p: ParagraphModel): Record<string, unknown> {
  const s = p.style;
  return {
    BOLD: s.bold ?? null,
    ITALIC: s.italic ?? null,
    UNDERLINE: s.underline ?? null,
    STRIKETHROUGH: s.strikethrough ?? null,
    FONT_SIZE: s.fontSize ?? null,
    FONT_FAMILY: s.fontFamily ?? null,
    FOREGROUND_COLOR: s.foregroundColor ?? null,
    BACKGROUND_COLOR: s.backgroundColor ?? null,
    LINK_URL: s.linkUrl ?? null,
    HORIZONTAL_ALIGNMENT: enumOrNull(HorizontalAlignment, p.alignment),
    HEADING: ParagraphHeading[p.heading],
    SPACING_BEFORE: p.spacingBefore,
    SPACING_AFTER: p.spacingAfter,
    LINE_SPACING: p.lineSpacing,
    INDENT_START: p.indentStart,
    INDENT_END: p.indentEnd,
    INDENT_FIRST_LINE: p.indentFirstLine,
  };
}

abstract class Element {
  constructor(protected readonly ctx: Ctx) {}
  protected abstract readonly cls: string;
  protected c<T>(method: string, effect: () => T, cost: number = COST_MODEL.trivial): T {
    return this.ctx.rt.call(`DocumentApp.${this.cls}.${method}`, cost, () => {
      this.ctx.handle.assertOpen();
      return effect();
    });
  }
}

/** Body, HeaderSection, FooterSection and TableCell: elements that hold paragraphs (and, in sections, tables). */
abstract class ContainerElement extends Element {
  constructor(
    ctx: Ctx,
    protected readonly container: Container,
  ) {
    super(ctx);
  }

  protected blocks(): BlockModel[] {
    return blocksOf(this.container);
  }
  /** Emulator-only: the children of this container (models). */
  _blocks(): BlockModel[] {
    return blocksOf(this.container);
  }

  protected wrap(b: BlockModel): ParagraphEl | TableEl {
    return b.type === 'paragraph' ? new ParagraphEl(this.ctx, b, this) : new TableEl(this.ctx, b, this);
  }

  getText(): string {
    return this.c('getText', () => this.blocks().map(blockText).join('\n'));
  }
  setText(text: string): this {
    return this.c('setText', () => {
      const bl = this.blocks();
      bl.splice(0, bl.length, newParagraph(textOf(text)));
      return this;
    });
  }
  clear(): this {
    return this.c('clear', () => {
      const bl = this.blocks();
      // a section always keeps one (empty) paragraph
      bl.splice(0, bl.length, newParagraph());
      return this;
    });
  }
  getNumChildren(): number {
    return this.c('getNumChildren', () => this.blocks().length);
  }
  getChild(childIndex: number): ParagraphEl | TableEl {
    return this.c('getChild', () => {
      const bl = this.blocks();
      const k = checkIndex(childIndex, bl.length);
      if (Number.isNaN(k)) throw childIndexError(Number(childIndex), bl.length);
      return this.wrap(bl[k]);
    });
  }
  getChildIndex(child: { _model?: () => unknown }): number {
    return this.c('getChildIndex', () => {
      const i = this.blocks().indexOf(child?._model?.() as BlockModel);
      if (i < 0) throw new Error('Element does not contain the specified child element.');
      return i;
    });
  }
  removeChild(child: { _model?: () => unknown }): this {
    return this.c('removeChild', () => {
      const bl = this.blocks();
      const i = bl.indexOf(child?._model?.() as BlockModel);
      if (i < 0) throw new Error('Element does not contain the specified child element.');
      removeBlock(bl, i);
      return this;
    });
  }
  appendParagraph(text: unknown): ParagraphEl {
    return this.c('appendParagraph', () => {
      const p = paragraphFrom(text, `${this.cls}.appendParagraph`);
      this.blocks().push(p);
      return new ParagraphEl(this.ctx, p, this);
    });
  }
  insertParagraph(childIndex: number, text: unknown): ParagraphEl {
    return this.c('insertParagraph', () => {
      const bl = this.blocks();
      const k = Number(childIndex);
      const p = paragraphFrom(text, `${this.cls}.insertParagraph`);
      if (!Number.isInteger(k) || k < 0 || k > bl.length) throw insertIndexError(k, bl.length);
      bl.splice(k, 0, p);
      return new ParagraphEl(this.ctx, p, this);
    });
  }
  appendHorizontalRule(): HorizontalRuleEl {
    return this.c('appendHorizontalRule', () => {
      const p = newParagraph();
      const item: InlineModel = { type: 'horizontalRule' };
      p.inline.push(item);
      this.blocks().push(p);
      return new HorizontalRuleEl(this.ctx, item, new ParagraphEl(this.ctx, p, this));
    });
  }
  appendImage(image: unknown): InlineImageEl {
    return this.c('appendImage', () => {
      const p = newParagraph();
      const item = imageFrom(image);
      p.inline.push(item);
      this.blocks().push(p);
      return new InlineImageEl(this.ctx, item, new ParagraphEl(this.ctx, p, this));
    });
  }
  getParagraphs(): ParagraphEl[] {
    return this.c('getParagraphs', () => paragraphEls(this.ctx, this, this.blocks()));
  }
  replaceText(searchPattern: string, replacement: string): this {
    return this.c(
      'replaceText',
      () => {
        const re = compileRe2(searchPattern);
        for (const p of allParagraphs(this.blocks())) p.text = replaceInText(p.text, re, textOf(replacement));
        return this;
      },
      COST_MODEL.docReplaceText,
    );
  }
  findText(searchPattern: string, from?: RangeElementEl): RangeElementEl | null {
    return this.c('findText', () =>
      findIn(this.ctx, paragraphEls(this.ctx, this, this.blocks()), searchPattern, from),
    );
  }
  editAsText(): TextEl {
    return this.c('editAsText', () => {
      const first = allParagraphs(this.blocks())[0] ?? newParagraph();
      return new TextEl(this.ctx, first, this);
    });
  }
  setAttributes(attributes: Record<string, unknown>): this {
    return this.c('setAttributes', () => {
      for (const p of allParagraphs(this.blocks())) applyAttributes(p, attributes);
      return this;
    });
  }
  /** Emulator-only: the model behind this element. */
  _model(): unknown {
    return this.container.kind === 'section' ? this.container.section : this.container.cell;
  }
}

/**
 * Removes a child of a section or table cell. The LAST paragraph of a body, header, footer (and, stricter, of a table
 * cell) can never be removed, whatever else the container holds: other paragraphs before it or tables do not help.
 */
function removeBlock(bl: BlockModel[], i: number): void {
  let last = -1;
  for (let k = bl.length - 1; k >= 0 && last < 0; k--) if (bl[k].type === 'paragraph') last = k;
  if (i === last) throw new Error(LAST_PARAGRAPH);
  bl.splice(i, 1);
}

/** The model of an element to insert: only a detached one (a `copy()`, or removed from its parent) may go in. */
function detachedCopy<M>(el: { _attached(): boolean; _model(): M }): M {
  if (el._attached()) throw new Error(MUST_BE_DETACHED);
  return structuredClone(el._model());
}

/** An element of another kind where a paragraph or table was asked for: Google's signature check. */
function refuseOtherElement(v: unknown, method: string): void {
  if (v && typeof v === 'object' && typeof (v as { getType?: unknown }).getType === 'function')
    throw signatureError(v, method);
}

/** The paragraph to insert: a copy of a detached Paragraph, or a new one holding the text. */
function paragraphFrom(text: unknown, method: string): ParagraphModel {
  if (text instanceof ParagraphEl) return detachedCopy(text);
  // another element (a Table, a Text, a Body…) is no paragraph: Google's signature check
  refuseOtherElement(text, method);
  return newParagraph(textOf(text));
}

/** The table to insert: a copy of a detached Table, or a new one from a rectangular array of strings. */
function tableFrom(cells: unknown, method: string): TableModel {
  if (cells instanceof TableEl) return detachedCopy(cells);
  refuseOtherElement(cells, method);
  const rows: string[][] = [];
  if (cells !== undefined && cells !== null) {
    if (!Array.isArray(cells) || !cells.every((r) => Array.isArray(r)))
      throw new Error('Invalid argument: cells');
    const width = cells[0]?.length ?? 0;
    // stricter: Google's reference asks for a rectangular array; ragged rows are rejected here
    if (cells.some((r: unknown[]) => r.length !== width))
      throw new Error('Invalid argument: cells (rows differ in length)');
    for (const r of cells as unknown[][]) rows.push(r.map(textOf));
  }
  return {
    type: 'table',
    rows: rows.map((r) => r.map((text) => ({ paragraphs: [newParagraph(text)], backgroundColor: null }))),
    borderWidth: 1,
    borderColor: '#000000',
    columnWidths: [],
  };
}

function imageFrom(image: unknown): Extract<InlineModel, { type: 'image' }> {
  if (image instanceof InlineImageEl && image._attached()) throw new Error(MUST_BE_DETACHED);
  let bytes: Uint8Array;
  let contentType: string | null;
  if (isFakeBlob(image)) {
    bytes = image._bytes();
    contentType = image._meta().contentType;
  } else {
    const b = image as {
      getBytes?: () => number[];
      getContentType?: () => string | null;
      getBlob?: () => unknown;
    };
    if (b && typeof b.getBytes !== 'function' && typeof b.getBlob === 'function')
      return imageFrom(b.getBlob());
    if (!b || typeof b.getBytes !== 'function') throw new Error('Invalid argument: image');
    bytes = Uint8Array.from(b.getBytes(), (x) => Number(x) & 0xff);
    contentType = b.getContentType?.() ?? null;
  }
  const size = imageSize(bytes);
  if (!size) throw new Error('Invalid image data.');
  return {
    type: 'image',
    bytes,
    contentType: contentType ?? `image/${size.kind}`,
    width: size.width,
    height: size.height,
  };
}

function findIn(
  ctx: Ctx,
  els: ParagraphEl[],
  pattern: string,
  from: RangeElementEl | undefined,
): RangeElementEl | null {
  const re = compileRe2(pattern);
  const paragraphs = els.map((e) => e._model());
  let startPara = 0;
  let startAt = 0;
  if (from) {
    const [p, , end] = from._where();
    startPara = Math.max(0, paragraphs.indexOf(p));
    startAt = end + 1;
  }
  for (let k = startPara; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    re.lastIndex = k === startPara ? startAt : 0;
    const m = re.exec(p.text);
    if (m && m[0].length > 0) {
      return new RangeElementEl(ctx, new TextEl(ctx, p, els[k]), m.index, m.index + m[0].length - 1);
    }
  }
  return null;
}

export class BodyEl extends ContainerElement {
  protected readonly cls: string = 'Body';
  constructor(
    ctx: Ctx,
    private readonly doc: DocModel,
  ) {
    super(ctx, { kind: 'section', section: doc.body });
  }
  getType() {
    return this.c('getType', () => ElementType.BODY_SECTION);
  }
  appendTable(cells?: unknown): TableEl {
    return this.c('appendTable', () =>
      this.insertTableAt(this.blocks().length, tableFrom(cells, `${this.cls}.appendTable`)),
    );
  }
  insertTable(childIndex: number, cells?: unknown): TableEl {
    return this.c('insertTable', () => {
      const k = Number(childIndex);
      const t = tableFrom(cells, `${this.cls}.insertTable`);
      if (!Number.isInteger(k) || k < 0 || k > this.blocks().length)
        throw insertIndexError(k, this.blocks().length);
      return this.insertTableAt(k, t);
    });
  }
  private insertTableAt(k: number, t: TableModel): TableEl {
    const bl = this.blocks();
    bl.splice(k, 0, t);
    // a document section never ends with a table: Docs keeps an empty paragraph after it
    if (k === bl.length - 1) bl.push(newParagraph());
    return new TableEl(this.ctx, t, this);
  }
  appendPageBreak(): PageBreakEl {
    return this.c('appendPageBreak', () => {
      const p = newParagraph();
      const item: InlineModel = { type: 'pageBreak' };
      p.inline.push(item);
      this.blocks().push(p);
      return new PageBreakEl(this.ctx, item, new ParagraphEl(this.ctx, p, this));
    });
  }
  getTables(): TableEl[] {
    return this.c('getTables', () =>
      this.blocks()
        .filter((b): b is TableModel => b.type === 'table')
        .map((t) => new TableEl(this.ctx, t, this)),
    );
  }
  getImages(): InlineImageEl[] {
    return this.c('getImages', () => {
      const out: InlineImageEl[] = [];
      for (const el of paragraphEls(this.ctx, this, this.blocks()))
        for (const i of el._model().inline)
          if (i.type === 'image') out.push(new InlineImageEl(this.ctx, i, el));
      return out;
    });
  }
  private page(method: string, key: keyof DocModel, value?: number): this | number {
    return this.c(method, () => {
      if (value === undefined) return this.doc[key] as number;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`Invalid argument: ${String(value)}`);
      (this.doc as unknown as Record<string, number>)[key] = n;
      return this;
    });
  }
  getMarginTop(): number {
    return this.page('getMarginTop', 'marginTop') as number;
  }
  getMarginBottom(): number {
    return this.page('getMarginBottom', 'marginBottom') as number;
  }
  getMarginLeft(): number {
    return this.page('getMarginLeft', 'marginLeft') as number;
  }
  getMarginRight(): number {
    return this.page('getMarginRight', 'marginRight') as number;
  }
  getPageWidth(): number {
    return this.page('getPageWidth', 'pageWidth') as number;
  }
  getPageHeight(): number {
    return this.page('getPageHeight', 'pageHeight') as number;
  }
  setMarginTop(v: number): this {
    return this.page('setMarginTop', 'marginTop', v) as this;
  }
  setMarginBottom(v: number): this {
    return this.page('setMarginBottom', 'marginBottom', v) as this;
  }
  setMarginLeft(v: number): this {
    return this.page('setMarginLeft', 'marginLeft', v) as this;
  }
  setMarginRight(v: number): this {
    return this.page('setMarginRight', 'marginRight', v) as this;
  }
  setPageWidth(v: number): this {
    return this.page('setPageWidth', 'pageWidth', v) as this;
  }
  setPageHeight(v: number): this {
    return this.page('setPageHeight', 'pageHeight', v) as this;
  }
}

export class HeaderFooterEl extends ContainerElement {
  protected readonly cls: string;
  constructor(
    ctx: Ctx,
    section: SectionModel,
    private readonly header: boolean,
  ) {
    super(ctx, { kind: 'section', section });
    this.cls = header ? 'HeaderSection' : 'FooterSection';
  }
  getType() {
    return this.c('getType', () => (this.header ? ElementType.HEADER_SECTION : ElementType.FOOTER_SECTION));
  }
}

type Parent = ContainerElement | ParagraphEl;

export class ParagraphEl extends Element {
  protected readonly cls = 'Paragraph';
  constructor(
    ctx: Ctx,
    private readonly p: ParagraphModel,
    private readonly parent: Parent | null,
  ) {
    super(ctx);
  }
  _model(): ParagraphModel {
    return this.p;
  }
  /** Emulator-only: whether this paragraph is still a child of its parent (a copy, or a removed one, is not). */
  _attached(): boolean {
    return this.parent instanceof ContainerElement && this.parent._blocks().includes(this.p);
  }
  getType() {
    return this.c('getType', () => ElementType.PARAGRAPH);
  }
  /** The section or table cell holding this paragraph; null for a copy or after removeFromParent. */
  getParent(): Parent | null {
    return this.c('getParent', () => (this._attached() ? this.parent : null));
  }
  getText(): string {
    return this.c('getText', () => this.p.text);
  }
  /** Replaces the paragraph's contents (inline images and breaks included) with text. */
  setText(text: string): this {
    return this.c('setText', () => {
      this.p.text = textOf(text);
      this.p.inline = [];
      return this;
    });
  }
  appendText(text: string): TextEl {
    return this.c('appendText', () => {
      this.p.text += textOf(text);
      return new TextEl(this.ctx, this.p, this);
    });
  }
  editAsText(): TextEl {
    return this.c('editAsText', () => new TextEl(this.ctx, this.p, this));
  }
  clear(): this {
    return this.c('clear', () => {
      this.p.text = '';
      this.p.inline = [];
      return this;
    });
  }
  getNumChildren(): number {
    return this.c('getNumChildren', () => (this.p.text ? 1 : 0) + this.p.inline.length);
  }
  getChild(childIndex: number): TextEl | PageBreakEl | HorizontalRuleEl | InlineImageEl {
    return this.c('getChild', () => {
      const items: Array<'text' | InlineModel> = [
        ...(this.p.text ? (['text'] as const) : []),
        ...this.p.inline,
      ];
      const k = checkIndex(childIndex, items.length);
      if (Number.isNaN(k)) throw childIndexError(Number(childIndex), items.length);
      const it = items[k];
      if (it === 'text') return new TextEl(this.ctx, this.p, this);
      if (it.type === 'pageBreak') return new PageBreakEl(this.ctx, it, this);
      if (it.type === 'horizontalRule') return new HorizontalRuleEl(this.ctx, it, this);
      return new InlineImageEl(this.ctx, it, this);
    });
  }
  appendPageBreak(): PageBreakEl {
    return this.c('appendPageBreak', () => {
      const it: InlineModel = { type: 'pageBreak' };
      this.p.inline.push(it);
      return new PageBreakEl(this.ctx, it, this);
    });
  }
  appendHorizontalRule(): HorizontalRuleEl {
    return this.c('appendHorizontalRule', () => {
      const it: InlineModel = { type: 'horizontalRule' };
      this.p.inline.push(it);
      return new HorizontalRuleEl(this.ctx, it, this);
    });
  }
  appendInlineImage(image: unknown): InlineImageEl {
    return this.c('appendInlineImage', () => {
      const it = imageFrom(image);
      this.p.inline.push(it);
      return new InlineImageEl(this.ctx, it, this);
    });
  }
  /**
   * The image at child `childIndex` (0 to the number of children). The model keeps a paragraph's text as one run
   * before its inline children, so an image before non-empty text cannot be held: that throws (stricter).
   */
  insertInlineImage(childIndex: number, image: unknown): InlineImageEl {
    return this.c('insertInlineImage', () => {
      const texts = this.p.text ? 1 : 0;
      const n = texts + this.p.inline.length;
      const k = Number(childIndex);
      if (!Number.isInteger(k) || k < 0 || k > n) throw insertIndexError(k, n);
      if (k < texts) throw new Error("Emulator: an image before the paragraph's text is not modelled.");
      const it = imageFrom(image);
      this.p.inline.splice(k - texts, 0, it);
      return new InlineImageEl(this.ctx, it, this);
    });
  }
  setHeading(heading: unknown): this {
    return this.c('setHeading', () => {
      this.p.heading = headingOf(heading);
      return this;
    });
  }
  getHeading() {
    return this.c('getHeading', () => ParagraphHeading[this.p.heading]);
  }
  setAlignment(alignment: unknown): this {
    return this.c('setAlignment', () => {
      this.p.alignment = alignmentOf(alignment);
      return this;
    });
  }
  getAlignment() {
    return this.c('getAlignment', () => enumOrNull(HorizontalAlignment, this.p.alignment));
  }
  setAttributes(attributes: Record<string, unknown>): this {
    return this.c('setAttributes', () => {
      applyAttributes(this.p, attributes);
      return this;
    });
  }
  getAttributes(): Record<string, unknown> {
    return this.c('getAttributes', () => attributesOf(this.p));
  }
  private num(
    method: string,
    key: 'spacingBefore' | 'spacingAfter' | 'lineSpacing' | 'indentStart' | 'indentEnd' | 'indentFirstLine',
    v?: number,
  ): this | number | null {
    return this.c(method, () => {
      if (v === undefined) return this.p[key];
      this.p[key] = v === null ? null : Number(v);
      return this;
    });
  }
  setSpacingBefore(v: number): this {
    return this.num('setSpacingBefore', 'spacingBefore', v) as this;
  }
  setSpacingAfter(v: number): this {
    return this.num('setSpacingAfter', 'spacingAfter', v) as this;
  }
  setLineSpacing(v: number): this {
    return this.num('setLineSpacing', 'lineSpacing', v) as this;
  }
  setIndentStart(v: number): this {
    return this.num('setIndentStart', 'indentStart', v) as this;
  }
  setIndentEnd(v: number): this {
    return this.num('setIndentEnd', 'indentEnd', v) as this;
  }
  setIndentFirstLine(v: number): this {
    return this.num('setIndentFirstLine', 'indentFirstLine', v) as this;
  }
  getSpacingBefore(): number | null {
    return this.num('getSpacingBefore', 'spacingBefore') as number | null;
  }
  getSpacingAfter(): number | null {
    return this.num('getSpacingAfter', 'spacingAfter') as number | null;
  }
  getLineSpacing(): number | null {
    return this.num('getLineSpacing', 'lineSpacing') as number | null;
  }
  getIndentStart(): number | null {
    return this.num('getIndentStart', 'indentStart') as number | null;
  }
  getIndentEnd(): number | null {
    return this.num('getIndentEnd', 'indentEnd') as number | null;
  }
  getIndentFirstLine(): number | null {
    return this.num('getIndentFirstLine', 'indentFirstLine') as number | null;
  }
  setLinkUrl(url: string | null): this {
    return this.c('setLinkUrl', () => {
      this.p.style.linkUrl = url;
      return this;
    });
  }
  getLinkUrl(): string | null {
    return this.c('getLinkUrl', () => this.p.style.linkUrl ?? null);
  }
  replaceText(searchPattern: string, replacement: string): this {
    return this.c(
      'replaceText',
      () => {
        this.p.text = replaceInText(this.p.text, compileRe2(searchPattern), textOf(replacement));
        return this;
      },
      COST_MODEL.docReplaceText,
    );
  }
  findText(searchPattern: string, from?: RangeElementEl): RangeElementEl | null {
    return this.c('findText', () => {
      const re = compileRe2(searchPattern);
      re.lastIndex = from ? from._where()[2] + 1 : 0;
      const m = re.exec(this.p.text);
      return m?.[0].length
        ? new RangeElementEl(this.ctx, new TextEl(this.ctx, this.p, this), m.index, m.index + m[0].length - 1)
        : null;
    });
  }
  removeFromParent(): this {
    return this.c('removeFromParent', () => {
      const parent = this.parent;
      if (parent instanceof ContainerElement) {
        const bl = parent._blocks();
        const i = bl.indexOf(this.p);
        if (i >= 0) removeBlock(bl, i);
      }
      return this;
    });
  }
  copy(): ParagraphEl {
    return this.c('copy', () => new ParagraphEl(this.ctx, structuredClone(this.p), null));
  }
  isAtDocumentEnd(): boolean {
    return this.c('isAtDocumentEnd', () => {
      const body = this.ctx.handle.model.body.children;
      return body[body.length - 1] === this.p;
    });
  }
}

type StyleKey = keyof TextStyle;

/** The Text of a paragraph. Character styles are kept per paragraph: a ranged setter styles the whole paragraph. */
export class TextEl extends Element {
  protected readonly cls = 'Text';
  constructor(
    ctx: Ctx,
    private readonly p: ParagraphModel,
    private readonly parent: Parent,
  ) {
    super(ctx);
  }
  _model(): ParagraphModel {
    return this.p;
  }
  getType() {
    return this.c('getType', () => ElementType.TEXT);
  }
  getParent(): Parent {
    return this.c('getParent', () => this.parent);
  }
  getText(): string {
    return this.c('getText', () => this.p.text);
  }
  setText(text: string): this {
    return this.c('setText', () => {
      this.p.text = textOf(text);
      return this;
    });
  }
  appendText(text: string): this {
    return this.c('appendText', () => {
      this.p.text += textOf(text);
      return this;
    });
  }
  insertText(offset: number, text: string): this {
    return this.c('insertText', () => {
      const o = Number(offset);
      if (!Number.isInteger(o) || o < 0 || o > this.p.text.length) {
        throw new Error(
          `Index (${offset}) must be less than or equal to the content length (${this.p.text.length}).`,
        );
      }
      this.p.text = this.p.text.slice(0, o) + textOf(text) + this.p.text.slice(o);
      return this;
    });
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    return this.c('deleteText', () => {
      this.range(startOffset, endOffsetInclusive);
      this.p.text = this.p.text.slice(0, startOffset) + this.p.text.slice(endOffsetInclusive + 1);
      return this;
    });
  }
  private range(start: unknown, end: unknown): void {
    const s = Number(start);
    const e = Number(end);
    const n = this.p.text.length;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e >= n || s > e) {
      throw new Error(`Invalid text range: (${start}, ${end}) for text of length ${n}.`);
    }
  }
  /** setX(value) or setX(start, endInclusive, value). */
  private set(method: string, key: StyleKey, args: unknown[], conv: (v: unknown) => unknown): this {
    return this.c(method, () => {
      let v = args[0];
      if (args.length >= 3) {
        this.range(args[0], args[1]);
        v = args[2];
      }
      (this.p.style as Record<string, unknown>)[key] = v === null ? null : conv(v);
      return this;
    });
  }
  setBold(...args: unknown[]): this {
    return this.set('setBold', 'bold', args, Boolean);
  }
  setItalic(...args: unknown[]): this {
    return this.set('setItalic', 'italic', args, Boolean);
  }
  setUnderline(...args: unknown[]): this {
    return this.set('setUnderline', 'underline', args, Boolean);
  }
  setStrikethrough(...args: unknown[]): this {
    return this.set('setStrikethrough', 'strikethrough', args, Boolean);
  }
  setFontSize(...args: unknown[]): this {
    return this.set('setFontSize', 'fontSize', args, Number);
  }
  setFontFamily(...args: unknown[]): this {
    return this.set('setFontFamily', 'fontFamily', args, String);
  }
  setForegroundColor(...args: unknown[]): this {
    return this.set('setForegroundColor', 'foregroundColor', args, String);
  }
  setBackgroundColor(...args: unknown[]): this {
    return this.set('setBackgroundColor', 'backgroundColor', args, String);
  }
  setLinkUrl(...args: unknown[]): this {
    return this.set('setLinkUrl', 'linkUrl', args, String);
  }
  isBold(_offset?: number): boolean | null {
    return this.c('isBold', () => this.p.style.bold ?? null);
  }
  isItalic(_offset?: number): boolean | null {
    return this.c('isItalic', () => this.p.style.italic ?? null);
  }
  isUnderline(_offset?: number): boolean | null {
    return this.c('isUnderline', () => this.p.style.underline ?? null);
  }
  getFontSize(_offset?: number): number | null {
    return this.c('getFontSize', () => this.p.style.fontSize ?? null);
  }
  getFontFamily(_offset?: number): string | null {
    return this.c('getFontFamily', () => this.p.style.fontFamily ?? null);
  }
  getForegroundColor(_offset?: number): string | null {
    return this.c('getForegroundColor', () => this.p.style.foregroundColor ?? null);
  }
  setAttributes(...args: unknown[]): this {
    return this.c('setAttributes', () => {
      const attrs = (args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>;
      if (args.length >= 3) this.range(args[0], args[1]);
      applyAttributes(this.p, attrs);
      return this;
    });
  }
  getAttributes(_offset?: number): Record<string, unknown> {
    return this.c('getAttributes', () => attributesOf(this.p));
  }
  editAsText(): this {
    return this.c('editAsText', () => this);
  }
  replaceText(searchPattern: string, replacement: string): this {
    return this.c(
      'replaceText',
      () => {
        this.p.text = replaceInText(this.p.text, compileRe2(searchPattern), textOf(replacement));
        return this;
      },
      COST_MODEL.docReplaceText,
    );
  }
  findText(searchPattern: string, from?: RangeElementEl): RangeElementEl | null {
    return this.c('findText', () => {
      const re = compileRe2(searchPattern);
      re.lastIndex = from ? from._where()[2] + 1 : 0;
      const m = re.exec(this.p.text);
      return m?.[0].length ? new RangeElementEl(this.ctx, this, m.index, m.index + m[0].length - 1) : null;
    });
  }
}

export class RangeElementEl extends Element {
  protected readonly cls = 'RangeElement';
  constructor(
    ctx: Ctx,
    private readonly text: TextEl,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(ctx);
  }
  _where(): [ParagraphModel, number, number] {
    return [this.text._model(), this.start, this.end];
  }
  getElement(): TextEl {
    return this.c('getElement', () => this.text);
  }
  getStartOffset(): number {
    return this.c('getStartOffset', () => this.start);
  }
  getEndOffsetInclusive(): number {
    return this.c('getEndOffsetInclusive', () => this.end);
  }
  isPartial(): boolean {
    return this.c('isPartial', () => true);
  }
}

export class TableEl extends Element {
  protected readonly cls = 'Table';
  constructor(
    ctx: Ctx,
    private readonly t: TableModel,
    private readonly parent: ContainerElement | null,
  ) {
    super(ctx);
  }
  _model(): TableModel {
    return this.t;
  }
  /** Emulator-only: whether this table is still a child of its section (a copy, or a removed one, is not). */
  _attached(): boolean {
    return this.parent?._blocks().includes(this.t) ?? false;
  }
  getType() {
    return this.c('getType', () => ElementType.TABLE);
  }
  /** A detached deep copy (insert it with insertTable/appendTable). */
  copy(): TableEl {
    return this.c('copy', () => new TableEl(this.ctx, structuredClone(this.t), null));
  }
  getParent(): ContainerElement | null {
    return this.c('getParent', () => (this._attached() ? this.parent : null));
  }
  getNumRows(): number {
    return this.c('getNumRows', () => this.t.rows.length);
  }
  getNumChildren(): number {
    return this.c('getNumChildren', () => this.t.rows.length);
  }
  getRow(rowIndex: number): TableRowEl {
    return this.c('getRow', () => {
      const k = checkIndex(rowIndex, this.t.rows.length);
      if (Number.isNaN(k)) throw childIndexError(Number(rowIndex), this.t.rows.length);
      return new TableRowEl(this.ctx, this.t, k, this);
    });
  }
  getChild(childIndex: number): TableRowEl {
    return this.c('getChild', () => {
      const k = checkIndex(childIndex, this.t.rows.length);
      if (Number.isNaN(k)) throw childIndexError(Number(childIndex), this.t.rows.length);
      return new TableRowEl(this.ctx, this.t, k, this);
    });
  }
  getCell(rowIndex: number, cellIndex: number): TableCellEl {
    return this.c('getCell', () => {
      const r = checkIndex(rowIndex, this.t.rows.length);
      if (Number.isNaN(r)) throw childIndexError(Number(rowIndex), this.t.rows.length);
      const row = this.t.rows[r];
      const c = checkIndex(cellIndex, row.length);
      if (Number.isNaN(c)) throw childIndexError(Number(cellIndex), row.length);
      return new TableCellEl(this.ctx, row[c], new TableRowEl(this.ctx, this.t, r, this));
    });
  }
  appendTableRow(): TableRowEl {
    return this.c('appendTableRow', () => {
      this.t.rows.push([]);
      return new TableRowEl(this.ctx, this.t, this.t.rows.length - 1, this);
    });
  }
  removeRow(rowIndex: number): TableRowEl {
    return this.c('removeRow', () => {
      const k = checkIndex(rowIndex, this.t.rows.length);
      if (Number.isNaN(k)) throw childIndexError(Number(rowIndex), this.t.rows.length);
      const row = new TableRowEl(this.ctx, { ...this.t, rows: [this.t.rows[k]] }, 0, this);
      this.t.rows.splice(k, 1);
      return row;
    });
  }
  getText(): string {
    return this.c('getText', () => blockText(this.t));
  }
  setBorderWidth(width: number): this {
    return this.c('setBorderWidth', () => {
      this.t.borderWidth = Number(width);
      return this;
    });
  }
  getBorderWidth(): number {
    return this.c('getBorderWidth', () => this.t.borderWidth);
  }
  setBorderColor(color: string): this {
    return this.c('setBorderColor', () => {
      this.t.borderColor = String(color);
      return this;
    });
  }
  getBorderColor(): string {
    return this.c('getBorderColor', () => this.t.borderColor);
  }
  setColumnWidth(columnIndex: number, width: number): this {
    return this.c('setColumnWidth', () => {
      this.t.columnWidths[Number(columnIndex)] = Number(width);
      return this;
    });
  }
  getColumnWidth(columnIndex: number): number | null {
    return this.c('getColumnWidth', () => this.t.columnWidths[Number(columnIndex)] ?? null);
  }
  replaceText(searchPattern: string, replacement: string): this {
    return this.c(
      'replaceText',
      () => {
        const re = compileRe2(searchPattern);
        for (const p of allParagraphs([this.t])) p.text = replaceInText(p.text, re, textOf(replacement));
        return this;
      },
      COST_MODEL.docReplaceText,
    );
  }
  setAttributes(attributes: Record<string, unknown>): this {
    return this.c('setAttributes', () => {
      const a = attributes ?? {};
      if (a.BORDER_WIDTH !== undefined) this.t.borderWidth = Number(a.BORDER_WIDTH);
      if (a.BORDER_COLOR !== undefined) this.t.borderColor = String(a.BORDER_COLOR);
      for (const p of allParagraphs([this.t])) applyAttributes(p, a);
      return this;
    });
  }
  removeFromParent(): this {
    return this.c('removeFromParent', () => {
      if (!this.parent) return this;
      const bl = this.parent._blocks();
      const i = bl.indexOf(this.t);
      if (i >= 0) removeBlock(bl, i);
      return this;
    });
  }
}

export class TableRowEl extends Element {
  protected readonly cls = 'TableRow';
  constructor(
    ctx: Ctx,
    private readonly t: TableModel,
    private readonly index: number,
    private readonly table: TableEl,
  ) {
    super(ctx);
  }
  private row(): TableCellModel[] {
    const r = this.t.rows[this.index];
    if (!r) throw new Error('Element has been removed from its parent.');
    return r;
  }
  getType() {
    return this.c('getType', () => ElementType.TABLE_ROW);
  }
  getParentTable(): TableEl {
    return this.c('getParentTable', () => this.table);
  }
  getParent(): TableEl {
    return this.c('getParent', () => this.table);
  }
  getNumCells(): number {
    return this.c('getNumCells', () => this.row().length);
  }
  getNumChildren(): number {
    return this.c('getNumChildren', () => this.row().length);
  }
  getCell(cellIndex: number): TableCellEl {
    return this.c('getCell', () => {
      const row = this.row();
      const k = checkIndex(cellIndex, row.length);
      if (Number.isNaN(k)) throw childIndexError(Number(cellIndex), row.length);
      return new TableCellEl(this.ctx, row[k], this);
    });
  }
  getChild(childIndex: number): TableCellEl {
    return this.getCell(childIndex);
  }
  appendTableCell(text?: string): TableCellEl {
    return this.c('appendTableCell', () => {
      const cell: TableCellModel = { paragraphs: [newParagraph(textOf(text))], backgroundColor: null };
      this.row().push(cell);
      return new TableCellEl(this.ctx, cell, this);
    });
  }
  getText(): string {
    return this.c('getText', () => rowText(this.row()));
  }
}

export class TableCellEl extends ContainerElement {
  protected readonly cls: string = 'TableCell';
  constructor(
    ctx: Ctx,
    private readonly cell: TableCellModel,
    private readonly row: TableRowEl,
  ) {
    super(ctx, { kind: 'cell', cell });
  }
  getType() {
    return this.c('getType', () => ElementType.TABLE_CELL);
  }
  getParentRow(): TableRowEl {
    return this.c('getParentRow', () => this.row);
  }
  getParent(): TableRowEl {
    return this.c('getParent', () => this.row);
  }
  getParentTable(): TableEl {
    return this.c('getParentTable', () => this.row.getParentTable());
  }
  setBackgroundColor(color: string | null): this {
    return this.c('setBackgroundColor', () => {
      this.cell.backgroundColor = color;
      return this;
    });
  }
  getBackgroundColor(): string | null {
    return this.c('getBackgroundColor', () => this.cell.backgroundColor);
  }
  getRowSpan(): number {
    return this.c('getRowSpan', () => 1);
  }
  getColSpan(): number {
    return this.c('getColSpan', () => 1);
  }
  setVerticalAlignment(_alignment: unknown): this {
    return this.c('setVerticalAlignment', () => this);
  }
  private pad(method: string, side: 'top' | 'right' | 'bottom' | 'left', v: unknown): this {
    return this.c(method, () => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new Error(`Invalid argument: padding${side}`);
      this.cell.padding = { ...this.cell.padding, [side]: n };
      return this;
    });
  }
  setPaddingTop(v: number): this {
    return this.pad('setPaddingTop', 'top', v);
  }
  setPaddingBottom(v: number): this {
    return this.pad('setPaddingBottom', 'bottom', v);
  }
  setPaddingLeft(v: number): this {
    return this.pad('setPaddingLeft', 'left', v);
  }
  setPaddingRight(v: number): this {
    return this.pad('setPaddingRight', 'right', v);
  }
  /** The padding set on a side, else Docs' default cell padding (5 pt, 0.069 in). */
  private padOf(method: string, side: 'top' | 'right' | 'bottom' | 'left'): number {
    return this.c(method, () => this.cell.padding?.[side] ?? CELL_PADDING);
  }
  getPaddingTop(): number {
    return this.padOf('getPaddingTop', 'top');
  }
  getPaddingBottom(): number {
    return this.padOf('getPaddingBottom', 'bottom');
  }
  getPaddingLeft(): number {
    return this.padOf('getPaddingLeft', 'left');
  }
  getPaddingRight(): number {
    return this.padOf('getPaddingRight', 'right');
  }
  /** The width of the cell's column when set (setColumnWidth), else null (Docs shares the page width). */
  getWidth(): number | null {
    return this.c('getWidth', () => {
      const t = this.row.getParentTable()._model();
      const i = t.rows.findIndex((r) => r.includes(this.cell));
      const k = i < 0 ? -1 : t.rows[i].indexOf(this.cell);
      return k < 0 ? null : (t.columnWidths[k] ?? null);
    });
  }
}

abstract class InlineEl extends Element {
  constructor(
    ctx: Ctx,
    protected readonly item: InlineModel,
    protected readonly parent: ParagraphEl,
  ) {
    super(ctx);
  }
  getParent(): ParagraphEl {
    return this.c('getParent', () => this.parent);
  }
  /** Emulator-only: whether this element is still inside its paragraph, and that paragraph inside a document. */
  _attached(): boolean {
    return this.parent._attached() && this.parent._model().inline.includes(this.item);
  }
  removeFromParent(): this {
    return this.c('removeFromParent', () => {
      const p = this.parent._model();
      p.inline = p.inline.filter((i) => i !== this.item);
      return this;
    });
  }
}

export class PageBreakEl extends InlineEl {
  protected readonly cls = 'PageBreak';
  getType() {
    return this.c('getType', () => ElementType.PAGE_BREAK);
  }
}

export class HorizontalRuleEl extends InlineEl {
  protected readonly cls = 'HorizontalRule';
  getType() {
    return this.c('getType', () => ElementType.HORIZONTAL_RULE);
  }
}

export class InlineImageEl extends InlineEl {
  protected readonly cls = 'InlineImage';
  private img(): Extract<InlineModel, { type: 'image' }> {
    return this.item as Extract<InlineModel, { type: 'image' }>;
  }
  getType() {
    return this.c('getType', () => ElementType.INLINE_IMAGE);
  }
  getWidth(): number {
    return this.c('getWidth', () => this.img().width);
  }
  getHeight(): number {
    return this.c('getHeight', () => this.img().height);
  }
  setWidth(width: number): this {
    return this.c('setWidth', () => {
      this.img().width = Number(width);
      return this;
    });
  }
  setHeight(height: number): this {
    return this.c('setHeight', () => {
      this.img().height = Number(height);
      return this;
    });
  }
  getBlob(): FakeBlob {
    return this.c('getBlob', () => new FakeBlob(this.ctx.rt, this.img().bytes, this.img().contentType, null));
  }
}

// ---------- documents ----------

/** An open Document: edits go to a working copy that saveAndClose() writes to Drive. */
export class DocHandle {
  model: DocModel;
  closed = false;
  private readonly ctx: Ctx;

  constructor(
    private readonly rt: Runtime,
    private readonly drive: EmulatedDrive,
    private readonly file: DriveFile,
    private readonly registry: Set<DocHandle>,
  ) {
    this.model = structuredClone(file.doc!);
    this.ctx = { rt, handle: this };
    registry.add(this);
  }

  assertOpen(): void {
    if (this.closed) throw new Error(DOC_CLOSED);
  }

  private c<T>(method: string, effect: () => T, cost: number = COST_MODEL.trivial): T {
    return this.rt.call(`DocumentApp.Document.${method}`, cost, () => {
      this.assertOpen();
      return effect();
    });
  }

  private live(): DriveFile {
    const f = this.drive._get(this.file.id);
    if (!f?.doc) throw new Error(DOC_MISSING);
    return f;
  }

  getId(): string {
    return this.c('getId', () => this.file.id);
  }
  getName(): string {
    return this.c('getName', () => this.live().name);
  }
  setName(name: string): this {
    return this.c('setName', () => {
      const f = this.live();
      f.name = textOf(name);
      f.modifiedTime = this.rt.date().toISOString();
      return this;
    });
  }
  getUrl(): string {
    return this.c('getUrl', () => `https://docs.google.com/open?id=${this.file.id}`);
  }
  getBody(): BodyEl {
    return this.c('getBody', () => new BodyEl(this.ctx, this.model));
  }
  getHeader(): HeaderFooterEl | null {
    return this.c('getHeader', () =>
      this.model.header ? new HeaderFooterEl(this.ctx, this.model.header, true) : null,
    );
  }
  getFooter(): HeaderFooterEl | null {
    return this.c('getFooter', () =>
      this.model.footer ? new HeaderFooterEl(this.ctx, this.model.footer, false) : null,
    );
  }
  addHeader(): HeaderFooterEl {
    return this.c('addHeader', () => {
      if (this.model.header) throw new Error('Document tab already contains a header.');
      this.model.header = { children: [newParagraph()] };
      return new HeaderFooterEl(this.ctx, this.model.header, true);
    });
  }
  addFooter(): HeaderFooterEl {
    return this.c('addFooter', () => {
      if (this.model.footer) throw new Error('Document tab already contains a footer.');
      this.model.footer = { children: [newParagraph()] };
      return new HeaderFooterEl(this.ctx, this.model.footer, false);
    });
  }
  /** Writes the working copy to Drive and closes this handle; later calls on it throw. */
  saveAndClose(): void {
    this.c(
      'saveAndClose',
      () => {
        this._save();
        this.closed = true;
        this.registry.delete(this);
      },
      COST_MODEL.docSaveAndClose,
    );
  }
  /** The saved document as PDF (unsaved edits of any open handle are not in it). */
  getAs(contentType: string): FakeBlob {
    return this.c('getAs', () => this.pdf(contentType), COST_MODEL.docGetAsPdf);
  }
  getBlob(): FakeBlob {
    return this.c('getBlob', () => this.pdf(MIME_TYPE.PDF), COST_MODEL.docGetAsPdf);
  }
  private pdf(contentType: string): FakeBlob {
    if (String(contentType) !== MIME_TYPE.PDF) {
      throw new Error(`Converting from ${DOC_MIME} to ${String(contentType)} is not supported.`);
    }
    const f = this.live();
    this.rt.consumeQuota('filesConverted');
    const bytes = renderPdf(f.doc!, { title: f.name, date: this.rt.date() });
    return new FakeBlob(this.rt, bytes, MIME_TYPE.PDF, `${f.name}.pdf`);
  }

  /** Emulator-only: write the working copy to Drive without closing (what Google does at execution end). */
  _save(): void {
    const f = this.live();
    f.doc = structuredClone(this.model);
    f.modifiedTime = this.rt.date().toISOString();
  }
}

/** DocumentApp bound to a runtime and a Drive. */
export function createDocumentApp(rt: Runtime, drive: EmulatedDrive) {
  const open = new Set<DocHandle>();
  const openFile = (id: string): DocHandle => {
    const f = drive._get(String(id));
    // The `documents` scope reaches every Doc the user can open in Drive (own, shared, picked), not only drive.file's.
    if (!f || !drive.userCanAccess(f) || f.mimeType !== DOC_MIME || !f.doc) throw new Error(DOC_MISSING);
    return new DocHandle(rt, drive, f, open);
  };
  return {
    Attribute,
    ElementType,
    HorizontalAlignment,
    ParagraphHeading,
    TextAlignment,
    VerticalAlignment,
    create(name: string): DocHandle {
      return rt.call('DocumentApp.create', COST_MODEL.docOpenOrCreate, () => {
        if (name === undefined || name === null) throw new Error('Invalid argument: name');
        rt.consumeQuota('documentsCreated');
        const f = drive.addFile({ name: String(name), mimeType: DOC_MIME, createdByApp: true });
        return new DocHandle(rt, drive, f, open);
      });
    },
    openById(id: string): DocHandle {
      return rt.call('DocumentApp.openById', COST_MODEL.docOpenOrCreate, () => openFile(id));
    },
    openByUrl(url: string): DocHandle {
      return rt.call('DocumentApp.openByUrl', COST_MODEL.docOpenOrCreate, () => {
        const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url)) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(String(url));
        if (!m) throw new Error('Invalid argument: url');
        return openFile(m[1]);
      });
    },
    /** The add-on runs in a spreadsheet: there is no active document. */
    getActiveDocument(): null {
      return rt.call('DocumentApp.getActiveDocument', COST_MODEL.trivial, () => null);
    },
    getUi(): never {
      return rt.call('DocumentApp.getUi', COST_MODEL.trivial, () => {
        throw new Error('Cannot call DocumentApp.getUi() from this context.');
      });
    },
    /**
     * Emulator-only: end of an execution. Google saves every open document then ("saveAndClose() is
     * automatically invoked at the end of script execution for each open editable Document").
     */
    _endExecution(): void {
      for (const h of [...open]) {
        try {
          h._save();
        } catch {
          // the file was removed meanwhile: nothing to save
        }
        h.closed = true;
        open.delete(h);
      }
    },
    /** Emulator-only: handles not yet saved and closed. */
    _openCount(): number {
      return open.size;
    },
  };
}
