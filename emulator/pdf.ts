// The emulated Google Doc's content model and a synchronous PDF renderer for it, built on pdf-lib.
import {
  type Color,
  JpegEmbedder,
  PDFCatalog,
  PDFContext,
  PDFCrossRefSection,
  type PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHeader,
  PDFImage,
  type PDFPage,
  PDFPageTree,
  PDFTrailer,
  PDFTrailerDict,
  PngEmbedder,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { PNG } from 'pdf-lib/cjs/utils/png';

/** Character-level style; unset fields inherit the heading's defaults. */
export interface TextStyle {
  fontSize?: number | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  strikethrough?: boolean | null;
  fontFamily?: string | null;
  foregroundColor?: string | null;
  backgroundColor?: string | null;
  linkUrl?: string | null;
}

export type HeadingName =
  | 'NORMAL'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6';
export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export type InlineModel =
  | { type: 'pageBreak' }
  | { type: 'horizontalRule' }
  | { type: 'image'; bytes: Uint8Array; contentType: string; width: number; height: number };

export interface ParagraphModel {
  type: 'paragraph';
  text: string;
  heading: HeadingName;
  alignment: AlignmentName | null;
  style: TextStyle;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  indentStart: number | null;
  indentFirstLine: number | null;
  indentEnd: number | null;
  /** Inline non-text children (page break, rule, image), drawn after the text. */
  inline: InlineModel[];
}

export interface TableCellModel {
  paragraphs: ParagraphModel[];
  backgroundColor: string | null;
  /** Padding in points as set by setPadding*; unset sides take Docs' default (CELL_PADDING). */
  padding?: Partial<Record<'top' | 'right' | 'bottom' | 'left', number>>;
}

export interface TableModel {
  type: 'table';
  rows: TableCellModel[][];
  borderWidth: number;
  borderColor: string;
  columnWidths: Array<number | null>;
}

export type BlockModel = ParagraphModel | TableModel;

export interface SectionModel {
  children: BlockModel[];
}

/** A whole document as the Docs editor would save it. Sizes in points. */
export interface DocModel {
  body: SectionModel;
  header: SectionModel | null;
  footer: SectionModel | null;
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export function newParagraph(text = ''): ParagraphModel {
  return {
    type: 'paragraph',
    text,
    heading: 'NORMAL',
    alignment: null,
    style: {},
    spacingBefore: null,
    spacingAfter: null,
    lineSpacing: null,
    indentStart: null,
    indentFirstLine: null,
    indentEnd: null,
    inline: [],
  };
}

/**
 * A new Google Doc: one empty paragraph, US Letter with 1-inch margins (Google's defaults for a document
 * created by script; the page size a user's locale would pick is not applied).
 */
export function newDocModel(): DocModel {
  return {
    body: { children: [newParagraph()] },
    header: null,
    footer: null,
    pageWidth: 612,
    pageHeight: 792,
    marginTop: 72,
    marginBottom: 72,
    marginLeft: 72,
    marginRight: 72,
  };
}

/** Default size/bold of each named style, as in a new Google Doc (Arial 11 for normal text). */
const HEADING_DEFAULTS: Record<HeadingName, { size: number; bold: boolean; before: number; after: number }> =
  {
    NORMAL: { size: 11, bold: false, before: 0, after: 0 },
    TITLE: { size: 26, bold: false, before: 0, after: 3 },
    SUBTITLE: { size: 15, bold: false, before: 0, after: 16 },
    HEADING1: { size: 20, bold: false, before: 20, after: 6 },
    HEADING2: { size: 16, bold: false, before: 18, after: 6 },
    HEADING3: { size: 14, bold: false, before: 16, after: 4 },
    HEADING4: { size: 12, bold: false, before: 14, after: 4 },
    HEADING5: { size: 11, bold: false, before: 12, after: 4 },
    HEADING6: { size: 11, bold: false, before: 12, after: 4 },
  };

type FontKey = 'sans' | 'serif' | 'mono';
const FONT_TABLE: Record<FontKey, [StandardFonts, StandardFonts, StandardFonts, StandardFonts]> = {
  sans: [
    StandardFonts.Helvetica,
    StandardFonts.HelveticaBold,
    StandardFonts.HelveticaOblique,
    StandardFonts.HelveticaBoldOblique,
  ],
  serif: [
    StandardFonts.TimesRoman,
    StandardFonts.TimesRomanBold,
    StandardFonts.TimesRomanItalic,
    StandardFonts.TimesRomanBoldItalic,
  ],
  mono: [
    StandardFonts.Courier,
    StandardFonts.CourierBold,
    StandardFonts.CourierOblique,
    StandardFonts.CourierBoldOblique,
  ],
};

function fontKey(family: string | null | undefined): FontKey {
  const f = (family ?? '').toLowerCase();
  if (/mono|courier|consol/.test(f)) return 'mono';
  if (/times|serif|georgia|garamond|merriweather|cambria|book|playfair|lora/.test(f) && !/sans/.test(f))
    return 'serif';
  return 'sans';
}

/** Replacements for common characters outside WinAnsi, before falling back to '?'. */
const CHAR_FALLBACK: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u0131': 'i',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0126': 'H',
  '\u0127': 'h',
  '\u2032': "'",
  '\u2033': '"',
};

/** Makes text encodable by a standard (WinAnsi) font: never throws on any Unicode input. */
export function toWinAnsi(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\t') {
      out += ' ';
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (charset.has(cp)) {
      out += ch;
      continue;
    }
    if (CHAR_FALLBACK[ch] !== undefined) {
      out += CHAR_FALLBACK[ch];
      continue;
    }
    // é written as e + combining accent, ligatures, full-width forms: decompose and keep what encodes
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (base && [...base].every((c) => charset.has(c.codePointAt(0)!))) out += base;
    else if (/\p{Zs}/u.test(ch)) out += ' ';
    else if (!/\p{M}|\p{Cf}/u.test(ch)) out += '?';
  }
  return out;
}

function parseColor(hex: string | null | undefined, fallback: Color): Color {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  if (!m) return fallback;
  const n = Number.parseInt(m[1], 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Pixel size of a PNG, JPEG or GIF, or null when the bytes are none of those. */
export function imageSize(
  bytes: Uint8Array,
): { width: number; height: number; kind: 'png' | 'jpeg' | 'gif' } | null {
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: dv.getUint32(16), height: dv.getUint32(20), kind: 'png' };
  }
  if (bytes.length > 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) {
    return { width: bytes[6] | (bytes[7] << 8), height: bytes[8] | (bytes[9] << 8), kind: 'gif' };
  }
  const sof = jpegFrame(bytes);
  return sof ? { width: sof.width, height: sof.height, kind: 'jpeg' } : null;
}

function jpegFrame(
  bytes: Uint8Array,
): { bits: number; width: number; height: number; components: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 2;
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1];
    const len = dv.getUint16(pos + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        bits: bytes[pos + 4],
        height: dv.getUint16(pos + 5),
        width: dv.getUint16(pos + 7),
        components: bytes[pos + 9],
      };
    }
    pos += 2 + len;
  }
  return null;
}

// pdf-lib's public API is asynchronous, but Apps Script's getAs() is synchronous. Every step pdf-lib takes is
// synchronous underneath, so the document is built with its synchronous building blocks and written out here.

function newPdfDocument(): PDFDocument {
  const context = PDFContext.create();
  const pageTreeRef = context.register(PDFPageTree.withContext(context));
  context.trailerInfo.Root = context.register(PDFCatalog.withContextAndPages(context, pageTreeRef));
  const Ctor = PDFDocument as unknown as new (
    c: PDFContext,
    ignoreEncryption: boolean,
    updateMetadata: boolean,
  ) => PDFDocument;
  return new Ctor(context, false, false);
}

interface Embeddable {
  ref: { objectNumber: number };
  embed(): Promise<void>;
}

type ImageItem = Extract<InlineModel, { type: 'image' }>;

/** A paragraph's inline children as the lines they make: breaks and rules alone, images side by side. */
type InlineRun =
  | { kind: 'pageBreak' | 'horizontalRule' }
  | {
      kind: 'images';
      images: Array<{ item: ImageItem; w: number; h: number }>;
      width: number;
      height: number;
    };

/**
 * Inline images flow like characters (Google's InlineImage: "an embedded image" in a paragraph's text): side by side
 * on a line, the next line when the line is full, the line as tall as its tallest image. An image wider than the box
 * (or taller than `maxH`) is scaled down to fit. InlineImage sizes are CSS pixels (96 per inch): ¾ point each.
 */
function inlineRuns(items: readonly InlineModel[], width: number, maxH: number): InlineRun[] {
  const runs: InlineRun[] = [];
  let line: Extract<InlineRun, { kind: 'images' }> | null = null;
  for (const item of items) {
    if (item.type !== 'image') {
      runs.push({ kind: item.type });
      line = null;
      continue;
    }
    let w = Math.max(1, item.width * 0.75);
    let h = Math.max(1, item.height * 0.75);
    const scale = Math.min(1, width / w, maxH / h);
    w *= scale;
    h *= scale;
    if (!line || line.width + w > width + 0.01) {
      line = { kind: 'images', images: [], width: 0, height: 0 };
      runs.push(line);
    }
    line.images.push({ item, w, h });
    line.width += w;
    line.height = Math.max(line.height, h);
  }
  return runs;
}

/** Where a line `used` wide starts in a box at `left`, `width` wide, by the paragraph's alignment. */
function lineStart(align: AlignmentName | null, left: number, width: number, used: number): number {
  return align === 'CENTER' ? left + (width - used) / 2 : align === 'RIGHT' ? left + width - used : left;
}

function embedImageSync(pdf: PDFDocument, bytes: Uint8Array): PDFImage | null {
  const size = imageSize(bytes);
  if (!size || size.kind === 'gif') return null;
  try {
    let embedder: unknown;
    if (size.kind === 'png') {
      const Png = PngEmbedder as unknown as new (png: PNG) => unknown;
      embedder = new Png(PNG.load(bytes));
    } else {
      const f = jpegFrame(bytes)!;
      const space = f.components === 1 ? 'DeviceGray' : f.components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
      const Jpeg = JpegEmbedder as unknown as new (
        d: Uint8Array,
        b: number,
        w: number,
        h: number,
        c: string,
      ) => unknown;
      embedder = new Jpeg(bytes, f.bits, f.width, f.height, space);
    }
    const image = PDFImage.of(pdf.context.nextRef(), pdf, embedder as Parameters<typeof PDFImage.of>[2]);
    (pdf as unknown as { images: PDFImage[] }).images.push(image);
    return image;
  } catch {
    return null; // a corrupt image is drawn as an empty box rather than failing the whole export
  }
}

function flushSync(pdf: PDFDocument): void {
  const inner = pdf as unknown as { fonts: Embeddable[]; images: Embeddable[] };
  for (const item of [...inner.fonts, ...inner.images]) {
    // the embed work runs synchronously inside the async wrapper; only its completion signal is async
    item.embed().catch(() => undefined);
    if (pdf.context.lookup(item.ref as never) === undefined) throw new Error('PDF rendering failed: embed');
  }
}

function ascii(s: string, buf: Uint8Array, at: number): number {
  for (let i = 0; i < s.length; i++) buf[at + i] = s.charCodeAt(i);
  return s.length;
}

function serializeSync(context: PDFContext): Uint8Array {
  const header = PDFHeader.forVersion(1, 7);
  let size = header.sizeInBytes() + 2;
  const xref = PDFCrossRefSection.create();
  const objects = context.enumerateIndirectObjects();
  for (const [ref, obj] of objects) {
    xref.addEntry(ref, size);
    size +=
      `${ref.objectNumber} ${ref.generationNumber} obj\n`.length + obj.sizeInBytes() + '\nendobj\n\n'.length;
  }
  const xrefOffset = size;
  size += xref.sizeInBytes() + 1;
  const t = context.trailerInfo;
  const dict: Record<string, unknown> = { Size: context.largestObjectNumber + 1, Root: t.Root };
  if (t.Info) dict.Info = t.Info;
  if (t.ID) dict.ID = t.ID;
  const trailerDict = PDFTrailerDict.of(context.obj(dict as never) as unknown as PDFDict);
  size += trailerDict.sizeInBytes() + 2;
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += trailer.sizeInBytes();
  const buf = new Uint8Array(size);
  let o = header.copyBytesInto(buf, 0);
  o += ascii('\n\n', buf, o);
  for (const [ref, obj] of objects) {
    o += ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`, buf, o);
    o += obj.copyBytesInto(buf, o);
    o += ascii('\nendobj\n\n', buf, o);
  }
  o += xref.copyBytesInto(buf, o);
  o += ascii('\n', buf, o);
  o += trailerDict.copyBytesInto(buf, o);
  o += ascii('\n\n', buf, o);
  o += trailer.copyBytesInto(buf, o);
  return buf.subarray(0, o);
}

interface ResolvedStyle {
  font: PDFFont;
  size: number;
  color: Color;
  underline: boolean;
  strike: boolean;
  lineHeight: number;
  before: number;
  after: number;
}

const BLACK = rgb(0, 0, 0);
/** Docs' default table cell padding (0.069 in), used for a side whose padding was not set. */
export const CELL_PADDING = 5;

/** Lays out and draws a DocModel page by page. */
class Renderer {
  readonly pdf = newPdfDocument();
  private readonly fonts = new Map<StandardFonts, PDFFont>();
  private charset: Set<number> | null = null;
  private readonly images = new Map<Uint8Array, PDFImage | null>();
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];

  constructor(private readonly doc: DocModel) {}

  private get left(): number {
    return this.doc.marginLeft;
  }
  private get width(): number {
    return Math.max(36, this.doc.pageWidth - this.doc.marginLeft - this.doc.marginRight);
  }
  private get top(): number {
    return this.doc.pageHeight - this.doc.marginTop;
  }
  private get bottom(): number {
    return this.doc.marginBottom;
  }

  private font(name: StandardFonts): PDFFont {
    let f = this.fonts.get(name);
    if (!f) {
      f = this.pdf.embedStandardFont(name);
      this.fonts.set(name, f);
      if (!this.charset) this.charset = new Set(f.getCharacterSet());
    }
    return f;
  }

  clean(text: string, font: PDFFont): string {
    if (!this.charset) this.charset = new Set(font.getCharacterSet());
    return toWinAnsi(text, this.charset);
  }

  newPage(): void {
    this.page = this.pdf.addPage([this.doc.pageWidth, this.doc.pageHeight]);
    this.pages.push(this.page);
    this.y = this.top;
  }

  private atTop(): boolean {
    return this.y >= this.top - 0.01;
  }

  private ensure(height: number): void {
    if (this.y - height < this.bottom && !this.atTop()) this.newPage();
  }

  resolve(p: ParagraphModel): ResolvedStyle {
    const d = HEADING_DEFAULTS[p.heading] ?? HEADING_DEFAULTS.NORMAL;
    const s = p.style;
    const size = s.fontSize && s.fontSize > 0 ? s.fontSize : d.size;
    const bold = s.bold ?? d.bold;
    const italic = s.italic ?? false;
    const variants = FONT_TABLE[fontKey(s.fontFamily)];
    const font = this.font(variants[(bold ? 1 : 0) + (italic ? 2 : 0)]);
    const spacing = p.lineSpacing && p.lineSpacing > 0 ? p.lineSpacing : 1.15;
    return {
      font,
      size,
      color: parseColor(s.foregroundColor, BLACK),
      underline: !!s.underline,
      strike: !!s.strikethrough,
      lineHeight: size * 1.17 * spacing,
      before: p.spacingBefore ?? d.before,
      after: p.spacingAfter ?? d.after,
    };
  }

  /** Greedy word wrap; a word wider than the line is cut by characters. */
  wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const hard of text.split(/\r\n|[\r\n\v\u2028\u2029]/)) {
      const clean = this.clean(hard, font);
      const words = clean.split(/ +/);
      let line = '';
      for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = '';
        if (font.widthOfTextAtSize(word, size) <= maxWidth) {
          line = word;
          continue;
        }
        // a word wider than the line: cut it, measuring one character at a time (linear in its length)
        let piece = '';
        let w = 0;
        for (const ch of word) {
          const cw = font.widthOfTextAtSize(ch, size);
          if (piece && w + cw > maxWidth) {
            lines.push(piece);
            piece = '';
            w = 0;
          }
          piece += ch;
          w += cw;
        }
        line = piece;
      }
      lines.push(line);
    }
    return lines;
  }

  private drawLine(
    line: string,
    st: ResolvedStyle,
    x0: number,
    width: number,
    align: AlignmentName | null,
    page = this.page,
    yTop = this.y,
  ): void {
    const w = st.font.widthOfTextAtSize(line, st.size);
    const x = align === 'CENTER' ? x0 + (width - w) / 2 : align === 'RIGHT' ? x0 + width - w : x0;
    const baseline = yTop - st.size * 0.95;
    if (line) page.drawText(line, { x, y: baseline, size: st.size, font: st.font, color: st.color });
    if (st.underline && line)
      page.drawLine({
        start: { x, y: baseline - 1.5 },
        end: { x: x + w, y: baseline - 1.5 },
        thickness: 0.6,
        color: st.color,
      });
    if (st.strike && line)
      page.drawLine({
        start: { x, y: baseline + st.size * 0.3 },
        end: { x: x + w, y: baseline + st.size * 0.3 },
        thickness: 0.6,
        color: st.color,
      });
  }

  paragraph(p: ParagraphModel): void {
    const st = this.resolve(p);
    const indent = Math.max(0, p.indentStart ?? 0);
    const x0 = this.left + indent;
    const width = Math.max(10, this.width - indent - Math.max(0, p.indentEnd ?? 0));
    if (!this.atTop()) this.y -= st.before;
    const hasText = p.text.length > 0 || p.inline.length === 0;
    if (hasText) {
      for (const line of this.wrap(p.text, st.font, st.size, width)) {
        this.ensure(st.lineHeight);
        this.drawLine(line, st, x0, width, p.alignment);
        this.y -= st.lineHeight;
      }
    }
    for (const run of inlineRuns(p.inline, width, this.top - this.bottom)) {
      if (run.kind === 'pageBreak') this.newPage();
      else if (run.kind === 'horizontalRule') {
        this.ensure(12);
        this.y -= 6;
        this.page.drawLine({
          start: { x: this.left, y: this.y },
          end: { x: this.left + this.width, y: this.y },
          thickness: 0.75,
          color: rgb(0.6, 0.6, 0.6),
        });
        this.y -= 6;
      } else if (run.kind === 'images') {
        this.ensure(run.height);
        let x = lineStart(p.alignment, x0, width, run.width);
        // inline images sit on the line's baseline: their feet level
        for (const im of run.images) {
          this.drawImage(this.page, im.item, x, this.y - run.height, im.w, im.h);
          x += im.w;
        }
        this.y -= run.height;
      }
    }
    this.y -= st.after;
  }

  /**
   * A cell's paragraphs laid out in `width` (the cell less its padding): each paragraph's spacing before and after,
   * alignment, indents, wrapped lines and inline images (scaled down to the cell's width), drawn from the top.
   */
  private cellLayout(
    paras: readonly ParagraphModel[],
    width: number,
  ): { height: number; draw: (page: PDFPage, x0: number, yTop: number) => void } {
    type Op =
      | {
          kind: 'text';
          line: string;
          st: ResolvedStyle;
          x: number;
          w: number;
          align: AlignmentName | null;
          y: number;
        }
      | {
          kind: 'image';
          item: Extract<InlineModel, { type: 'image' }>;
          x: number;
          y: number;
          w: number;
          h: number;
        };
    const ops: Op[] = [];
    let y = 0;
    paras.forEach((p, i) => {
      const st = this.resolve(p);
      const indent = Math.max(0, p.indentStart ?? 0);
      const w = Math.max(10, width - indent - Math.max(0, p.indentEnd ?? 0));
      if (i > 0) y += st.before;
      if (p.text.length > 0 || p.inline.length === 0)
        for (const line of this.wrap(p.text, st.font, st.size, w)) {
          ops.push({ kind: 'text', line, st, x: indent, w, align: p.alignment, y });
          y += st.lineHeight;
        }
      for (const run of inlineRuns(p.inline, w, Number.POSITIVE_INFINITY)) {
        if (run.kind !== 'images') continue;
        let x = lineStart(p.alignment, indent, w, run.width);
        for (const im of run.images) {
          ops.push({ kind: 'image', item: im.item, x, y: y + run.height - im.h, w: im.w, h: im.h });
          x += im.w;
        }
        y += run.height;
      }
      y += st.after;
    });
    return {
      height: y,
      draw: (page, x0, yTop) => {
        for (const op of ops) {
          if (op.kind === 'text') this.drawLine(op.line, op.st, x0 + op.x, op.w, op.align, page, yTop - op.y);
          else this.drawImage(page, op.item, x0 + op.x, yTop - op.y - op.h, op.w, op.h);
        }
      },
    };
  }

  private drawImage(
    page: PDFPage,
    item: Extract<InlineModel, { type: 'image' }>,
    x: number,
    y: number,
    w: number,
    h: number,
  ): void {
    if (!this.images.has(item.bytes)) this.images.set(item.bytes, embedImageSync(this.pdf, item.bytes));
    const img = this.images.get(item.bytes);
    if (img) page.drawImage(img, { x, y, width: w, height: h });
    else
      page.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.75 });
  }

  table(t: TableModel): void {
    const cols = Math.max(1, ...t.rows.map((r) => r.length));
    const given = Array.from({ length: cols }, (_, i) => t.columnWidths[i] ?? null);
    const fixed = given.reduce<number>((a, w) => a + (w ?? 0), 0);
    const free = given.filter((w) => w === null).length;
    const share = free ? Math.max(20, (this.width - fixed) / free) : 0;
    const widths = given.map((w) => w ?? share);
    const border = parseColor(t.borderColor, BLACK);
    for (const row of t.rows) {
      const laid = widths.map((w, c) => {
        const cell = row[c];
        const pad = {
          top: cell?.padding?.top ?? CELL_PADDING,
          right: cell?.padding?.right ?? CELL_PADDING,
          bottom: cell?.padding?.bottom ?? CELL_PADDING,
          left: cell?.padding?.left ?? CELL_PADDING,
        };
        const layout = this.cellLayout(cell ? cell.paragraphs : [], Math.max(5, w - pad.left - pad.right));
        return { cell, pad, layout, height: layout.height + pad.top + pad.bottom };
      });
      const rowHeight = Math.max(14, ...laid.map((l) => l.height));
      this.ensure(rowHeight);
      let x = this.left;
      laid.forEach((l, c) => {
        const w = widths[c];
        const bg = l.cell?.backgroundColor ? parseColor(l.cell.backgroundColor, rgb(1, 1, 1)) : undefined;
        this.page.drawRectangle({
          x,
          y: this.y - rowHeight,
          width: w,
          height: rowHeight,
          color: bg,
          borderColor: t.borderWidth > 0 ? border : undefined,
          borderWidth: t.borderWidth > 0 ? t.borderWidth : undefined,
        });
        l.layout.draw(this.page, x + l.pad.left, this.y - l.pad.top);
        x += w;
      });
      this.y -= rowHeight;
    }
  }

  /** Header and footer paragraphs on every page, inside the top and bottom margins. */
  private decorate(section: SectionModel | null, atTop: boolean): void {
    if (!section) return;
    const paras = section.children.filter((c): c is ParagraphModel => c.type === 'paragraph');
    for (const page of this.pages) {
      let y = atTop
        ? this.doc.pageHeight - Math.min(36, this.doc.marginTop / 2)
        : Math.max(10, this.doc.marginBottom / 2) +
          paras.reduce((a, p) => a + this.resolve(p).lineHeight * Math.max(1, p.text.split('\n').length), 0);
      for (const p of paras) {
        const st = this.resolve(p);
        for (const line of this.wrap(p.text, st.font, st.size, this.width)) {
          this.drawLine(line, st, this.left, this.width, p.alignment, page, y);
          y -= st.lineHeight;
        }
      }
    }
  }

  render(meta: { title: string; date: Date }): Uint8Array {
    this.newPage();
    for (const block of this.doc.body.children) {
      if (block.type === 'paragraph') this.paragraph(block);
      else this.table(block);
    }
    this.decorate(this.doc.header, true);
    this.decorate(this.doc.footer, false);
    this.pdf.setTitle(meta.title, { showInWindowTitleBar: false });
    this.pdf.setProducer('DOU ASN emulator (pdf-lib)');
    this.pdf.setCreator('Google Docs (emulated)');
    this.pdf.setCreationDate(meta.date);
    this.pdf.setModificationDate(meta.date);
    flushSync(this.pdf);
    return serializeSync(this.pdf.context);
  }
}

/** Renders a document model to PDF bytes, synchronously. `date` stamps the metadata (the simulated clock). */
export function renderPdf(doc: DocModel, meta: { title: string; date?: Date }): Uint8Array {
  return new Renderer(doc).render({ title: meta.title, date: meta.date ?? new Date(0) });
}
